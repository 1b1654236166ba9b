"""Plan or edit an event (once or recurring), and record its outcome."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.dialogs.checklist import CheckList, parse_count, py_time, save_cancel, time_edit
from desktop.gui.widgets import DateEdit
from desktop.schedule import events, photos
from desktop.schedule.codes import EVENT_KINDS, PARTNER_FORCES, TOPICS, WEEKDAYS_SHORT
from desktop.schedule.recurrence import Recurrence
from desktop.schedule.views import EventInput, EventView, OutcomeInput, SaveResult
from desktop.staff import service as staff


def conflict_text(result: SaveResult) -> str:
    lines = [c.message for c in result.conflicts[:8]]
    if len(result.conflicts) > 8:
        lines.append(f"… và {len(result.conflicts) - 8} chỗ trùng khác.")
    return "Đã lưu, nhưng có cán bộ bị trùng lịch:\n\n" + "\n".join(lines)


class EventDialog(Dialog):
    """``event`` None: a new event starting on ``day``; otherwise edit it (or its series)."""

    def __init__(
        self,
        ctx: AppContext,
        event: EventView | None = None,
        parent: QWidget | None = None,
        *,
        day: dt.date | None = None,
    ) -> None:
        super().__init__(ctx, parent, name="EventDialog")
        self.record = event
        self.result_value: SaveResult | None = None
        self.setWindowTitle("Sửa công việc" if event else "Thêm công việc vào lịch")
        self.kind = QComboBox()
        for code, text in EVENT_KINDS.items():
            self.kind.addItem(text, code)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("để trống: lấy tên loại công việc")
        self.date, self.end_date = DateEdit(), DateEdit()
        self.start_time, self.end_time = time_edit(dt.time(19)), time_edit(dt.time(21))
        self.place = QLineEdit()
        self.partners = QComboBox()
        self.partners.setEditable(True)
        self.partners.addItems(["", *PARTNER_FORCES])
        self.topics = CheckList(TOPICS.items())
        # active ones, plus inactive ones already on this event (so saving does not drop them)
        on_event = set(event.officer_ids if event else ())
        officers = [
            o for o in ctx.run(staff.list_officers, include_inactive=True) if o.active or o.id in on_event
        ]
        self.officers = CheckList((o.id, o.label + ("" if o.active else " (đã thôi)")) for o in officers)
        in_event = set(event.village_ids if event else ())
        villages = [
            v for v in ctx.run(settings.list_villages, include_inactive=True) if v.active or v.id in in_event
        ]
        self.villages = CheckList((v.id, v.label) for v in villages)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(54)

        when = QHBoxLayout()
        for w in (
            QLabel("Ngày"),
            self.date,
            QLabel("từ"),
            self.start_time,
            QLabel("đến"),
            self.end_time,
            QLabel("ngày kết thúc (nếu khác)"),
            self.end_date,
        ):
            when.addWidget(w)
        form = QFormLayout()
        form.addRow("Loại công việc", self.kind)
        form.addRow("Nội dung", self.title_edit)
        form.addRow("Thời gian", when)
        form.addRow("Địa điểm", self.place)
        form.addRow("Lực lượng phối hợp", self.partners)
        form.addRow("Ghi chú", self.description)
        lists = QHBoxLayout()
        for title, widget in (
            ("Cán bộ tham gia", self.officers),
            ("Thôn, bon", self.villages),
            ("Chủ đề tuyên truyền", self.topics),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            lists.addWidget(box)

        self.repeat = QGroupBox("Lặp lại")
        self.repeat.setCheckable(True)
        self.repeat.setChecked(False)
        self.freq = QComboBox()
        self.freq.addItem("hằng tuần", "weekly")
        self.freq.addItem("hằng ngày", "daily")
        self.every = QSpinBox()
        self.every.setRange(1, 52)
        self.weekday_boxes = [QCheckBox(t) for t in WEEKDAYS_SHORT]
        self.until = DateEdit()
        rl = QHBoxLayout(self.repeat)
        rl.addWidget(self.freq)
        rl.addWidget(QLabel("mỗi"))
        rl.addWidget(self.every)
        for b in self.weekday_boxes:
            rl.addWidget(b)
        rl.addWidget(QLabel("đến ngày"))
        rl.addWidget(self.until)
        self.only_this = QRadioButton("Chỉ sửa buổi này")
        self.whole_series = QRadioButton("Sửa cả lịch lặp lại từ hôm nay (các buổi chưa sửa riêng)")
        self.only_this.setChecked(True)

        self.buttons = save_cancel(self.save, self.reject)
        layout = QVBoxLayout(self)
        if event is not None and event.conflict:
            found = ctx.run(events.event_conflicts, event.id)
            warning = QLabel("⚠ " + "\n⚠ ".join(c.message for c in found[:4]))
            warning.setStyleSheet("color:#b00020")
            warning.setWordWrap(True)
            layout.addWidget(warning)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        self.series = None
        if event is not None and event.series_id:
            self.series = ctx.run(events.get_series, event.series_id)
            layout.addWidget(self.only_this)
            layout.addWidget(self.whole_series)
            self.whole_series.toggled.connect(self.repeat.setEnabled)
            self.repeat.setEnabled(False)
        if event is None or event.series_id:
            layout.addWidget(self.repeat)
        layout.addWidget(self.buttons)
        self.resize(900, 640)
        self._fill(event, day)

    def _fill(self, event: EventView | None, day: dt.date | None) -> None:
        if event is None:
            self.date.set_date(day or dt.date.today())
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(event.kind)))
        self.title_edit.setText(event.title)
        self.date.set_date(event.starts_at.date())
        self.start_time.setTime(time_edit(event.starts_at.time()).time())
        self.end_time.setTime(time_edit(event.ends_at.time()).time())
        if event.ends_at.date() != event.starts_at.date():
            self.end_date.set_date(event.ends_at.date())
        self.place.setText(event.place)
        self.partners.setCurrentText(event.partners)
        self.description.setPlainText(event.description)
        self.officers.set_checked(event.officer_ids)
        self.villages.set_checked(event.village_ids)
        self.topics.set_checked(event.topics)
        if self.series is not None:
            self.repeat.setChecked(True)
            self.freq.setCurrentIndex(max(0, self.freq.findData(self.series.freq)))
            self.every.setValue(self.series.every)
            for i, box in enumerate(self.weekday_boxes):
                box.setChecked(i in self.series.weekdays)
            self.until.set_date(self.series.until)

    def data(self) -> EventInput:
        day = self.date.date("Ngày")
        if day is None:
            raise ValidationError("Ngày", "không được để trống.")
        end_day = self.end_date.date("Ngày kết thúc") or day
        start = dt.datetime.combine(day, py_time(self.start_time))
        end = dt.datetime.combine(end_day, py_time(self.end_time))
        if end <= start and end_day == day and py_time(self.end_time) < py_time(self.start_time):
            end += dt.timedelta(days=1)  # a night patrol 22:00–02:00 ends the next morning
        return EventInput(
            self.kind.currentData(),
            self.title_edit.text(),
            start,
            end,
            self.place.text(),
            self.villages.checked(),
            self.officers.checked(),
            self.partners.currentText(),
            self.topics.checked(),
            self.description.toPlainText(),
        )

    def rule(self) -> Recurrence | None:
        if not self.repeat.isChecked():
            return None
        days = tuple(i for i, b in enumerate(self.weekday_boxes) if b.isChecked())
        return Recurrence(
            self.freq.currentData(), self.until.date("Lặp lại đến ngày"), self.every.value(), days
        )

    def _call(self) -> SaveResult:
        data = self.data()
        if self.record is None:
            return self.ctx.run(events.create_event, data, self.rule())
        if self.series is not None and self.whole_series.isChecked():
            rule = self.rule()
            if rule is None:
                raise ValidationError("Lặp lại", "hãy giữ dấu chọn «Lặp lại» khi sửa cả lịch lặp lại.")
            return self.ctx.run(events.update_series, self.series.id, self.series.version, data, rule)
        return self.ctx.run(events.update_event, self.record.id, self.record.version, data)

    def save(self) -> None:
        if self.try_save(self._call):
            self.ctx.changed("schedule", self)
            result: SaveResult = self.result_value
            if result.conflicts:
                messages.warn(self.parentWidget(), conflict_text(result))
            elif result.message:
                messages.info(self.parentWidget(), result.message)


class OutcomeDialog(Dialog):
    """Record what came of an event; photos are copied into the data folder."""

    def __init__(self, ctx: AppContext, event: EventView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="OutcomeDialog")
        self.record = event
        self.photo_files: list[str] = []
        self.setWindowTitle(f"Kết quả: {event.title} ({event.when_text})")
        self.attendance = QLineEdit("" if event.attendance is None else str(event.attendance))
        self.attendance.setPlaceholderText("số người dân tham dự (để trống nếu không tính)")
        self.violations = QLineEdit(str(event.violations))
        self.hotspots = QLineEdit(str(event.hotspots_found))
        self.notes = QPlainTextEdit(event.outcome)
        self.photo_label = QLabel(f"{len(event.photos)} ảnh đã lưu")
        add_photo = QPushButton("Thêm ảnh…")
        add_photo.clicked.connect(self.pick_photo)
        form = QFormLayout()
        form.addRow("Số người tham dự", self.attendance)
        form.addRow("Số vi phạm phát hiện", self.violations)
        form.addRow("Số điểm nguy cơ phát hiện", self.hotspots)
        form.addRow("Kết quả, ghi chú", self.notes)
        row = QHBoxLayout()
        row.addWidget(self.photo_label, 1)
        row.addWidget(add_photo)
        form.addRow("Ảnh", row)
        buttons = save_cancel(self.save, self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def pick_photo(self) -> None:
        path = messages.open_file(self, "Chọn ảnh", "Ảnh (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic)")
        if path:
            self.photo_files.append(path)
            self.photo_label.setText(
                f"{len(self.record.photos)} ảnh đã lưu, {len(self.photo_files)} ảnh sẽ thêm"
            )

    def outcome(self) -> OutcomeInput:
        return OutcomeInput(
            parse_count("Số người tham dự", self.attendance.text(), optional=True),
            parse_count("Số vi phạm phát hiện", self.violations.text()) or 0,
            parse_count("Số điểm nguy cơ phát hiện", self.hotspots.text()) or 0,
            self.notes.toPlainText(),
        )

    def _call(self) -> Any:
        outcome = self.outcome()
        done = self.ctx.run(events.complete_event, self.record.id, self.record.version, outcome)
        for path in self.photo_files:
            self.ctx.run(photos.add_photo, self.record.id, path)
        return done

    def save(self) -> None:
        if self.try_save(self._call):
            self.ctx.changed("schedule", self)
            if self.result_value.hotspots_found:
                messages.info(
                    self.parentWidget(),
                    "Hãy ghi chi tiết từng điểm nguy cơ mất an toàn giao thông ở "
                    "trang «Vụ việc, điểm nguy cơ» (vị trí, báo cáo đến ai, "
                    "đề xuất khắc phục) để số liệu báo cáo đầy đủ.",
                )
