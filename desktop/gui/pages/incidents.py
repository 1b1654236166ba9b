"""Incidents page: security and order incidents, and traffic hotspots (two tabs, two record lists)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.incident import HotspotDialog, IncidentDialog
from desktop.gui.kit import operation
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.events import HOTSPOT_COLUMNS, INCIDENT_COLUMNS
from desktop.gui.pages.base import Page
from desktop.schedule import incidents
from desktop.schedule.codes import HOTSPOT_STATUSES, INCIDENT_CLASSES


class IncidentsPage(Page):
    title = "Vụ việc, điểm nguy cơ"
    areas = ("incidents", "schedule", "villages")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.incidents = RecordList(
            self,
            "incidents",
            INCIDENT_COLUMNS,
            incidents.list_incidents,
            placeholder="Tìm theo người liên quan, địa điểm, nội dung…",
        )
        self.incidents.add_filter("klass", "Phân loại", _options("Mọi loại vụ việc", INCIDENT_CLASSES))
        self.incidents.add_toggle("review", "Chỉ vụ việc cần rà soát phân loại")
        self._actions(self.incidents, "Ghi vụ việc", IncidentDialog, incidents.delete_incident, "Ctrl+N")
        self.hotspots = RecordList(
            self, "hotspots", HOTSPOT_COLUMNS, incidents.list_hotspots, placeholder="Tìm theo vị trí, mô tả…"
        )
        self.hotspots.add_filter("status", "Tình trạng", _options("Mọi tình trạng", HOTSPOT_STATUSES))
        self._actions(self.hotspots, "Thêm điểm nguy cơ…", HotspotDialog, incidents.delete_hotspot)
        self.incidents.loaded.connect(lambda _n: self._count(self.incidents, "vụ việc", "đã giải quyết"))
        self.hotspots.loaded.connect(lambda _n: self._count(self.hotspots, "điểm nguy cơ", "đã khắc phục"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.incidents, "Vụ việc về an ninh, trật tự")
        self.tabs.addTab(self.hotspots, "Điểm nguy cơ mất an toàn giao thông")
        QVBoxLayout(self).addWidget(self.tabs)

    def _actions(
        self, rl: RecordList, add: str, dialog: type, delete: Callable[..., Any], shortcut: str | None = None
    ) -> None:
        def open_dialog(row: Any = None) -> None:
            dialog(self.ctx, row, self).exec()

        rl.add_action(add, open_dialog, needs="none", permission="write", shortcut=shortcut)
        rl.add_action("Sửa…", open_dialog, permission="write", default=True)
        rl.add_action("Xóa", lambda row: self._delete(delete, row), permission="write", shortcut="Delete")

    @staticmethod
    def _count(rl: RecordList, what: str, settled: str) -> None:
        rows = rl.rows()
        closed = sum(1 for r in rows if _SETTLED[rl.objectName()](r))
        rl.count_label.setText(f"{len(rows)} {what}, {closed} {settled}")

    def _delete(self, fn: Callable[..., Any], row: Any) -> None:
        if messages.confirm(self, "Xóa dòng đã chọn? Việc xóa được ghi vào nhật ký."):
            operation.run(self, fn, row.id, row.version, changes="incidents")


_SETTLED: dict[str, Callable[[Any], bool]] = {
    "incidents": lambda i: i.handling != "pending",
    "hotspots": lambda h: h.status == "fixed",
}


def _options(everything: str, codes: dict[str, str]) -> list[tuple[str, str]]:
    return [(everything, ""), *((text, code) for code, text in codes.items())]
