"""pytest-qt: the staff page on the demo station — officers, reinforcement rounds, awards, round report."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.staff import assignments, service


def click_save(qtbot, dialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def action(record_list, text):
    found = [a for a in record_list.findChildren(type(record_list.table.actions()[0])) if a.text() == text]
    assert found, text
    return found[0]


def search(record_list, text: str) -> None:
    record_list.search.setText(text)
    record_list.search.fire()


def test_officers_rounds_awards_and_report(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.dialogs.staff import AssignmentDialog, AwardDialog, OfficerDialog, PeriodDialog
    from desktop.gui.kit import print_action
    from desktop.gui.pages import staff as staff_page

    page = staff_page.StaffPage(gui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.officers.model.rowCount() == 10 and page.assignments.model.rowCount() == 3
    assert page.awards.model.rowCount() == 1

    dialog = OfficerDialog(gui_ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.ui.full_name.setText("Đinh Văn Lộc")
    dialog.ui.phone.setText("abc")
    click_save(qtbot, dialog)
    assert any("Số điện thoại" in t for t in messages.texts("error"))
    assert dialog.isEnabled() and dialog.ui.full_name.text() == "Đinh Văn Lộc"  # stays open with the text
    dialog.ui.phone.setText("0912 345 678")
    dialog.ui.rank.setCurrentText("Hạ sĩ")
    click_save(qtbot, dialog)
    search(page.officers, "dinh van")
    assert page.officers.model.rowCount() == 1 and page.officers.model.row_at(0).rank == "Hạ sĩ"

    # an officer on events cannot be deleted: the message says to make them inactive
    search(page.officers, "dieu lanh")
    page.officers.select_row(0)
    from desktop.gui import messages as gui_messages

    asked: list[str] = []
    answers = {"make_inactive": False}

    def confirm(parent, text, title=""):
        asked.append(text)
        return text.startswith("Xóa") or answers["make_inactive"]

    monkeypatch.setattr(gui_messages, "confirm", confirm)
    action(page.officers, "Xóa").trigger()
    assert "Không còn công tác" in asked[-1] and "không xóa được" in asked[-1]
    officer = page.selected()
    assert gui_ctx.run(service.get_officer, officer.id).active

    a = AssignmentDialog(gui_ctx, None, page, officer_id=officer.id)
    qtbot.addWidget(a)
    assert a.ui.officer.value() == officer.id and "Điểu Lanh" in a.ui.officer.text()
    a.ui.home_unit.setText("Phòng An ninh nội địa")
    a.ui.start.set_date(dt.date(2025, 7, 1))
    a.ui.end.set_date(dt.date(2025, 6, 1))
    click_save(qtbot, a)
    assert any("Đến ngày" in t for t in messages.texts("error"))
    a.ui.end.set_date(dt.date(2025, 9, 30))
    a.ui.villages.picker.pick_text("nia don")
    click_save(qtbot, a)
    rounds = gui_ctx.run(assignments.list_assignments, officer_id=officer.id)
    assert [r.home_unit for r in rounds] == ["Phòng An ninh nội địa"]
    assert [v for v in rounds[0].villages_text.split(", ") if "Nia Đơn" in v]
    assert gui_ctx.run(service.get_officer, officer.id).kind == "reinforcement"

    w = AwardDialog(gui_ctx, None, page, officer_id=officer.id)
    qtbot.addWidget(w)
    w.ui.issued_by.setText("Chủ tịch UBND xã")
    w.ui.date.set_date(dt.date(2025, 10, 1))
    click_save(qtbot, w)
    assert gui_ctx.run(assignments.list_awards, officer_id=officer.id)[0].issued_by == "Chủ tịch UBND xã"

    def run_period(self):
        self.choose()
        return self.result()

    monkeypatch.setattr(PeriodDialog, "exec", run_period)
    page.refresh()
    action(page.officers, "In báo cáo cán bộ tăng cường…").trigger()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(print_action.last_preview.data)).pages)
    assert "Qua 3 tháng thực hiện nhiệm vụ" in text and "Hoàng Văn Thắng" in text

    # answering yes makes the officer inactive instead of deleting
    answers["make_inactive"] = True
    search(page.officers, "dieu lanh")
    page.officers.select_row(0)
    action(page.officers, "Xóa").trigger()
    assert not gui_ctx.run(service.get_officer, officer.id).active


def test_a_saved_officer_shows_once_and_names_sort_by_given_name(qtbot, gui_ctx, messages):
    from desktop.gui.dialogs.staff import OfficerDialog
    from desktop.gui.pages.staff import StaffPage
    from desktop.text import name_sort_key

    page = StaffPage(gui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    loads: list[int] = []
    page.officers.loaded.connect(loads.append)
    dialog = OfficerDialog(gui_ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.ui.full_name.setText("Trần Văn Đức")
    click_save(qtbot, dialog)
    assert loads == [11]  # the change was announced and the page reloaded once, by itself
    page.officers.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [page.officers.model.row_at(i).full_name for i in range(page.officers.model.rowCount())]
    assert names == sorted(names, key=name_sort_key) and "Trần Văn Đức" in names
    page.officers.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.officers.model.row_at(0).full_name == sorted(names, key=name_sort_key)[-1]


def test_viewer_sees_the_staff_but_cannot_change_them(qtbot, gui_ctx):
    from desktop.db import Actor
    from desktop.gui.context import AppContext
    from desktop.gui.pages.staff import StaffPage

    ctx = AppContext(gui_ctx.db, Actor(3, "xem", "viewer"), gui_ctx.prefs)
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.officers.select_row(0)
    assert page.officers.model.rowCount() == 10
    for rl in (page.officers, page.assignments, page.awards):
        for text in ("Sửa…", "Xóa"):
            assert not action(rl, text).isEnabled()
    assert not action(page.officers, "Thêm cán bộ").isEnabled()
    assert action(page.officers, "In báo cáo cán bộ tăng cường…").isEnabled()
