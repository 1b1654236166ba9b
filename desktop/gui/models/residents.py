"""The big residents table: one keyset page at a time, fetched off the GUI thread, sorted in SQL.

``start(flt, sort, descending)`` asks for the first page; when the view scrolls to the end
(``fetchMore``) the next page is asked for, in the background. A page that arrives for an older
search (the clerk kept typing, or clicked another header) is dropped. Columns that SQL cannot order
are ``sortable=False``; ``SQL_SORTS`` maps the others to ``listing.SORTS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.gui.models.base import Column, Index, ListTableModel
from desktop.residents import listing
from desktop.residents.search import Page, PersonRow, SearchFilter

COL_NAME, COL_BIRTH, COL_SEX, COL_ID, COL_PHONE, COL_VILLAGE, COL_HOUSEHOLD, COL_RELATION, COL_STATUS = range(
    9
)
COLUMNS = [
    Column("Họ và tên", lambda r: r.full_name),
    Column("Ngày sinh", lambda r: r.birth_text),
    Column("Giới tính", lambda r: r.sex_text, sortable=False),
    Column("Số định danh", lambda r: r.id_number),
    Column("Điện thoại", lambda r: r.phone),
    Column("Thôn, bon", lambda r: r.village_label, sortable=False),
    Column("Số hộ", lambda r: r.household_number, sortable=False),
    Column("Quan hệ", lambda r: r.relation, sortable=False, tooltip=lambda r: "Quan hệ với chủ hộ"),
    Column("Tình trạng", lambda r: r.status_text, sortable=False),
]
#: column → the SQL order of ``listing.list_page``
SQL_SORTS = {COL_NAME: "name", COL_BIRTH: "birth", COL_ID: "id_number", COL_PHONE: "phone"}
PAGE = 200

#: ``fetch(flt, sort, descending, after, limit, done)`` — runs ``listing.list_page`` off the GUI
#: thread and calls ``done(page)`` on it (the page wires it to ``operation.Query``)
Fetch = Callable[..., None]


class PersonTableModel(ListTableModel):
    #: a page arrived (the first one of a search included): the number of rows now held
    page_loaded = Signal(int)

    def __init__(self, fetch: Fetch, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
        self._fetch = fetch
        self.filter = SearchFilter(status="registered")
        self.sort_name = "name"
        self.descending = False
        self._after: tuple[Any, int] | None = None
        self._generation = 0
        self._loading = False
        self._exhausted = True
        self._started = False
        #: the header's sort indicator follows the SQL order
        self.on_sort: Callable[[int, Qt.SortOrder], None] | None = None

    # ---- searching ----------------------------------------------------------------------

    def start(self, flt: SearchFilter | None = None) -> None:
        """A new search (or the same one again after a change): the first page, in the background."""
        if flt is not None:
            self.filter = flt
        self._started = True
        self._generation += 1
        self._after = None
        self._exhausted = False
        self._request(first=True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SQL_SORTS:
            return
        self.sort_name = SQL_SORTS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.on_sort is not None:
            self.on_sort(column, order)
        if self._started:  # the view sorts once when sorting is switched on: nothing to fetch yet
            self.start()

    @property
    def loading(self) -> bool:
        return self._loading

    def _request(self, *, first: bool) -> None:
        generation = self._generation
        self._loading = True

        def arrived(page: Page) -> None:
            if generation != self._generation:
                return  # an answer for an older search or order
            self._loading = False
            self._after = page.after
            self._exhausted = page.after is None
            if first:
                self.beginResetModel()
                self.rows = list(page.rows)
                self.endResetModel()
            elif page.rows:
                self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.rows) - 1)
                self.rows.extend(page.rows)
                self.endInsertRows()
            self.page_loaded.emit(len(self.rows))

        self._fetch(
            self.filter,
            sort=self.sort_name,
            descending=self.descending,
            after=None if first else self._after,
            limit=PAGE,
            done=arrived,
        )

    def set_rows(self, rows: Any) -> None:  # the rows come from pages, never from a whole list
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    # ---- Qt's paging --------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request(first=False)

    def row_of(self, person_id: int) -> int:
        return self.index_of(lambda r: r.id == person_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: PersonRow | None = self.row_at(index.row())
        col = index.column()
        if row is not None and row.id_issue and col == COL_ID:
            if role == Qt.ItemDataRole.ToolTipRole:
                from desktop.residents.idcard import ISSUES

                return ISSUES.get(row.id_issue, row.id_issue)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#b00020"))
        if (
            row is not None
            and role == Qt.ItemDataRole.ForegroundRole
            and col == COL_STATUS
            and row.status_text != "Đang sinh sống"
        ):
            return QBrush(QColor("#666666"))
        return super().data(index, role)


def fetch_page(uow: Any, flt: SearchFilter, **kwargs: Any) -> Page:
    """The service call behind the model (one keyset page)."""
    return listing.list_page(uow, flt, **kwargs)
