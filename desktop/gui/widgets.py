"""Small widgets every page uses: a debounced search box, a configured table view,
a date field that may be empty."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHelpEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QToolTip,
    QWidget,
)

from desktop.gui.kit.columns import ColumnChooser, visible_columns
from desktop.gui.prefs import Prefs
from desktop.text import format_date, parse_date


class SearchBox(QLineEdit):
    """Emits ``search(text)`` 200 ms after the user stops typing (and at once on Enter)."""

    search = Signal(str)

    def __init__(self, placeholder: str = "Tìm…", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(lambda: self.search.emit(self.text()))
        self.textChanged.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self.fire)

    def fire(self) -> None:
        self._timer.stop()
        self.search.emit(self.text())


def focus_shortcut(widget: QWidget, target: QLineEdit) -> None:
    """Ctrl+F puts the cursor in the page's search box."""
    QShortcut(
        QKeySequence.StandardKey.Find, widget, activated=lambda: (target.setFocus(), target.selectAll())
    )


class TableView(QTableView):
    """Whole-row selection, Enter/double-click activates, header layout remembered; the first rows
    size the columns to fit the table's width, and a cell cut short shows its whole text on hover."""

    activated_row = Signal(int)

    def __init__(self, name: str, prefs: Prefs | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.prefs = prefs
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setWordWrap(False)
        self.doubleClicked.connect(lambda index: self.activated_row.emit(index.row()))
        self._width_pending = False
        #: which columns show: the header's menu, and the least useful giving way on a narrow table
        self.columns = ColumnChooser(self)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setModel(self, model) -> None:  # type: ignore[no-untyped-def]
        super().setModel(model)
        self._fitted = False
        model.modelReset.connect(self._fit_once)
        if self.prefs is None or self.prefs.state(self.objectName()) is None:
            self.resizeColumnsToContents()  # no rows yet: every header shows its whole text

    def _fit_once(self) -> None:
        """Size columns to the rows in view the first time rows arrive, unless the user's layout is
        saved."""
        if self._fitted or self.model().rowCount() == 0:
            return
        self._fitted = True
        if self.prefs is not None and self.prefs.state(self.objectName()) is not None:
            return
        header = self.horizontalHeader()
        precision = header.resizeContentsPrecision()
        # the rows in view, not all that arrived: measuring the archive's first 1,000 files took
        # ~120 ms on a loaded 2-core PC, the rows in view ~6 ms; a longer text further down is cut
        # with … and shows whole on hover
        header.setResizeContentsPrecision(0)
        self.resizeColumnsToContents()
        header.setResizeContentsPrecision(precision)
        for column in range(header.count() - 1):
            header.resizeSection(column, min(max(header.sectionSize(column) + 12, 60), 320))
        self.request_fit()

    def request_fit(self) -> None:
        """Fit the columns to the table's width now, or when it is first shown (see ``fit_width``)."""
        self._width_pending = True
        self.fit_width()

    def fit_width(self) -> None:
        """No horizontal scroll bar at first sight: on a narrow table the columns a list named for it
        hide first (``ColumnChooser``); when the rest are still wider than the table, the widest give
        up width first (never below their header's text), the last takes what is left. Waits until
        the table is shown at a real width (a page not yet opened has none, a layout still settling
        may pass through a tiny one)."""
        if not self.isVisible() or self.width() < 160:
            return
        if self.columns.apply() or self.columns.priority:
            self._width_pending = True  # a list that hides columns for width fits them at every width
        if not self._width_pending:
            return
        self._width_pending = False
        header = self.horizontalHeader()
        shown = visible_columns(header)
        if len(shown) < 2 or header.sectionResizeMode(shown[0]) != QHeaderView.ResizeMode.Interactive:
            return
        *first, last = shown
        room = self.columns.room()
        widths = [header.sectionSize(c) for c in first]
        widths.append(max(self.sizeHintForColumn(last), header.sectionSizeHint(last)))
        if header.length() > self.viewport().width():  # the stretched last is at its own width, no less
            widths[-1] = max(widths[-1], header.sectionSize(last))
        if sum(widths) <= room:
            return
        floors = self.columns.floors(shown, widths)
        def total(cap: int) -> int:
            return sum(max(floor, min(width, cap)) for floor, width in zip(floors, widths, strict=True))

        low, high = 0, max(widths)  # the widest a column may stay so that all of them fit
        while low < high:
            middle = (low + high + 1) // 2
            low, high = (middle, high) if total(middle) <= room else (low, middle - 1)
        for n, column in enumerate(shown):  # the last too: a stretched section never shrinks below it
            header.resizeSection(column, max(floors[n], min(widths[n], low)))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.fit_width()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.fit_width()

    def row_tooltip(self, index: QModelIndex) -> str:
        """What hovering a cell shows: its own tooltip, or its whole text when the cell cuts it
        short (…); then the values of the row's hidden columns, one a line."""
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        if own is None:
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            cut = text and self.fontMetrics().horizontalAdvance(text) + 8 > self.visualRect(index).width()
            own = text if cut else ""
        return "\n".join(x for x in (str(own), *self.columns.hidden_values(index.row())) if x)

    def viewportEvent(self, event: QEvent) -> bool:
        """A cell shows ``row_tooltip`` on hover."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            if index.isValid() and (self.columns.hidden or index.data(Qt.ItemDataRole.ToolTipRole) is None):
                text = self.row_tooltip(index)
                if text:
                    QToolTip.showText(event.globalPos(), text, self.viewport(), self.visualRect(index))
                    return True
        return super().viewportEvent(event)

    def restore_layout(self) -> None:
        """The columns' widths and order as the clerk left them; which columns show is the
        ``ColumnChooser``'s (the clerk's ticks, the table's width), not the saved header's."""
        if self.prefs is not None:
            state = self.prefs.state(self.objectName())
            if state is not None:
                header = self.horizontalHeader()
                header.restoreState(state)
                for column in range(header.count()):
                    header.showSection(column)
        self.columns.apply()

    def save_layout(self) -> None:
        if self.prefs is not None:
            self.prefs.set_state(self.objectName(), self.horizontalHeader().saveState())


class DateEdit(QLineEdit):
    """A dd/mm/yyyy field that may be left empty (QDateEdit cannot be empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("dd/mm/yyyy")
        self.setMaxLength(10)

    def date(self, field: str = "Ngày") -> dt.date | None:
        """The date typed, or None; raises ValidationError naming ``field`` when it is not a date."""
        return parse_date(field, self.text())

    def set_date(self, value: dt.date | QDate | None) -> None:
        if isinstance(value, QDate):
            value = value.toPython()  # type: ignore[assignment]
        self.setText(format_date(value))  # type: ignore[arg-type]


def fill_combo(combo: QComboBox, items: Mapping[Any, str] | Iterable[Any], current: Any = None) -> None:
    """The choices of a combo box: a mapping code → Vietnamese text, or plain texts (the text is the
    code), or (text, code) pairs; ``current`` selected (typed into an editable combo when it is not
    one of the choices)."""
    combo.clear()
    pairs = ((text, code) for code, text in items.items()) if isinstance(items, Mapping) else (
        (item, item) if isinstance(item, str) else item for item in items
    )
    for text, code in pairs:
        combo.addItem(text, code)
    if current is not None:
        index = combo.findData(current)
        if index >= 0:
            combo.setCurrentIndex(index)
        elif combo.isEditable() and current:
            combo.setEditText(str(current))
