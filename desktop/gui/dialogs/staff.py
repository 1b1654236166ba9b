"""Officer, reinforcement assignment and award dialogs, and the period asked for the round report."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.errors import ValidationError
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.dialogs.checklist import CheckList, save_cancel
from desktop.gui.widgets import DateEdit
from desktop.staff import assignments, service
from desktop.staff.models import OFFICER_KINDS


def _buttons(dialog: Dialog) -> QDialogButtonBox:
    return save_cancel(dialog.save, dialog.reject)  # type: ignore[attr-defined]


def _officer_combo(ctx: AppContext, current: int | None = None) -> QComboBox:
    combo = QComboBox()
    for o in ctx.run(service.list_officers, include_inactive=True):
        combo.addItem(o.label, o.id)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class OfficerDialog(Dialog):
    def __init__(
        self, ctx: AppContext, officer: service.OfficerView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent, name="OfficerDialog")
        self.officer = officer
        self.setWindowTitle("Sửa cán bộ" if officer else "Thêm cán bộ")
        self.full_name = QLineEdit(officer.full_name if officer else "")
        self.rank = QComboBox()
        self.rank.addItems(list(service.RANKS))
        self.position = QLineEdit(officer.position if officer else "")
        self.phone = QLineEdit(officer.phone if officer else "")
        self.kind = QComboBox()
        for code, text in OFFICER_KINDS.items():
            self.kind.addItem(text, code)
        self.active = QCheckBox("Đang công tác")
        self.active.setChecked(officer.active if officer else True)
        if officer:
            self.rank.setCurrentText(officer.rank)
            self.kind.setCurrentIndex(max(0, self.kind.findData(officer.kind)))
        form = QFormLayout()
        for label, widget in (
            ("Họ và tên", self.full_name),
            ("Cấp bậc", self.rank),
            ("Chức vụ", self.position),
            ("Số điện thoại", self.phone),
            ("Loại cán bộ", self.kind),
            ("", self.active),
        ):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def save(self) -> None:
        data = service.OfficerInput(
            self.full_name.text(),
            self.rank.currentText(),
            self.position.text(),
            self.phone.text(),
            self.kind.currentData(),
            self.active.isChecked(),
        )
        o = self.officer
        if o is None:
            ok = self.try_save(lambda: self.ctx.run(service.add_officer, data))
        else:
            ok = self.try_save(lambda: self.ctx.run(service.update_officer, o.id, o.version, data))
        if ok:
            self.ctx.changed("staff", self)


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
        a = assignment
        self.assignment = a
        self.setWindowTitle("Sửa đợt tăng cường" if a else "Thêm đợt tăng cường")
        self.officer = _officer_combo(ctx, a.officer_id if a else officer_id)
        self.home_unit = QLineEdit(a.home_unit if a else "")
        self.home_unit.setPlaceholderText("vd. Phòng Cảnh sát hình sự Công an tỉnh")
        self.decision_number = QLineEdit(a.decision_number if a else "")
        self.decision_date, self.start, self.end = DateEdit(), DateEdit(), DateEdit()
        self.villages = CheckList((v.id, v.label) for v in ctx.run(settings.list_villages))
        self.notes = QPlainTextEdit(a.notes if a else "")
        self.notes.setFixedHeight(60)
        if a:
            self.decision_date.set_date(a.decision_date)
            self.start.set_date(a.start_date)
            self.end.set_date(a.end_date)
            self.villages.set_checked(a.village_ids)
        form = QFormLayout()
        for label, widget in (
            ("Cán bộ", self.officer),
            ("Đơn vị cử đi", self.home_unit),
            ("Số quyết định", self.decision_number),
            ("Ngày quyết định", self.decision_date),
            ("Từ ngày", self.start),
            ("Đến ngày", self.end),
            ("Địa bàn phụ trách", self.villages),
            ("Ghi chú", self.notes),
        ):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def data(self) -> assignments.AssignmentInput:
        start, end = self.start.date("Từ ngày"), self.end.date("Đến ngày")
        if start is None:
            raise ValidationError("Từ ngày", "không được để trống.")
        if end is None:
            raise ValidationError("Đến ngày", "không được để trống.")
        return assignments.AssignmentInput(
            self.officer.currentData(),
            self.home_unit.text(),
            start,
            end,
            self.decision_number.text(),
            self.decision_date.date("Ngày quyết định"),
            self.villages.checked(),
            self.notes.toPlainText(),
        )

    def save(self) -> None:
        a = self.assignment
        if a is None:
            ok = self.try_save(lambda: self.ctx.run(assignments.add_assignment, self.data()))
        else:
            ok = self.try_save(
                lambda: self.ctx.run(assignments.update_assignment, a.id, a.version, self.data())
            )
        if ok:
            self.ctx.changed("staff", self)


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
        w = award
        self.award = w
        self.setWindowTitle("Sửa khen thưởng" if w else "Thêm khen thưởng")
        self.officer = _officer_combo(ctx, w.officer_id if w else officer_id)
        self.title_combo = QComboBox()
        self.title_combo.setEditable(True)
        self.title_combo.addItems(list(assignments.AWARD_TITLES))
        self.issued_by = QLineEdit(w.issued_by if w else "")
        self.issued_by.setPlaceholderText("vd. Giám đốc Công an tỉnh")
        self.decision_number = QLineEdit(w.decision_number if w else "")
        self.date = DateEdit()
        self.reason = QPlainTextEdit(w.reason if w else "")
        self.reason.setFixedHeight(60)
        if w:
            self.title_combo.setCurrentText(w.title)
            self.date.set_date(w.award_date)
        form = QFormLayout()
        for label, widget in (
            ("Cán bộ", self.officer),
            ("Hình thức", self.title_combo),
            ("Cơ quan khen thưởng", self.issued_by),
            ("Số quyết định", self.decision_number),
            ("Ngày", self.date),
            ("Thành tích", self.reason),
        ):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def data(self) -> assignments.AwardInput:
        day = self.date.date("Ngày khen thưởng")
        if day is None:
            raise ValidationError("Ngày khen thưởng", "không được để trống.")
        return assignments.AwardInput(
            self.officer.currentData(),
            self.issued_by.text(),
            day,
            self.title_combo.currentText(),
            self.decision_number.text(),
            self.reason.toPlainText(),
        )

    def save(self) -> None:
        w = self.award
        if w is None:
            ok = self.try_save(lambda: self.ctx.run(assignments.add_award, self.data()))
        else:
            ok = self.try_save(lambda: self.ctx.run(assignments.update_award, w.id, w.version, self.data()))
        if ok:
            self.ctx.changed("staff", self)


class PeriodDialog(Dialog):
    """Ask for a period (from, to); ``result_value`` is (start, end)."""

    def __init__(
        self, ctx: AppContext, title: str, start: dt.date, end: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent, name="PeriodDialog")
        self.setWindowTitle(title)
        self.start, self.end = DateEdit(), DateEdit()
        self.start.set_date(start)
        self.end.set_date(end)
        form = QFormLayout()
        form.addRow("Từ ngày", self.start)
        form.addRow("Đến ngày", self.end)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def _read(self) -> tuple[dt.date, dt.date]:
        start, end = self.start.date("Từ ngày"), self.end.date("Đến ngày")
        if start is None or end is None:
            raise ValidationError("Thời gian", "hãy nhập đủ từ ngày và đến ngày.")
        if end < start:
            raise ValidationError("Đến ngày", "phải sau hoặc bằng từ ngày.")
        return start, end

    def save(self) -> None:
        self.try_save(self._read)
