"""pytest-qt: a print cancelled in the system's print dialog, or a save cancelled in the file dialog,
issues nothing — no number is taken from the outgoing register and the record stays unprinted. The
same flow with a printer chosen does take one (the control that the count would show it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication

from desktop.gui.kit import print_action
from desktop.gui.pages import weapons as page_module
from desktop.register import service as register
from desktop.weapons import service


@pytest.fixture
def preview(qtbot, gui_ctx, messages):
    page = page_module.WeaponsPage(gui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    rows = page.receipts.list
    row = next(r for r in rows.rows() if not r.printed and not r.voided)
    assert rows.select_id(row.id)
    page.receipts.print_action.trigger()
    assert print_action.last_preview is not None
    return page, row, print_action.last_preview


def _issued(ctx) -> int:
    return len(ctx.run(register.list_entries, register.RegisterFilter()))


def test_print_dialog_rejected_takes_no_number(qtbot, preview, messages, tmp_path):
    page, row, dialog = preview
    before = _issued(page.ctx)
    seen: list[QPrintDialog] = []

    def reject_when_open() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QPrintDialog):
            seen.append(modal)
            modal.reject()  # the clerk presses Cancel in the system's print dialog
        else:
            QTimer.singleShot(10, reject_when_open)

    QTimer.singleShot(0, reject_when_open)
    assert dialog.print_document() is False
    assert seen, "the system's print dialog was shown"
    assert messages.texts("confirm")  # "after printing it cannot be edited": asked first, answered yes
    assert _issued(page.ctx) == before
    assert page.ctx.run(service.get_receipt, row.id).printed_at is None

    printer = QPrinter()  # the control: a printer chosen, the document goes out and takes its number
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_document(printer=printer) is True
    assert _issued(page.ctx) == before + 1
    assert page.ctx.run(service.get_receipt, row.id).printed_at is not None


def test_save_dialog_cancelled_takes_no_number(qtbot, preview, messages):
    page, row, dialog = preview
    before = _issued(page.ctx)
    messages.save_path = ""  # the clerk closes the file dialog without choosing a file
    dialog.save_as()
    assert _issued(page.ctx) == before
    assert page.ctx.run(service.get_receipt, row.id).printed_at is None
