"""Month and week calendar grids: one list of events per day; conflicts in red; drag an event to
another day to move it (same time of day)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDrag
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.schedule.codes import WEEKDAYS
from desktop.schedule.views import EventView

MIME = "application/x-caxa-event"
_STATUS_COLORS = {"planned": "#1f4e79", "done": "#2e6b30", "cancelled": "#8a8a8a"}
_CONFLICT = "#b00020"


def event_line(e: EventView, *, long: bool = False) -> str:
    mark = "⚠ " if e.conflict else ("✓ " if e.status == "done" else ("✗ " if e.status == "cancelled" else ""))
    text = f"{mark}{e.starts_at:%H:%M} {e.title}"
    if long:
        extra = [x for x in (e.place_text, e.officers_text) if x]
        text = f"{mark}{e.time_text}\n{e.title}" + ("\n" + "\n".join(extra) if extra else "")
    return text


class DayList(QListWidget):
    """The events of one day; accepts events dropped from another day."""

    dropped = Signal(int, object)  # event id, target date

    def __init__(self, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        # six weeks of days fit a 768-pixel screen at 125 % scaling; a full day scrolls
        return QSize(40, 30)

    def startDrag(self, actions) -> None:  # type: ignore[no-untyped-def]
        item = self.currentItem()
        if item is None:
            return
        event: EventView = item.data(Qt.ItemDataRole.UserRole)
        if event.status != "planned":
            return
        mime = QMimeData()
        mime.setData(MIME, str(event.id).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        event.acceptProposedAction()
        self.dropped.emit(int(bytes(event.mimeData().data(MIME)).decode()), self.day)


class CalendarGrid(QWidget):
    """``mode`` "month" (6 × 7 days) or "week" (7 days, details on each event)."""

    selected = Signal(object)  # EventView | None
    activated = Signal(object)  # EventView
    day_activated = Signal(object)  # date (double-click on an empty part of a day)
    moved = Signal(int, object)  # event id, new date

    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.grid = QGridLayout(self)
        self.grid.setSpacing(2)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.lists: list[DayList] = []
        self.headers: list[QLabel] = []
        self.anchor = dt.date.today()

    def days(self, anchor: dt.date) -> list[dt.date]:
        if self.mode == "week":
            monday = anchor - dt.timedelta(days=anchor.weekday())
            return [monday + dt.timedelta(days=i) for i in range(7)]
        first = anchor.replace(day=1)
        start = first - dt.timedelta(days=first.weekday())
        return [start + dt.timedelta(days=i) for i in range(42)]

    def show_events(
        self, anchor: dt.date, events: Sequence[EventView], selected_id: int | None = None
    ) -> None:
        self.anchor = anchor
        days = self.days(anchor)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # off screen now, freed on the next turn of the event loop
                widget.deleteLater()
        self.lists, self.headers = [], []
        for i, name in enumerate(WEEKDAYS):
            head = QLabel(f"<b>{name}</b>")
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(head, 0, i)
        by_day: dict[dt.date, list[EventView]] = {}
        for e in events:
            by_day.setdefault(e.starts_at.date(), []).append(e)
        today = dt.date.today()
        for n, day in enumerate(days):
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(1, 1, 1, 1)
            box.setSpacing(0)
            outside = self.mode == "month" and day.month != anchor.month
            label = QLabel(day.strftime("%d/%m") if self.mode == "week" or day.day == 1 else str(day.day))
            style = "color:#999;" if outside else ""
            if day == today:
                style += "background:#ffe8a3;font-weight:bold;"
            label.setStyleSheet(style)
            box.addWidget(label)
            lst = DayList(day)
            lst.setObjectName(f"day-{day.isoformat()}")
            for e in by_day.get(day, []):
                item = QListWidgetItem(event_line(e, long=self.mode == "week"))
                item.setData(Qt.ItemDataRole.UserRole, e)
                item.setToolTip(
                    f"{e.kind_text} · {e.status_text}\n{e.when_text}\n{e.place_text}\n{e.officers_text}"
                    + ("\n⚠ Có cán bộ bị trùng lịch" if e.conflict else "")
                )
                item.setForeground(
                    QBrush(QColor(_CONFLICT if e.conflict else _STATUS_COLORS.get(e.status, "#000")))
                )
                lst.addItem(item)
                if e.id == selected_id:
                    lst.setCurrentItem(item)
            lst.itemClicked.connect(self._clicked)
            lst.itemDoubleClicked.connect(
                lambda item: self.activated.emit(item.data(Qt.ItemDataRole.UserRole))
            )
            lst.dropped.connect(self.moved.emit)
            lst.mouseDoubleClickEvent = self._day_double_click(lst)  # type: ignore[method-assign]
            box.addWidget(lst, 1)
            self.lists.append(lst)
            row, col = divmod(n, 7)
            self.grid.addWidget(cell, row + 1, col)
        for r in range(1, len(days) // 7 + 1):
            self.grid.setRowStretch(r, 1)

    def _day_double_click(self, lst: DayList):  # type: ignore[no-untyped-def]
        original = QListWidget.mouseDoubleClickEvent

        def handler(event) -> None:  # type: ignore[no-untyped-def]
            if lst.itemAt(event.position().toPoint()) is None:
                self.day_activated.emit(lst.day)
                return
            original(lst, event)

        return handler

    def _clicked(self, item: QListWidgetItem) -> None:
        for lst in self.lists:
            if lst is not item.listWidget():
                lst.clearSelection()
        self.selected.emit(item.data(Qt.ItemDataRole.UserRole))

    def list_for(self, day: dt.date) -> DayList | None:
        return next((lst for lst in self.lists if lst.day == day), None)
