"""Household dialogs: a new household, split (tách hộ), merge (nhập hộ), put a person into one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.household_dialog import Ui_HouseholdDialog
from desktop.gui.forms.join_dialog import Ui_JoinDialog
from desktop.gui.forms.merge_dialog import Ui_MergeDialog
from desktop.gui.forms.split_dialog import Ui_SplitDialog
from desktop.gui.kit.pickers import RecordPicker
from desktop.gui.widgets import fill_combo
from desktop.residents import households
from desktop.residents.households import HouseholdInput, HouseholdView
from desktop.residents.models import RELATIONS
from desktop.residents.service import PersonView


def picked(dialog: Dialog, *pickers: tuple[RecordPicker, str]) -> bool:
    """Every picker holds a record; otherwise say which field to fill and keep the dialog open."""
    for picker, field in pickers:
        if picker.value() is None:
            messages.error(dialog, ValidationError(field, "hãy gõ vài chữ rồi chọn trong danh sách."))
            return False
    return True


def _wire(dialog: Dialog) -> None:
    dialog.ui.buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    dialog.ui.buttons.rejected.connect(dialog.reject)  # type: ignore[attr-defined]


class HouseholdDialog(Dialog):
    """A new household (lập hộ): number, village, address and, if chosen, its head."""

    def __init__(
        self, ctx: AppContext, head: PersonView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent, name="HouseholdDialog")
        self.ui = ui = Ui_HouseholdDialog()
        ui.setupUi(self)
        ui.village.bind(self)
        ui.head.bind(self)
        if head is not None and head.household_id is None:
            ui.head.set_value(head.id, head.full_name)
            ui.village.set_value(head.village_id)
            ui.address.setText(head.permanent_address)
            ui.address.setCursorPosition(0)
        _wire(self)

    def save(self) -> None:  # type: ignore[override]
        ui = self.ui
        data = HouseholdInput(ui.number.text(), ui.village.value(), ui.address.text(), ui.note.text())
        super().save(
            households.add_household,
            data,
            ui.head.value(),
            changes="residents",
            message=f"Đã lập hộ {ui.number.text().strip()}.",
        )


class SplitDialog(Dialog):
    """Tick the members who leave, give the new household's number and head."""

    def __init__(self, ctx: AppContext, household: HouseholdView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="SplitDialog")
        self.household = household
        self.ui = ui = Ui_SplitDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Tách hộ từ hộ {household.number}")
        self.members, self.number, self.head = ui.members, ui.number, ui.head
        for m in household.members:
            if m.struck_off:
                continue
            item = QListWidgetItem(" — ".join(t for t in (m.full_name, m.birth_text, m.relation) if t))
            item.setData(Qt.ItemDataRole.UserRole, m.person_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, m.full_name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.members.addItem(item)
        ui.members.itemChanged.connect(lambda _i: self._heads())
        ui.day.set_date(dt.date.today())
        _wire(self)

    def _items(self) -> list[QListWidgetItem]:
        items = (self.ui.members.item(i) for i in range(self.ui.members.count()))
        return [i for i in items if i.checkState() == Qt.CheckState.Checked]

    def checked(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items()]

    def _heads(self) -> None:
        self.ui.head.clear()
        for item in self._items():
            self.ui.head.addItem(item.data(Qt.ItemDataRole.UserRole + 1), item.data(Qt.ItemDataRole.UserRole))

    def save(self) -> None:  # type: ignore[override]
        ui, head = self.ui, self.ui.head.currentData()
        super().save(
            households.split_household,
            self.household.id,
            self.checked(),
            ui.number.text(),
            head if head is not None else -1,
            ui.day.text(),
            ui.reason.text(),
            ui.form_ref.text(),
            changes="residents",
        )


class MergeDialog(Dialog):
    """Nhập hộ: every member of this household joins the household picked."""

    def __init__(self, ctx: AppContext, household: HouseholdView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="MergeDialog")
        self.household = household
        self.ui = ui = Ui_MergeDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Nhập hộ {household.number} vào hộ khác")
        ui.into.bind(self)
        ui.day.set_date(dt.date.today())
        _wire(self)

    def save(self) -> None:  # type: ignore[override]
        ui = self.ui
        if not picked(self, (ui.into, "Nhập vào hộ")):
            return
        super().save(
            households.merge_households,
            self.household.id,
            ui.into.value(),
            ui.day.text(),
            ui.reason.text(),
            changes="residents",
        )


class JoinDialog(Dialog):
    """Put a person into a household with their relationship to the head: from a person (pick the
    household) or from a household (pick the person)."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        person: PersonView | None = None,
        household: HouseholdView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent, name="JoinDialog")
        self.ui = ui = Ui_JoinDialog()
        ui.setupUi(self)
        ui.person.bind(self)
        ui.household.bind(self)
        if person is not None:
            ui.person.set_value(person.id, person.full_name)
            ui.person.setReadOnly(True)
            ui.person.setClearButtonEnabled(False)
            self.setWindowTitle(f"Đưa {person.full_name} vào hộ")
        if household is not None:
            ui.household.set_value(household.id, f"Hộ {household.number} — {household.village_label}")
            ui.household.setReadOnly(True)
            ui.household.setClearButtonEnabled(False)
            self.setWindowTitle(f"Thêm người vào hộ {household.number}")
        fill_combo(ui.relation, RELATIONS, "Khác")  # never "Chủ hộ" unless the clerk says so
        _wire(self)

    def save(self) -> None:  # type: ignore[override]
        ui = self.ui
        if not picked(self, (ui.person, "Người"), (ui.household, "Hộ")):
            return
        super().save(
            households.set_member,
            ui.household.value(),
            ui.person.value(),
            ui.relation.currentText(),
            changes="residents",
        )
