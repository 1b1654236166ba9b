"""Every service call a page or dialog makes: off the GUI thread, errors to one funnel, the
change announced once (Anki's ``CollectionOp`` pattern on Picard's ``run_task``).

``run(owner, fn, *args, changes=…, done=…)`` calls ``fn(uow, *args)`` as the logged-in user in a
background worker. On success the areas in ``changes`` are announced on the change bus (every page
showing them refreshes itself once), ``message`` goes to the status bar, then ``done(result)`` runs
on the GUI thread. On failure the error reaches the one funnel (``messages.error``): a service's
typed error as its Vietnamese sentence, anything else logged with its traceback and shown with
"Xem chi tiết". Nothing is swallowed, and nothing is delivered to a widget that is gone.

``Query`` is the reading side: the latest request wins, so a result for a stale search text is
dropped (search as you type).

``owner`` is a page or dialog: anything with a ``ctx`` (the ``AppContext``) that is a QWidget.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from desktop.gui import messages
from desktop.gui.operations import run_task
from desktop.jobs import Progress

logger = logging.getLogger(__name__)


def _alive(widget: QObject | None) -> bool:
    return widget is None or shiboken6.isValid(widget)


def _areas(changes: str | Iterable[str]) -> tuple[str, ...]:
    return (changes,) if isinstance(changes, str) else tuple(changes)


def run(
    owner: QWidget,
    fn: Callable[..., Any],
    *args: Any,
    changes: str | Iterable[str] = (),
    done: Callable[[Any], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
    message: str | Callable[[Any], str] | None = None,
    title: str | None = None,
    cancellable: bool = True,
    with_progress: bool = False,
    **kwargs: Any,
) -> None:
    """Run ``fn(uow, *args, **kwargs)`` off the GUI thread as ``owner.ctx``'s user.

    ``title`` shows a progress dialog (after 400 ms) with Hủy when ``cancellable``; with
    ``with_progress`` the call receives ``progress=`` (a ``desktop.jobs.Progress``) to report steps
    and to be cancelled. ``failed`` replaces the funnel (a dialog that keeps itself open does not
    need it: the funnel shows the message over the dialog and the dialog stays).
    """
    ctx = owner.ctx  # type: ignore[attr-defined]

    def work(progress: Progress) -> Any:
        if with_progress:
            kwargs["progress"] = progress
        return ctx.db.run(ctx.actor, fn, *args, **kwargs)

    run_job(owner, work, changes=changes, done=done, failed=failed, message=message, title=title,
            cancellable=cancellable)


def run_job(
    owner: QWidget,
    job: Callable[[Progress], Any],
    *,
    changes: str | Iterable[str] = (),
    done: Callable[[Any], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
    message: str | Callable[[Any], str] | None = None,
    title: str | None = None,
    cancellable: bool = True,
) -> None:
    """Run work that is not one unit of work (a backup, a restore, a file check) the same way:
    off the GUI thread, ``job(progress)``, errors to the funnel, changes announced."""
    ctx = owner.ctx  # type: ignore[attr-defined]
    areas = _areas(changes)

    def succeeded(result: Any) -> None:
        if areas:
            ctx.announce(areas, owner)
        if message:
            ctx.notify(message(result) if callable(message) else message)
        if done is not None and _alive(owner):
            done(result)

    def errored(exc: BaseException) -> None:
        if failed is not None and _alive(owner):
            failed(exc)
        else:
            messages.error(owner if _alive(owner) else None, exc)

    run_task(owner, job, succeeded, title=title, on_error=errored, cancellable=cancellable)


class Query:
    """Reads for one view where only the latest request counts (search as you type, filters).

    ``query.run(fn, *args, done=…)``: when a newer request was made before this one returned, its
    result (or error) is dropped. ``pending`` tells whether a request is still out.
    """

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self._generation = 0
        self._returned = 0

    @property
    def pending(self) -> bool:
        return self._returned < self._generation

    def drop(self) -> None:
        """Forget the request still out: its answer will be dropped."""
        self._generation += 1
        self._returned = self._generation

    def run(self, fn: Callable[..., Any], *args: Any, done: Callable[[Any], None], **kwargs: Any) -> None:
        self._generation += 1
        generation = self._generation

        def current() -> bool:
            if generation != self._generation or not _alive(self.owner):
                return False
            self._returned = generation
            return True

        def delivered(result: Any) -> None:
            if current():
                done(result)

        def errored(exc: BaseException) -> None:
            if current():
                messages.error(self.owner, exc)

        ctx = self.owner.ctx  # type: ignore[attr-defined]
        run_task(
            self.owner,
            lambda _progress: ctx.db.run(ctx.actor, fn, *args, **kwargs),
            delivered,
            on_error=errored,
        )


# ---- the hooks for what no operation caught --------------------------------------------------

_hooks_installed = False


def _show_unexpected(exc: BaseException) -> None:
    app = QApplication.instance()
    if app is None:
        return
    parent = QApplication.activeModalWidget() or QApplication.activeWindow()
    try:
        messages.error(parent, exc)
    except Exception:  # noqa: BLE001 — the error dialog itself failed: the log has the original
        logger.exception("could not show the error dialog")


def _excepthook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    logger.error("uncaught exception\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    _show_unexpected(exc)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    logger.error(
        "uncaught exception in thread %s\n%s",
        getattr(args.thread, "name", "?"),
        "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)),
    )


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: Any, text: str) -> None:
    where = f" ({context.file}:{context.line})" if getattr(context, "file", None) else ""
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", text, where)


def install_error_hooks() -> None:
    """Log every uncaught exception with its traceback and show it as one Vietnamese sentence with
    "Xem chi tiết" (an exception in a button handler would otherwise vanish in the windowed build,
    which has no console); send Qt's own warnings to the log file."""
    global _hooks_installed
    if _hooks_installed:
        return
    _hooks_installed = True
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    qInstallMessageHandler(_qt_message)
