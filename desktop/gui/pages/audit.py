"""Audit log page: every change, export, print and login, filtered by user, date, table, text;
field names and values in Vietnamese."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from desktop import audit, audit_text
from desktop.audit import AuditFilter, EntryView
from desktop.db import UnitOfWork
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.kit import operation
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.gui.pages.base import Page
from desktop.gui.widgets import DateEdit
from desktop.text import format_datetime


def _changes(e: EntryView) -> str:
    return audit_text.changes_text(e.changes, e.table_name)


COLUMNS = [
    Column("Số", lambda e: e.id, "right", sortable=False),
    Column("Thời gian", lambda e: format_datetime(e.at), sortable=False),
    Column("Người dùng", lambda e: e.username, sortable=False),
    Column("Thao tác", lambda e: e.action_text, sortable=False),
    Column("Loại bản ghi", lambda e: audit.table_label(e.table_name), sortable=False),
    Column("Mã bản ghi", lambda e: e.record_id, "right", sortable=False),
    Column("Nội dung", lambda e: e.summary, sortable=False),
    Column("Thay đổi", _changes, tooltip=_changes, sortable=False),
]


def _filter(text: str = "", username: str = "", table_name: str = "", date_from: Any = None,
            date_to: Any = None) -> AuditFilter:
    return AuditFilter(username=username or "", date_from=date_from, date_to=date_to,
                       table_name=table_name or "", text=text.strip())


def entries(uow: UnitOfWork, *, offset: int, limit: int, **values: Any) -> list[EntryView]:
    return audit.list_entries(uow, _filter(**values), offset=offset, limit=limit)


def count(uow: UnitOfWork, **values: Any) -> int:
    return audit.count_entries(uow, _filter(**values))


def choices(uow: UnitOfWork) -> tuple[list[str], list[str]]:
    return audit.usernames(uow), audit.table_names(uow)


def _labelled(text: str, widget: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(QLabel(text))
    row.addWidget(widget)
    return box


class AuditPage(Page):
    title = "Nhật ký thao tác"
    areas = ()  # the log changes with every save: it is read when opened and on demand

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.list = RecordList(self, "audit", COLUMNS, entries, page_size=200, count=count,
                               placeholder="Tìm trong nội dung…")
        self.user = self.list.add_filter("username", "Người dùng", [("Mọi người dùng", "")])
        self.table_name = self.list.add_filter("table_name", "Loại bản ghi", [("Mọi loại bản ghi", "")])
        self.date_from, self.date_to = DateEdit(), DateEdit()
        self.date_from.setObjectName("auditFrom")
        self.date_to.setObjectName("auditTo")
        self.list.add_value("date_from", _labelled("Từ ngày:", self.date_from),
                            lambda: self.date_from.date("Từ ngày"))
        self.list.add_value("date_to", _labelled("đến:", self.date_to), lambda: self.date_to.date("Đến ngày"))
        for edit in (self.date_from, self.date_to):
            edit.returnPressed.connect(self.list.reload)
            edit.editingFinished.connect(self.list.reload)
        self.list.add_action("Làm mới", self.list.reload, needs="none", shortcut="F5")
        self.list.add_action("Kiểm tra toàn vẹn nhật ký", self.verify, needs="none", permission="audit")
        self.list.selection_changed.connect(self.show_detail)
        self.choices = operation.Query(self)

        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText("Chọn một dòng để xem đầy đủ các thay đổi.")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setSizes([600, 150])
        QVBoxLayout(self).addWidget(splitter)

    def refresh(self) -> None:
        self.choices.run(choices, done=self._show_choices)
        super().refresh()

    def _show_choices(self, found: tuple[list[str], list[str]]) -> None:
        users, tables = found
        self.list.set_filter_options("username", [("Mọi người dùng", "")] + [(u, u) for u in users if u])
        self.list.set_filter_options(
            "table_name", [("Mọi loại bản ghi", "")] + [(audit.table_label(t), t) for t in tables if t]
        )

    def show_detail(self, entry: EntryView | None) -> None:
        if entry is None:
            self.detail.clear()
            return
        lines = [
            f"{entry.action_text} — {audit.table_label(entry.table_name)} — {entry.summary}",
            f"{format_datetime(entry.at)} bởi {entry.username}",
        ]
        lines += [f"  {field}: {old} → {new}"
                  for field, old, new in audit_text.change_lines(entry.changes, entry.table_name)]
        self.detail.setPlainText("\n".join(lines))

    def verify(self) -> None:
        operation.run_job(
            self,
            lambda _p: audit.verify(self.ctx.db),
            done=lambda result: (messages.info if result.ok else messages.warn)(self, result.message()),
            title="Đang kiểm tra nhật ký…",
        )
