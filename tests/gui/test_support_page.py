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
    page.refresh()
    return page


def _titles(page):
    return [p.title for p in page.model.rows]


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


def test_list_filters(page):
    assert len(page.model.rows) == 6
    assert "6 công trình" in page.summary.text()
    page.search.setText("thi hon")
    page.search.fire()
    assert _titles(page) == ["Làm sân bê tông cho hộ bà Thị Hơn"]
    page.search.setText("")
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
        dialog.save()
        seen["decimal_error"] = messages.texts("error")[-1]
        dialog.ui.received.setText("1.500.000")  # more than pledged: saved, warned
        dialog.save()
        return dialog.result()

    def labour_exec(dialog):
        dialog.ui.officer.setCurrentIndex(0)
        dialog.ui.days.setText("2")  # the project started today: one day at most
        dialog.ui.work_date.set_date(TODAY)
        dialog.save()
        seen["days_error"] = messages.texts("error")[-1]
        dialog.ui.days.setText("1")
        dialog.save()
        return dialog.result()

    def project_exec(dialog):
        u = dialog.ui
        assert not u.details.isEnabled()
        u.title.setText("Làm sân phơi cho hộ bà Thị Hơn")
        u.kind.setCurrentIndex(u.kind.findText("Làm sân"))
        u.head_name.setText("Thị Hơn")
        u.village.setCurrentIndex(u.village.findText("bon Bu Sir"))
        u.hardship.setCurrentIndex(u.hardship.findData("poor"))
        u.ethnic_minority.setChecked(True)
        u.status.setCurrentIndex(u.status.findData("completed"))
        u.start_date.set_date(TODAY)
        u.size.setText("30")
        u.size_unit.setText("m²")
        assert dialog.save() is False  # completed without a completion date
        seen["no_date_error"] = messages.texts("error")[-1]
        assert gui_ctx.run(sv.list_projects, sv.ProjectFilter(text="san phoi")) == []
        u.status.setCurrentIndex(u.status.findData("in_progress"))
        assert dialog.save() is True
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
    assert seen["photos"] == 1
    assert seen["days_error"].startswith("Số ngày công:") and "1 ngày" in seen["days_error"]
    assert "tiền mặt 1.500.000 đ" in seen["total"]
    assert "Làm sân phơi cho hộ bà Thị Hơn" in _titles(page)
    new = gui_ctx.run(sv.list_projects, sv.ProjectFilter(text="san phoi"))[0]
    assert new.totals.cash_received_vnd == 1_500_000 and new.totals.labour_days == 1


def test_add_a_kind(page, gui_ctx, messages, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Làm đường giao thông", True))
    page.add_kind()
    assert page.kind.findText("Làm đường giao thông") > 0
    assert "lam_duong_giao_thong" in messages.texts("info")[-1]
    page.add_kind()  # the same name again: refused, named
    assert messages.texts("error")[-1].startswith("Loại công trình:")


def test_delete_project_with_confirm(page, gui_ctx, messages):
    page.search.setText("ve sinh")
    page.search.fire()
    page.table.selectRow(0)
    messages.confirm_answer = False
    page.delete_project()
    assert len(page.model.rows) == 1
    messages.confirm_answer = True
    page.delete_project()
    assert page.model.rows == []
    assert len(gui_ctx.run(sv.list_projects)) == 5


def test_print_sheet_and_period_list(page, monkeypatch):
    from desktop.gui import printing

    shown = []
    monkeypatch.setattr(printing, "preview_pdf",
                        lambda parent, pdf, title, name="": shown.append((title, pdf)))
    page.table.selectRow(0)
    page.print_sheet()
    page.print_list()
    assert shown[0][0].startswith("Phiếu công trình") and shown[0][1].startswith(b"%PDF")
    assert shown[1][0].startswith("Danh sách công trình") and shown[1][1].startswith(b"%PDF")


def test_donors_tab(page, gui_ctx, messages, monkeypatch):
    from desktop.gui import printing
    from desktop.gui.dialogs import support as small

    page.tabs.setCurrentIndex(1)
    donors = page.donors
    assert len(donors.model.rows) == 4
    donors.search.setText("doan thanh nien")
    donors.search.fire()
    assert [d.name for d in donors.model.rows] == ["Đoàn Thanh niên xã Đắk Nia"]
    donors.table.selectRow(0)
    assert donors.given.rowCount() == 1
    donors.delete_donor()  # has a contribution: refused with the way out
    assert "không xóa được" in messages.texts("error")[-1] and "Còn theo dõi" in messages.texts("error")[-1]
    assert len(gui_ctx.run(sv.list_donors)) == 4

    shown = []
    monkeypatch.setattr(printing, "preview_pdf", lambda parent, pdf, title, name="": shown.append(title))
    donors.print_letter()
    assert shown == ["Thư cảm ơn — Đoàn Thanh niên xã Đắk Nia"]

    def donor_exec(dialog):
        dialog.ui.name.setText("Hội Phụ nữ xã Đắk Nia")
        dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("organisation"))
        dialog.ui.phone.setText("không có")
        dialog.save()
        dialog.ui.phone.setText("0263 3544 999")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(small.DonorDialog, "exec", donor_exec)
    donors.search.setText("")
    page.new_record()  # Ctrl+N on the donors tab adds a donor
    assert messages.texts("error")[-1].startswith("Số điện thoại:")
    assert "Hội Phụ nữ xã Đắk Nia" in [d.name for d in donors.model.rows]
    donors.search.setText("hoi phu nu")
    donors.search.fire()
    donors.table.selectRow(0)
    donors.delete_donor()  # nothing given yet: deleted
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
    assert not page.add_button.isEnabled() and not page.delete_button.isEnabled()
    assert not page.donors.add_button.isEnabled()
