"""Dialogs of the security register (Designer forms ui/report_dialog.ui, managed_dialog.ui,
contact_dialog.ui, residence_check_dialog.ui, lodging_dialog.ui)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from desktop.errors import ValidationError
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.dialogs.checklist import py_time, save_form, set_time
from desktop.gui.forms.contact_dialog import Ui_ContactDialog
from desktop.gui.forms.lodging_dialog import Ui_LodgingDialog
from desktop.gui.forms.managed_dialog import Ui_ManagedDialog
from desktop.gui.forms.report_dialog import Ui_ReportDialog
from desktop.gui.forms.residence_check_dialog import Ui_ResidenceCheckDialog
from desktop.gui.widgets import fill_combo
from desktop.security import managed, reports, residence
from desktop.security.codes import (
    CONTACT_KINDS,
    MANAGED_CATEGORIES,
    REPORT_CHANNELS,
    REPORT_KINDS,
    REPORT_STATUSES,
)
from desktop.security.views import (
    CheckInput,
    CheckView,
    ContactInput,
    LodgingInput,
    LodgingView,
    ManagedInput,
    ManagedView,
    ReportInput,
    ReportView,
)

CHANGES = "security"


def _text(edit: QWidget, value: str) -> None:
    edit.setText(value)  # type: ignore[attr-defined]
    edit.setCursorPosition(0)  # type: ignore[attr-defined]


class ReportDialog(Dialog):
    def __init__(
        self, ctx: AppContext, report: ReportView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent, name="ReportDialog")
        r = self.report = report
        self.ui = ui = Ui_ReportDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Tin báo số {r.number_text}" if r else "Tiếp nhận tố giác, tin báo")
        when = r.received_at if r else dt.datetime.now().replace(second=0, microsecond=0)
        ui.date.set_date(when.date())
        set_time(ui.time, when.time())
        fill_combo(ui.kind, REPORT_KINDS, r.kind if r else "information")
        fill_combo(ui.channel, REPORT_CHANNELS, r.channel if r else "in_person")
        fill_combo(ui.status, REPORT_STATUSES, r.status if r else "received")
        ui.source_person.bind(self, value=r.source_person_id if r else None)
        ui.officer.bind(self, value=r.officer_id if r else None)
        if r is not None:
            ui.number_text.setText(f"{r.number_text}" + (" — quá hạn xử lý" if r.overdue else ""))
            if not r.source_person_id:
                _text(ui.source_name, r.source_name)
            for edit, value in (
                (ui.source_contact, r.source_contact),
                (ui.transferred_to, r.transferred_to),
                (ui.transfer_number, r.transfer_number),
            ):
                _text(edit, value)
            ui.content.setPlainText(r.content)
            ui.result.setPlainText(r.result)
            ui.transferred_on.set_date(r.transferred_on)
            ui.closed_on.set_date(r.closed_on)
        ui.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self._status_changed()
        ui.buttons.accepted.connect(lambda: save_form(self, self._read, changes=CHANGES))
        ui.buttons.rejected.connect(self.reject)

    def _status_changed(self) -> None:
        ui = self.ui
        status = ui.status.currentData()
        for w in (ui.transferred_to, ui.transferred_on, ui.transfer_number):
            w.setEnabled(status == "transferred")
        ui.closed_on.setEnabled(status == "closed")

    def data(self) -> ReportInput:
        ui = self.ui
        day = ui.date.date("Thời gian tiếp nhận")
        if day is None:
            raise ValidationError("Thời gian tiếp nhận", "cần ngày tiếp nhận.")
        return ReportInput(
            dt.datetime.combine(day, py_time(ui.time)),
            ui.channel.currentData(),
            ui.content.toPlainText(),
            ui.officer.value(),
            ui.kind.currentData(),
            ui.source_person.value(),
            ui.source_name.text(),
            ui.source_contact.text(),
            ui.status.currentData(),
            ui.transferred_to.text(),
            ui.transferred_on.date("Ngày chuyển"),
            ui.transfer_number.text(),
            ui.closed_on.date("Ngày giải quyết xong"),
            ui.result.toPlainText(),
        )

    def _read(self) -> tuple:
        r = self.report
        if r is None:
            return (reports.add_report, self.data())
        return (reports.update_report, r.id, r.version, self.data())


class ManagedDialog(Dialog):
    def __init__(
        self, ctx: AppContext, row: ManagedView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent, name="ManagedDialog")
        m = self.row = row
        self.ui = ui = Ui_ManagedDialog()
        ui.setupUi(self)
        self.setWindowTitle("Sửa thời gian quản lý" if m else "Đưa vào diện quản lý")
        fill_combo(ui.category, MANAGED_CATEGORIES, m.category if m else "after_prison")
        ui.person.bind(self, value=m.person_id if m else None)
        ui.officer.bind(self, value=m.officer_id if m else None)
        ui.starts_on.set_date(m.starts_on if m else dt.date.today())
        if m is not None:
            ui.ends_on.set_date(m.ends_on)
            _text(ui.category_note, m.category_note)
            _text(ui.decision, m.decision)
            ui.note.setPlainText(m.note)
        ui.category.currentIndexChanged.connect(
            lambda _i: ui.category_note.setEnabled(ui.category.currentData() == "other")
        )
        ui.category_note.setEnabled(ui.category.currentData() == "other")
        ui.buttons.accepted.connect(lambda: save_form(self, self._read, changes=CHANGES))
        ui.buttons.rejected.connect(self.reject)

    def data(self) -> ManagedInput:
        ui = self.ui
        return ManagedInput(
            ui.person.value(),
            ui.category.currentData(),
            ui.starts_on.date("Từ ngày"),
            ui.officer.value(),
            ui.ends_on.date("Đến ngày"),
            ui.decision.text(),
            ui.category_note.text(),
            ui.note.toPlainText(),
        )

    def _read(self) -> tuple:
        m = self.row
        if m is None:
            return (managed.add_managed, self.data())
        return (managed.update_managed, m.id, m.version, self.data())


class ContactDialog(Dialog):
    def __init__(self, ctx: AppContext, row: ManagedView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="ContactDialog")
        self.row = row
        self.ui = ui = Ui_ContactDialog()
        ui.setupUi(self)
        ui.person_text.setText(f"{row.person_name} — {row.category_text}")
        ui.contact_date.set_date(dt.date.today())
        fill_combo(ui.kind, CONTACT_KINDS, "visited")
        ui.officer.bind(self, value=row.officer_id)
        ui.buttons.accepted.connect(lambda: save_form(self, self._read, changes=CHANGES))
        ui.buttons.rejected.connect(self.reject)

    def _read(self) -> tuple:
        ui = self.ui
        data = ContactInput(
            ui.contact_date.date("Ngày"), ui.kind.currentData(), ui.officer.value(), ui.note.toPlainText()
        )
        return (managed.add_contact, self.row.id, data)


class ResidenceCheckDialog(Dialog):
    def __init__(self, ctx: AppContext, row: CheckView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="ResidenceCheckDialog")
        c = self.row = row
        self.ui = ui = Ui_ResidenceCheckDialog()
        ui.setupUi(self)
        self.setWindowTitle("Sửa đợt kiểm tra cư trú" if c else "Ghi đợt kiểm tra cư trú")
        ui.checked_on.set_date(c.checked_on if c else dt.date.today())
        ui.village.bind(self, value=c.village_id if c else None)
        ui.household.bind(self, value=c.household_id if c else None)
        ui.officers.bind(self, values=c.officer_ids if c else ())
        if c is not None:
            ui.households_checked.setValue(c.households_checked)
            ui.rooms_checked.setValue(c.rooms_checked)
            ui.violations.setValue(c.violations)
            ui.note.setPlainText(c.note)
        ui.buttons.accepted.connect(lambda: save_form(self, self._read, changes=CHANGES))
        ui.buttons.rejected.connect(self.reject)

    def data(self) -> CheckInput:
        ui = self.ui
        return CheckInput(
            ui.checked_on.date("Ngày kiểm tra"),
            ui.village.value(),
            ui.household.value(),
            tuple(ui.officers.values()),
            ui.households_checked.value(),
            ui.rooms_checked.value(),
            ui.violations.value(),
            ui.note.toPlainText(),
        )

    def _read(self) -> tuple:
        c = self.row
        if c is None:
            return (residence.add_check, self.data())
        return (residence.update_check, c.id, c.version, self.data())


class LodgingDialog(Dialog):
    def __init__(
        self, ctx: AppContext, row: LodgingView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent, name="LodgingDialog")
        n = self.row = row
        self.ui = ui = Ui_LodgingDialog()
        ui.setupUi(self)
        self.setWindowTitle("Sửa thông báo lưu trú" if n else "Tiếp nhận thông báo lưu trú")
        ui.received_on.set_date(n.received_on if n else dt.date.today())
        ui.from_date.set_date(n.from_date if n else dt.date.today())
        ui.guest_person.bind(self, value=n.guest_person_id if n else None)
        ui.village.bind(self, value=n.village_id if n else None)
        if n is not None:
            ui.to_date.set_date(n.to_date)
            if not n.guest_person_id:
                _text(ui.guest_name, n.guest_name)
            _text(ui.guest_id_number, n.guest_id_number)
            _text(ui.place, n.place)
            ui.note.setPlainText(n.note)
        ui.buttons.accepted.connect(lambda: save_form(self, self._read, changes=CHANGES))
        ui.buttons.rejected.connect(self.reject)

    def data(self) -> LodgingInput:
        ui = self.ui
        return LodgingInput(
            ui.received_on.date("Ngày tiếp nhận"),
            ui.place.text(),
            ui.from_date.date("Lưu trú từ ngày"),
            ui.guest_person.value(),
            ui.guest_name.text(),
            ui.guest_id_number.text(),
            ui.village.value(),
            ui.to_date.date("Đến ngày"),
            ui.note.toPlainText(),
        )

    def _read(self) -> tuple:
        n = self.row
        if n is None:
            return (residence.add_lodging, self.data())
        return (residence.update_lodging, n.id, n.version, self.data())
