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


# ---- the login first, the database behind it ------------------------------------------------------


def _type_login_when_shown(username: str, password: str, seen: list):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    timer = QTimer()
    timer.setInterval(10)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, login_dialog.LoginDialog) and dialog.isVisible():
            timer.stop()
            seen.append(dialog)
            dialog.ui.username.clear()
            QTest.keyClicks(dialog.ui.username, username)
            QTest.keyClicks(dialog.ui.password, password)
            QTest.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                             Qt.MouseButton.LeftButton)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_login_shows_before_the_database_opens(qtbot, gui_ctx, tmp_path, monkeypatch):
    from desktop import bootstrap

    monkeypatch.setattr(bootstrap, "_logging_done", True)
    visible_when_opening: list[bool] = []
    real_start = app.DatabaseOpener.start

    def start(opener):
        visible_when_opening.append(opener.parent().isVisible())
        real_start(opener)

    monkeypatch.setattr(app.DatabaseOpener, "start", start)
    prefs = Prefs(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    seen: list = []
    timer = _type_login_when_shown("admin", "demo1234", seen)
    signed = app.sign_in(None, prefs, gui_ctx.db.url)
    timer.stop()
    assert visible_when_opening == [True], "the database opens only once the login window is shown"
    assert signed is not None and signed[1].username == "admin"
    assert prefs.get("last_username") == "admin"
    signed[0].dispose()


def test_a_database_without_station_goes_to_the_first_run(qtbot, sqlite_db, tmp_path, monkeypatch):
    from desktop import bootstrap

    monkeypatch.setattr(bootstrap, "_logging_done", True)
    reached: list[str] = []
    monkeypatch.setattr(
        firstrun_dialog.FirstRunDialog, "exec",
        lambda self: reached.append("first run") or QDialog.DialogCode.Rejected,
    )
    prefs = Prefs(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    assert app.sign_in(None, prefs, sqlite_db.url) is None
    assert reached == ["first run"]


def test_a_second_caxa_on_the_same_data_folder_is_told(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.kit import operation

    hooks: list[bool] = []
    monkeypatch.setattr(operation, "install_error_hooks", lambda: hooks.append(True))
    first = app.lock_data_folder()
    assert first is not None
    assert app.lock_data_folder() is None
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text: told.append(text)))
    assert app.start(None) == 0
    assert hooks == [True], "the real start installs the error hooks first"
    assert told and "CAXA đang mở" in told[0] and str(paths.data_dir()) in told[0]
    first.unlock()
    again = app.lock_data_folder()
    assert again is not None
    again.unlock()


def test_the_last_user_is_remembered_per_data_folder(qtbot, tmp_path):
    paths.set_data_dir(tmp_path / "station-a")
    Prefs().set("last_username", "canbo")
    Prefs().sync()
    assert Prefs().get("last_username") == "canbo"
    paths.set_data_dir(tmp_path / "station-b")
    assert Prefs().get("last_username") == ""


def test_the_plain_caxa_command_starts_the_gui_without_the_areas():
    from desktop.cli import cmd_gui, plain_gui_start

    args = plain_gui_start(["--data-dir", "D", "--db=sqlite:///x", "gui"])
    assert args is not None and args.func is cmd_gui and (args.data_dir, args.db) == ("D", "sqlite:///x")
    assert plain_gui_start([]) is not None
    assert plain_gui_start(["demo"]) is None
    assert plain_gui_start(["--version"]) is None
    assert plain_gui_start(["--data-dir"]) is None


def test_importing_the_gui_start_loads_no_database_layer():
    import subprocess
    import sys

    code = (
        "import sys, desktop.gui.app, desktop.gui.dialogs.login;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'reportlab')"
        " or m in ('desktop.areas', 'desktop.backup', 'desktop.audit', 'desktop.db')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ---- the main window in the screen ---------------------------------------------------------------


def test_main_window_fits_a_small_screen_and_f1_opens_the_guide(qtbot, gui_ctx, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence

    from desktop.gui import help as help_module
    from desktop.gui.main_window import MainWindow

    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show_fitted()
    available = window.screen().availableGeometry()
    assert available.width() <= 1366 and window.isMaximized()
    for entry in window.entries:
        window.show_page(entry.key)
        assert window.minimumSizeHint().width() <= available.width(), entry.key
        assert window.width() <= available.width(), entry.key
    opened: list[str] = []
    monkeypatch.setattr(help_module.HelpDialog, "exec",
                        lambda self: opened.append(self.topics.currentItem().text()) or 0)
    window.show_page("backup")
    f1 = [a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence(Qt.Key.Key_F1)]
    assert len(f1) == 1
    f1[0].trigger()
    assert opened == ["Sao lưu và phục hồi"]


def test_the_guide_has_its_pages(qtbot):
    from desktop.gui.help import HelpDialog, help_pages

    assert len(help_pages()) >= 5
    dialog = HelpDialog(None, "residents")
    qtbot.addWidget(dialog)
    assert dialog.topics.currentItem().text() == "Các phần việc"
    assert "Nhân khẩu, hộ" in dialog.text.toPlainText()


def test_resources_are_found_in_the_checkout():
    assert paths.resource("caxa.svg").is_file()
    assert paths.resource("style.qss").is_file()
    assert paths.resource("help").is_dir()


# ---- file dialogs ----------------------------------------------------------------------------------


def test_file_dialogs_open_in_documents_then_remember_the_folder(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.gui import messages

    docs = tmp_path / "Documents"
    docs.mkdir()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(messages, "documents_folder", lambda: str(docs))
    asked: list[str] = []

    def get_save(_parent, _title, start, _filter):
        asked.append(start)
        return str(usb / "nhan-khau.xlsx"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    assert messages.save_file(None, "Xuất", "nhan-khau.xlsx", "Excel (*.xlsx)") == str(usb / "nhan-khau.xlsx")
    messages.save_file(None, "Xuất", "khac.xlsx", "Excel (*.xlsx)")
    assert asked == [str(docs / "nhan-khau.xlsx"), str(usb / "khac.xlsx")]
    # another purpose has its own folder
    messages.save_file(None, "Sao lưu", "caxa.sqlite3", "*", purpose="backup")
    assert asked[-1] == str(docs / "caxa.sqlite3")


def test_a_database_that_cannot_be_opened_is_said_in_a_window(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop import bootstrap
    from desktop.gui.kit import operation

    monkeypatch.setattr(bootstrap, "_logging_done", True)
    monkeypatch.setattr(operation, "install_error_hooks", lambda: None)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text: shown.append(text)))
    assert app.start("postgresql+psycopg://nobody@/caxa?host=/nonexistent-socket-dir") == 2
    assert shown and shown[0].startswith("Không mở được dữ liệu.")
    lock = app.lock_data_folder()  # released again
    assert lock is not None
    lock.unlock()


def test_screenshots_show_every_page_and_every_dialog(qtbot, gui_ctx, tmp_path, monkeypatch):
    from desktop.gui import gallery, registry
    from desktop.gui.screenshots import take_screenshots

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    files = take_screenshots(gui_ctx.db, tmp_path / "shots")
    names = {f.name for f in files}
    assert len([n for n in names if not n.startswith("dialog-")]) == len(registry.PAGES)
    assert {f"dialog-{e.key}.png" for e in gallery.ENTRIES} <= names
    assert all(f.stat().st_size > 1000 for f in files)
