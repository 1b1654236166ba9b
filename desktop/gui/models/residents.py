"""The big residents table: ordered ids from SQL, rows fetched a page at a time as they are shown.

Anki's browser pattern: ``search_ids`` returns every matching id in display order (ints only),
``fetch_rows`` loads one page of rows when the view first paints a row of that page. The row
count is known at once (the scroll bar is right), and nothing loads 200,000 rows into objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.residents.search import PersonRow

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_BIRTH, COL_SEX, COL_ID, COL_PHONE, COL_VILLAGE, COL_HOUSEHOLD, COL_RELATION, COL_STATUS = range(
    9
)
HEADERS = [
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Số định danh",
    "Điện thoại",
    "Thôn, bon",
    "Số hộ",
    "Quan hệ với chủ hộ",
    "Tình trạng",
]
_ATTRS = [
    "full_name",
    "birth_text",
    "sex_text",
    "id_number",
    "phone",
    "village_label",
    "household_number",
    "relation",
    "status_text",
]
PAGE = 200


class PersonTableModel(QAbstractTableModel):
    def __init__(self, fetch_rows: Callable[[Sequence[int]], list[PersonRow]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self.ids: list[int] = []
        self._pages: dict[int, list[PersonRow]] = {}

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self.ids = list(ids)
        self._pages = {}
        self.endResetModel()

    @property
    def loaded_pages(self) -> int:
        return len(self._pages)

    def row_at(self, row: int) -> PersonRow | None:
        if not 0 <= row < len(self.ids):
            return None
        page = row // PAGE
        if page not in self._pages:
            ids = self.ids[page * PAGE : (page + 1) * PAGE]
            rows = {r.id: r for r in self._fetch_rows(ids)}
            self._pages[page] = [rows.get(i) for i in ids]  # type: ignore[misc]
        return self._pages[page][row - page * PAGE]

    def row_of(self, person_id: int) -> int:
        try:
            return self.ids.index(person_id)
        except ValueError:
            return -1

    def invalidate(self) -> None:
        """Drop the loaded pages (rows changed) and repaint."""
        self._pages = {}
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(HEADERS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(row, _ATTRS[col])
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_ID and row.id_issue:
            from desktop.residents.idcard import ISSUES

            return ISSUES.get(row.id_issue, row.id_issue)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_ID and row.id_issue:
            return QBrush(QColor("#b00020"))
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == COL_STATUS
            and row.status_text != "Đang sinh sống"
        ):
            return QBrush(QColor("#666666"))
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None
