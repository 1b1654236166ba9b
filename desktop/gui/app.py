"""Start-up: the login window first, the database opened behind it, then the main window.

Importing this module is cheap on purpose (Qt and the translator only): SQLAlchemy, the areas,
migrations, backups and the pages are imported after the login window is on the screen, on a
worker thread while the clerk types (``DatabaseOpener``), or when first needed.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QLocale, QLockFile, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop import paths
from desktop.gui.translations import VietnameseTranslator

if TYPE_CHECKING:
    from desktop.db import Actor, Database
    from desktop.gui.context import AppContext
    from desktop.gui.main_window import MainWindow
    from desktop.gui.prefs import Prefs

logger = logging.getLogger(__name__)

FIRST_RUN = 3  # login dialog result: the database has no station yet


def application() -> QApplication:
    """The QApplication with the Vietnamese locale, translator, icon and style sheet."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CAXA")
    app.setOrganizationName("CAXA")
    icon = paths.resource("caxa.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    if not getattr(app, "_caxa_translator", None):
        translator = VietnameseTranslator(app)
        app.installTranslator(translator)
        app._caxa_translator = translator  # type: ignore[attr-defined]
    style = paths.resource("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app  # type: ignore[return-value]


# ---- one CAXA per data folder -----------------------------------------------------------------


def lock_data_folder() -> QLockFile | None:
    """Hold ``caxa.lock`` in the data folder; None when another CAXA already holds it.

    A lock left by a crashed CAXA is taken over (Qt checks that its process is gone)."""
    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder / "caxa.lock"))
    lock.setStaleLockTime(0)  # never by age: a clerk keeps CAXA open all day
    return lock if lock.tryLock(0) else None


def already_open_text() -> str:
    return (
        "CAXA đang mở trên máy này với cùng thư mục dữ liệu:\n"
        f"{paths.data_dir()}\n\n"
        "Hãy dùng cửa sổ CAXA đang mở (xem trên thanh tác vụ)."
    )


# ---- the database, opened behind the login ----------------------------------------------------


@dataclass(frozen=True)
class Opened:
    db: Database
    set_up: bool
    station_name: str


def load_and_open(url: str | None) -> Database:
    """Everything heavy: the areas, logging, the connection, migrations (a backup first)."""
    import desktop.areas  # noqa: F401  (areas register their models, demo steps and figures)
    from desktop.bootstrap import open_database, setup_logging

    setup_logging()
    return open_database(url)


def open_and_inspect(url: str | None) -> Opened:
    """``load_and_open``, then whether the database has a station yet."""
    from desktop import firstrun
    from desktop.db import Actor
    from desktop.settings import get_station

    db = load_and_open(url)
    if not firstrun.is_set_up(db):
        return Opened(db, False, "")
    station = db.run(Actor.system(), get_station)
    return Opened(db, True, station.issuing_body)


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, fn: Callable[[], None]) -> None:
        super().__init__(widget)
        self.fn: Callable[[], None] | None = fn
        widget.installEventFilter(self)
        QTimer.singleShot(1000, self.fire)  # a platform that never paints must not stop the start

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.fn is not None:
            QTimer.singleShot(0, self.fire)  # once this paint is done
        return False

    def fire(self) -> None:
        fn, self.fn = self.fn, None
        widget = self.parent()
        if fn is not None and isinstance(widget, QWidget) and widget.isVisible():  # not once closed
            fn()


def after_first_paint(widget: QWidget, fn: Callable[[], None]) -> None:
    """Call ``fn`` once ``widget`` has been painted for the first time (at the latest after 1 s)."""
    _FirstPaint(widget, fn)


