"""The donors tab of the support page: list, add/edit, delete (or make inactive), thank-you letter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.support import DonorDialog
from desktop.gui.kit import operation, print_action
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.gui.models.support import DONOR_COLUMNS, DonorTableModel
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
NOTHING_CHOSEN = "Chọn một nhà hảo tâm để xem các khoản đóng góp."


class DonorsTab(QWidget):
    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.list = rl = RecordList(
            page, "supportDonors", DONOR_COLUMNS, sv.list_donors, model=DonorTableModel(self),
            placeholder="Tìm nhà hảo tâm theo tên (không cần dấu)…", parent=self,
        )
        self.model = rl.model
        rl.add_toggle("include_inactive", "Hiện cả nhà hảo tâm ngừng theo dõi")
        self.add_action = rl.add_action(
            "Thêm nhà hảo tâm", self.add_donor, needs="none", permission="write", shortcut="Ctrl+N"
        )
        self.edit_action = rl.add_action("Sửa…", self.edit_donor, default=True)
        self.delete_action = rl.add_action("Xóa", self.delete_donor, permission="write", shortcut="Delete")
        self.letter_action = rl.add_action("In thư cảm ơn…", self.print_letter)
        self.given = RecordList(page, "supportDonorGiven", GIVEN_COLUMNS, search=False, parent=self)
        self.given_label = QLabel(NOTHING_CHOSEN)
        self.given_label.setWordWrap(True)
        self.given.layout().insertWidget(0, self.given_label)
        rl.selection_changed.connect(self._load_given)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(rl)
        splitter.addWidget(self.given)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _load_given(self, d: sv.DonorView | None) -> None:
        if d is None:
            self.given.set_rows([])
            self.given_label.setText(NOTHING_CHOSEN)
            return
        self.given_label.setText(
            f"Đóng góp của «{d.name}»: tiền mặt {format_vnd(d.cash_received_vnd)}, hiện vật trị giá "
            f"{format_vnd(d.material_received_vnd)} đã nhận; {d.projects} công trình.")
        self.given.query.run(sv.list_contributions, donor_id=d.id, done=self.given.set_rows)

    def add_donor(self) -> None:
        DonorDialog(self.ctx, None, self).exec()

    def edit_donor(self, d: sv.DonorView) -> None:
        DonorDialog(self.ctx, d, self).exec()

    def delete_donor(self, d: sv.DonorView) -> None:
        if messages.confirm(self, f"Xóa nhà hảo tâm «{d.name}»?"):
            operation.run(self, sv.delete_donor, d.id, d.version, changes="support",
                          message=f"Đã xóa nhà hảo tâm «{d.name}».")

    def print_letter(self, d: sv.DonorView) -> None:
        if not d.received_vnd and not messages.confirm(
                self, f"«{d.name}» chưa có khoản đóng góp nào đã nhận; thư cảm ơn sẽ không có bảng kê. "
                "Vẫn in?"):
            return
        print_action.show(self, printouts.thank_you_letter_pdf, d.id, title=f"Thư cảm ơn — {d.name}",
                          filename="thu-cam-on.pdf", issue=(printouts.log_letter_printed, d.id))
