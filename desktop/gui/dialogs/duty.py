"""The week's duty (ui/duty_week_dialog.ui): for each day the duty leader and the duty officer, saved
in one go; the weekly roster prints them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.dialogs.checklist import save_form
from desktop.gui.forms.duty_week_dialog import Ui_DutyWeekDialog
from desktop.staff.duty import DutyInput, DutyView, set_week
from desktop.text import format_date


class DutyWeekDialog(Dialog):
    def __init__(self, ctx: AppContext, week: list[DutyView], parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="DutyWeekDialog")
        self.week = week
        self.ui = ui = Ui_DutyWeekDialog()
        ui.setupUi(self)
        first, last = week[0].day, week[-1].day
        self.setWindowTitle(f"Lịch trực ban tuần {format_date(first)}")
        ui.week.setText(f"Tuần từ ngày {format_date(first)} đến ngày {format_date(last)}")
        self.pickers = []
        for i, d in enumerate(week):
            getattr(ui, f"day_{i}").setText(d.day_text)
            leader, officer = getattr(ui, f"leader_{i}"), getattr(ui, f"officer_{i}")
            for picker, value, label in ((leader, d.leader_id, d.leader_label),
                                         (officer, d.officer_id, d.officer_label)):
                picker.bind(self)
                if value is not None:
                    picker.set_value(value, label)
            self.pickers.append((d.day, leader, officer))
        ui.buttons.accepted.connect(lambda: save_form(self, self._read, changes="staff"))
        ui.buttons.rejected.connect(self.reject)

    def data(self) -> list[DutyInput]:
        return [DutyInput(day, leader.value(), officer.value()) for day, leader, officer in self.pickers]

    def _read(self) -> tuple:
        return (set_week, self.data())
