"""Household dialogs: split a household (tách hộ), put a person into a household."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.widgets import DateEdit
from desktop.residents import households
from desktop.residents.households import HouseholdView
from desktop.residents.models import RELATIONS


def _buttons(dialog: Dialog, form: QFormLayout) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Lưu")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
    buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return buttons


class SplitDialog(Dialog):
    """Tick the members who leave, give the new household's number and head."""

    def __init__(self, ctx: AppContext, household: HouseholdView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="SplitDialog")
        self.household = household
        self.setWindowTitle(f"Tách hộ từ hộ {household.number}")
        self.members = QListWidget()
        for m in household.members:
            if m.struck_off:
                continue
            item = QListWidgetItem(f"{m.full_name} — {m.birth_text} — {m.relation}")
            item.setData(Qt.ItemDataRole.UserRole, m.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.members.itemChanged.connect(lambda _i: self._heads())
        self.number, self.reason, self.form_ref = QLineEdit(), QLineEdit(), QLineEdit()
        self.head = QComboBox()
        self.day = DateEdit()
        self.day.set_date(dt.date.today())
        form = QFormLayout(self)
        form.addRow("Người tách hộ *", self.members)
        form.addRow("Số hộ mới *", self.number)
        form.addRow("Chủ hộ mới *", self.head)
        form.addRow("Ngày tách *", self.day)
        form.addRow("Lý do", self.reason)
        form.addRow("Số biểu mẫu (CT)", self.form_ref)
        self.buttons = _buttons(self, form)

    def checked(self) -> list[int]:
        return [
            self.members.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.members.count())
            if self.members.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _heads(self) -> None:
        self.head.clear()
        for i in range(self.members.count()):
            item = self.members.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                self.head.addItem(item.text().split(" — ")[0], item.data(Qt.ItemDataRole.UserRole))

    def save(self) -> None:
        head = self.head.currentData()
        if self.try_save(
            lambda: self.ctx.run(
                households.split_household,
                self.household.id,
                self.checked(),
                self.number.text(),
                head if head is not None else -1,
                self.day.text(),
                self.reason.text(),
                self.form_ref.text(),
            )
        ):
            self.ctx.changed("residents", self)


class JoinDialog(Dialog):
    """Put a person into a household (found by its number) with their relationship to the head."""

    def __init__(
        self, ctx: AppContext, person_id: int, person_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent, name="JoinDialog")
        self.person_id = person_id
        self.setWindowTitle(f"Đưa {person_name} vào hộ")
        self.number = QLineEdit()
        self.number.setPlaceholderText("gõ số hộ")
        self.household = QComboBox()
        self.number.textChanged.connect(self.find)
        self.relation = QComboBox()
        self.relation.addItems(list(RELATIONS))
        form = QFormLayout(self)
        form.addRow("Tìm hộ", self.number)
        form.addRow("Hộ *", self.household)
        form.addRow("Quan hệ với chủ hộ *", self.relation)
        self.buttons = _buttons(self, form)

    def find(self, text: str) -> None:
        self.household.clear()
        for hid, number, village in self.ctx.run(households.list_households, text=text, limit=30):
            self.household.addItem(f"{number} ({village})", hid)

    def save(self) -> None:
        hid = self.household.currentData()
        if hid is None:
            from desktop.errors import ValidationError
            from desktop.gui import messages

            messages.error(self, ValidationError("Hộ", "hãy chọn một hộ."))
            return
        if self.try_save(
            lambda: self.ctx.run(households.set_member, hid, self.person_id, self.relation.currentText())
        ):
            self.ctx.changed("residents", self)
