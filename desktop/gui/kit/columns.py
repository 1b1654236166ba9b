"""Which columns of a table show: the clerk's choice from the header's context menu (remembered per
list in the preferences), and on a narrow table the least useful columns giving way first.

A list opts in to the second with ``RecordList.hide_when_narrow(COL_RELATION, COL_SEX, …)``: those
columns, in that order, hide while the shown columns cannot each have a readable width (their
header's text, and up to ~13 characters of their contents); they come back as the table widens. A
column the clerk ticked in the menu never hides on its own, one they unticked never shows. The
values of the hidden columns show in the row's tooltip (``TableView.row_tooltip``).

Columns the code hides itself (an empty amount column) are left alone and not offered in the menu.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QMenu

if TYPE_CHECKING:
    from desktop.gui.widgets import TableView

RESET = "Hiện lại các cột như ban đầu"
#: how many characters of a column's contents count as readable (longer text is cut with …)
READABLE_CHARS = 13


class ColumnChooser(QObject):
    def __init__(self, table: TableView) -> None:
        super().__init__(table)
        self.table = table
        #: the columns that hide on a narrow table, the first to go first
        self.priority: list[int] = []
        #: the clerk's choices by column title: True always shown, False always hidden
        self.choices: dict[str, bool] = {}
        #: the columns this chooser hid (by choice or for the table's width)
        self.hidden: set[int] = set()
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu_at)
        self.load()

    # ---- what the clerk chose ----------------------------------------------------------------

    def _key(self) -> str:
        return self.table.objectName()

    def load(self) -> None:
        prefs = self.table.prefs
        if prefs is None:
            return
        text = prefs.columns(self._key())
        try:
            loaded = json.loads(text) if text else {}
        except ValueError:
            loaded = {}
        self.choices = {str(k): bool(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}

    def _save(self) -> None:
        if self.table.prefs is not None:
            self.table.prefs.set_columns(self._key(), json.dumps(self.choices, ensure_ascii=False))

    def title(self, column: int) -> str:
        model = self.table.model()
        return str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model is not None else ""

    def offered(self) -> list[int]:
        """The columns the menu lists: all but those the code hid itself."""
        header = self.table.horizontalHeader()
        return [c for c in range(header.count()) if not header.isSectionHidden(c) or c in self.hidden]

    def menu(self) -> QMenu:
        """The header's context menu: one tick per column, and the way back to the list's own."""
        menu = QMenu(self.table.horizontalHeader())
        menu.setObjectName(f"{self._key()}Columns")
        header = self.table.horizontalHeader()
        offered = self.offered()
        shown = [c for c in offered if not header.isSectionHidden(c)]
        for column in offered:
            action = menu.addAction(self.title(column))
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(shown != [column])  # the last column shown stays
            action.toggled.connect(lambda on, c=column: self.choose(c, on))
        menu.addSeparator()
        reset = menu.addAction(RESET)
        reset.setEnabled(bool(self.choices))
        reset.triggered.connect(self.reset)
        return menu

    def _menu_at(self, pos: QPoint) -> None:
        menu = self.menu()
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def choose(self, column: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        if not shown and [c for c in self.offered() if not header.isSectionHidden(c)] == [column]:
            return  # a table with no column at all helps no one
        self.choices[self.title(column)] = shown
        self._save()
        self.apply()
        self.table.request_fit()  # the columns shown now share the width

    def reset(self) -> None:
        self.choices = {}
        self._save()
        self.apply()
        self.table.request_fit()

    # ---- what shows ---------------------------------------------------------------------------

    def room(self) -> int:
        """The width the columns may take without a horizontal scroll bar."""
        table = self.table
        return table.maximumViewportSize().width() - table.verticalScrollBar().sizeHint().width() - 6

    def needs(self, columns: list[int], *, contents: bool = True) -> dict[int, int]:
        """What each column needs to be read: its header's text, and (``contents``) its contents up
        to about ``READABLE_CHARS`` characters (longer text is cut with … and shows on hover)."""
        table = self.table
        header = table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)  # the style draws header titles bold
        metrics = QFontMetrics(bold)
        readable = table.fontMetrics().horizontalAdvance("0" * READABLE_CHARS)
        arrow = header.sortIndicatorSection()  # its header also draws the sort arrow
        fitted = QHeaderView.ResizeMode.ResizeToContents  # such a column is never made narrower
        precision = header.resizeContentsPrecision()
        header.setResizeContentsPrecision(0)  # the rows in view: this runs on every resize
        out = {}
        for column in columns:
            floor = metrics.horizontalAdvance(self.title(column)) + (32 if column == arrow else 18)
            content = table.sizeHintForColumn(column)
            if header.sectionResizeMode(column) == fitted:
                out[column] = max(floor, content, header.sectionSizeHint(column))
            else:
                out[column] = max(floor, min(content, readable)) if contents else floor
        header.setResizeContentsPrecision(precision)
        return out

    def floors(self, shown: list[int], widths: list[int]) -> list[int]:
        """How narrow each shown column may be made to fit the table (``widths`` are what they
        want, the last column's included): its header's text — and on a list that hides columns
        for width, what it needs to be read (the hidden ones made that room)."""
        needs = self.needs(shown, contents=bool(self.priority))
        return [min(width, needs[c]) for c, width in zip(shown, widths, strict=True)]

    def apply(self) -> bool:
        """Hide and show columns for the clerk's choices and the table's width; True when any
        column changed."""
        table = self.table
        header = table.horizontalHeader()
        if table.model() is None:
            return False
        offered = self.offered()
        chosen = {c: self.choices[self.title(c)] for c in offered if self.title(c) in self.choices}
        hide = {c for c, shown in chosen.items() if not shown}
        if self.priority and table.isVisible() and table.width() >= 160:
            drawn = [header.logicalIndex(v) for v in range(header.count())]
            candidates = [c for c in drawn if c in offered and c not in hide]
            needs = self.needs(candidates)
            room = self.room()

            for column in self.priority:
                if sum(needs[c] for c in candidates if c not in hide) <= room:
                    break
                if column in needs and not chosen.get(column, False):
                    hide.add(column)
        elif self.priority:
            hide |= {c for c in self.hidden if c in self.priority and c not in chosen}  # as it was
        changed = False
        for column in offered:
            if column in hide and not header.isSectionHidden(column):
                self.hidden.add(column)
                header.hideSection(column)
                changed = True
            elif column not in hide and column in self.hidden:
                self.hidden.discard(column)
                header.showSection(column)
                changed = True
        return changed

    def hidden_values(self, row: int) -> list[str]:
        """"Title: value" of the row's columns this chooser hid, in the table's order."""
        model = self.table.model()
        header = self.table.horizontalHeader()
        out = []
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            if column in self.hidden and header.isSectionHidden(column):
                value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                if value not in (None, ""):
                    out.append(f"{self.title(column)}: {value}")
        return out


def visible_columns(header: QHeaderView) -> list[int]:
    """The shown columns, in the order the table draws them."""
    drawn = (header.logicalIndex(v) for v in range(header.count()))
    return [c for c in drawn if not header.isSectionHidden(c)]
