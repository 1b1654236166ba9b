"""Start-up: QApplication, database, first run or login, the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop import backup, firstrun, paths, sessions
from desktop.bootstrap import open_database
from desktop.db import Actor, Database
from desktop.errors import CaxaError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.operations import run_task, wait_for_tasks
from desktop.gui.prefs import Prefs
from desktop.gui.translations import VietnameseTranslator

logger = logging.getLogger(__name__)


def application() -> QApplication:
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


def demo_database() -> Database:
    """The demo station lives in its own folder, never in the station's real data."""
    from desktop.demo import create_demo

    url = "sqlite:///" + str(paths.data_dir() / "demo" / "caxa-demo.sqlite3")
    db = open_database(url)
    if not firstrun.is_set_up(db):
        create_demo(db)
    return db


def sign_in(db: Database, prefs: Prefs) -> tuple[Database, Actor] | None:
    """First run (set up or demo) or the login dialog; None when the user quits."""
    from desktop.gui.dialogs.firstrun import DEMO, FirstRunDialog
    from desktop.gui.dialogs.login import LoginDialog
    from desktop.settings import get_station

    if not firstrun.is_set_up(db):
        wizard = FirstRunDialog(db)
        result = wizard.exec()
        if result == QDialog.DialogCode.Accepted and wizard.actor is not None:
            return db, wizard.actor
        if result != DEMO:
            return None
        db = demo_database()
        prefs.set("last_username", "admin")
    station = db.run(Actor.system(), get_station)
    dialog = LoginDialog(db, prefs, station.issuing_body)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    return db, dialog.actor


def run_gui(db_url: str | None = None) -> int:
    from desktop.gui.main_window import MainWindow

    app = application()
    try:
        db = open_database(db_url)
    except CaxaError as exc:
        QMessageBox.critical(None, "CAXA", f"Không mở được dữ liệu.\n\n{exc}")
        return 2
    prefs = Prefs()
    signed = sign_in(db, prefs)
    if signed is None:
        return 0
    db, actor = signed
    session_id = sessions.register(db, actor)
    ctx = AppContext(db, actor, prefs, session_id)
    window = MainWindow(ctx)
    window.show()
    if db.is_sqlite:
        run_task(
            window,
            lambda _p: backup.auto_backup(db, ctx.station.backups_to_keep),
            lambda path: path and window.statusBar().showMessage(f"Đã tự sao lưu: {path.name}", 10000),
            on_error=lambda exc: (
                logger.error("auto backup failed: %s", exc),
                messages.warn(window, f"Không tự sao lưu được: {exc}"),
            ),
        )
    try:
        return app.exec()
    finally:
        wait_for_tasks()
        sessions.end(db, session_id)
        db.dispose()
