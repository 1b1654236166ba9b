"""Start-up paths: first run → demo station → login; an existing station → login."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from desktop import firstrun, paths
from desktop.gui import app
from desktop.gui.dialogs import firstrun as firstrun_dialog
from desktop.gui.dialogs import login as login_dialog
from desktop.gui.prefs import Prefs


def test_first_run_demo_then_login(qtbot, sqlite_db, tmp_path, monkeypatch, messages):
    prefs = Prefs(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    monkeypatch.setattr(firstrun_dialog.FirstRunDialog, "exec", lambda self: firstrun_dialog.DEMO)

    def login_exec(dialog):
        assert dialog.ui.username.text() == "admin"  # remembered for the demo
        dialog.ui.password.setText("demo1234")
        dialog.try_login()
        return dialog.result()

    monkeypatch.setattr(login_dialog.LoginDialog, "exec", login_exec)
    signed = app.sign_in(sqlite_db, prefs)
    assert signed is not None
    db, actor = signed
    assert actor.username == "admin"
    assert db.sqlite_path == paths.data_dir() / "demo" / "caxa-demo.sqlite3"
    assert not firstrun.is_set_up(sqlite_db), "the real database stays empty"
    db.dispose()


def test_quit_at_login(qtbot, gui_ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(login_dialog.LoginDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert app.sign_in(gui_ctx.db, gui_ctx.prefs) is None
