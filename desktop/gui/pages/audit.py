"""Audit log page: every change, export, print and login, filtered by user, date, table, text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import audit
from desktop.audit import AuditFilter, EntryView
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.models.base import Column, PagedTableModel
from desktop.gui.operations import run_task
from desktop.gui.pages.base import Page
from desktop.gui.widgets import DateEdit, SearchBox, TableView
from desktop.text import format_datetime

COLUMNS = [
    Column("Số", lambda e: e.id, "right"),
    Column("Thời gian", lambda e: format_datetime(e.at)),
    Column("Người dùng", lambda e: e.username),
    Column("Thao tác", lambda e: e.action_text),
    Column("Loại bản ghi", lambda e: audit.table_label(e.table_name)),
    Column("Mã bản ghi", lambda e: e.record_id, "right"),
    Column("Nội dung", lambda e: e.summary),
    Column("Thay đổi", lambda e: e.changes_text(), tooltip=lambda e: e.changes_text()),
]


class AuditPage(Page):
    title = "Nhật ký thao tác"
    areas = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.table_name = QComboBox()
        self.table_name.setObjectName("auditTable")
        self.date_from, self.date_to = DateEdit(), DateEdit()
        self.text = SearchBox("Tìm trong nội dung…")
        self.apply_button = QPushButton("Lọc")
        self.verify_button = QPushButton("Kiểm tra toàn vẹn nhật ký")
        self.count_label = QLabel("")
        for combo in (self.user, self.table_name):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.text.search.connect(lambda _t: self.reload())
        self.apply_button.clicked.connect(self.reload)
        self.date_from.returnPressed.connect(self.reload)
        self.date_to.returnPressed.connect(self.reload)
        self.verify_button.clicked.connect(self.verify)

        bar = QHBoxLayout()
        for label, widget in (
            ("Người dùng:", self.user),
            ("Loại bản ghi:", self.table_name),
            ("Từ ngày:", self.date_from),
            ("đến:", self.date_to),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.text, 1)
        bar.addWidget(self.apply_button)
        bar.addWidget(self.verify_button)

        self.model = PagedTableModel(COLUMNS, lambda offset, limit: [], page_size=200, parent=self)
        self.view = TableView("auditTable", ctx.prefs)
        self.view.setModel(self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self.show_detail(cur.row()))
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setSizes([600, 150])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        self.view.restore_layout()

    def refresh(self) -> None:
        for combo, values in (
            (self.user, self.ctx.run(audit.usernames)),
            (self.table_name, self.ctx.run(audit.table_names)),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("(tất cả)", "")
            for value in values:
                if value:
                    combo.addItem(audit.table_label(value) if combo is self.table_name else value, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.reload()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            username=self.user.currentData() or "",
            date_from=self.date_from.date("Từ ngày"),
            date_to=self.date_to.date("Đến ngày"),
            table_name=self.table_name.currentData() or "",
            text=self.text.text().strip(),
        )

    def reload(self) -> None:
        try:
            flt = self.current_filter()
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.model.reload(
            lambda offset, limit: self.ctx.run(audit.list_entries, flt, offset=offset, limit=limit)
        )
        total = self.ctx.run(audit.count_entries, flt)
        self.count_label.setText(f"{total} dòng nhật ký")
        self.detail.clear()

    def show_detail(self, row: int) -> None:
        entry: EntryView | None = self.model.row_at(row)
        if entry is None:
            self.detail.clear()
            return
        lines = [
            f"{entry.action_text} — {entry.summary}",
            f"{format_datetime(entry.at)} bởi {entry.username}",
        ]
        lines += [f"  {field}: {old!s} → {new!s}" for field, (old, new) in entry.changes.items()]
        self.detail.setPlainText("\n".join(lines))

    def verify(self) -> None:
        run_task(
            self,
            lambda _p: audit.verify(self.ctx.db),
            lambda result: (messages.info if result.ok else messages.warn)(self, result.message()),
            title="Đang kiểm tra nhật ký…",
        )

    def save_layout(self) -> None:
        self.view.save_layout()
