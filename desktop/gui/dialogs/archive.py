"""Archive dialogs: a location, a residence file (its owner and its box), a loan, a paper put into a
file, and the reason for a "checked — not an error" mark."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.dialogs.household import picked
from desktop.gui.forms.document_dialog import Ui_DocumentDialog
from desktop.gui.forms.file_dialog import Ui_FileDialog
from desktop.gui.forms.loan_dialog import Ui_LoanDialog
from desktop.gui.forms.location_dialog import Ui_LocationDialog
from desktop.gui.widgets import fill_combo
from desktop.residents import archive, loans
from desktop.residents.archive import FileInput, LocationView
from desktop.residents.loans import LoanInput
from desktop.residents.models import DIGITISED, LOCATION_KINDS

FORM_CODES = ("", "HK01", "HK02", "HK07", "CT01", "CT03", "CT04", "CT07", "CT10")


def _wire(dialog: Dialog) -> None:
    dialog.ui.buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    dialog.ui.buttons.rejected.connect(dialog.reject)  # type: ignore[attr-defined]


class LocationDialog(Dialog):
    """A place inside the one chosen in the tree (a kho at the top)."""

    def __init__(
        self, ctx: AppContext, parent_location: LocationView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent, name="LocationDialog")
        self.parent_location = where = parent_location
        self.ui = ui = Ui_LocationDialog()
        ui.setupUi(self)
        if where is None:
            ui.parent_label.setText("(cao nhất: một kho)")
            kinds: Sequence[str] = ("kho",)
        else:
            ui.parent_label.setText(where.path)
            kinds = LOCATION_KINDS[LOCATION_KINDS.index(where.kind) + 1 :]
        fill_combo(ui.kind, {k: k.capitalize() for k in kinds})
        _wire(self)

    def save(self) -> None:  # type: ignore[override]
        parent_id = self.parent_location.id if self.parent_location else None
        super().save(
            archive.add_location,
            parent_id,
            self.ui.kind.currentData(),
            self.ui.name.text(),
            changes="archive",
        )


class FileDialog(Dialog):
    """A new residence file: its number, its owner (a household or a person, picked) and the box it is
    put in (the one chosen in the tree, or another)."""

    def __init__(
        self,
        ctx: AppContext,
        boxes: Sequence[LocationView],
        location_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent, name="FileDialog")
        self.ui = ui = Ui_FileDialog()
        ui.setupUi(self)
        ui.household.bind(self)
        ui.person.bind(self)
        fill_combo(ui.owner_kind, {"household": "Hộ gia đình", "person": "Một người"})
        ui.owner_kind.currentIndexChanged.connect(lambda _i: self._owner_kind())
        fill_combo(ui.location, {None: "(chưa xếp vào hộp)", **{b.id: b.path for b in boxes}}, location_id)
        fill_combo(ui.digitised, DIGITISED)
        self._owner_kind()
        _wire(self)

    def _owner_kind(self) -> None:
        household = self.ui.owner_kind.currentData() == "household"
        for widget in (self.ui.household, self.ui.label_household):
            widget.setVisible(household)
        for widget in (self.ui.person, self.ui.label_person):
            widget.setVisible(not household)

    def owner(self) -> tuple[int | None, int | None]:
        """(household id, person id) — only the one the clerk chose the kind of."""
        if self.ui.owner_kind.currentData() == "household":
            return self.ui.household.value(), None
        return None, self.ui.person.value()

    def save(self) -> None:  # type: ignore[override]
        ui = self.ui
        household = ui.owner_kind.currentData() == "household"
        if not picked(self, (ui.household, "Hộ") if household else (ui.person, "Người")):
            return
        household_id, person_id = self.owner()
        data = FileInput(
            ui.number.text(),
            household_id=household_id,
            person_id=person_id,
            location_id=ui.location.currentData(),
            digitised=ui.digitised.currentData(),
        )
        super().save(archive.add_file, data, changes=("archive", "residents"))


class LoanDialog(Dialog):
    def __init__(self, ctx: AppContext, file_id: int, number: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="LoanDialog")
        self.file_id = file_id
        self.ui = ui = Ui_LoanDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Cho mượn hồ sơ {number}")
        ui.out_date.set_date(dt.date.today())
        ui.due_date.set_date(dt.date.today() + dt.timedelta(days=7))
        ui.officer.bind(self)
        _wire(self)

    def save(self) -> None:  # type: ignore[override]
        ui = self.ui
        data = LoanInput(
            self.file_id,
            ui.borrower.text(),
            ui.purpose.text(),
            ui.out_date.text(),
            ui.due_date.text(),
            ui.officer.value(),
            ui.unit.text(),
            ui.request_ref.text(),
        )
        super().save(loans.lend, data, changes="archive")


class DocumentDialog(Dialog):
    """A paper put into a residence file (HK01, CT01 …)."""

    def __init__(self, ctx: AppContext, file_id: int, number: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="DocumentDialog")
        self.file_id = file_id
        self.ui = ui = Ui_DocumentDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Thêm giấy tờ vào hồ sơ {number}")
        fill_combo(ui.form_code, FORM_CODES)
        _wire(self)

    def save(self) -> None:  # type: ignore[override]
        ui = self.ui
        super().save(
            archive.add_document,
            self.file_id,
            ui.form_code.currentText(),
            ui.title.text(),
            ui.doc_date.text(),
            changes="archive",
        )
