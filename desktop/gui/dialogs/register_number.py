"""Register a number taken by hand (a document written outside CAXA), so it is never issued again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.register_number_dialog import Ui_RegisterNumberDialog
from desktop.register import service
from desktop.register.service import IssueInput, RegisterOptions


class RegisterNumberDialog(Dialog):
    def __init__(self, ctx: AppContext, options: RegisterOptions, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="RegisterNumberDialog")
        self.ui = ui = Ui_RegisterNumberDialog()
        ui.setupUi(self)
        ui.number.setValue(options.next_number)
        ui.doc_date.setDate(QDate.currentDate())
        for code in options.kind_codes:
            ui.kind_code.addItem(
                f"{code} — {service.KIND_NAMES[code]}" if code in service.KIND_NAMES else code, code
            )
        ui.kind_code.setCurrentIndex(max(0, ui.kind_code.findData("BC")))
        ui.buttons.accepted.connect(self.submit)
        ui.buttons.rejected.connect(self.reject)

    def form_data(self) -> IssueInput:
        ui = self.ui
        kind = ui.kind_code.currentData()
        if kind is None or ui.kind_code.currentText() != ui.kind_code.itemText(ui.kind_code.currentIndex()):
            kind = ui.kind_code.currentText().split("—", 1)[0].strip()
        day: dt.date = ui.doc_date.date().toPython()
        return IssueInput(
            kind_code=kind,
            doc_date=day,
            subject=ui.subject.text(),
            signer=ui.signer.text(),
            recipients=tuple(ui.recipients.text().split(";")),
            copies=ui.copies.value(),
            number=ui.number.value(),
            note=ui.note.text(),
        )

    def submit(self) -> None:
        self.save(service.issue, self.form_data(), changes="register")
