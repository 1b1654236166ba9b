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


def test_officers_rounds_awards_and_report(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.dialogs.staff import AssignmentDialog, AwardDialog, OfficerDialog, PeriodDialog
    from desktop.gui.pages import staff as staff_page

    page = staff_page.StaffPage(gui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 10 and page.assignments.model.rowCount() == 3
    assert page.awards.model.rowCount() == 1

    dialog = OfficerDialog(gui_ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Đinh Văn Lộc")
    dialog.phone.setText("abc")
    click_save(qtbot, dialog)
    assert any("Số điện thoại" in t for t in messages.texts("error"))
    dialog.phone.setText("0912 345 678")
    dialog.rank.setCurrentText("Hạ sĩ")
    click_save(qtbot, dialog)
    page.search.setText("dinh van")
    page.search.fire()
    assert page.model.rowCount() == 1 and page.model.row_at(0).rank == "Hạ sĩ"

    # an officer on events cannot be deleted: the message says to make them inactive
    page.search.setText("dieu lanh")
    page.search.fire()
    page.table.selectRow(0)
    from desktop.gui import messages as gui_messages

    asked: list[str] = []
    answers = {"make_inactive": False}

    def confirm(parent, text, title=""):
        asked.append(text)
        return text.startswith("Xóa") or answers["make_inactive"]

    monkeypatch.setattr(gui_messages, "confirm", confirm)
    page.delete_officer()
    assert "Không còn công tác" in asked[-1] and "không xóa được" in asked[-1]
    officer = page.selected()
    assert gui_ctx.run(service.get_officer, officer.id).active

    a = AssignmentDialog(gui_ctx, None, page, officer_id=officer.id)
    qtbot.addWidget(a)
    a.home_unit.setText("Phòng An ninh nội địa")
    a.start.set_date(dt.date(2025, 7, 1))
    a.end.set_date(dt.date(2025, 6, 1))
    click_save(qtbot, a)
    assert any("Đến ngày" in t for t in messages.texts("error"))
    a.end.set_date(dt.date(2025, 9, 30))
    click_save(qtbot, a)
    rounds = gui_ctx.run(assignments.list_assignments, officer_id=officer.id)
    assert [r.home_unit for r in rounds] == ["Phòng An ninh nội địa"]
    assert gui_ctx.run(service.get_officer, officer.id).kind == "reinforcement"

    w = AwardDialog(gui_ctx, None, page, officer_id=officer.id)
    qtbot.addWidget(w)
    w.issued_by.setText("Chủ tịch UBND xã")
    w.date.set_date(dt.date(2025, 10, 1))
    click_save(qtbot, w)
    assert gui_ctx.run(assignments.list_awards, officer_id=officer.id)[0].issued_by == "Chủ tịch UBND xã"

    shown = {}
    monkeypatch.setattr(staff_page, "preview_pdf", lambda parent, pdf, title, name: shown.update(pdf=pdf))

    def run_period(self):
        self.save()
        return self.result()

    monkeypatch.setattr(PeriodDialog, "exec", run_period)
    page.refresh()
    page.print_round()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(shown["pdf"])).pages)
    assert "Qua 3 tháng thực hiện nhiệm vụ" in text and "Hoàng Văn Thắng" in text

    # answering yes makes the officer inactive instead of deleting
    answers["make_inactive"] = True
    page.search.setText("dieu lanh")
    page.search.fire()
    page.table.selectRow(0)
    page.delete_officer()
    assert not gui_ctx.run(service.get_officer, officer.id).active
