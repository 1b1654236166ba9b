"""pytest-qt: the support page — projects list and filters, the project editor with contributions,
labour and photos, donors; bad input shows the Vietnamese message and saves nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.support import service as sv
from desktop.support.demo import png_bytes

TODAY = dt.date.today()


@pytest.fixture
def page(qtbot, gui_ctx):
    from desktop.gui.pages.support import SupportPage

    page = SupportPage(gui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def _titles(page):
    return [p.title for p in page.list.rows()]


def _search(record_list, text):
    record_list.search.setText(text)
    record_list.search.fire()


def test_table_models_without_a_window(gui_ctx):
    from dataclasses import replace

    from desktop.gui.models.support import (
        CCOL_RECEIVED,
        COL_HOUSEHOLD,
        COL_RECEIVED,
        ContributionTableModel,
        ProjectTableModel,
    )

    model = ProjectTableModel()
    model.set_rows(gui_ctx.run(sv.list_projects, sv.ProjectFilter(text="thi hon")))
    assert model.rowCount() == 1 and model.columnCount() == 9
    assert model.headerData(COL_RECEIVED, Qt.Orientation.Horizontal) == "Đã nhận"
    assert model.data(model.index(0, COL_RECEIVED)) == "5.800.000 đ"
    assert model.data(model.index(0, COL_HOUSEHOLD)) == "Thị Hơn (DTTS)"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(QModelIndex()) is None
    house = gui_ctx.run(sv.list_projects, sv.ProjectFilter(text="mai nha"))[0]
    cmodel = ContributionTableModel()
    rows = gui_ctx.run(sv.list_contributions, project_id=house.id)
    cmodel.set_rows(rows)
    assert cmodel.data(cmodel.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None  # 5 of 8 million received
    cmodel.set_rows([replace(rows[0], received_vnd=9_000_000)])
    assert cmodel.data(cmodel.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert "nhiều hơn số cam kết" in cmodel.data(cmodel.index(0, CCOL_RECEIVED), Qt.ItemDataRole.ToolTipRole)


def test_list_filters(page, messages):
    assert len(page.model.rows) == 6
    assert "6 công trình" in page.summary.text()
    _search(page.list, "thi hon")
    assert _titles(page) == ["Làm sân bê tông cho hộ bà Thị Hơn"]
    _search(page.list, "")
    page.status.setCurrentIndex(page.status.findData("proposed"))
    assert _titles(page) == ["Xây nhà vệ sinh cho hộ bà Lê Thị Mến"]
    page.status.setCurrentIndex(0)
    page.minority.setChecked(True)
    assert "Xây nhà vệ sinh cho hộ bà Lê Thị Mến" not in _titles(page)
    page.minority.setChecked(False)
    page.kind.setCurrentIndex(page.kind.findText("Làm sân"))
    assert len(page.model.rows) == 1
    page.kind.setCurrentIndex(0)
    page.village.setCurrentIndex(page.village.findText("bon Bu Sir"))
    assert _titles(page) == ["Làm sân bê tông cho hộ bà Thị Hơn"]
    page.village.setCurrentIndex(0)
    page.date_from.setText("01/01/1990")
    page.date_to.setText("31/12/1990")
    page.date_to.editingFinished.emit()
    assert _titles(page) == []
    page.date_from.setText("31/02/2025")  # not a date: named, the list stays
    page.date_from.editingFinished.emit()
    assert messages.texts("error")[-1].startswith("Từ ngày:")


def test_projects_sort_by_amount_and_by_date(page):
    from desktop.gui.models.support import COL_RECEIVED, COL_START

    page.list.table.sortByColumn(COL_RECEIVED, Qt.SortOrder.DescendingOrder)
    received = [p.totals.received_vnd for p in page.list.rows()]
    assert received == sorted(received, reverse=True) and received[0] > received[-1]
    page.list.table.sortByColumn(COL_START, Qt.SortOrder.AscendingOrder)
    starts = [p.start_date for p in page.list.rows() if p.start_date]
    assert starts == sorted(starts)


def test_record_a_project_end_to_end(page, gui_ctx, messages, monkeypatch, tmp_path):
    from desktop.gui.dialogs import support as small
    from desktop.gui.dialogs import support_project

    seen = {}
    photo = tmp_path / "truoc.png"
    photo.write_bytes(png_bytes(4, 3, (100, 60, 20), (80, 40, 10)))
    not_image = tmp_path / "ghi-chu.jpg"
    not_image.write_text("đây không phải ảnh")

    def contribution_exec(dialog):
        dialog.ui.donor.setCurrentIndex(dialog.ui.donor.findText("Nguyễn Văn Hùng"))
        dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("cash"))
        assert not dialog.ui.item.isVisibleTo(dialog)
        dialog.ui.pledged.setText("1.000.000")
        dialog.ui.received.setText("1500000,5")  # decimals: refused, dialog stays open
        dialog.ui.received_date.set_date(TODAY)
        dialog.submit()
        seen["decimal_error"] = messages.texts("error")[-1]
        dialog.ui.received.setText("1.500.000")  # more than pledged: saved, warned
        dialog.submit()
        return dialog.result()

    def labour_exec(dialog):
        officer = dialog.ui.officer
        officer.pick_text(officer.choices()[0].search_key)  # typed without diacritics
        dialog.ui.days.setText("2")  # the project started today: one day at most
        dialog.ui.work_date.set_date(TODAY)
        dialog.submit()
        seen["days_error"] = messages.texts("error")[-1]
        dialog.ui.days.setText("1")
        dialog.submit()
        return dialog.result()

    def project_exec(dialog):
        u = dialog.ui
        assert not u.details.isEnabled()
        u.title.setText("Làm sân phơi cho hộ bà Thị Hơn")
        u.kind.setCurrentIndex(u.kind.findText("Làm sân"))
        u.head_name.setText("Thị Hơn")
        assert u.village.pick_text("bu sir") is not None
        u.hardship.setCurrentIndex(u.hardship.findData("poor"))
        u.ethnic_minority.setChecked(True)
        u.status.setCurrentIndex(u.status.findData("completed"))
        u.start_date.set_date(TODAY)
        u.size.setText("30")
        u.size_unit.setText("m²")
        dialog.submit()  # completed without a completion date: refused, the dialog keeps the text
        assert dialog.project is None and u.title.text() == "Làm sân phơi cho hộ bà Thị Hơn"
        seen["no_date_error"] = messages.texts("error")[-1]
        assert gui_ctx.run(sv.list_projects, sv.ProjectFilter(text="san phoi")) == []
        u.status.setCurrentIndex(u.status.findData("in_progress"))
        dialog.submit()
        assert dialog.project is not None
        assert u.details.isEnabled()
        seen["household_warning"] = u.warnings.text()
        dialog.add_contribution()
        seen["over_warning"] = u.warnings.text()
        dialog.add_labour()
        messages.open_path = str(not_image)
        dialog.add_photo("before")
        seen["photo_error"] = messages.texts("error")[-1]
        messages.open_path = str(photo)
        dialog.add_photo("before")
        seen["photos"] = dialog.photos.count()
        seen["total"] = dialog.contributions.total.text()
        seen["labour_rows"] = len(dialog.labour.rows())
        dialog.close_dialog()
        return dialog.result()

    monkeypatch.setattr(small.ContributionDialog, "exec", contribution_exec)
    monkeypatch.setattr(small.LabourDialog, "exec", labour_exec)
    monkeypatch.setattr(support_project.ProjectDialog, "exec", project_exec)
    page.add_project()

    assert seen["no_date_error"].startswith("Ngày hoàn thành:")
    assert "12 tháng" in seen["household_warning"] and "Làm sân bê tông" in seen["household_warning"]
    assert seen["decimal_error"].startswith("Số tiền đã nhận:") and "phần lẻ" in seen["decimal_error"]
    assert "nhiều hơn số cam kết" in seen["over_warning"]
    assert seen["photo_error"].startswith("Ảnh:") and "không phải ảnh" in seen["photo_error"]
    assert seen["photos"] == 1 and seen["labour_rows"] == 1
    assert seen["days_error"].startswith("Số ngày công:") and "1 ngày" in seen["days_error"]
    assert "tiền mặt 1.500.000 đ" in seen["total"]
    assert "Làm sân phơi cho hộ bà Thị Hơn" in _titles(page)
    new = gui_ctx.run(sv.list_projects, sv.ProjectFilter(text="san phoi"))[0]
    assert new.totals.cash_received_vnd == 1_500_000 and new.totals.labour_days == 1


def test_add_a_kind(page, gui_ctx, messages, monkeypatch):
    from desktop.gui.dialogs import prompt

    monkeypatch.setattr(prompt, "ask", lambda *a, **k: ("Làm đường giao thông", ""))
    page.kind_action.trigger()
    assert page.kind.findText("Làm đường giao thông") > 0  # the page reloaded its filters
    assert "lam_duong_giao_thong" in messages.texts("info")[-1]
    page.kind_action.trigger()  # the same name again: refused, named
    assert messages.texts("error")[-1].startswith("Loại công trình:")


def test_delete_project_with_confirm(qtbot, page, gui_ctx, messages):
    _search(page.list, "ve sinh")
    page.list.select_row(0)
    page.list.table.setFocus()
    messages.confirm_answer = False
    qtbot.keyClick(page.list.table, Qt.Key.Key_Delete)
    assert len(page.model.rows) == 1
    messages.confirm_answer = True
    qtbot.keyClick(page.list.table, Qt.Key.Key_Delete)
    assert page.model.rows == []
    assert len(gui_ctx.run(sv.list_projects)) == 5


def prints(gui_ctx) -> list[str]:
    from desktop import audit

    with gui_ctx.db.uow(gui_ctx.actor) as work:
        return [e.summary for e in audit.list_entries(work, audit.AuditFilter()) if e.action == "print"]


def test_print_sheet_and_period_list(page, gui_ctx, messages, tmp_path):
    from desktop.gui.kit import print_action

    before = prints(gui_ctx)
    page.list.select_row(0)
    title = page.list.selected().title
    page.sheet_action.trigger()
    sheet = print_action.last_preview
    assert sheet.windowTitle().endswith(f"Phiếu công trình — {title}") and sheet.data.startswith(b"%PDF")
    sheet.reject()
    page.list_action.trigger()
    listing = print_action.last_preview
    assert "Danh sách công trình từ" in listing.windowTitle() and listing.data.startswith(b"%PDF")
    assert prints(gui_ctx) == before  # looked at only
    messages.save_path = str(tmp_path / "danh-sach.pdf")
    listing.save_as()
    assert len(prints(gui_ctx)) == len(before) + 1 and "danh sách" in prints(gui_ctx)[0]


def test_donors_tab(page, gui_ctx, messages, monkeypatch, tmp_path):
    from desktop.gui.dialogs import support as small
    from desktop.gui.kit import print_action

    page.tabs.setCurrentIndex(1)
    donors = page.donors
    assert len(donors.model.rows) == 4
    _search(donors.list, "doan thanh nien")
    assert [d.name for d in donors.model.rows] == ["Đoàn Thanh niên xã Đắk Nia"]
    donors.list.select_row(0)
    assert len(donors.given.rows()) == 1
    donors.delete_action.trigger()  # has a contribution: refused with the way out
    assert "không xóa được" in messages.texts("error")[-1] and "Còn theo dõi" in messages.texts("error")[-1]
    assert len(gui_ctx.run(sv.list_donors)) == 4

    donors.letter_action.trigger()
    assert print_action.last_preview.windowTitle().endswith("Thư cảm ơn — Đoàn Thanh niên xã Đắk Nia")
    messages.save_path = str(tmp_path / "thu.pdf")
    print_action.last_preview.save_as()
    assert "In thư cảm ơn «Đoàn Thanh niên xã Đắk Nia»" in prints(gui_ctx)

    def donor_exec(dialog):
        dialog.ui.name.setText("Hội Phụ nữ xã Đắk Nia")
        dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("organisation"))
        dialog.ui.phone.setText("không có")
        dialog.submit()
        dialog.ui.phone.setText("0263 3544 999")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(small.DonorDialog, "exec", donor_exec)
    _search(donors.list, "")
    donors.add_action.trigger()
    assert messages.texts("error")[-1].startswith("Số điện thoại:")
    assert "Hội Phụ nữ xã Đắk Nia" in [d.name for d in donors.model.rows]
    _search(donors.list, "hoi phu nu")
    donors.list.select_row(0)
    donors.delete_action.trigger()  # nothing given yet: deleted
    assert donors.model.rows == []


def test_viewer_sees_but_cannot_change(qtbot, gui_ctx):
    from desktop.db import Actor
    from desktop.gui.context import AppContext
    from desktop.gui.pages.support import SupportPage

    with gui_ctx.db.uow(gui_ctx.actor) as work:
        from desktop import accounts

        user = next(u for u in accounts.list_users(work) if u.role == "viewer")
    ctx = AppContext(gui_ctx.db, Actor(user.id, user.username, user.role, user.full_name), gui_ctx.prefs)
    page = SupportPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert len(page.model.rows) == 6
    page.list.select_row(0)
    assert not page.add_action.isEnabled() and not page.delete_action.isEnabled()
    assert page.open_action.isEnabled() and page.sheet_action.isEnabled()
    assert not page.donors.add_action.isEnabled()
