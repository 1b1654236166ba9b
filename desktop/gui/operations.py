"""Background work: ``run_task`` runs a core function off the GUI thread and always
delivers its result or its exception back on the GUI thread (Picard's pattern).

Tasks run one at a time on a single worker (database writes never race each
other). Tests set ``INLINE = True`` so tasks run synchronously and deterministically.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.gui import messages
from desktop.jobs import Cancelled, Progress

INLINE = False
_pool: QThreadPool | None = None
_alive: set[_Task] = set()


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class _Task(QObject):
    """Lives on the GUI thread; the worker emits its signals, its slots run on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)

    def __init__(
        self,
        parent_widget: QWidget | None,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        dialog: QProgressDialog | None,
    ) -> None:
        super().__init__()
        self.parent_widget, self.dialog = parent_widget, dialog
        self.on_done, self.on_error = on_done, on_error
        self.progress = Progress(lambda d, t, x: self.progressed.emit(d, t, x))
        self.done.connect(self._done)
        self.failed.connect(self._failed)
        self.progressed.connect(self._progressed)
        if dialog is not None:
            dialog.canceled.connect(self.progress.cancel)

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:
            self.dialog.setLabelText(text)

    def _finish(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.progress.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        _alive.discard(self)

    @Slot(object)
    def _done(self, result: Any) -> None:
        self._finish()
        if self.on_done is not None:
            self.on_done(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            return
        if self.on_error is not None:
            self.on_error(exc)
        else:
            messages.error(self.parent_widget, exc)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], task: _Task) -> None:
        super().__init__()
        self.fn, self.task = fn, task

    def run(self) -> None:
        try:
            result = self.fn(self.task.progress)
        except BaseException as exc:  # noqa: BLE001 — every failure goes back to the GUI thread
            self.task.failed.emit(exc)
        else:
            self.task.done.emit(result)


def run_task(
    parent: QWidget | None,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    *,
    title: str | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
) -> Progress:
    """Run ``fn(progress)`` in the background. With ``title``, a progress dialog with Cancel shows
    after 400 ms. ``on_error`` defaults to the error funnel; a cancelled job reports nothing."""
    dialog: QProgressDialog | None = None
    if title:
        dialog = QProgressDialog(title, "Hủy", 0, 0, parent)
        dialog.setWindowTitle("CAXA")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
    task = _Task(parent, on_done, on_error, dialog)
    _alive.add(task)
    job = _Job(fn, task)
    if INLINE:
        job.run()
    else:
        pool().start(job)
    return task.progress


def wait_for_tasks(msecs: int = 30000) -> bool:
    """Block until background tasks finish (at exit)."""
    return pool().waitForDone(msecs)
