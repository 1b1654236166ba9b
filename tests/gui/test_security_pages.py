"""The security register's pages, driven with qtbot on the demo station."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox
from sqlalchemy import select

from desktop.audit import AuditEntry
from desktop.db import Actor
from desktop.gui.context import AppContext
from desktop.gui.registry import PAGES


def click_save(qtbot, dialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _last_month() -> tuple[dt.date, dt.date]:
    end = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=1), end


def test_reports_tab_lists_adds_and_prints(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.dialogs.security import ReportDialog
    from desktop.gui.kit import print_action
    from desktop.gui.pages.security import SecurityPage

    p = SecurityPage(gui_ctx)
    qtbot.addWidget(p)
    start, end = _last_month()
    p.start.set_date(start)
    p.end.set_date(end)
    p.refresh()
    assert p.reports.model.rowCount() == 7 and "7 tin báo, 4 đã xử lý" in p.reports.count_label.text()
    assert p.checks.model.rowCount() == 4 and p.lodging.model.rowCount() == 6

    dialog = ReportDialog(gui_ctx, None, p)
    qtbot.addWidget(dialog)
    dialog.ui.date.set_date(end)
    dialog.ui.content.setPlainText("Báo tin có người lạ dò hỏi nhà dân")
    dialog.ui.officer.pick_text("Y Đức")
    click_save(qtbot, dialog)
    assert messages.texts("error")[-1].startswith("Người báo tin: cần người hoặc cơ quan báo tin")
    dialog.ui.source_name.setText("Bà Trần Thị Lan")
    click_save(qtbot, dialog)
    p.refresh()
    assert p.reports.model.rowCount() == 8
    newest = max(p.reports.rows(), key=lambda r: r.number)
    assert newest.number == 8 and newest.source_name == "Bà Trần Thị Lan"

    overdue = p.reports.findChild(QCheckBox, "reports_overdue")
    overdue.setChecked(True)
    assert all(r.overdue for r in p.reports.rows()) and p.reports.model.rowCount() >= 1

    p._print()
    assert print_action.last_preview is not None

    from desktop.gui.dialogs import prompt
    from desktop.security import reports

    monkeypatch.setattr(prompt, "ask", lambda *a, **k: ("ba", ""))
    p._deadline()
    assert messages.texts("error")[-1] == "Thời hạn xử lý tin báo (ngày): «ba» không phải số ngày."
    monkeypatch.setattr(prompt, "ask", lambda *a, **k: ("10", ""))
    p._deadline()
    assert gui_ctx.run(reports.deadline_days) == 10


def test_managed_page_for_admin_and_clerk_only(qtbot, gui_ctx, messages):
    from desktop.gui.dialogs.security import ContactDialog
    from desktop.gui.pages.security import ManagedPage

    entry = next(e for e in PAGES if e.key == "managed")
    assert entry.permission == "write"  # the viewer's navigation does not show it
    p = ManagedPage(gui_ctx)
    qtbot.addWidget(p)
    p.refresh()
    assert p.list.model.rowCount() == 8
    p.list.select_row(0)
    row = p.list.selected()
    assert p.contacts.model.rowCount() == row.contacts
    dialog = ContactDialog(gui_ctx, row, p)
    qtbot.addWidget(dialog)
    click_save(qtbot, dialog)
    assert not messages.texts("error")
    p.refresh()  # what the announced change does once the page shows
    assert p.contacts.model.rowCount() == row.contacts + 1
    with gui_ctx.db.uow(gui_ctx.actor) as work:
        views = list(work.session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "view")))
    assert any(v.startswith("Xem danh sách đối tượng quản lý") for v in views)
    assert any(v.startswith("Xem các lần làm việc") for v in views)

    viewer = AppContext(gui_ctx.db, Actor(3, "xem", "viewer"), gui_ctx.prefs)
    refused = ManagedPage(viewer)
    qtbot.addWidget(refused)
    refused.refresh()
    assert refused.list.model.rowCount() == 0
    assert any("không có quyền xem danh sách đối tượng quản lý" in t for t in messages.texts("error"))


def test_incident_dialog_links_people_and_takes_a_fine(qtbot, gui_ctx, messages):
    from desktop.gui.dialogs.incident import IncidentDialog
    from desktop.schedule import incidents

    dialog = IncidentDialog(gui_ctx, None)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.date.set_date(dt.date.today() - dt.timedelta(days=1))
    ui.violation_field.setCurrentIndex(ui.violation_field.findData("gambling"))
    ui.handling.setCurrentIndex(ui.handling.findData("administrative_fine"))
    assert ui.fine_amount.isEnabled() and ui.fined_persons.value() == 1
    known = next(i for i in gui_ctx.run(incidents.list_incidents) if i.persons).persons[0]
    assert ui.person.pick_text(known.name) is not None
    ui.role.setCurrentIndex(ui.role.findData("involved"))
    ui.add_person.click()
    ui.outsider_name.setText("Lê Văn Khách, 1990, Đắk Mil")
    ui.role.setCurrentIndex(ui.role.findData("witness"))
    ui.add_outsider.click()
    assert ui.persons.count() == 2
    click_save(qtbot, dialog)
    assert messages.texts("error")[-1] == "Số tiền phạt (đồng): không được để trống."
    ui.fine_amount.setText("2.000.000")
    click_save(qtbot, dialog)
    saved = max(gui_ctx.run(incidents.list_incidents, klass="violation"), key=lambda i: i.id)
    assert (saved.fine_amount, saved.fined_persons, saved.violation_field) == (2_000_000, 1, "gambling")
    assert [p.role for p in saved.persons] == ["involved", "witness"] and saved.persons[0].person_id
    assert saved.persons[1].name == "Lê Văn Khách, 1990, Đắk Mil" and saved.persons[1].person_id is None