class DatabaseOpener(QObject):
    """Runs ``open_and_inspect`` on a worker thread; the outcome arrives on the GUI thread."""

    opened = Signal(object)  # Opened
    failed = Signal(object)  # the exception

    def __init__(self, url: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.thread = threading.Thread(target=self._run, name="open-database")

    def start(self) -> None:
        self.thread.start()

    def _run(self) -> None:
        try:
            result = open_and_inspect(self.url)
        except BaseException as exc:  # noqa: BLE001 — every failure goes back to the GUI thread
            self.failed.emit(exc)
        else:
            self.opened.emit(result)

    def wait(self) -> None:
        if self.thread.is_alive():
            self.thread.join()


def _first_start(url: str | None) -> bool:
    """The embedded database file does not exist yet: nothing to log in to, go to the set-up."""
    return not (url or os.environ.get("CAXA_DATABASE_URL")) and not paths.database_file().exists()


# ---- sign in ----------------------------------------------------------------------------------


def demo_database() -> Database | None:
    """The demo station lives in its own folder, never in the station's real data. Building it takes
    a few seconds: it runs off the GUI thread behind a progress window; None when it failed (said)."""
    from desktop.gui import messages
    from desktop.gui.operations import run_task

    def build(_progress: object) -> Database:
        from desktop import firstrun
        from desktop.bootstrap import open_database
        from desktop.demo import create_demo

        db = open_database("sqlite:///" + str(paths.data_dir() / "demo" / "caxa-demo.sqlite3"))
        if not firstrun.is_set_up(db):
            create_demo(db)
        return db

    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def finish(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    run_task(None, build, lambda db: finish("db", db), on_error=lambda exc: finish("error", exc),
             title="Đang tạo đơn vị mẫu (vài giây)…", cancellable=False)
    if not outcome:  # tests run tasks inline: already done
        loop.exec()
    if "error" in outcome:
        messages.error(None, outcome["error"])  # type: ignore[arg-type]
        return None
    return outcome["db"]  # type: ignore[return-value]


def first_run(db: Database, prefs: Prefs) -> tuple[Database, Actor] | None:
    """The set-up wizard: the station's own first administrator, or the demo station's login."""
    from desktop.gui.dialogs.firstrun import DEMO, FirstRunDialog

    wizard = FirstRunDialog(db)
    result = wizard.exec()
    if result == QDialog.DialogCode.Accepted and wizard.actor is not None:
        prefs.set("last_username", wizard.actor.username)
        return db, wizard.actor
    if result != DEMO:
        return None
    demo = demo_database()
    if demo is None:
        return None
    prefs.set("last_username", "admin")
    return login(demo, prefs)


def login(db: Database, prefs: Prefs) -> tuple[Database, Actor] | None:
    from desktop.db import Actor as SystemActor
    from desktop.gui.dialogs.login import LoginDialog
    from desktop.settings import get_station

    station = db.run(SystemActor.system(), get_station)
    dialog = LoginDialog(db, prefs, station.issuing_body)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    return db, dialog.actor


def sign_in(db: Database | None, prefs: Prefs, url: str | None = None) -> tuple[Database, Actor] | None:
    """First run (set up or demo) or the login; None when the user quits.

    With ``db`` None the login shows at once and the database at ``url`` opens behind it; a database
    that turns out to have no station yet closes the login and opens the set-up wizard."""
    from desktop.gui.dialogs.login import LoginDialog

    if db is not None:
        from desktop import firstrun

        return login(db, prefs) if firstrun.is_set_up(db) else first_run(db, prefs)
    dialog = LoginDialog(None, prefs)
    opener = DatabaseOpener(url, dialog)
    failure: list[BaseException] = []

    def opened(result: Opened) -> None:
        if result.set_up:
            dialog.set_database(result.db, result.station_name)
        else:
            dialog.db = result.db
            dialog.done(FIRST_RUN)

    def failed(exc: BaseException) -> None:
        failure.append(exc)
        dialog.reject()

    opener.opened.connect(opened)
    opener.failed.connect(failed)
    # after the login's first paint: the window is on the screen before the heavy imports start
    after_first_paint(dialog, opener.start)
    result = dialog.exec()
    opener.wait()
    QApplication.processEvents()  # deliver the opener's outcome if the clerk quit before it arrived
    if failure:
        raise failure[0]
    if result == FIRST_RUN and dialog.db is not None:
        return first_run(dialog.db, prefs)
    if result != QDialog.DialogCode.Accepted or dialog.actor is None:
        if dialog.db is not None:
            dialog.db.dispose()
        return None
    return dialog.db, dialog.actor  # type: ignore[return-value]


# ---- the whole start ----------------------------------------------------------------------------


@dataclass
class Session:
    """A signed-in CAXA: what ``run_gui`` runs the event loop over, and closes after it."""

    app: QApplication
    ctx: AppContext
    window: MainWindow
    lock: QLockFile | None
    session_id: int | None

    def close(self) -> None:
        from desktop import sessions
        from desktop.gui.operations import wait_for_tasks

        wait_for_tasks()
        if self.session_id is not None:
            try:
                sessions.end(self.ctx.db, self.session_id)
            except Exception:  # noqa: BLE001 — closing must finish; the row expires by itself
                logger.warning("could not end the session row", exc_info=True)
        self.ctx.db.dispose()
        if self.lock is not None:
            self.lock.unlock()


def start(db_url: str | None = None) -> Session | int:
    """Everything ``caxa`` does before the event loop; an exit code when it stops early."""
    app = application()
    from desktop.gui.kit.operation import install_error_hooks

    install_error_hooks()  # an exception in a button handler reaches the log and the error dialog
    lock = lock_data_folder()
    if lock is None:
        QMessageBox.information(None, "CAXA", already_open_text())
        return 0
    from desktop.errors import CaxaError
    from desktop.gui.prefs import Prefs

    prefs = Prefs()
    try:
        db = None
        if _first_start(db_url):
            db = load_and_open(db_url)
        signed = sign_in(db, prefs, db_url)
    except Exception as exc:  # noqa: BLE001 — the windowed build has no console: say it in a window
        if not isinstance(exc, CaxaError):
            logger.error("start-up failed", exc_info=(type(exc), exc, exc.__traceback__))
        QMessageBox.critical(None, "CAXA", f"Không mở được dữ liệu.\n\n{exc}")
        lock.unlock()
        return 2
    if signed is None:
        lock.unlock()
        return 0
    return open_main_window(app, signed[0], signed[1], prefs, lock)


def open_main_window(
    app: QApplication, db: Database, actor: Actor, prefs: Prefs, lock: QLockFile | None
) -> Session:
    from desktop import sessions
    from desktop.gui.context import AppContext
    from desktop.gui.main_window import MainWindow

    session_id = sessions.register(db, actor)
    ctx = AppContext(db, actor, prefs, session_id)
    window = MainWindow(ctx)
    window.show_fitted()
    if db.is_sqlite:
        _auto_backup(window, ctx)
    _daily_quality_scan(window, ctx)
    return Session(app, ctx, window, lock, session_id)


def _auto_backup(window: MainWindow, ctx: AppContext) -> None:
    from desktop import backup
    from desktop.gui import messages
    from desktop.gui.operations import run_task

    def failed(exc: BaseException) -> None:
        logger.error("auto backup failed: %s", exc)
        messages.warn(window, f"Không tự sao lưu được: {exc}")

    run_task(
        window,
        lambda _p: backup.auto_backup(ctx.db, ctx.station.backups_to_keep),
        lambda path: path and window.statusBar().showMessage(f"Đã tự sao lưu: {path.name}", 10000),
        on_error=failed,
    )


def _daily_quality_scan(window: MainWindow, ctx: AppContext) -> None:
    """Once a day on this PC, at the first sign-in of an account that may write: the full scan of the
    data problems in the background. A save checks only the persons it touches, so problems that come
    with the date alone (a resident turning 14 without an ID card, a card due for renewal) are opened,
    and those gone are cleared, here, not weeks later when someone presses "Rà soát lại"."""
    from desktop.gui.operations import run_task
    from desktop.residents import quality

    today = dt.date.today().isoformat()
    if not ctx.can("write") or ctx.prefs.get("quality_scan_day") == today:
        return

    def scanned(_counts: object) -> None:
        ctx.prefs.set("quality_scan_day", today)
        ctx.announce(("residents",))

    def failed(exc: BaseException) -> None:  # the next sign-in tries again; nothing to tell the clerk
        logger.warning("daily scan of the data problems failed: %s", exc)

    run_task(window, lambda _p: ctx.run(quality.rescan), scanned, on_error=failed)


def run_gui(db_url: str | None = None) -> int:
    started = start(db_url)
    if isinstance(started, int):
        return started
    try:
        return started.app.exec()
    finally:
        started.close()
