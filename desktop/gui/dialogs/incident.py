"""Incident and traffic-hotspot dialogs (Designer forms ui/incident_dialog.ui, ui/hotspot_dialog.ui)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from desktop.errors import ValidationError
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.dialogs.checklist import py_time, save_form, set_time
from desktop.gui.forms.hotspot_dialog import Ui_HotspotDialog
from desktop.gui.forms.incident_dialog import Ui_IncidentDialog
from desktop.gui.widgets import fill_combo
from desktop.schedule import incidents
from desktop.schedule.codes import HANDLINGS, HOTSPOT_STATUSES, INCIDENT_CAUSES, INCIDENT_KINDS
from desktop.schedule.views import HotspotInput, HotspotView, IncidentInput, IncidentView


class IncidentDialog(Dialog):
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
        fill_combo(ui.kind, INCIDENT_KINDS, i.kind if i else "fight")
        fill_combo(ui.cause, INCIDENT_CAUSES, i.cause if i else "unknown")
        fill_combo(ui.handling, HANDLINGS, i.handling if i else "pending")
        ui.village.bind(self, value=i.village_id if i else None)
        ui.event.bind(self)
        if i is not None:
            if i.event_id:
                ui.event.set_value(i.event_id)
            for edit, text in ((ui.cause_note, i.cause_note), (ui.place, i.place)):
                edit.setText(text)
                edit.setCursorPosition(0)
            ui.people.setPlainText(i.people)
            ui.summary.setPlainText(i.summary)
            ui.handling_note.setPlainText(i.handling_note)
        ui.buttons.accepted.connect(lambda: save_form(self, self._read, changes="incidents"))
        ui.buttons.rejected.connect(self.reject)

    def data(self) -> IncidentInput:
        ui = self.ui
        day = ui.date.date("Thời gian xảy ra")
        if day is None:
            raise ValidationError("Thời gian xảy ra", "cần ngày xảy ra vụ việc.")
        return IncidentInput(
            dt.datetime.combine(day, py_time(ui.time)),
            ui.kind.currentData(),
            ui.cause.currentData(),
            ui.village.value(),
            ui.place.text(),
            ui.people.toPlainText(),
            ui.summary.toPlainText(),
            ui.handling.currentData(),
            ui.handling_note.toPlainText(),
            ui.event.value(),
            ui.cause_note.text(),
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
