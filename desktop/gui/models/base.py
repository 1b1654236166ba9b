"""Two table models every page builds on.

``ListTableModel``: a small list of service views (users, villages, backups).
``PagedTableModel``: a large, SQL-sorted list fetched page by page on demand
(``fetch(offset, limit)`` is a service call); nothing loads 200,000 rows at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]
    align: str = "left"  # left | right | center
    tooltip: Callable[[Any], str] | None = None


_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    "center": Qt.AlignmentFlag.AlignCenter,
}


class ListTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self.row_at(index.row()), self.columns[index.column()]
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(item)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_ALIGN[column.align].value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(item)
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None


class PagedTableModel(ListTableModel):
    """Rows arrive ``page_size`` at a time as the view scrolls (``canFetchMore``/``fetchMore``)."""

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Callable[[int, int], Sequence[Any]],
        page_size: int = 200,
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._fetch = fetch
        self.page_size = page_size
        self._exhausted = False

    def reload(self, fetch: Callable[[int, int], Sequence[Any]] | None = None) -> None:
        if fetch is not None:
            self._fetch = fetch
        first = list(self._fetch(0, self.page_size))
        self._exhausted = len(first) < self.page_size
        self.set_rows(first)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        more = list(self._fetch(len(self.rows), self.page_size))
        self._exhausted = len(more) < self.page_size
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
