"""Officer, reinforcement round and award dialogs, and the period of the round report (Designer
forms ui/officer_dialog.ui, assignment_dialog.ui, award_dialog.ui, period_dialog.ui)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.dialogs.checklist import save_form
from desktop.gui.forms.assignment_dialog import Ui_AssignmentDialog
from desktop.gui.forms.award_dialog import Ui_AwardDialog
from desktop.gui.forms.officer_dialog import Ui_OfficerDialog
from desktop.gui.forms.period_dialog import Ui_PeriodDialog
from desktop.gui.widgets import fill_combo
from desktop.staff import assignments, service
from desktop.staff.models import OFFICER_KINDS


def _texts(*pairs: tuple) -> None:
    for edit, text in pairs:
        edit.setText(text)
        edit.setCursorPosition(0)


class OfficerDialog(Dialog):
    def __init__(
        self, ctx: AppContext, officer: service.OfficerView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent, name="OfficerDialog")
        o = self.officer = officer
        self.ui = ui = Ui_OfficerDialog()
        ui.setupUi(self)
        self.setWindowTitle("Sửa cán bộ" if o else "Thêm cán bộ")
        ui.rank.addItems(list(service.RANKS))
        fill_combo(ui.kind, OFFICER_KINDS, o.kind if o else None)
        if o is not None:
            _texts((ui.full_name, o.full_name), (ui.position, o.position), (ui.phone, o.phone))
            ui.rank.setCurrentText(o.rank)
            ui.active.setChecked(o.active)
        ui.buttons.accepted.connect(lambda: save_form(self, self._read, changes="staff"))
        ui.buttons.rejected.connect(self.reject)

    def _read(self) -> tuple:
        ui = self.ui
        data = service.OfficerInput(
            ui.full_name.text(),
            ui.rank.currentText(),
            ui.position.text(),
            ui.phone.text(),
            ui.kind.currentData(),
            ui.active.isChecked(),
        )
        o = self.officer
        return (service.add_officer, data) if o is None else (service.update_officer, o.id, o.version, data)


class AssignmentDialog(Dialog):
    def __init__(
        self,
        ctx: AppContext,
        assignment: assignments.AssignmentView | None = None,
        parent: QWidget | None = None,
        *,
        officer_id: int | None = None,
    ) -> None:
        super().__init__(ctx, parent, name="AssignmentDialog")
        a = self.assignment = assignment
        self.ui = ui = Ui_AssignmentDialog()
        ui.setupUi(self)
        self.setWindowTitle("Sửa đợt tăng cường" if a else "Thêm đợt tăng cường")
        ui.officer.bind(self, value=a.officer_id if a else officer_id)
        ui.villages.bind(self, values=a.village_ids if a else ())
        if a is not None:
            _texts((ui.home_unit, a.home_unit), (ui.decision_number, a.decision_number))
            ui.decision_date.set_date(a.decision_date)
            ui.start.set_date(a.start_date)
            ui.end.set_date(a.end_date)
            ui.notes.setPlainText(a.notes)
        ui.buttons.accepted.connect(lambda: save_form(self, self._read, changes="staff"))
        ui.buttons.rejected.connect(self.reject)

    def data(self) -> assignments.AssignmentInput:
        ui = self.ui
        start, end = ui.start.date("Từ ngày"), ui.end.date("Đến ngày")
        if start is None:
            raise ValidationError("Từ ngày", "không được để trống.")
        if end is None:
            raise ValidationError("Đến ngày", "không được để trống.")
        return assignments.AssignmentInput(
            ui.officer.value(),
            ui.home_unit.text(),
            start,
            end,
            ui.decision_number.text(),
            ui.decision_date.date("Ngày quyết định"),
            ui.villages.values(),
            ui.notes.toPlainText(),
        )

    def _read(self) -> tuple:
        a = self.assignment
        if a is None:
            return (assignments.add_assignment, self.data())
        return (assignments.update_assignment, a.id, a.version, self.data())


class AwardDialog(Dialog):
    def __init__(
        self,
        ctx: AppContext,
        award: assignments.AwardView | None = None,
        parent: QWidget | None = None,
        *,
        officer_id: int | None = None,
    ) -> None:
        super().__init__(ctx, parent, name="AwardDialog")
        w = self.award = award
        self.ui = ui = Ui_AwardDialog()
        ui.setupUi(self)
        self.setWindowTitle("Sửa khen thưởng" if w else "Thêm khen thưởng")
        ui.title_combo.addItems(list(assignments.AWARD_TITLES))
        ui.officer.bind(self, value=w.officer_id if w else officer_id)
        if w is not None:
            ui.title_combo.setCurrentText(w.title)
            _texts((ui.issued_by, w.issued_by), (ui.decision_number, w.decision_number))
            ui.date.set_date(w.award_date)
            ui.reason.setPlainText(w.reason)
        ui.buttons.accepted.connect(lambda: save_form(self, self._read, changes="staff"))
        ui.buttons.rejected.connect(self.reject)

    def data(self) -> assignments.AwardInput:
        ui = self.ui
        day = ui.date.date("Ngày khen thưởng")
        if day is None:
            raise ValidationError("Ngày khen thưởng", "không được để trống.")
        return assignments.AwardInput(
            ui.officer.value(),
            ui.issued_by.text(),
            day,
            ui.title_combo.currentText(),
            ui.decision_number.text(),
            ui.reason.toPlainText(),
        )

    def _read(self) -> tuple:
        w = self.award
        if w is None:
            return (assignments.add_award, self.data())
        return (assignments.update_award, w.id, w.version, self.data())


class PeriodDialog(Dialog):
    """Ask for a period (from, to); ``result_value`` is (start, end)."""

    def __init__(
        self, ctx: AppContext, title: str, start: dt.date, end: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent, name="PeriodDialog")
        self.ui = ui = Ui_PeriodDialog()
        ui.setupUi(self)
        self.setWindowTitle(title)
        ui.start.set_date(start)
        ui.end.set_date(end)
        ui.buttons.accepted.connect(self.choose)
        ui.buttons.rejected.connect(self.reject)

    def _read(self) -> tuple[dt.date, dt.date]:
        start, end = self.ui.start.date("Từ ngày"), self.ui.end.date("Đến ngày")
        if start is None or end is None:
            raise ValidationError("Thời gian", "hãy nhập đủ từ ngày và đến ngày.")
        if end < start:
            raise ValidationError("Đến ngày", "phải sau hoặc bằng từ ngày.")
        return start, end

    def choose(self) -> None:
        try:
            self.result_value = self._read()
        except ValidationError as exc:
            messages.error(self, exc)
            return
        self.accept()
