"""Plan or edit an event (once or recurring), and record its outcome (Designer forms
ui/event_dialog.ui and ui/outcome_dialog.ui)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.dialogs.checklist import parse_count, py_time, save_form, set_time
from desktop.gui.forms.event_dialog import Ui_EventDialog
from desktop.gui.forms.outcome_dialog import Ui_OutcomeDialog
from desktop.gui.widgets import fill_combo
from desktop.schedule import events, photos
from desktop.schedule.codes import EVENT_KINDS, PARTNER_FORCES, TOPICS
from desktop.schedule.recurrence import Recurrence
from desktop.schedule.views import EventInput, EventView, OutcomeInput, SaveResult, SeriesView


def conflict_text(result: SaveResult) -> str:
    lines = [c.message for c in result.conflicts[:8]]
    if len(result.conflicts) > 8:
        lines.append(f"… và {len(result.conflicts) - 8} chỗ trùng khác.")
    return "Đã lưu, nhưng có cán bộ bị trùng lịch:\n\n" + "\n".join(lines)


def load_for_edit(uow: Any, event_id: int) -> tuple[EventView, SeriesView | None, list]:
    """What the event dialog shows besides the event: its series and its conflicts (one call, off
    the GUI thread, made by the page before the dialog opens)."""
    event = events.get_event(uow, event_id)
    series = events.get_series(uow, event.series_id) if event.series_id else None
    conflicts = events.event_conflicts(uow, event_id) if event.conflict else []
    return event, series, conflicts


class EventDialog(Dialog):
    """``event`` None: a new event starting on ``day``; otherwise edit it (or its series, given)."""

    def __init__(
        self,
        ctx: AppContext,
        event: EventView | None = None,
        parent: QWidget | None = None,
        *,
        day: dt.date | None = None,
        series: SeriesView | None = None,
        conflicts: Sequence[Any] = (),
    ) -> None:
        super().__init__(ctx, parent, name="ScheduleEventDialog")
        self.record, self.series = event, series
        self.result_value: SaveResult | None = None
        self.ui = ui = Ui_EventDialog()
        ui.setupUi(self)
        self.setWindowTitle("Sửa công việc" if event else "Thêm công việc vào lịch")
        fill_combo(ui.kind, EVENT_KINDS)
        ui.partners.addItems(["", *PARTNER_FORCES])
        ui.topics.set_items(TOPICS.items())
        ui.freq.addItem("hằng tuần", "weekly")
        ui.freq.addItem("hằng ngày", "daily")
        self.weekday_boxes = [getattr(ui, f"weekday_{i}") for i in range(7)]
        set_time(ui.start_time, dt.time(19))
        set_time(ui.end_time, dt.time(21))
        for multi, values in ((ui.officers, event.officer_ids if event else ()),
                              (ui.villages, event.village_ids if event else ())):
            multi.bind(self, values=values)
            multi.chosen.setMaximumHeight(16777215)  # the chosen list fills its box
        ui.warning.setText("⚠ " + "\n⚠ ".join(c.message for c in conflicts[:4]))
        ui.warning.setVisible(bool(conflicts))
        in_series = event is not None and series is not None
        ui.only_this.setVisible(in_series)
        ui.whole_series.setVisible(in_series)
        ui.repeat.setVisible(event is None or in_series)
        if in_series:
            ui.whole_series.toggled.connect(ui.repeat.setEnabled)
            ui.repeat.setEnabled(False)
        ui.buttons.accepted.connect(self.save_event)
        ui.buttons.rejected.connect(self.reject)
        self._fill(event, day)

    def _fill(self, event: EventView | None, day: dt.date | None) -> None:
        ui = self.ui
        if event is None:
            ui.date.set_date(day or dt.date.today())
            return
        ui.kind.setCurrentIndex(max(0, ui.kind.findData(event.kind)))
        ui.title_edit.setText(event.title)
        ui.title_edit.setCursorPosition(0)
        ui.date.set_date(event.starts_at.date())
        set_time(ui.start_time, event.starts_at.time())
        set_time(ui.end_time, event.ends_at.time())
        if event.ends_at.date() != event.starts_at.date():
            ui.end_date.set_date(event.ends_at.date())
        ui.place.setText(event.place)
        ui.place.setCursorPosition(0)
        ui.partners.setCurrentText(event.partners)
        ui.description.setPlainText(event.description)
        ui.topics.set_checked(event.topics)
        if self.series is not None:
            ui.repeat.setChecked(True)
            ui.freq.setCurrentIndex(max(0, ui.freq.findData(self.series.freq)))
            ui.every.setValue(self.series.every)
            for i, box in enumerate(self.weekday_boxes):
                box.setChecked(i in self.series.weekdays)
            ui.until.set_date(self.series.until)

    def data(self) -> EventInput:
        ui = self.ui
        day = ui.date.date("Ngày")
        if day is None:
            raise ValidationError("Ngày", "không được để trống.")
        end_day = ui.end_date.date("Ngày kết thúc") or day
        start = dt.datetime.combine(day, py_time(ui.start_time))
        end = dt.datetime.combine(end_day, py_time(ui.end_time))
        if end <= start and end_day == day and py_time(ui.end_time) < py_time(ui.start_time):
            end += dt.timedelta(days=1)  # a night patrol 22:00–02:00 ends the next morning
        return EventInput(
            ui.kind.currentData(),
            ui.title_edit.text(),
            start,
            end,
            ui.place.text(),
            ui.villages.values(),
            ui.officers.values(),
            ui.partners.currentText(),
            ui.topics.checked(),
            ui.description.toPlainText(),
        )

    def rule(self) -> Recurrence | None:
        ui = self.ui
        if not ui.repeat.isChecked():
            return None
        days = tuple(i for i, b in enumerate(self.weekday_boxes) if b.isChecked())
        return Recurrence(ui.freq.currentData(), ui.until.date("Lặp lại đến ngày"), ui.every.value(), days)

    def _call(self) -> tuple:
        data = self.data()
        if self.record is None:
            return (events.create_event, data, self.rule())
        if self.series is not None and self.ui.whole_series.isChecked():
            rule = self.rule()
            if rule is None:
                raise ValidationError("Lặp lại", "hãy giữ dấu chọn «Lặp lại» khi sửa cả lịch lặp lại.")
            return (events.update_series, self.series.id, self.series.version, data, rule)
        return (events.update_event, self.record.id, self.record.version, data)

    def save_event(self) -> None:
        save_form(self, self._call, changes="schedule")

    def accept(self) -> None:
        result = self.result_value
        super().accept()
        if result is not None and result.conflicts:
            messages.warn(self.parentWidget(), conflict_text(result))
        elif result is not None and result.message:
            messages.info(self.parentWidget(), result.message)


def complete_with_photos(
    uow: Any, event_id: int, version: int, outcome: OutcomeInput, paths: list[str]
) -> Any:
    """Record the outcome and copy the photos in, in one unit of work."""
    done = events.complete_event(uow, event_id, version, outcome)
    for path in paths:
        photos.add_photo(uow, event_id, path)
    return done


class OutcomeDialog(Dialog):
    """Record what came of an event; photos are copied into the data folder."""

    def __init__(self, ctx: AppContext, event: EventView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="OutcomeDialog")
        self.record = event
        self.photo_files: list[str] = []
        self.ui = ui = Ui_OutcomeDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Kết quả: {event.title} ({event.when_text})")
        ui.attendance.setText("" if event.attendance is None else str(event.attendance))
        ui.violations.setText(str(event.violations))
        ui.hotspots.setText(str(event.hotspots_found))
        ui.notes.setPlainText(event.outcome)
        self._show_photos()
        ui.add_photo.clicked.connect(self.pick_photo)
        ui.buttons.accepted.connect(self.save_outcome)
        ui.buttons.rejected.connect(self.reject)

    def _show_photos(self) -> None:
        text = f"{len(self.record.photos)} ảnh đã lưu"
        if self.photo_files:
            text += f", {len(self.photo_files)} ảnh sẽ thêm"
        self.ui.photo_label.setText(text)

    def pick_photo(self) -> None:
        path = messages.open_file(self, "Chọn ảnh", "Ảnh (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic)")
        if path:
            self.photo_files.append(path)
            self._show_photos()

    def _read(self) -> tuple:
        ui = self.ui
        outcome = OutcomeInput(
            parse_count("Số người tham dự", ui.attendance.text(), optional=True),
            parse_count("Số vi phạm phát hiện", ui.violations.text()) or 0,
            parse_count("Số điểm nguy cơ phát hiện", ui.hotspots.text()) or 0,
            ui.notes.toPlainText(),
        )
        return (complete_with_photos, self.record.id, self.record.version, outcome, list(self.photo_files))

    def save_outcome(self) -> None:
        save_form(self, self._read, changes="schedule")

    def accept(self) -> None:
        done = self.result_value
        super().accept()
        if done is not None and done.hotspots_found:
            messages.info(
                self.parentWidget(),
                "Hãy ghi chi tiết từng điểm nguy cơ mất an toàn giao thông ở trang «Vụ việc, điểm nguy cơ» "
                "(vị trí, báo cáo đến ai, đề xuất khắc phục) để số liệu báo cáo đầy đủ.",
            )
