"""pytest-qt: login, first run, settings, villages, users, audit browsing, backup — clicked through."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop import accounts, backup, settings
from desktop.db import Actor
from desktop.gui.prefs import Prefs


@pytest.fixture
def prefs(tmp_path):
    return Prefs(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))


def test_login_right_wrong_and_lockout(qtbot, sqlite_db, sqlite_demo, prefs, messages):
    from desktop.gui.dialogs.login import LoginDialog

    dialog = LoginDialog(sqlite_db, prefs, "CÔNG AN XÃ ĐẮK NIA")
    qtbot.addWidget(dialog)
    dialog.ui.username.setText("admin")
    dialog.ui.password.setText("sai-mat-khau")
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "còn 4 lần" in dialog.error_label.text()
    assert dialog.ui.password.text() == ""
    for _ in range(4):
        dialog.ui.password.setText("sai")
        dialog.try_login()
    assert "bị khóa 5 phút" in dialog.error_label.text()
    dialog.ui.password.setText("demo1234")
    dialog.try_login()
    assert "đang bị khóa" in dialog.error_label.text() and dialog.actor is None
    # the admin of another account unlocks by resetting the password
    with sqlite_db.uow(Actor.system()) as work:
        admin = next(u for u in accounts.list_users(work) if u.username == "admin")
        accounts.reset_password(work, admin.id, "demo1234")
    dialog.ui.password.setText("demo1234")
    dialog.try_login()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.actor.username == "admin"
    assert prefs.get("last_username") == "admin"


def test_first_run_sets_up_station(qtbot, sqlite_db, messages):
    from desktop.gui.dialogs.firstrun import FirstRunDialog

    dialog = FirstRunDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.commune.setText("Xã Quảng Phú")
    dialog.parent_body.setText("Công an tỉnh Lâm Đồng")
    dialog.villages.setPlainText("thôn 1\nbon Bu Sir\ntổ dân phố 3\n")
    dialog.full_name.setText("Nguyễn Văn An")
    dialog.password.setText("matkhau123")
    dialog.password2.setText("matkhau12")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert any("không khớp" in t for t in messages.texts("error"))
    dialog.password2.setText("matkhau123")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with sqlite_db.uow(dialog.actor) as work:
        station = settings.get_station(work)
        labels = [v.label for v in settings.list_villages(work)]
    assert station.issuing_body == "CÔNG AN XÃ QUẢNG PHÚ" and station.place_name == "Quảng Phú"
    assert station.parent_body == "CÔNG AN TỈNH LÂM ĐỒNG"
    assert sorted(labels) == ["bon Bu Sir", "thôn 1", "tổ dân phố 3"]


def test_station_page_edit_and_villages(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.dialogs import village as village_dialog
    from desktop.gui.pages.station import StationPage

    page = StationPage(gui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.ui.issuing_body.text() == "CÔNG AN XÃ ĐẮK NIA"
    assert page.villages.rowCount() == 10
    page.ui.place_name.setText("")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert any("Địa danh" in t for t in messages.texts("error"))
    page.ui.place_name.setText("Gia Nghĩa")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert gui_ctx.station.place_name == "Gia Nghĩa"

    page.search.setText("bu sir")
    page.search.fire()
    assert page.villages.rowCount() == 1

    # add a village twice through the dialog: the second time the message names it, nothing is added
    def fake_exec(dialog):
        dialog.ui.kind.setCurrentText("bon")
        dialog.ui.name.setText("Bu Sir")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(village_dialog.VillageDialog, "exec", fake_exec)
    page.add_village()
    assert any("đã có trong danh sách" in t for t in messages.texts("error"))
    page.search.setText("")
    page.search.fire()
    assert page.villages.rowCount() == 10


def test_users_page_add_and_viewer_refused(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.dialogs import user as user_dialog
    from desktop.gui.pages.users import UsersPage

    page = UsersPage(gui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 3

    def fake_exec(dialog):
        dialog.ui.username.setText("moi")
        dialog.ui.full_name.setText("Hồ Thị Mới")
        dialog.ui.password.setText("matkhau123")
        dialog.ui.password2.setText("matkhau123")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(user_dialog.UserDialog, "exec", fake_exec)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [u.username for u in page.model.rows] == ["admin", "canbo", "moi", "xem"]
    viewer = accounts.login_user(gui_ctx.db, "xem", "demo1234")
    with pytest.raises(accounts.PermissionDenied):
        gui_ctx.db.run(viewer, accounts.create_user, "x2", "X", "clerk", "matkhau123")


def test_audit_page_filters(qtbot, gui_ctx, messages):
    from desktop.gui.pages.audit import AuditPage

    gui_ctx.run(settings.add_village, "Mới", "thôn")
    page = AuditPage(gui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    total = page.model.rowCount()
    assert total > 10
    page.table_name.setCurrentIndex(page.table_name.findData("village"))
    assert 0 < page.model.rowCount() < total
    page.text.setText("Mới")
    page.text.fire()
    assert page.model.rowCount() == 1
    page.view.selectRow(0)
    assert "Mới" in page.detail.toPlainText()
    page.date_from.setText("31/02/2026")
    page.reload()
    assert any("Từ ngày" in t for t in messages.texts("error"))
    page.date_from.setText("")
    page.verify()
    assert any("toàn vẹn" in t for t in messages.texts("info"))


def test_backup_page_backs_up_and_restores(qtbot, gui_ctx, messages):
    from desktop.gui.pages.backup import BackupPage

    page = BackupPage(gui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1 and any("Đã sao lưu" in t for t in messages.texts("info"))
    gui_ctx.run(settings.add_village, "Sau sao lưu", "thôn")
    page.table.selectRow(0)
    page.restore_selected()
    assert any("Đã phục hồi" in t for t in messages.texts("info"))
    names = [v.name for v in gui_ctx.run(settings.list_villages)]
    assert "Sau sao lưu" not in names and len(names) == 10
    assert len(backup.list_backups()) == 2  # the backup and the safety copy taken before restoring
    page.check()
    assert any("Cơ sở dữ liệu tốt" in t for t in messages.texts("info"))


def test_main_window_pages_and_layout(qtbot, gui_ctx):
    from desktop.gui.main_window import MainWindow

    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    for entry in window.entries:
        page = window.show_page(entry.key)
        assert window.stack.currentWidget() is page and page.title
    assert set(window.pages) == {e.key for e in window.entries}
    window.resize(1000, 700)
    window.close()
    assert gui_ctx.prefs.geometry("MainWindow") is not None
    assert gui_ctx.prefs.get("last_page") == window.entries[-1].key
