"""Community support page ("Dân vận khéo"): projects with filters and the project editor, donors."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.errors import ValidationError
from desktop.figures import period_for
from desktop.gui import messages, operations, printing
from desktop.gui.context import AppContext
from desktop.gui.dialogs.support import fill
from desktop.gui.dialogs.support_project import ProjectDialog
from desktop.gui.models.support import ProjectTableModel
from desktop.gui.pages.base import Page
from desktop.gui.pages.support_donors import DonorsTab
from desktop.gui.widgets import DateEdit, SearchBox, TableView, focus_shortcut
from desktop.jobs import Progress
from desktop.support import printouts
from desktop.support import service as sv
from desktop.support.models import STATUSES
from desktop.support.values import format_decimal
from desktop.text import format_date, format_vnd


class SupportPage(Page):
    title = "Dân vận, an sinh"
    areas = ("support", "villages", "staff")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._projects_tab(), "Công trình, phần việc")
        self.donors = DonorsTab(ctx)
        self.tabs.addTab(self.donors, "Nhà hảo tâm")
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_record)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        focus_shortcut(self, self.search)

    # ------------------------------------------------------------------ building

    def _projects_tab(self) -> QWidget:
        tab = QWidget()
        self.search = SearchBox("Tìm theo tên công trình hoặc chủ hộ (không cần dấu)…")
        self.search.search.connect(lambda _t: self.refresh_projects())
        self.kind = QComboBox()
        self.status = QComboBox()
        self.village = QComboBox()
        fill(self.status, [("Mọi trạng thái", "")] + [(t, c) for c, t in STATUSES.items()])
        self.minority = QCheckBox("Chỉ hộ DTTS")
        self.date_from, self.date_to = DateEdit(), DateEdit()
        for w in (self.date_from, self.date_to):
            w.setMaximumWidth(100)
            w.returnPressed.connect(self.refresh_projects)
        for combo in (self.kind, self.status, self.village):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_projects())
        self.minority.toggled.connect(lambda _v: self.refresh_projects())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for w in (self.kind, self.status, self.village, self.minority, QLabel("Từ"), self.date_from,
                  QLabel("đến"), self.date_to):
            filters.addWidget(w)

        self.add_button = QPushButton("Thêm công trình (Ctrl+N)")
        self.open_button = QPushButton("Mở…")
        self.delete_button = QPushButton("Xóa")
        self.sheet_button = QPushButton("In phiếu công trình")
        self.list_button = QPushButton("In danh sách trong kỳ")
        self.kind_button = QPushButton("Thêm loại…")
        self.kind_button.setToolTip("Thêm một loại công trình, phần việc riêng của đơn vị")
        self.kind_button.clicked.connect(self.add_kind)
        self.list_button.setToolTip("Theo khoảng ngày đã chọn; để trống thì lấy kỳ báo cáo hiện tại.")
        self.add_button.clicked.connect(self.add_project)
        self.open_button.clicked.connect(self.open_project)
        self.delete_button.clicked.connect(self.delete_project)
        self.sheet_button.clicked.connect(self.print_sheet)
        self.list_button.clicked.connect(self.print_list)
        for b in (self.add_button, self.delete_button, self.kind_button):
            b.setEnabled(self.ctx.can("write"))
        actions = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.delete_button, self.sheet_button, self.list_button,
                  self.kind_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.summary = QLabel()
        actions.addWidget(self.summary)

        self.model = ProjectTableModel(self)
        self.table = TableView("supportProjects", self.ctx.prefs)
        self.table.setModel(self.model)
        self.table.activated_row.connect(lambda _r: self.open_project())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_project,
                  context=Qt.ShortcutContext.WidgetShortcut)
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self.table.restore_layout()
        return tab

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.donors.refresh()
            return
        self._load_choices()
        self.refresh_projects()

    def _load_choices(self) -> None:
        for combo, items in (
            (self.kind, [("Mọi loại", 0)] + [(k.name, k.id) for k in self.ctx.run(sv.list_kinds)]),
            (self.village, [("Mọi thôn, bon", 0)]
             + [(v.label, v.id) for v in self.ctx.run(settings.list_villages, include_inactive=True)]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            fill(combo, items, current)
            combo.blockSignals(False)

    def _filter(self) -> sv.ProjectFilter:
        try:
            start = self.date_from.date("Từ ngày")
            end = self.date_to.date("Đến ngày")
        except ValidationError as exc:
            messages.error(self, exc)
            start = end = None
        return sv.ProjectFilter(self.search.text(), self.kind.currentData() or None,
                                self.status.currentData() or "", self.village.currentData() or None,
                                self.minority.isChecked(), start, end)

    def refresh_projects(self) -> None:
        current = self.selected()
        rows = self.ctx.run(sv.list_projects, self._filter())
        self.model.set_rows(rows)
        if current is not None:
            for row, p in enumerate(rows):
                if p.id == current.id:
                    self.table.selectRow(row)
        received = sum(p.totals.received_vnd for p in rows)
        days = sum((p.totals.labour_days for p in rows), start=sv.Totals().labour_days)
        self.summary.setText(f"{len(rows)} công trình · đã nhận {format_vnd(received)} · "
                             f"{format_decimal(days)} ngày công")

    def selected(self) -> sv.ProjectView | None:
        return self.model.row_at(self.table.current_row())

    def _need(self) -> sv.ProjectView | None:
        p = self.selected()
        if p is None:
            messages.info(self, "Hãy chọn một công trình trong danh sách.")
        return p

    # ------------------------------------------------------------------ actions

    def new_record(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.donors.add_donor()
        else:
            self.add_project()

    def add_project(self) -> None:
        if not self.ctx.can("write"):
            return
        dialog = ProjectDialog(self.ctx, None, self)
        dialog.exec()
        if dialog.saved:
            self.refresh_projects()

    def open_project(self) -> None:
        p = self._need()
        if p is None:
            return
        dialog = ProjectDialog(self.ctx, self.ctx.run(sv.get_project, p.id), self)
        dialog.exec()
        if dialog.saved:
            self.refresh_projects()

    def delete_project(self) -> None:
        p = self._need()
        if p is None or not self.ctx.can("write"):
            return
        question = (f"Xóa công trình «{p.title}» cùng mọi khoản đóng góp, ngày công và ảnh của nó?\n"
                    "Số liệu đã báo cáo của công trình này sẽ mất.")
        if not messages.confirm(self, question):
            return
        try:
            self.ctx.run(sv.delete_project, p.id, p.version)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.ctx.changed("support", self)
        self.refresh_projects()

    def add_kind(self) -> None:
        name, ok = QInputDialog.getText(self, "Thêm loại công trình", "Tên loại (vd. Làm đường giao thông):")
        if not ok or not name.strip():
            return
        try:
            kind = self.ctx.run(sv.add_kind, name)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.ctx.changed("support", self)
        self._load_choices()
        messages.info(self, f"Đã thêm loại «{kind.name}» (mã số liệu: {kind.code}).")

    def _print(self, fn: Any, args: tuple, title: str, name: str) -> None:
        def work(_progress: Progress) -> Any:
            return self.ctx.run(fn, *args)

        operations.run_task(self, work, lambda pdf: printing.preview_pdf(self, pdf, title, name),
                            title="Đang chuẩn bị văn bản…")

    def print_sheet(self) -> None:
        p = self._need()
        if p is not None:
            self._print(printouts.project_sheet_pdf, (p.id,), f"Phiếu công trình — {p.title}",
                        "phieu-cong-trinh.pdf")

    def print_list(self) -> None:
        flt = self._filter()
        start, end = flt.date_from, flt.date_to
        if start is None or end is None:
            start, end = period_for(dt.date.today(), self.ctx.station.period_start_day)
        if end < start:
            messages.warn(self, "«Đến ngày» phải sau «Từ ngày».")
            return
        self._print(printouts.summary_list_pdf, (start, end),
                    f"Danh sách công trình từ {format_date(start)} đến {format_date(end)}",
                    "danh-sach-ho-tro.pdf")

    def save_layout(self) -> None:
        self.table.save_layout()
        self.donors.save_layout()
