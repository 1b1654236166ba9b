"""Every printout: the core renders the PDF off the GUI thread, the preview fits the screen, and
only printing or saving it — never looking at it — counts as issuing the document.

    print_action.show(self, printouts.print_receipt, row.id,
                      title=f"Biên bản {row.label}", filename="bien-ban-….pdf",
                      issue=(service.mark_printed, row.id), changes="weapons",
                      confirm="Sau khi in, biên bản không sửa hay xóa được nữa. In biên bản?")

``render(uow, *args)`` is a service function returning the PDF's bytes (or a path). With ``issue``
(a service function and its arguments), that call runs after the clerk printed or saved the
document, once, after ``confirm`` was answered yes; closing the preview changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.gui import messages, printing
from desktop.gui.kit import operation

#: the last preview opened (tests drive its print and save buttons)
last_preview: printing.PdfPreviewDialog | None = None


def show(
    owner: QWidget,
    render: Callable[..., Any],
    *args: Any,
    title: str,
    filename: str = "van-ban.pdf",
    issue: tuple[Callable[..., Any], ...] | None = None,
    changes: str | Iterable[str] = (),
    confirm: str | None = None,
    **kwargs: Any,
) -> None:
    """Render ``render(uow, *args, **kwargs)`` in the background, then open the preview."""

    def rendered(pdf: Any) -> None:
        preview(owner, pdf, title=title, filename=filename, issue=issue, changes=changes, confirm=confirm)

    operation.run(owner, render, *args, done=rendered, title="Đang tạo bản in…", cancellable=False, **kwargs)


def preview(
    owner: QWidget,
    pdf: Any,
    *,
    title: str,
    filename: str = "van-ban.pdf",
    issue: tuple[Callable[..., Any], ...] | None = None,
    changes: str | Iterable[str] = (),
    confirm: str | None = None,
) -> printing.PdfPreviewDialog:
    """Open the preview of a PDF already made (bytes or a path)."""
    global last_preview
    dialog = printing.PdfPreviewDialog(pdf, title, owner, filename)
    issued = False

    def before_output() -> bool:
        return issued or confirm is None or messages.confirm(dialog, confirm)

    def on_issued(_how: str) -> None:
        nonlocal issued
        if issued or issue is None:
            issued = True
            return
        issued = True
        fn, *fn_args = issue
        operation.run(owner, fn, *fn_args, changes=changes)

    dialog.before_output = before_output
    dialog.issued.connect(on_issued)
    last_preview = dialog
    if not printing._NO_EXEC:
        dialog.exec()
    return dialog
