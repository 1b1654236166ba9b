"""Incidents page: security and order incidents, and traffic hotspots (two tabs)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.incident import HotspotDialog, IncidentDialog
from desktop.gui.models.base import ListTableModel
from desktop.gui.models.events import HOTSPOT_COLUMNS, INCIDENT_COLUMNS
from desktop.gui.pages.base import Page
from desktop.gui.widgets import SearchBox, TableView, focus_shortcut
from desktop.schedule import incidents
from desktop.schedule.codes import HOTSPOT_STATUSES, INCIDENT_KINDS


class _ListTab(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        name: str,
        columns: list,
        filters: dict[str, str],
        all_text: str,
        placeholder: str,
        add_text: str,
    ) -> None:
        super().__init__()
        self.search = SearchBox(placeholder)
        self.filter = QComboBox()
        self.filter.addItem(all_text, "")
        for code, text in filters.items():
            self.filter.addItem(text, code)
        self.add_button = QPushButton(add_text)
        self.edit_button = QPushButton("Sửa…")
        self.delete_button = QPushButton("Xóa")
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setEnabled(ctx.can("write"))
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.filter)
        for b in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(b)
        self.model = ListTableModel(columns, self)
        self.table = TableView(name, ctx.prefs)
        self.table.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.table.restore_layout()

    def selected(self) -> Any:
        return self.model.row_at(self.table.current_row())


class IncidentsPage(Page):
    title = "Vụ việc, điểm nguy cơ"
    areas = ("incidents", "schedule", "villages")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.incidents = _ListTab(
            ctx,
            "incidentsTable",
            INCIDENT_COLUMNS,
            INCIDENT_KINDS,
            "Mọi loại vụ việc",
            "Tìm theo người liên quan, địa điểm, nội dung…",
            "Ghi vụ việc (Ctrl+N)",
        )
        self.hotspots = _ListTab(
            ctx,
            "hotspotsTable",
            HOTSPOT_COLUMNS,
            HOTSPOT_STATUSES,
            "Mọi tình trạng",
            "Tìm theo vị trí, mô tả…",
            "Thêm điểm nguy cơ…",
        )
        self.incidents.add_button.setShortcut("Ctrl+N")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.incidents, "Vụ việc về an ninh, trật tự")
        self.tabs.addTab(self.hotspots, "Điểm nguy cơ mất an toàn giao thông")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        focus_shortcut(self, self.incidents.search)
        for tab, dialog, delete in (
            (self.incidents, IncidentDialog, incidents.delete_incident),
            (self.hotspots, HotspotDialog, incidents.delete_hotspot),
        ):
            tab.search.search.connect(lambda _t: self.refresh())
            tab.filter.currentIndexChanged.connect(lambda _i: self.refresh())
            tab.add_button.clicked.connect(lambda _c=False, d=dialog: self._open(d, None))
            tab.edit_button.clicked.connect(lambda _c=False, t=tab, d=dialog: self._edit(t, d))
            tab.table.activated_row.connect(lambda _r, t=tab, d=dialog: self._edit(t, d))
            tab.delete_button.clicked.connect(lambda _c=False, t=tab, f=delete: self._delete(t, f))
            QShortcut(
                QKeySequence(Qt.Key.Key_Delete),
                tab.table,
                activated=lambda t=tab, f=delete: self._delete(t, f),
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )

    def refresh(self) -> None:
        rows = self.ctx.run(
            incidents.list_incidents,
            kind=self.incidents.filter.currentData(),
            text=self.incidents.search.text(),
        )
        self.incidents.model.set_rows(rows)
        resolved = sum(1 for r in rows if r.handling != "pending")
        self.incidents.count.setText(f"{len(rows)} vụ việc, {resolved} đã giải quyết")
        spots = self.ctx.run(
            incidents.list_hotspots,
            status=self.hotspots.filter.currentData(),
            text=self.hotspots.search.text(),
        )
        self.hotspots.model.set_rows(spots)
        fixed = sum(1 for h in spots if h.status == "fixed")
        self.hotspots.count.setText(f"{len(spots)} điểm nguy cơ, {fixed} đã khắc phục")

    def _open(self, dialog: type, row: Any) -> None:
        if dialog(self.ctx, row, self).exec():
            self.refresh()

    def _edit(self, tab: _ListTab, dialog: type) -> None:
        row = tab.selected()
        if row is None:
            messages.info(self, "Hãy chọn một dòng trong danh sách.")
            return
        self._open(dialog, row)

    def _delete(self, tab: _ListTab, fn: Callable[..., Any]) -> None:
        row = tab.selected()
        if row is None or not self.ctx.can("write"):
            return
        if not messages.confirm(self, "Xóa dòng đã chọn? Việc xóa được ghi vào nhật ký."):
            return
        try:
            self.ctx.run(fn, row.id, row.version)
        except Exception as exc:  # noqa: BLE001 — the funnel shows it
            messages.error(self, exc)
            return
        self.ctx.changed("incidents", self)
        self.refresh()

    def save_layout(self) -> None:
        self.incidents.table.save_layout()
        self.hotspots.table.save_layout()
