"""Schedule page (lịch công tác): month and week calendars and a filtered list; plan, edit, move,
cancel and complete events; print the weekly duty roster and export the week to .ics."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import messages
from desktop.gui.calendar_view import CalendarGrid
from desktop.gui.context import AppContext
from desktop.gui.dialogs.event import EventDialog, OutcomeDialog, conflict_text
from desktop.gui.models.events import EventTableModel
from desktop.gui.operations import run_task
from desktop.gui.pages.base import Page
from desktop.gui.printing import preview_pdf
from desktop.gui.widgets import SearchBox, TableView, focus_shortcut
from desktop.schedule import events
from desktop.schedule.codes import EVENT_KINDS, EVENT_STATUSES
from desktop.schedule.views import EventView
from desktop.text import format_date

MODES = (("month", "Tháng"), ("week", "Tuần"), ("list", "Danh sách"))


class SchedulePage(Page):
    title = "Lịch công tác"
    areas = ("schedule", "staff", "villages")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.anchor = dt.date.today()
        self.current: EventView | None = None
        self.rows: list[EventView] = []
        self.mode = QComboBox()
        self.mode.setObjectName("scheduleMode")
        for key, text in MODES:
            self.mode.addItem(text, key)
        self.prev_button, self.today_button, self.next_button = (
            QPushButton("◀"),
            QPushButton("Hôm nay"),
            QPushButton("▶"),
        )
        self.period_label = QLabel()
        self.period_label.setStyleSheet("font-weight:bold;font-size:14px")
        self.kind = QComboBox()
        self.kind.addItem("Mọi loại việc", "")
        for code, text in EVENT_KINDS.items():
            self.kind.addItem(text, code)
        self.status = QComboBox()
        self.status.addItem("Mọi trạng thái", "")
        for code, text in EVENT_STATUSES.items():
            self.status.addItem(text, code)
        self.status.addItem("Trùng lịch", "conflict")
        self.officer = QComboBox()
        self.officer.setObjectName("scheduleOfficer")
        self.village = QComboBox()
        self.village.setObjectName("scheduleVillage")
        self._fill_filters()
        self.search = SearchBox("Tìm theo nội dung, địa điểm…")
        focus_shortcut(self, self.search)
        for b in (self.prev_button, self.next_button):
            b.setMaximumWidth(44)
        top = QHBoxLayout()
        for w in (self.mode, self.prev_button, self.today_button, self.next_button, self.period_label):
            top.addWidget(w)
        top.addStretch(1)
        filters = QHBoxLayout()
        for w in (self.kind, self.status, self.officer, self.village):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(14)
            filters.addWidget(w)
        filters.addWidget(self.search, 1)

        self.add_button = QPushButton("Thêm (Ctrl+N)")
        self.add_button.setShortcut("Ctrl+N")
        self.edit_button = QPushButton("Sửa…")
        self.outcome_button = QPushButton("Ghi kết quả…")
        self.cancel_button = QPushButton("Hủy buổi…")
        self.delete_button = QPushButton("Xóa")
        self.print_button = QPushButton("In lịch công tác tuần…")
        self.ics_button = QPushButton("Xuất lịch tuần (.ics)…")
        self.info_label = QLabel()
        actions = QHBoxLayout()
        for b in (
            self.add_button,
            self.edit_button,
            self.outcome_button,
            self.cancel_button,
            self.delete_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        top.addWidget(self.info_label)
        top.addSpacing(12)
        top.addWidget(self.print_button)
        top.addWidget(self.ics_button)

        self.month = CalendarGrid("month")
        self.week = CalendarGrid("week")
        self.model = EventTableModel(self)
        self.table = TableView("scheduleTable", ctx.prefs)
        self.table.setModel(self.model)
        self.stack = QStackedWidget()
        for w in (self.month, self.week, self.table):
            self.stack.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)
        self.table.restore_layout()

        self.mode.currentIndexChanged.connect(lambda _i: self.refresh())
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        for combo in (self.kind, self.status, self.officer, self.village):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.search.connect(lambda _t: self.refresh())
        self.add_button.clicked.connect(lambda: self.add_event())
        self.edit_button.clicked.connect(self.edit_event)
        self.outcome_button.clicked.connect(self.record_outcome)
        self.cancel_button.clicked.connect(self.cancel_event)
        self.delete_button.clicked.connect(self.delete_event)
        self.print_button.clicked.connect(self.print_week)
        self.ics_button.clicked.connect(self.export_week)
        for grid in (self.month, self.week):
            grid.selected.connect(self._pick_event)
            grid.activated.connect(self._activate)
            grid.day_activated.connect(self.add_event)
            grid.moved.connect(self.move_event)
        self.table.activated_row.connect(
            lambda _r: self._activate(self.model.row_at(self.table.current_row()))
        )
        self.table.clicked.connect(lambda index: self._pick_event(self.model.row_at(index.row())))
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.stack,
            activated=self.delete_event,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        writable = ctx.can("write")
        for b in (
            self.add_button,
            self.edit_button,
            self.outcome_button,
            self.cancel_button,
            self.delete_button,
        ):
            b.setEnabled(writable)

    def _fill_filters(self) -> None:
        from desktop.settings import list_villages
        from desktop.staff.service import list_officers

        for combo, first, items in (
            (self.officer, "Mọi cán bộ", [(o.id, o.label) for o in self.ctx.run(list_officers)]),
            (self.village, "Mọi thôn, bon", [(v.id, v.label) for v in self.ctx.run(list_villages)]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for key, text in items:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)

    def _on_changed(self, area: str, initiator: object) -> None:
        if area in ("staff", "villages"):
            self._fill_filters()
        super()._on_changed(area, initiator)

    # ------------------------------------------------------------------ navigation

    def view_mode(self) -> str:
        return self.mode.currentData()

    def set_mode(self, key: str) -> None:
        self.mode.setCurrentIndex(self.mode.findData(key))

    def period(self) -> tuple[dt.date, dt.date]:
        if self.view_mode() == "week":
            days = self.week.days(self.anchor)
        else:
            days = self.month.days(self.anchor)
            if self.view_mode() == "list":
                first = self.anchor.replace(day=1)
                last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
                return first, last
        return days[0], days[-1]

    def step(self, direction: int) -> None:
        if self.view_mode() == "week":
            self.anchor += dt.timedelta(weeks=direction)
        else:
            first = self.anchor.replace(day=1)
            self.anchor = (
                (first + dt.timedelta(days=32)).replace(day=1)
                if direction > 0
                else (first - dt.timedelta(days=1)).replace(day=1)
            )
        self.refresh()

    def go_today(self) -> None:
        self.anchor = dt.date.today()
        self.refresh()

    def go_to(self, day: dt.date) -> None:
        self.anchor = day
        self.refresh()

    def refresh(self) -> None:
        start, end = self.period()
        status = self.status.currentData()
        self.rows = self.ctx.run(
            events.list_events,
            start,
            end,
            kind=self.kind.currentData(),
            status="" if status == "conflict" else status,
            text=self.search.text(),
            officer_id=self.officer.currentData(),
            village_id=self.village.currentData(),
            only_conflicts=status == "conflict",
        )
        mode = self.view_mode()
        if mode == "week":
            self.period_label.setText(f"Tuần {format_date(start)} – {format_date(end)}")
        else:
            self.period_label.setText(f"Tháng {self.anchor.month}/{self.anchor.year}")
        selected = self.current.id if self.current else None
        self.current = next((e for e in self.rows if e.id == selected), None)
        if mode == "month":
            self.month.show_events(self.anchor, self.rows, selected)
            self.stack.setCurrentWidget(self.month)
        elif mode == "week":
            self.week.show_events(self.anchor, self.rows, selected)
            self.stack.setCurrentWidget(self.week)
        else:
            self.model.set_rows(self.rows)
            self.stack.setCurrentWidget(self.table)
        conflicts = sum(1 for e in self.rows if e.conflict)
        done = sum(1 for e in self.rows if e.status == "done")
        self.info_label.setText(
            f"{len(self.rows)} việc, {done} đã thực hiện"
            + (
                f", <span style='color:#b00020'>{conflicts} việc trùng lịch cán bộ</span>"
                if conflicts
                else ""
            )
        )

    def _pick_event(self, event: EventView | None) -> None:
        self.current = event

    def _activate(self, event: EventView | None) -> None:
        self.current = event
        if event is not None:
            self.edit_event()

    def _need_selection(self) -> EventView | None:
        if self.current is None:
            messages.info(self, "Hãy chọn một công việc trên lịch hoặc trong danh sách.")
        return self.current

    # ------------------------------------------------------------------ actions

    def add_event(self, day: dt.date | None = None) -> None:
        if not self.ctx.can("write"):
            return
        dialog = EventDialog(self.ctx, None, self, day=day if isinstance(day, dt.date) else self.anchor)
        if dialog.exec():
            self.current = dialog.result_value.event if dialog.result_value else None
            self.refresh()

    def edit_event(self) -> None:
        event = self._need_selection()
        if event is None:
            return
        full = self.ctx.run(events.get_event, event.id)
        dialog = EventDialog(self.ctx, full, self)
        if dialog.exec():
            self.refresh()

    def record_outcome(self) -> None:
        event = self._need_selection()
        if event is None:
            return
        full = self.ctx.run(events.get_event, event.id)
        if OutcomeDialog(self.ctx, full, self).exec():
            self.refresh()

    def ask_reason(self, event: EventView) -> str | None:
        text, ok = QInputDialog.getText(self, "Hủy buổi", f"Lý do hủy «{event.title}» ({event.when_text}):")
        return text if ok else None

    def cancel_event(self) -> None:
        event = self._need_selection()
        if event is None:
            return
        reason = self.ask_reason(event)
        if reason is None:
            return
        try:
            self.ctx.run(events.cancel_event, event.id, event.version, reason)
        except Exception as exc:  # noqa: BLE001 — the funnel shows it
            messages.error(self, exc)
            return
        self.ctx.changed("schedule", self)
        self.refresh()

    def delete_event(self) -> None:
        event = self._need_selection()
        if event is None or not self.ctx.can("write"):
            return
        if not messages.confirm(self, f"Xóa «{event.title}» ({event.when_text}) khỏi lịch?"):
            return
        try:
            self.ctx.run(events.delete_event, event.id, event.version)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.current = None
        self.ctx.changed("schedule", self)
        self.refresh()

    def move_event(self, event_id: int, day: dt.date) -> None:
        event = next((e for e in self.rows if e.id == event_id), None)
        if event is None or event.starts_at.date() == day or not self.ctx.can("write"):
            return
        try:
            result = self.ctx.run(
                events.move_event, event.id, event.version, dt.datetime.combine(day, event.starts_at.time())
            )
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.current = result.event
        self.ctx.changed("schedule", self)
        self.refresh()
        if result.conflicts:
            messages.warn(self, conflict_text(result))

    def print_week(self) -> None:
        from desktop.reports.official import render_bytes
        from desktop.schedule.printouts import duty_roster, week_of

        day = self.current.starts_at.date() if self.current else self.anchor
        monday, _ = week_of(day)
        try:
            pdf = render_bytes(self.ctx.run(duty_roster, day))
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        preview_pdf(self, pdf, f"Lịch công tác tuần {format_date(monday)}", f"lich-cong-tac-{monday}.pdf")

    def export_week(self) -> None:
        from desktop.schedule.ics import export_ics
        from desktop.schedule.printouts import week_of

        monday, sunday = week_of(self.current.starts_at.date() if self.current else self.anchor)
        path = messages.save_file(
            self, "Xuất lịch tuần ra tệp iCalendar", f"lich-tuan-{monday}.ics", "Lịch iCalendar (*.ics)"
        )
        if not path:
            return
        run_task(
            self,
            lambda _p: self.ctx.run(export_ics, monday, sunday, path),
            lambda result: messages.info(self, result.message),
            title="Đang xuất lịch…",
        )

    def save_layout(self) -> None:
        self.table.save_layout()
