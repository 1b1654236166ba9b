"""The donors tab of the support page: list, add/edit, delete (or make inactive), thank-you letter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.gui import messages, operations, printing
from desktop.gui.context import AppContext
from desktop.gui.dialogs.support import DonorDialog
from desktop.gui.models.base import Column, ListTableModel
from desktop.gui.models.support import DonorTableModel
from desktop.gui.widgets import SearchBox, TableView
from desktop.jobs import Progress
from desktop.support import printouts
from desktop.support import service as sv
from desktop.text import format_date, format_vnd

GIVEN_COLUMNS = [
    Column("Công trình", lambda c: c.project_title),
    Column("Nội dung", lambda c: c.what),
    Column("Cam kết", lambda c: format_vnd(c.pledged_vnd) if c.pledged_vnd else "", "right"),
    Column("Đã nhận", lambda c: format_vnd(c.received_vnd) if c.received_vnd else "", "right"),
    Column("Ngày nhận", lambda c: format_date(c.received_date), "center"),
]


class DonorsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = SearchBox("Tìm nhà hảo tâm theo tên (không cần dấu)…")
        self.search.search.connect(lambda _t: self.refresh())
        self.show_inactive = QCheckBox("Hiện cả nhà hảo tâm ngừng theo dõi")
        self.show_inactive.toggled.connect(lambda _v: self.refresh())
        self.add_button = QPushButton("Thêm nhà hảo tâm (Ctrl+N)")
        self.edit_button = QPushButton("Sửa…")
        self.delete_button = QPushButton("Xóa")
        self.letter_button = QPushButton("In thư cảm ơn…")
        self.add_button.clicked.connect(self.add_donor)
        self.edit_button.clicked.connect(self.edit_donor)
        self.delete_button.clicked.connect(self.delete_donor)
        self.letter_button.clicked.connect(self.print_letter)
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setEnabled(ctx.can("write"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_inactive)
        for b in (self.add_button, self.edit_button, self.delete_button, self.letter_button):
            bar.addWidget(b)
        self.model = DonorTableModel(self)
        self.table = TableView("supportDonors", ctx.prefs)
        self.table.setModel(self.model)
        self.table.activated_row.connect(lambda _r: self.edit_donor())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._load_given())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_donor,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.given = ListTableModel(GIVEN_COLUMNS, self)
        self.given_table = TableView("supportDonorGiven", ctx.prefs)
        self.given_table.setModel(self.given)
        self.given_label = QLabel("Chọn một nhà hảo tâm để xem các khoản đóng góp.")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.given_label)
        lower_layout.addWidget(self.given_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.table.restore_layout()

    def refresh(self) -> None:
        current = self.selected()
        self.model.set_rows(self.ctx.run(sv.list_donors, text=self.search.text(),
                                         include_inactive=self.show_inactive.isChecked()))
        if current is not None:
            for row, d in enumerate(self.model.rows):
                if d.id == current.id:
                    self.table.selectRow(row)
        self._load_given()

    def selected(self) -> sv.DonorView | None:
        return self.model.row_at(self.table.current_row())

    def _load_given(self) -> None:
        d = self.selected()
        if d is None:
            self.given.set_rows([])
            self.given_label.setText("Chọn một nhà hảo tâm để xem các khoản đóng góp.")
            return
        self.given.set_rows(self.ctx.run(sv.list_contributions, donor_id=d.id))
        self.given_label.setText(
            f"Đóng góp của «{d.name}»: tiền mặt {format_vnd(d.cash_received_vnd)}, hiện vật trị giá "
            f"{format_vnd(d.material_received_vnd)} đã nhận; {d.projects} công trình.")

    def _need(self) -> sv.DonorView | None:
        d = self.selected()
        if d is None:
            messages.info(self, "Hãy chọn một nhà hảo tâm trong danh sách.")
        return d

    def add_donor(self) -> None:
        if self.ctx.can("write") and DonorDialog(self.ctx, None, self).exec():
            self.refresh()

    def edit_donor(self) -> None:
        d = self._need()
        if d is not None and DonorDialog(self.ctx, d, self).exec():
            self.refresh()

    def delete_donor(self) -> None:
        d = self._need()
        if d is None or not self.ctx.can("write"):
            return
        if not messages.confirm(self, f"Xóa nhà hảo tâm «{d.name}»?"):
            return
        try:
            self.ctx.run(sv.delete_donor, d.id, d.version)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.ctx.changed("support", self)
        self.refresh()

    def print_letter(self) -> None:
        d = self._need()
        if d is None:
            return
        if not d.received_vnd and not messages.confirm(
                self, f"«{d.name}» chưa có khoản đóng góp nào đã nhận; thư cảm ơn sẽ không có bảng kê. "
                "Vẫn in?"):
            return

        def work(_progress: Progress) -> Any:
            return self.ctx.run(printouts.thank_you_letter_pdf, d.id)

        operations.run_task(self, work, lambda pdf: printing.preview_pdf(
            self, pdf, f"Thư cảm ơn — {d.name}", "thu-cam-on.pdf"), title="Đang chuẩn bị thư cảm ơn…")

    def save_layout(self) -> None:
        self.table.save_layout()
        self.given_table.save_layout()
