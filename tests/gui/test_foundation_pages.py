"""pytest-qt: login, first run, settings, villages, users, audit browsing, backup — clicked through."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop import accounts, backup, settings
from desktop.db import Actor
from desktop.gui.prefs import Prefs
from desktop.text import sort_key


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
    assert accounts.LOGIN_FAILED in dialog.error_label.text()  # the same for an unknown user
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
    dialog.ui.commune.setText("Xã Quảng Phú")
    dialog.ui.parent_body.setText("Công an tỉnh Lâm Đồng")
    dialog.ui.villages.setPlainText("thôn 1\nbon Bu Sir\ntổ dân phố 3\n")
    dialog.ui.full_name.setText("Nguyễn Văn An")
    dialog.ui.password.setText("matkhau123")
    dialog.ui.password2.setText("matkhau12")
    qtbot.mouseClick(dialog.ui.setup_button, Qt.MouseButton.LeftButton)
    assert any("không khớp" in t for t in messages.texts("error"))
    dialog.ui.password2.setText("matkhau123")
    qtbot.mouseClick(dialog.ui.setup_button, Qt.MouseButton.LeftButton)
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
    assert len(page.villages.rows()) == 10
    # the name takes the panel's room: no village name is cut while the panel has space
    page.resize(1150, 700)
    page.show()
    qtbot.waitExposed(page)
    table = page.villages.table
    longest = max(table.fontMetrics().horizontalAdvance(v.name) for v in page.villages.rows())
    assert table.columnWidth(1) > longest
    assert "09/2019/NĐ-CP" in page.ui.period_start_day.toolTip()
    page.ui.place_name.setText("")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert any("Địa danh" in t for t in messages.texts("error"))
    page.ui.place_name.setText("Gia Nghĩa")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert gui_ctx.station.place_name == "Gia Nghĩa"

    page.villages.search.setText("bu sir")
    page.villages.search.fire()
    assert len(page.villages.rows()) == 1
    # only admins edit villages; sorted by name the Vietnamese way
    page.villages.search.setText("")
    page.villages.search.fire()
    page.villages.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [v.name for v in page.villages.rows()]
    assert names == sorted(names, key=sort_key)

    # add a village twice through the dialog: the second time the message names it, nothing is added
    def fake_exec(dialog):
        dialog.ui.kind.setCurrentText("bon")
        dialog.ui.name.setText("Bu Sir")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(village_dialog.VillageDialog, "exec", fake_exec)
    page.add_village()
    assert any("đã có trong danh sách" in t for t in messages.texts("error"))
    assert len(page.villages.rows()) == 10


def test_users_page_add_and_viewer_refused(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.dialogs import user as user_dialog
    from desktop.gui.pages.users import UsersPage

    page = UsersPage(gui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert len(page.list.rows()) == 3

    def fake_exec(dialog):
        dialog.ui.username.setText("moi")
        dialog.ui.full_name.setText("Hồ Thị Mới")
        dialog.ui.password.setText("matkhau123")
        dialog.ui.password2.setText("matkhau123")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(user_dialog.UserDialog, "exec", fake_exec)
    add = next(a for a in page.list.actions() if a.text() == "Thêm người dùng")
    add.trigger()
    # the dialog's save announced "users": the page refreshed itself, once
    assert sorted(u.username for u in page.list.rows()) == ["admin", "canbo", "moi", "xem"]
    viewer = accounts.login_user(gui_ctx.db, "xem", "demo1234")
    with pytest.raises(accounts.PermissionDenied):
        gui_ctx.db.run(viewer, accounts.create_user, "x2", "X", "clerk", "matkhau123")


def test_audit_page_filters(qtbot, gui_ctx, messages):
    from desktop.gui.pages.audit import AuditPage

    gui_ctx.run(settings.add_village, "Mới", "thôn")
    village = next(v for v in gui_ctx.run(settings.list_villages) if v.name == "Mới")
    gui_ctx.run(settings.update_village, village.id, village.version, name="Mới", kind="thôn", active=False)
    page = AuditPage(gui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    total = int(page.list.count_label.text().split()[0].replace(".", ""))
    assert total > 10 and len(page.list.rows()) == min(total, 200)
    page.table_name.setCurrentIndex(page.table_name.findData("village"))
    assert 0 < len(page.list.rows()) < total
    page.list.search.setText("Mới")
    page.list.search.fire()
    assert len(page.list.rows()) == 2
    page.list.select_row(0)
    # Vietnamese field names and values, not column names and Python values
    assert "Đang dùng: Có → Không" in page.detail.toPlainText()
    page.list.select_row(1)
    assert "Tên: (trống) → Mới" in page.detail.toPlainText()
    page.date_from.setText("31/02/2026")
    page.list.reload()
    assert any("Từ ngày" in t for t in messages.texts("error"))
    page.date_from.setText("")
    page.verify()
    assert any("toàn vẹn" in t for t in messages.texts("info"))


def test_audit_page_pages_off_the_gui_thread(qtbot, gui_ctx, messages):
    """Scrolling to the end asks for the next page; a page that arrives after a new search is dropped."""
    from desktop.gui.pages.audit import AuditPage

    for n in range(130):
        gui_ctx.run(settings.add_village, f"Thôn thử {n}", "thôn")
    page = AuditPage(gui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert len(page.list.rows()) == 200
    assert page.list.model.canFetchMore()
    page.list.model.fetchMore()
    assert len(page.list.rows()) > 200


def test_backup_page_backs_up_and_restores(qtbot, gui_ctx, messages, tmp_path, monkeypatch):
    from desktop.gui.pages.backup import BackupPage

    page = BackupPage(gui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.backup_now()
    assert len(page.list.rows()) == 1 and any("Đã sao lưu" in t for t in messages.texts("info"))
    first_backup = page.list.rows()[0]
    # a second copy on a USB drive, chosen in the folder dialog; then one encrypted with a passphrase
    usb = tmp_path / "usb"
    usb.mkdir()
    messages.folder_path = str(usb)
    page.backup_elsewhere()
    assert len(list(usb.glob("caxa-*.sqlite3"))) == 1
    assert len(page.list.rows()) == 1  # the USB copy is not one of the kept backups
    from desktop.gui.dialogs import passphrase as passphrase_dialog

    def type_passphrase(dialog):
        dialog.ui.passphrase.setText("mật khẩu dài")
        dialog.ui.passphrase2.setText("mật khẩu dài")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(passphrase_dialog.PassphraseDialog, "exec", type_passphrase)
    page.backup_elsewhere(encrypt=True)
    encrypted = list(usb.glob("caxa-*.enc"))
    assert len(encrypted) == 1
    # restoring it asks the passphrase (typed right) and proves the file before swapping it in
    gui_ctx.run(settings.add_village, "Sau bản mã hóa", "thôn")
    page._restore(encrypted[0])
    assert "Sau bản mã hóa" not in [v.name for v in gui_ctx.run(settings.list_villages)]
    gui_ctx.run(settings.add_village, "Sau sao lưu", "thôn")
    assert page.list.select_id(first_backup.path)  # backups are known by their file
    page.restore_selected(first_backup)
    assert any("Đã phục hồi" in t for t in messages.texts("info"))
    names = [v.name for v in gui_ctx.run(settings.list_villages)]
    assert "Sau sao lưu" not in names and len(names) == 10
    assert len(backup.list_backups()) == 3  # the backup and the safety copies taken before each restore
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
    # the session ended on the last page; the next login lands on Tổng quan all the same
    again = MainWindow(gui_ctx)
    qtbot.addWidget(again)
    assert again.current_key() == "dashboard" and again.stack.currentWidget() is again.pages["dashboard"]
    with pytest.raises(KeyError):
        gui_ctx.prefs.get("last_page")  # no longer a preference: nothing writes or reads it


def test_ctrl_digit_follows_the_navigation_order(qtbot, gui_ctx):
    """Ctrl+1 is Tổng quan, Ctrl+2 the page below it …, as the F1 guide says."""
    from desktop import paths
    from desktop.gui.main_window import MainWindow

    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a shortcut reaches the active window only
    for n in (3, 2, 1):
        qtbot.keyClick(window.nav, Qt.Key(Qt.Key.Key_0 + n), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == window.entries[n - 1].key
        assert window.nav.currentItem().text() == window.entries[n - 1].title
    assert window.entries[0].title == "Tổng quan"
    guide = (paths.resource("help") / "05-phim-tat.md").read_text(encoding="utf-8")
    assert "Ctrl+1 là Tổng quan" in guide
