"""Archive dialogs: a location, a residence file, a loan, a reason for "not an error"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.widgets import DateEdit
from desktop.residents import archive, loans, search
from desktop.residents.archive import FileInput
from desktop.residents.loans import LoanInput
from desktop.residents.models import DIGITISED, LOCATION_KINDS
from desktop.residents.search import SearchFilter
from desktop.staff.service import list_officers


def _buttons(dialog: Dialog, form: QFormLayout, save) -> None:  # noqa: ANN001
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Lưu")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    dialog.buttons = buttons


def officer_combo(ctx: AppContext) -> QComboBox:
    box = QComboBox()
    box.addItem("(chưa chọn)", None)
    for o in ctx.run(list_officers):
        box.addItem(o.label, o.id)
    return box


class LocationDialog(Dialog):
    def __init__(
        self, ctx: AppContext, parent_id: int | None, parent_kind: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent, name="LocationDialog")
        self.parent_id = parent_id
        self.setWindowTitle("Thêm vị trí lưu trữ")
        self.kind = QComboBox()
        start = 0 if parent_kind is None else LOCATION_KINDS.index(parent_kind) + 1
        self.kind.addItems(list(LOCATION_KINDS[start:]) if parent_kind else ["kho"])
        self.name = QLineEdit()
        form = QFormLayout(self)
        form.addRow("Loại", self.kind)
        form.addRow("Tên, số *", self.name)
        _buttons(self, form, self.save)

    def save(self) -> None:
        if self.try_save(
            lambda: self.ctx.run(
                archive.add_location, self.parent_id, self.kind.currentText(), self.name.text()
            )
        ):
            self.ctx.changed("archive", self)


class FileDialog(Dialog):
    """A new residence file: number, owner (a household number or a person found by search)."""

    def __init__(self, ctx: AppContext, location_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="FileDialog")
        self.location_id = location_id
        self.setWindowTitle("Thêm hồ sơ cư trú")
        self.number = QLineEdit()
        self.number.setPlaceholderText("AAAAA-BBBBBB")
        self.owner_text = QLineEdit()
        self.owner_text.setPlaceholderText("gõ số hộ hoặc tên, số định danh của người")
        self.owner = QComboBox()
        self.owner_text.textChanged.connect(self.find_owner)
        self.digitised = QComboBox()
        for code, label in DIGITISED.items():
            self.digitised.addItem(label, code)
        form = QFormLayout(self)
        form.addRow("Số hồ sơ *", self.number)
        form.addRow("Tìm chủ hồ sơ", self.owner_text)
        form.addRow("Chủ hồ sơ *", self.owner)
        form.addRow("Số hóa", self.digitised)
        _buttons(self, form, self.save)

    def find_owner(self, text: str) -> None:
        from desktop.residents.households import list_households

        self.owner.clear()
        if len(text.strip()) < 2:
            return
        for hid, number, village in self.ctx.run(list_households, text=text, limit=20):
            self.owner.addItem(f"Hộ {number} ({village})", ("household", hid))
        for row in self.ctx.run(search.search_page, SearchFilter(text), limit=20).rows:
            self.owner.addItem(
                f"{row.full_name} — {row.birth_text} — {row.village_label}", ("person", row.id)
            )

    def save(self) -> None:
        kind, owner = self.owner.currentData() or (None, None)
        data = FileInput(
            self.number.text(),
            household_id=owner if kind == "household" else None,
            person_id=owner if kind == "person" else None,
            location_id=self.location_id,
            digitised=self.digitised.currentData(),
        )
        if self.try_save(lambda: self.ctx.run(archive.add_file, data)):
            self.ctx.changed("archive", self)


class LoanDialog(Dialog):
    def __init__(self, ctx: AppContext, file_id: int, number: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="LoanDialog")
        self.file_id = file_id
        self.setWindowTitle(f"Cho mượn hồ sơ {number}")
        self.borrower, self.unit, self.purpose = QLineEdit(), QLineEdit(), QLineEdit()
        self.out_date, self.due_date = DateEdit(), DateEdit()
        self.out_date.set_date(dt.date.today())
        self.due_date.set_date(dt.date.today() + dt.timedelta(days=7))
        self.officer = officer_combo(ctx)
        form = QFormLayout(self)
        form.addRow("Người mượn *", self.borrower)
        form.addRow("Đơn vị", self.unit)
        form.addRow("Mục đích *", self.purpose)
        form.addRow("Ngày mượn *", self.out_date)
        form.addRow("Hạn trả *", self.due_date)
        form.addRow("Cán bộ giao", self.officer)
        _buttons(self, form, self.save)

    def save(self) -> None:
        data = LoanInput(
            self.file_id,
            self.borrower.text(),
            self.purpose.text(),
            self.out_date.text(),
            self.due_date.text(),
            self.officer.currentData(),
            self.unit.text(),
        )
        if self.try_save(lambda: self.ctx.run(loans.lend, data)):
            self.ctx.changed("archive", self)


class ReasonDialog(Dialog):
    """Asks for the reason of a "checked — not an error" mark."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="ReasonDialog")
        self.setWindowTitle(title)
        self.reason = QLineEdit()
        self.reason.setMinimumWidth(420)
        form = QFormLayout(self)
        form.addRow("Lý do *", self.reason)
        self.action = None
        _buttons(self, form, self.save)

    def save(self) -> None:
        if self.action is not None:
            self.try_save(lambda: self.action(self.reason.text()))


class DocumentDialog(Dialog):
    """A paper put into a residence file (HK01, CT01 …)."""

    def __init__(self, ctx: AppContext, file_id: int, number: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="DocumentDialog")
        self.file_id = file_id
        self.setWindowTitle(f"Thêm giấy tờ vào hồ sơ {number}")
        self.form_code = QComboBox()
        self.form_code.setEditable(True)
        self.form_code.addItems(["", "HK01", "HK02", "HK07", "CT01", "CT03", "CT04", "CT07", "CT10"])
        self.title, self.doc_date = QLineEdit(), DateEdit()
        form = QFormLayout(self)
        form.addRow("Mẫu", self.form_code)
        form.addRow("Tên giấy tờ *", self.title)
        form.addRow("Ngày", self.doc_date)
        _buttons(self, form, self.save)

    def save(self) -> None:
        if self.try_save(
            lambda: self.ctx.run(
                archive.add_document,
                self.file_id,
                self.form_code.currentText(),
                self.title.text(),
                self.doc_date.text(),
            )
        ):
            self.ctx.changed("archive", self)
