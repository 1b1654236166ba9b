"""Incident and traffic-hotspot dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.errors import ValidationError
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.dialogs.checklist import py_time, save_cancel, time_edit
from desktop.gui.widgets import DateEdit
from desktop.schedule import incidents
from desktop.schedule.codes import HANDLINGS, HOTSPOT_STATUSES, INCIDENT_CAUSES, INCIDENT_KINDS
from desktop.schedule.events import list_events
from desktop.schedule.views import HotspotInput, HotspotView, IncidentInput, IncidentView


def _combo(items: dict[str, str], current: str | None = None) -> QComboBox:
    combo = QComboBox()
    for code, text in items.items():
        combo.addItem(text, code)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _village_combo(ctx: AppContext, current: int | None) -> QComboBox:
    combo = QComboBox()
    combo.addItem("(không ghi)", None)
    for v in ctx.run(settings.list_villages):
        combo.addItem(v.label, v.id)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
    return combo


def _event_combo(ctx: AppContext, around: dt.date, current: int | None) -> QComboBox:
    """Events of the 2 weeks around the date (the incident may have arisen during one)."""
    combo = QComboBox()
    combo.addItem("(không phát sinh trong công việc nào)", None)
    for e in ctx.run(list_events, around - dt.timedelta(days=14), around + dt.timedelta(days=1)):
        combo.addItem(f"{e.when_text} — {e.title}", e.id)
    if current:
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
    return combo


def _buttons(dialog: Dialog) -> QDialogButtonBox:
    return save_cancel(dialog.save, dialog.reject)  # type: ignore[attr-defined]


class IncidentDialog(Dialog):
    def __init__(
        self, ctx: AppContext, incident: IncidentView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent, name="IncidentDialog")
        i = incident
        self.incident = i
        self.setWindowTitle("Sửa vụ việc" if i else "Ghi vụ việc về an ninh, trật tự")
        when = i.occurred_at if i else dt.datetime.now().replace(second=0, microsecond=0)
        self.date = DateEdit()
        self.date.set_date(when.date())
        self.time = time_edit(when.time())
        self.kind = _combo(INCIDENT_KINDS, i.kind if i else "fight")
        self.cause = _combo(INCIDENT_CAUSES, i.cause if i else "unknown")
        self.cause_note = QLineEdit(i.cause_note if i else "")
        self.village = _village_combo(ctx, i.village_id if i else None)
        self.place = QLineEdit(i.place if i else "")
        self.people = QPlainTextEdit(i.people if i else "")
        self.people.setFixedHeight(54)
        self.people.setPlaceholderText("Họ tên, năm sinh, nơi ở của người liên quan (gõ tay)")
        self.summary = QPlainTextEdit(i.summary if i else "")
        self.summary.setFixedHeight(70)
        self.handling = _combo(HANDLINGS, i.handling if i else "pending")
        self.handling_note = QPlainTextEdit(i.handling_note if i else "")
        self.handling_note.setFixedHeight(54)
        self.event_combo = _event_combo(ctx, when.date(), i.event_id if i else None)
        note = QLabel("Người liên quan được ghi bằng chữ; chưa liên kết với sổ nhân khẩu.")
        note.setStyleSheet("color:#666")
        row = QHBoxLayout()
        row.addWidget(self.date)
        row.addWidget(self.time)
        row.addStretch(1)
        cause = QHBoxLayout()
        cause.addWidget(self.cause)
        cause.addWidget(self.cause_note, 1)
        form = QFormLayout()
        for label, widget in (
            ("Thời gian xảy ra", row),
            ("Loại vụ việc", self.kind),
            ("Nguyên nhân", cause),
            ("Thôn, bon", self.village),
            ("Địa điểm", self.place),
            ("Người liên quan", self.people),
            ("", note),
            ("Tóm tắt vụ việc", self.summary),
            ("Hình thức giải quyết", self.handling),
            ("Kết quả giải quyết", self.handling_note),
            ("Phát sinh trong công việc", self.event_combo),
        ):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(640, self.sizeHint().height())

    def data(self) -> IncidentInput:
        day = self.date.date("Thời gian xảy ra")
        if day is None:
            raise ValidationError("Thời gian xảy ra", "cần ngày xảy ra vụ việc.")
        return IncidentInput(
            dt.datetime.combine(day, py_time(self.time)),
            self.kind.currentData(),
            self.cause.currentData(),
            self.village.currentData(),
            self.place.text(),
            self.people.toPlainText(),
            self.summary.toPlainText(),
            self.handling.currentData(),
            self.handling_note.toPlainText(),
            self.event_combo.currentData(),
            self.cause_note.text(),
        )

    def save(self) -> None:
        i = self.incident
        if i is None:
            ok = self.try_save(lambda: self.ctx.run(incidents.add_incident, self.data()))
        else:
            ok = self.try_save(lambda: self.ctx.run(incidents.update_incident, i.id, i.version, self.data()))
        if ok:
            self.ctx.changed("incidents", self)


class HotspotDialog(Dialog):
    def __init__(
        self, ctx: AppContext, hotspot: HotspotView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent, name="HotspotDialog")
        h = hotspot
        self.hotspot = h
        self.setWindowTitle("Sửa điểm nguy cơ" if h else "Thêm điểm nguy cơ mất an toàn giao thông")
        self.place = QLineEdit(h.place if h else "")
        self.village = _village_combo(ctx, h.village_id if h else None)
        self.description = QPlainTextEdit(h.description if h else "")
        self.description.setFixedHeight(70)
        self.found_on, self.fixed_on = DateEdit(), DateEdit()
        self.found_on.set_date(h.found_on if h else dt.date.today())
        self.fixed_on.set_date(h.fixed_on if h else None)
        self.reported_to = QLineEdit(h.reported_to if h else "")
        self.proposed_fix = QPlainTextEdit(h.proposed_fix if h else "")
        self.proposed_fix.setFixedHeight(54)
        self.status = _combo(HOTSPOT_STATUSES, h.status if h else "open")
        self.event_combo = _event_combo(ctx, h.found_on if h else dt.date.today(), h.event_id if h else None)
        form = QFormLayout()
        for label, widget in (
            ("Vị trí", self.place),
            ("Thôn, bon", self.village),
            ("Mô tả", self.description),
            ("Ngày phát hiện", self.found_on),
            ("Đã báo cáo đến", self.reported_to),
            ("Đề xuất khắc phục", self.proposed_fix),
            ("Tình trạng", self.status),
            ("Ngày khắc phục", self.fixed_on),
            ("Phát hiện trong công việc", self.event_combo),
        ):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(600, self.sizeHint().height())

    def data(self) -> HotspotInput:
        found = self.found_on.date("Ngày phát hiện")
        if found is None:
            raise ValidationError("Ngày phát hiện", "không được để trống.")
        return HotspotInput(
            self.place.text(),
            found,
            self.description.toPlainText(),
            self.village.currentData(),
            self.reported_to.text(),
            self.proposed_fix.toPlainText(),
            self.status.currentData(),
            self.fixed_on.date("Ngày khắc phục"),
            self.event_combo.currentData(),
        )

    def save(self) -> None:
        h = self.hotspot
        if h is None:
            ok = self.try_save(lambda: self.ctx.run(incidents.add_hotspot, self.data()))
        else:
            ok = self.try_save(lambda: self.ctx.run(incidents.update_hotspot, h.id, h.version, self.data()))
        if ok:
            self.ctx.changed("incidents", self)
