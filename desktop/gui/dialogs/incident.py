"""Incident and traffic-hotspot dialogs (Designer forms ui/incident_dialog.ui, ui/hotspot_dialog.ui)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.dialogs.checklist import parse_count, py_time, save_form, set_time
from desktop.gui.forms.hotspot_dialog import Ui_HotspotDialog
from desktop.gui.forms.incident_dialog import Ui_IncidentDialog
from desktop.gui.kit.idcard_input import pick_person_by_card
from desktop.gui.widgets import fill_combo
from desktop.schedule import incidents
from desktop.schedule.codes import (
    CRIME_KINDS,
    HANDLINGS,
    HOTSPOT_STATUSES,
    INCIDENT_CAUSES,
    INCIDENT_CLASSES,
    INCIDENT_ROLES,
    VIOLATION_FIELDS,
)
from desktop.schedule.views import (
    HotspotInput,
    HotspotView,
    IncidentInput,
    IncidentPersonInput,
    IncidentView,
)
from desktop.text import format_int


class IncidentDialog(Dialog):
    """An incident as the law classifies it (tab 1), the people in it linked to the register by role
    (tab 2), its handling, fine and casualties (tab 3)."""

    def __init__(
        self, ctx: AppContext, incident: IncidentView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent, name="IncidentDialog")
        i = self.incident = incident
        self.ui = ui = Ui_IncidentDialog()
        ui.setupUi(self)
        self.setWindowTitle("Sửa vụ việc" if i else "Ghi vụ việc về an ninh, trật tự")
        when = i.occurred_at if i else dt.datetime.now().replace(second=0, microsecond=0)
        ui.date.set_date(when.date())
        set_time(ui.time, when.time())
        fill_combo(ui.klass, INCIDENT_CLASSES, i.klass if i else "violation")
        fill_combo(ui.crime_kind, {"": "—", **CRIME_KINDS}, i.crime_kind if i else "")
        fill_combo(ui.violation_field, {"": "—", **VIOLATION_FIELDS}, i.violation_field if i else "")
        fill_combo(ui.cause, INCIDENT_CAUSES, i.cause if i else "unknown")
        fill_combo(ui.handling, HANDLINGS, i.handling if i else "pending")
        fill_combo(ui.role, INCIDENT_ROLES, "involved")
        ui.village.bind(self, value=i.village_id if i else None)
        ui.event.bind(self)
        ui.person.bind(self)
        pick_person_by_card(self, ui.person, lambda card: ui.outsider_name.setText(card.full_name))
        #: the incident's people as the dialog holds them: (input, line shown)
        self.people: list[tuple[IncidentPersonInput, str]] = []
        ui.review_note.setVisible(bool(i and i.needs_review))
        if i is not None:
            if i.event_id:
                ui.event.set_value(i.event_id)
            for edit, text in (
                (ui.cause_note, i.cause_note),
                (ui.place, i.place),
                (ui.decision_number, i.decision_number),
            ):
                edit.setText(text)
                edit.setCursorPosition(0)
            ui.summary.setPlainText(i.summary)
            ui.handling_note.setPlainText(i.handling_note)
            ui.people.setPlainText(i.people)
            ui.fine_amount.setText(format_int(i.fine_amount) if i.fine_amount is not None else "")
            ui.damage.setText(format_int(i.damage) if i.damage is not None else "")
            ui.fined_persons.setValue(i.fined_persons)
            ui.killed.setValue(i.killed)
            ui.injured.setValue(i.injured)
            if i.needs_review:
                ui.review_note.setText(f"{i.review_note} Lưu để xác nhận phân loại.")
            for p in i.persons:
                self._add(IncidentPersonInput(p.role, p.person_id, "" if p.person_id else p.name), p.text)
        ui.people.setVisible(bool(i and i.people))
        ui.people_label.setVisible(bool(i and i.people))
        ui.klass.currentIndexChanged.connect(lambda _i: self._class_changed())
        ui.handling.currentIndexChanged.connect(lambda _i: self._class_changed())
        ui.add_person.clicked.connect(self._add_person)
        ui.add_outsider.clicked.connect(self._add_outsider)
        ui.remove_person.clicked.connect(self._remove)
        self._class_changed()
        ui.buttons.accepted.connect(lambda: save_form(self, self._read, changes="incidents"))
        ui.buttons.rejected.connect(self.reject)

    def _class_changed(self) -> None:
        ui = self.ui
        klass = ui.klass.currentData()
        ui.crime_kind.setEnabled(klass == "crime")
        ui.violation_field.setEnabled(klass == "violation")
        fined = ui.handling.currentData() == "administrative_fine"
        for w in (ui.fine_amount, ui.fined_persons, ui.decision_number):
            w.setEnabled(fined)
        if fined and ui.fined_persons.value() == 0:
            ui.fined_persons.setValue(1)

    def _add(self, data: IncidentPersonInput, text: str) -> None:
        if any(d == data for d, _t in self.people):
            return
        self.people.append((data, text))
        self.ui.persons.addItem(text)

    def _add_person(self) -> None:
        ui = self.ui
        choice = ui.person.choice()
        if choice is None:
            messages.error(
                self, ValidationError("Người liên quan", "hãy gõ tên rồi chọn một người trong danh sách.")
            )
            return
        role = ui.role.currentData()
        self._add(
            IncidentPersonInput(role, choice.id), f"{choice.label.split(' — ')[0]} — {INCIDENT_ROLES[role]}"
        )
        ui.person.set_value(None)
        ui.person.clear()

    def _add_outsider(self) -> None:
        ui = self.ui
        name = " ".join(ui.outsider_name.text().split())
        if not name:
            messages.error(self, ValidationError("Người ngoài địa bàn", "hãy ghi họ tên."))
            return
        role = ui.role.currentData()
        self._add(IncidentPersonInput(role, None, name), f"{name} (ngoài địa bàn) — {INCIDENT_ROLES[role]}")
        ui.outsider_name.clear()

    def _remove(self) -> None:
        row = self.ui.persons.currentRow()
        if row >= 0:
            self.people.pop(row)
            self.ui.persons.takeItem(row)

    def data(self) -> IncidentInput:
        ui = self.ui
        day = ui.date.date("Thời gian xảy ra")
        if day is None:
            raise ValidationError("Thời gian xảy ra", "cần ngày xảy ra vụ việc.")
        fined = ui.handling.currentData() == "administrative_fine"
        return IncidentInput(
            dt.datetime.combine(day, py_time(ui.time)),
            cause=ui.cause.currentData(),
            village_id=ui.village.value(),
            place=ui.place.text(),
            people=ui.people.toPlainText(),
            summary=ui.summary.toPlainText(),
            handling=ui.handling.currentData(),
            handling_note=ui.handling_note.toPlainText(),
            event_id=ui.event.value(),
            cause_note=ui.cause_note.text(),
            klass=ui.klass.currentData(),
            crime_kind=ui.crime_kind.currentData(),
            violation_field=ui.violation_field.currentData(),
            fine_amount=parse_count("Số tiền phạt (đồng)", ui.fine_amount.text(), optional=True)
            if fined
            else None,
            fined_persons=ui.fined_persons.value() if fined else 0,
            decision_number=ui.decision_number.text() if fined else "",
            killed=ui.killed.value(),
            injured=ui.injured.value(),
            damage=parse_count("Thiệt hại (đồng)", ui.damage.text(), optional=True),
            persons=tuple(d for d, _t in self.people),
        )

    def _read(self) -> tuple:
        i = self.incident
        if i is None:
            return (incidents.add_incident, self.data())
        return (incidents.update_incident, i.id, i.version, self.data())


class HotspotDialog(Dialog):
    def __init__(
        self, ctx: AppContext, hotspot: HotspotView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent, name="HotspotDialog")
        h = self.hotspot = hotspot
        self.ui = ui = Ui_HotspotDialog()
        ui.setupUi(self)
        self.setWindowTitle("Sửa điểm nguy cơ" if h else "Thêm điểm nguy cơ mất an toàn giao thông")
        fill_combo(ui.status, HOTSPOT_STATUSES, h.status if h else "open")
        ui.found_on.set_date(h.found_on if h else dt.date.today())
        ui.village.bind(self, value=h.village_id if h else None)
        ui.event.bind(self)
        if h is not None:
            if h.event_id:
                ui.event.set_value(h.event_id)
            ui.fixed_on.set_date(h.fixed_on)
            for edit, text in ((ui.place, h.place), (ui.reported_to, h.reported_to)):
                edit.setText(text)
                edit.setCursorPosition(0)
            ui.description.setPlainText(h.description)
            ui.proposed_fix.setPlainText(h.proposed_fix)
        ui.buttons.accepted.connect(lambda: save_form(self, self._read, changes="incidents"))
        ui.buttons.rejected.connect(self.reject)

    def data(self) -> HotspotInput:
        ui = self.ui
        found = ui.found_on.date("Ngày phát hiện")
        if found is None:
            raise ValidationError("Ngày phát hiện", "không được để trống.")
        return HotspotInput(
            ui.place.text(),
            found,
            ui.description.toPlainText(),
            ui.village.value(),
            ui.reported_to.text(),
            ui.proposed_fix.toPlainText(),
            ui.status.currentData(),
            ui.fixed_on.date("Ngày khắc phục"),
            ui.event.value(),
        )

    def _read(self) -> tuple:
        h = self.hotspot
        if h is None:
            return (incidents.add_hotspot, self.data())
        return (incidents.update_hotspot, h.id, h.version, self.data())
