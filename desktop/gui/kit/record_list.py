"""Every list in CAXA: a search box, filters, action buttons that follow the user's role and the
selection, a sortable table, the selected record, double-click/Enter to open, a context menu.

    self.list = RecordList(self, "weaponReceipts", COLUMNS, service.list_receipts,
                           placeholder="Tìm theo người giao nộp, số biên bản…")
    self.list.add_toggle("include_voided", "Hiện biên bản đã hủy", True)
    self.list.add_action("Lập mới", self.new_receipt, needs="none", permission="write",
                         shortcut="Ctrl+N")
    self.list.add_action("Mở…", self.open_receipt, default=True)        # row -> slot(row)
    self.list.add_action("Xóa", self.delete_receipt, permission="write", shortcut="Delete",
                         enabled_if=lambda row: not row.printed)
    self.list.add_action("Cài đặt…", self.open_settings, needs="none", more=True)  # in "Thêm ▾"

``fetch(uow, text=…, **filters)`` is a service function; the list calls it off the GUI thread
whenever the search text or a filter changes and whenever the page refreshes, drops results for a
stale query, keeps the selected record selected across reloads, and shows how many rows it holds.
Rows are the services' frozen views; a row's ``id`` attribute identifies it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import CaxaError
from desktop.gui import messages
from desktop.gui.kit.flow import FlowLayout
from desktop.gui.kit.operation import Query
from desktop.gui.models.base import Column, ListTableModel, PagedTableModel
from desktop.gui.widgets import SearchBox, TableView
from desktop.text import fold

NEEDS = ("none", "one", "some")


@dataclass
class _Action:
    action: QAction
    slot: Callable[..., Any]
    needs: str
    allowed: bool
    enabled_if: Callable[[Any], bool] | None
    button: QToolButton | None


def row_id(row: Any) -> Any:
    return getattr(row, "id", None)


class RecordList(QWidget):
    #: a row was opened (double-click or Enter) — the default action already ran
    activated = Signal(object)
    #: the selected row changed (None when nothing is selected)
    selection_changed = Signal(object)
    #: rows arrived from a reload (their number)
    loaded = Signal(int)

    def __init__(
        self,
        owner: QWidget,
        name: str,
        columns: Sequence[Column],
        fetch: Callable[..., Sequence[Any]] | None = None,
        *,
        placeholder: str = "Tìm…",
        search: bool = True,
        multi: bool = False,
        model: ListTableModel | None = None,
        sort_by: int | None = None,
        local_search: bool = False,
        page_size: int | None = None,
        count: Callable[..., int] | None = None,
        key: Callable[[Any], Any] = row_id,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else owner)
        self.owner = owner
        self.ctx = owner.ctx  # type: ignore[attr-defined]
        self.setObjectName(name)
        self.fetch = fetch
        #: a small list whose service takes no ``text``: the search box filters the rows in memory
        self.local_search = local_search
        self._all_rows: list[Any] = []
        #: what identifies a row across reloads (``row.id`` unless the rows name it otherwise)
        self.key = key
        self.query = Query(self)
        self._actions: list[_Action] = []
        self._filters: dict[str, QComboBox | QCheckBox] = {}
        self._values: dict[str, Callable[[], Any]] = {}
        self._default: _Action | None = None
        self._keep_id: Any = None
        #: more keyword arguments for ``fetch`` that no widget of the bar holds (the location chosen
        #: in a tree beside the list, the record whose lines the list shows)
        self.params: dict[str, Any] = {}

        self.bar = FlowLayout()
        #: the "Thêm" menu button of rare actions (``add_action(…, more=True)``), made on first use
        self.more_button: QToolButton | None = None
        self.search: SearchBox | None = None
        if search:
            self.search = SearchBox(placeholder)
            self.search.setObjectName(f"{name}Search")
            self.search.setMinimumWidth(240)
            self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.search.search.connect(lambda _text: self._searched())
            self.bar.addWidget(self.search)
            find = QAction(self)
            find.setShortcut(QKeySequence.StandardKey.Find)
            find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
            self.addAction(find)

        #: a long list (the audit log): ``fetch(uow, offset=, limit=, …)`` a page at a time as the
        #: table scrolls, each page off the GUI thread; ``count(uow, …)`` gives the total shown
        self.page_size = page_size
        self.count = count
        self._more = Query(self)
        self._count_query = Query(self)
        if model is None:
            model = PagedTableModel(columns, page_size=page_size, parent=self) if page_size else None
        self.model = model if model is not None else ListTableModel(columns, self)
        if page_size:
            self.model.request_more = self._request_more
        self.table = TableView(f"{name}Table", self.ctx.prefs)
        self.table.setModel(self.model)
        # the indicator first: enabling sorting sorts by it at once, and Qt's default (the first
        # column, descending) would otherwise reorder a list whose fetch already gives its order
        self.table.horizontalHeader().setSortIndicator(
            -1 if sort_by is None else sort_by, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        if multi:
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.activated_row.connect(self._activate)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_moved())
        self.model.modelReset.connect(self._selection_moved)
        self.count_label = QLabel("")
        self.count_label.setObjectName(f"{name}Count")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.table.restore_layout()

    # ---- filters ------------------------------------------------------------------------

    def add_filter(
        self, key: str, label: str, options: Sequence[tuple[str, Any]], default: Any = None
    ) -> QComboBox:
        """A drop-down filter passed to ``fetch`` as ``key=value``; ``options`` are (text, value),
        the first usually ("Tất cả …", None or "")."""
        combo = QComboBox()
        combo.setObjectName(f"{self.objectName()}_{key}")
        combo.setToolTip(label)
        combo.setAccessibleName(label)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._filters[key] = combo
        self.set_filter_options(key, options, default)
        combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.bar.addWidget(combo)
        return combo

    def set_filter_options(self, key: str, options: Sequence[tuple[str, Any]], value: Any = None) -> None:
        combo = self._filters[key]
        assert isinstance(combo, QComboBox)
        current = combo.currentData() if value is None else value
        combo.blockSignals(True)
        combo.clear()
        for text, data in options:
            combo.addItem(text, data)
        found = combo.findData(current)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def add_toggle(self, key: str, label: str, default: bool = False, *, remember: bool = False) -> QCheckBox:
        """A check box passed to ``fetch`` as ``key=True/False``; ``remember`` keeps its state in the
        preferences, so the list opens the next time as the clerk left it."""
        box = QCheckBox(label)
        name = f"{self.objectName()}_{key}"
        box.setObjectName(name)
        box.setChecked(self.ctx.prefs.toggle(name, default) if remember else default)
        if remember:
            box.toggled.connect(lambda checked: self.ctx.prefs.set_toggle(name, checked))
        box.toggled.connect(lambda _c: self.reload())
        self._filters[key] = box
        self.bar.addWidget(box)
        return box

    def add_widget(self, widget: QWidget) -> None:
        """Something else for the bar (a label, a button)."""
        self.bar.addWidget(widget)

    def add_value(self, key: str, widget: QWidget, value: Callable[[], Any]) -> None:
        """A filter of another kind (a date field): ``value()`` is read on each reload and may raise
        a ValidationError naming the field, which the clerk sees instead of a reload."""
        self._values[key] = value
        self.bar.addWidget(widget)

    def filter_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: read() for key, read in self._values.items()}
        for key, widget in self._filters.items():
            values[key] = widget.isChecked() if isinstance(widget, QCheckBox) else widget.currentData()
        return values

    def text(self) -> str:
        return self.search.text() if self.search is not None else ""

    # ---- actions ------------------------------------------------------------------------

    def add_action(
        self,
        text: str,
        slot: Callable[..., Any],
        *,
        needs: str = "one",
        permission: str = "read",
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
        tip: str = "",
        enabled_if: Callable[[Any], bool] | None = None,
        default: bool = False,
        button: bool = True,
        more: bool = False,
    ) -> QAction:
        """An action on the selection: ``needs`` "none" calls ``slot()``, "one" ``slot(row)``, "some"
        ``slot(rows)``. It is enabled when the user's role has ``permission`` and the selection fits
        (and ``enabled_if(row)`` holds for every selected row). ``default`` also runs on double-click
        and Enter. Every action is in the table's context menu; ``button`` puts it in the bar too, and
        ``more`` in the bar's "Thêm" menu button instead (rare actions: the bar stays short)."""
        if needs not in NEEDS:
            raise ValueError(needs)
        action = QAction(text, self)
        allowed = self.ctx.can(permission)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            if action.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Delete)) == (
                QKeySequence.SequenceMatch.ExactMatch
            ):
                # Delete acts on the table only, never while typing in the search box
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.table.addAction(action)
            else:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
            tip = f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})".strip()
        if not allowed:
            tip = f"{tip} — tài khoản của bạn không có quyền này".strip(" —")
        action.setToolTip(tip or text)
        tool: QToolButton | None = None
        if more:
            self._more_menu().addAction(action)
        elif button:
            tool = QToolButton()
            tool.setDefaultAction(action)
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.bar.addWidget(tool)
        if needs != "none":
            self.table.addAction(action)
        entry = _Action(action, slot, needs, allowed, enabled_if, tool)
        action.triggered.connect(lambda _checked=False, e=entry: self._trigger(e))
        self._actions.append(entry)
        if default:
            self._default = entry
        self._update_actions()
        return action

    def _more_menu(self) -> QMenu:
        if self.more_button is None:
            self.more_button = QToolButton()
            self.more_button.setObjectName(f"{self.objectName()}More")
            self.more_button.setText("Thêm")
            self.more_button.setToolTip("Các việc khác")
            self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.more_button.setMenu(QMenu(self.more_button))
            self.bar.addWidget(self.more_button)
        menu = self.more_button.menu()
        assert menu is not None
        return menu

    def _trigger(self, entry: _Action) -> None:
        self._update_actions()
        if not entry.action.isEnabled():
            return
        rows = self.selected_rows()
        if entry.needs == "none":
            entry.slot()
        elif entry.needs == "one":
            entry.slot(rows[0])
        else:
            entry.slot(rows)

    def _activate(self, _row: int) -> None:
        row = self.selected()
        if row is None:
            return
        if self._default is not None:
            self._trigger(self._default)
        self.activated.emit(row)

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        for entry in self._actions:
            fits = {"none": True, "one": len(rows) == 1, "some": len(rows) >= 1}[entry.needs]
            if fits and entry.enabled_if is not None and entry.needs != "none":
                fits = all(entry.enabled_if(row) for row in rows)
            entry.action.setEnabled(entry.allowed and fits)

    def _selection_moved(self) -> None:
        self._update_actions()
        self.selection_changed.emit(self.selected())

    # ---- rows and selection -------------------------------------------------------------

    def reload(self, *, keep: Any = None) -> None:
        """Fetch the rows again (off the GUI thread); ``keep`` selects that id once they arrive."""
        if keep is not None:
            self._keep_id = keep
        if self.fetch is None:
            return
        try:
            values = self.query_values()
        except CaxaError as exc:
            messages.error(self, exc)
            return
        if self.page_size:
            self._more.drop()  # a page still out belongs to the old query
            self.query.run(self.fetch, offset=0, limit=self.page_size, **values, done=self.set_rows)
        else:
            self.query.run(self.fetch, **values, done=self.set_rows)
        if self.count is not None:
            self._count_query.run(self.count, **values, done=self._show_count)

    def query_values(self) -> dict[str, Any]:
        """What the service is asked with: the page's fixed params, the filters and the search text."""
        values = {**self.params, **self.filter_values()}
        if self.search is not None and not self.local_search:
            values["text"] = self.text()
        return values

    def _request_more(self, offset: int) -> None:
        self._more.run(self.fetch, offset=offset, limit=self.page_size, **self.query_values(),
                       done=self.model.add_page)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(f"{total:,} bản ghi".replace(",", "."))

    def _searched(self) -> None:
        if self.local_search:
            self.set_rows(self._all_rows)
        else:
            self.reload()

    def _matching(self, rows: Sequence[Any]) -> list[Any]:
        words = fold(self.text()).split()
        if not words:
            return list(rows)
        columns = self.model.columns

        def key(row: Any) -> str:
            return fold(" ".join(str(c.value(row) or "") for c in columns))

        return [row for row in rows if all(w in key(row) for w in words)]

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows`` (a fetch's result, or rows the page already holds), keeping the selection."""
        keep, selected = self._keep_id, self.selected()
        if keep is None and selected is not None:
            keep = self.key(selected)
        self._keep_id = None
        if self.local_search:
            self._all_rows = list(rows)
            rows = self._matching(rows)
        if self.page_size:
            self.model.first_page(rows)
        else:
            self.model.set_rows(rows)
        if self.count is None:
            self.count_label.setText(f"{len(self.model.rows):,} bản ghi".replace(",", "."))
        if keep is not None:
            self.select_id(keep)
        self.loaded.emit(len(self.model.rows))

    def rows(self) -> list[Any]:
        return list(self.model.rows)

    def selected_rows(self) -> list[Any]:
        model = self.table.selectionModel()
        if model is None:
            return []
        numbers = sorted({index.row() for index in model.selectedRows()})
        if not numbers and self.table.current_row() >= 0 and model.isRowSelected(self.table.current_row()):
            numbers = [self.table.current_row()]
        return [r for r in (self.model.row_at(n) for n in numbers) if r is not None]

    def selected(self) -> Any:
        """The one selected row, or None (none or several selected)."""
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def select_id(self, record_id: Any) -> bool:
        number = self.model.index_of(lambda row: self.key(row) == record_id)
        if number < 0:
            return False
        index = self.model.index(number, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def select_row(self, number: int) -> None:
        index = self.model.index(number, 0)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def fit_columns(self, stretch: int = -1) -> None:
        """Small lists in a narrow panel: every column as wide as its contents and header, column
        ``stretch`` (the last by default) takes the rest — nothing is cut off or pushed off the side."""
        header = self.table.horizontalHeader()
        stretch = stretch % max(header.count(), 1)
        header.setStretchLastSection(stretch == header.count() - 1)
        modes = QHeaderView.ResizeMode
        for column in range(header.count()):
            mode = modes.Stretch if column == stretch else modes.ResizeToContents
            header.setSectionResizeMode(column, mode)

    def hide_when_narrow(self, *columns: int) -> None:
        """On a narrow table these columns hide, the first first, rather than the list scrolling
        sideways (a big list beside a detail pane that shows them anyway; see ``kit.columns``)."""
        self.table.columns.priority = list(columns)
        self.table.request_fit()

    def save_layout(self) -> None:
        self.table.save_layout()
