"""pytest-qt on the demo station: a project names its household and event through the pickers, the
list filters the projects not linked yet, a donor's sex is set for a person only, and the week's
duty is set in its dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.gui.kit.pickers import Choice
from desktop.support import service as sv


@pytest.fixture
def page(qtbot, gui_ctx):
    from desktop.gui.pages.support import SupportPage

    page = SupportPage(gui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def test_unlinked_filter(page):
    page.unlinked.setChecked(True)
    assert [p.title for p in page.list.rows()] == ["Xây nhà vệ sinh cho hộ bà Lê Thị Mến"]
    from desktop.gui.models.support import COL_HOUSEHOLD

    assert page.model.data(page.model.index(0, COL_HOUSEHOLD)) == "Lê Thị Mến — chưa gắn hộ"
    page.unlinked.setChecked(False)
    assert len(page.list.rows()) == 6


def test_project_dialog_shows_and_saves_the_links(qtbot, gui_ctx, messages):
    from desktop.gui.dialogs.support_project import ProjectDialog

    yard = next(p for p in gui_ctx.run(sv.list_projects) if p.title.startswith("Làm sân"))
    yard = gui_ctx.run(sv.get_project, yard.id)
    dialog = ProjectDialog(gui_ctx, yard)
    qtbot.addWidget(dialog)
    assert dialog.ui.household.value() == yard.household_id
    assert "Thị Hơn" in dialog.ui.household.text() and "bon Bu Sir" in dialog.ui.household.text()
    assert "Bàn giao sân bê tông" in dialog.ui.event.text()

    latrine = next(p for p in gui_ctx.run(sv.list_projects) if p.needs_household)
    dialog = ProjectDialog(gui_ctx, gui_ctx.run(sv.get_project, latrine.id))
    qtbot.addWidget(dialog)
    assert dialog.ui.household.value() is None and dialog.ui.household.text() == ""
    # the clerk picks Thị Hơn's household: the head and the village follow
    dialog.ui.household._set(Choice(yard.household_id, yard.household_label), emit=True)
    assert dialog.ui.head_name.text() == "Thị Hơn"
    assert dialog.ui.village.value() == yard.village_id
    dialog.submit()
    saved = gui_ctx.run(sv.get_project, latrine.id)
    assert (saved.household_id, saved.head_name, saved.village_id) == (yard.household_id, "Thị Hơn",
                                                                       yard.village_id)
    assert not messages.texts("error")


def test_donor_sex_for_a_person_only(qtbot, gui_ctx):
    from desktop.gui.dialogs.support import DonorDialog

    donors = {d.name: d for d in gui_ctx.run(sv.list_donors)}
    dialog = DonorDialog(gui_ctx, donors["Nguyễn Văn Hùng"])
    qtbot.addWidget(dialog)
    assert dialog.ui.sex.isEnabled() and dialog.ui.sex.currentData() == "M"
    dialog.ui.sex.setCurrentIndex(dialog.ui.sex.findData("F"))
    assert dialog.data().sex == "F"
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("business"))
    assert not dialog.ui.sex.isEnabled() and dialog.data().sex == ""


def test_duty_week_dialog_saves_the_week(qtbot, gui_ctx, messages):
    from desktop.gui.dialogs.duty import DutyWeekDialog
    from desktop.staff.duty import week_duty

    monday = dt.date(2026, 3, 2)
    dialog = DutyWeekDialog(gui_ctx, gui_ctx.run(week_duty, monday))
    qtbot.addWidget(dialog)
    assert dialog.ui.day_0.text() == "Thứ Hai, 02/03/2026"
    assert dialog.ui.day_6.text() == "Chủ nhật, 08/03/2026"
    officers = dialog.ui.leader_0.choices()
    chief = next(c for c in officers if "Y Đức Niê" in c.label)
    other = next(c for c in officers if c.id != chief.id)
    dialog.ui.leader_0._set(chief, emit=True)
    dialog.ui.officer_0._set(other, emit=True)
    dialog.ui.leader_2._set(chief, emit=True)
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not messages.texts("error")
    week = gui_ctx.run(week_duty, monday)
    assert (week[0].leader_id, week[0].officer_id) == (chief.id, other.id)
    assert (week[2].leader_id, week[2].officer_id) == (chief.id, None)
    assert all(d.leader_id is None and d.officer_id is None for d in week[3:])
