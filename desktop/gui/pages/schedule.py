"""Schedule page (lịch công tác): month and week calendars and a sortable list; plan, edit, move,
cancel and complete events; print the weekly duty roster and export the week to .ics. Every read and
write runs off the GUI thread (kit.operation); the toolbar wraps to fit a 1366-pixel screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import messages
from desktop.gui.calendar_view import CalendarGrid
from desktop.gui.context import AppContext
from desktop.gui.dialogs.event import EventDialog, OutcomeDialog, conflict_text, load_for_edit
from desktop.gui.dialogs.reason import ReasonDialog
from desktop.gui.kit import operation, print_action
from desktop.gui.kit.flow import FlowLayout
from desktop.gui.kit.pickers import OfficerPicker, VillagePicker
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.events import COL_KIND, COL_OFFICERS, COL_PLACE, COL_STATUS, COL_TITLE, EVENT_COLUMNS
from desktop.gui.pages.base import Page
from desktop.gui.widgets import SearchBox, focus_shortcut
from desktop.schedule import events
from desktop.schedule.codes import EVENT_KINDS, EVENT_STATUSES
from desktop.schedule.views import EventView
from desktop.text import format_date

MODES = (("month", "Tháng"), ("week", "Tuần"), ("list", "Danh sách"))
_LIST_WIDTHS = {COL_KIND: 165, COL_TITLE: 200, COL_PLACE: 170, COL_OFFICERS: 170, COL_STATUS: 140}


def roster_pdf(uow: Any, day: dt.date) -> bytes:
    from desktop.reports.official import render_bytes
    from desktop.schedule.printouts import duty_roster

    return render_bytes(duty_roster(uow, day))


def _combo(name: str, tip: str, items: list[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setToolTip(tip)
    for text, data in items:
        combo.addItem(text, data)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class SchedulePage(Page):
    title = "Lịch công tác"
    areas = ("schedule", "staff", "villages")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.anchor = dt.date.today()
        self.current: EventView | None = None
        self.rows: list[EventView] = []
        self.query = operation.Query(self)
        self.mode = _combo("scheduleMode", "Cách xem lịch", [(text, key) for key, text in MODES])
        self.period_label = QLabel()
        self.period_label.setStyleSheet("font-weight:bold;font-size:14px")
        self.kind = _combo("scheduleKind", "Loại việc", [("Mọi loại việc", ""), *_swap(EVENT_KINDS)])
        self.status = _combo(
            "scheduleStatus",
            "Trạng thái",
            [("Mọi trạng thái", ""), *_swap(EVENT_STATUSES), ("Trùng lịch", "conflict")],
        )
        self.officer = OfficerPicker()
        self.officer.setPlaceholderText("Lọc theo cán bộ…")
        self.village = VillagePicker()
        self.village.setPlaceholderText("Lọc theo thôn, bon…")
        for combo in (self.kind, self.status):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.search = SearchBox("Tìm theo nội dung, địa điểm…")
        focus_shortcut(self, self.search)
        for picker, width in ((self.officer, 175), (self.village, 175), (self.search, 220)):
            picker.setMinimumWidth(width)
            picker.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for picker in (self.officer, self.village):
            picker.bind(self)
            picker.picked.connect(lambda _id: self.refresh())
        self.info_label = QLabel()

        self.month, self.week = CalendarGrid("month"), CalendarGrid("week")
        self.list = RecordList(self, "schedule", EVENT_COLUMNS, search=False, sort_by=0)
        self.list.count_label.hide()
        self.list.loaded.connect(self._fit_list)
        self._list_fitted = False
        self.stack = QStackedWidget()
        for w in (self.month, self.week, self.list):
            self.stack.addWidget(w)

        # two rows that wrap at a small width: where and what to show, then what to do
        bar, actions = FlowLayout(), FlowLayout()
        bar.addWidget(self.mode)
        for text, tip, slot in (
            ("◀", "Tháng/tuần trước", lambda: self.step(-1)),
            ("Hôm nay", "Về hôm nay", self.go_today),
            ("▶", "Tháng/tuần sau", lambda: self.step(1)),
        ):
            bar.addWidget(self._button(QAction(text, self), tip, slot))
        bar.addWidget(self.period_label)
        for w in (self.kind, self.status, self.officer, self.village):
            bar.addWidget(w)
        actions.addWidget(self.search)
        self.acts: dict[str, QAction] = {}
        for key, text, slot, enabled_if, write, shortcut in (
            ("add", "Thêm", lambda: self.add_event(), None, True, "Ctrl+N"),
            ("edit", "Sửa…", self.edit_event, lambda e: True, True, None),
            ("outcome", "Ghi kết quả…", self.record_outcome, lambda e: e.status != "cancelled", True, None),
            ("cancel", "Hủy buổi…", self.cancel_event, lambda e: e.status == "planned", True, None),
            ("delete", "Xóa", self.delete_event, lambda e: e.status != "done", True, "Delete"),
            ("duty", "Trực ban tuần…", self.edit_duty, None, True, None),
            ("print", "In lịch công tác tuần…", self.print_week, None, False, None),
            ("ics", "Xuất lịch tuần (.ics)…", self.export_week, None, False, None),
        ):
            act = self._act(key, text, slot, enabled_if, write, shortcut)
            actions.addWidget(self._button(act, act.toolTip(), None))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.info_label)

        self.mode.currentIndexChanged.connect(lambda _i: self.refresh())
        for combo in (self.kind, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.search.connect(lambda _t: self.refresh())
        for grid in (self.month, self.week):
            grid.selected.connect(self._pick_event)
            grid.activated.connect(self._activate)
            grid.day_activated.connect(self.add_event)
            grid.moved.connect(self.move_event)
        self.list.selection_changed.connect(lambda e: e is not None and self._pick_event(e))
        self.list.activated.connect(self._activate)
        self._update_actions()

    def _act(
        self,
        key: str,
        text: str,
        slot: Callable[[], Any],
        enabled_if: Callable[[EventView], bool] | None,
        write: bool,
        shortcut: str | None,
    ) -> QAction:
        act = QAction(text, self)
        act.setData((enabled_if, write))
        tip = text.rstrip("…")
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            # Delete acts on the calendar or the list, never while typing in the search box
            (self.stack if shortcut == "Delete" else self).addAction(act)
            tip += f" ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        if write and not self.ctx.can("write"):
            tip += " — tài khoản của bạn không có quyền này"
        act.setToolTip(tip)
        act.triggered.connect(lambda _c=False: slot() if act.isEnabled() else None)
        if enabled_if is not None:
            self.list.table.addAction(act)
        self.acts[key] = act
        return act

    def _button(self, act: QAction, tip: str, slot: Callable[[], Any] | None) -> QToolButton:
        if slot is not None:
            act.triggered.connect(lambda _c=False: slot())
        act.setToolTip(tip)
        button = QToolButton()
        button.setDefaultAction(act)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _fit_list(self, rows: int) -> None:
        """Long texts (content, place, officers) are held to a width the first time, so every column
        shows in a 1366-pixel window (the full text is in the tooltip); the last takes the rest."""
        table = self.list.table
        if self._list_fitted or not rows or self.ctx.prefs.state(table.objectName()) is not None:
            return
        self._list_fitted = True
        header = table.horizontalHeader()
        for column, width in _LIST_WIDTHS.items():
            header.resizeSection(column, min(header.sectionSize(column), width))

    def _update_actions(self) -> None:
        writable = self.ctx.can("write")
        for act in self.acts.values():
            enabled_if, write = act.data()
            fits = enabled_if is None or (self.current is not None and enabled_if(self.current))
            act.setEnabled(fits and (writable or not write))

    def _on_changes(self, areas: frozenset[str], initiator: Any) -> None:
        if areas & {"staff", "villages"}:
            for picker in (self.officer, self.village):
                value = picker.value()
                picker.bind(self)
                picker.set_value(value)
        super()._on_changes(areas, initiator)

    # ------------------------------------------------------------------ navigation

    def view_mode(self) -> str:
        return self.mode.currentData()

    def set_mode(self, key: str) -> None:
        self.mode.setCurrentIndex(self.mode.findData(key))

    def period(self) -> tuple[dt.date, dt.date]:
        if self.view_mode() == "week":
            days = self.week.days(self.anchor)
            return days[0], days[-1]
        if self.view_mode() == "list":
            first = self.anchor.replace(day=1)
            return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        days = self.month.days(self.anchor)
        return days[0], days[-1]

    def step(self, direction: int) -> None:
        if self.view_mode() == "week":
            self.anchor += dt.timedelta(weeks=direction)
        else:
            first = self.anchor.replace(day=1)
            after = (first + dt.timedelta(days=32)).replace(day=1)
            self.anchor = after if direction > 0 else (first - dt.timedelta(days=1)).replace(day=1)
        self.refresh()

    def go_today(self) -> None:
        self.go_to(dt.date.today())

    def go_to(self, day: dt.date) -> None:
        self.anchor = day
        self.refresh()

    def refresh(self) -> None:
        start, end = self.period()
        status = self.status.currentData()
        self.query.run(
            events.list_events,
            start,
            end,
            kind=self.kind.currentData(),
            status="" if status == "conflict" else status,
            text=self.search.text(),
            officer_id=self.officer.value(),
            village_id=self.village.value(),
            only_conflicts=status == "conflict",
            done=lambda rows: self._show(start, end, rows),
        )

    def _show(self, start: dt.date, end: dt.date, rows: list[EventView]) -> None:
        self.rows = rows
        mode = self.view_mode()
        if mode == "week":
            self.period_label.setText(f"Tuần {format_date(start)} – {format_date(end)}")
        else:
            self.period_label.setText(f"Tháng {self.anchor.month}/{self.anchor.year}")
        selected = self.current.id if self.current else None
        self.current = next((e for e in rows if e.id == selected), None)
        if mode == "list":
            self.list.set_rows(rows)
            self.stack.setCurrentWidget(self.list)
        else:
            grid = self.week if mode == "week" else self.month
            grid.show_events(self.anchor, rows, selected)
            self.stack.setCurrentWidget(grid)
        conflicts = sum(1 for e in rows if e.conflict)
        done = sum(1 for e in rows if e.status == "done")
        warn = f", <span style='color:#b00020'>{conflicts} việc trùng lịch cán bộ</span>" if conflicts else ""
        self.info_label.setText(f"{len(rows)} việc, {done} đã thực hiện{warn}")
        self._update_actions()

    def _pick_event(self, event: EventView | None) -> None:
        self.current = event
        self._update_actions()

    def _activate(self, event: EventView | None) -> None:
        self._pick_event(event)
        if event is not None and self.acts["edit"].isEnabled():
            self.edit_event()

    # ------------------------------------------------------------------ actions

    def add_event(self, day: dt.date | None = None) -> None:
        if self.ctx.can("write"):
            EventDialog(self.ctx, None, self, day=day if isinstance(day, dt.date) else self.anchor).exec()

    def edit_event(self) -> None:
        def opened(loaded: tuple) -> None:
            event, series, conflicts = loaded
            EventDialog(self.ctx, event, self, series=series, conflicts=conflicts).exec()

        if self.current is not None:
            operation.run(self, load_for_edit, self.current.id, done=opened)

    def record_outcome(self) -> None:
        if self.current is not None:
            opened = lambda e: OutcomeDialog(self.ctx, e, self).exec()  # noqa: E731
            operation.run(self, events.get_event, self.current.id, done=opened)

    def cancel_event(self) -> None:
        event = self.current
        if event is not None:
            ReasonDialog(self.ctx, f"Hủy «{event.title}» ({event.when_text})", events.cancel_event, event.id,
                         event.version, changes="schedule", parent=self).exec()

    def delete_event(self) -> None:
        event = self.current
        if event is None or not messages.confirm(self, f"Xóa «{event.title}» ({event.when_text}) khỏi lịch?"):
            return
        self.current = None
        operation.run(self, events.delete_event, event.id, event.version, changes="schedule")

    def move_event(self, event_id: int, day: dt.date) -> None:
        event = next((e for e in self.rows if e.id == event_id), None)
        if event is None or event.starts_at.date() == day or not self.ctx.can("write"):
            return

        def moved(result: Any) -> None:
            self.current = result.event
            if result.conflicts:
                messages.warn(self, conflict_text(result))

        start = dt.datetime.combine(day, event.starts_at.time())
        operation.run(self, events.move_event, event.id, event.version, start, changes="schedule", done=moved)

    def _week(self) -> tuple[dt.date, dt.date]:
        from desktop.schedule.printouts import week_of

        return week_of(self.current.starts_at.date() if self.current else self.anchor)

    def print_week(self) -> None:
        monday, _ = self._week()
        title = f"Lịch công tác tuần {format_date(monday)}"
        print_action.show(self, roster_pdf, monday, title=title, filename=f"lich-cong-tac-{monday}.pdf")

    def edit_duty(self) -> None:
        """Who leads the duty and who is on duty each day of the week shown (printed on the roster)."""
        from desktop.gui.dialogs.duty import DutyWeekDialog
        from desktop.staff.duty import week_duty

        monday, _ = self._week()
        operation.run(self, week_duty, monday, done=lambda week: DutyWeekDialog(self.ctx, week, self).exec())

    def export_week(self) -> None:
        from desktop.schedule.ics import export_ics

        monday, sunday = self._week()
        path = messages.save_file(
            self, "Xuất lịch tuần ra tệp iCalendar", f"lich-tuan-{monday}.ics", "Lịch iCalendar (*.ics)"
        )
        if path:
            done = lambda result: messages.info(self, result.message)  # noqa: E731
            operation.run(self, export_ics, monday, sunday, path, done=done, title="Đang xuất lịch…")


def _swap(codes: dict[str, str]) -> list[tuple[str, str]]:
    return [(text, code) for code, text in codes.items()]
