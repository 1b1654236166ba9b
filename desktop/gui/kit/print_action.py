"""Every printout: the core renders the PDF off the GUI thread, the preview fits the screen, and
only printing or saving it — never looking at it — counts as issuing the document.

    print_action.show(self, printouts.print_receipt, row.id,
                      title=f"Biên bản {row.label}", filename="bien-ban-….pdf",
                      issue=(service.mark_printed, row.id), changes="weapons",
                      confirm="Sau khi in, biên bản không sửa hay xóa được nữa. In biên bản?")

``render(uow, *args)`` is a service function returning the PDF's bytes (or a path). The preview shows
the document unnumbered ("Số:      /BB-CAX") or, for a reprint, with the number it already has.
Once the clerk has answered ``confirm`` and chosen the printer or the file, the document is
rendered once more as issued: it takes its number from the outgoing-document register
(``desktop.register.issuing``) and that numbered PDF is what goes out and stays in the preview.
Then ``issue`` (a service function and its arguments) runs, once; closing the preview changes
nothing. When ``issue`` is None the render itself issues (it stores what it issued): ``changes`` are
announced with the register's, and ``failed(exc)`` runs after the message of an issue that failed (two
clerks issuing at once: the page reads its list again). A document with a signature block offers the
signer (the chief, or a deputy signing "KT."); the choice is remembered for the station.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.gui import messages, printing
from desktop.gui.kit import operation
from desktop.register import issuing

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
    failed: Callable[[BaseException], None] | None = None,
    **kwargs: Any,
) -> None:
    """Render ``render(uow, *args, **kwargs)`` in the background, then open the preview."""

    def rendered(result: issuing.Rendering) -> None:
        preview(owner, result, title=title, filename=filename, issue=issue, changes=changes, confirm=confirm,
                source=(render, args, kwargs), failed=failed)

    operation.run(owner, issuing.preview_render, render, *args, done=rendered, title="Đang tạo bản in…",
                  cancellable=False, **kwargs)


def preview(
    owner: QWidget,
    pdf: Any,
    *,
    title: str,
    filename: str = "van-ban.pdf",
    issue: tuple[Callable[..., Any], ...] | None = None,
    changes: str | Iterable[str] = (),
    confirm: str | None = None,
    source: tuple[Callable[..., Any], tuple, dict] | None = None,
    failed: Callable[[BaseException], None] | None = None,
) -> printing.PdfPreviewDialog:
    """Open the preview of a PDF already made (bytes, a path, or an ``issuing.Rendering``).

    With ``source`` (the render function and its arguments) the document is rendered again as
    issued, numbered from the register, before it is printed or saved."""
    global last_preview
    rendering = pdf if isinstance(pdf, issuing.Rendering) else None
    dialog = printing.PdfPreviewDialog(rendering.pdf if rendering else pdf, title, owner, filename)
    issued = False
    numbered = source is None

    def before_output() -> bool:
        return issued or confirm is None or messages.confirm(dialog, confirm)

    def prepare_output(proceed: Callable[[], None]) -> None:
        if numbered:
            proceed()
            return
        render, args, kwargs = source

        def got(result: issuing.Rendering) -> None:
            nonlocal numbered
            numbered = True
            dialog.replace_pdf(result.pdf)
            proceed()

        def refused(exc: BaseException) -> None:
            messages.error(dialog, exc)
            if failed is not None:
                failed(exc)

        areas = ("register",) if issue is not None else ("register", *operation._areas(changes))
        operation.run(owner, issuing.issued_render, render, *args, done=got, changes=areas,
                      failed=refused, title="Đang lấy số văn bản…", cancellable=False, **kwargs)

    def on_issued(_how: str) -> None:
        nonlocal issued
        if issued or issue is None:
            issued = True
            return
        issued = True
        fn, *fn_args = issue
        operation.run(owner, fn, *fn_args, changes=changes)

    dialog.before_output = before_output
    dialog.prepare_output = prepare_output
    dialog.issued.connect(on_issued)
    ctx = getattr(owner, "ctx", None)
    if source is not None and rendering is not None and rendering.number is None and ctx is not None \
            and not ctx.can("write"):
        # issuing takes a number from the outgoing register: a read-only account sees, but does not issue
        for button in (dialog.ui.print_button, dialog.ui.save_button):
            button.setEnabled(False)
            button.setToolTip("Văn bản chưa có số: chỉ cán bộ nhập liệu hoặc quản trị mới in, lưu để "
                              "lấy số trong sổ văn bản đi. Tài khoản chỉ xem được xem trước.")
    if rendering is not None and rendering.signed and source is not None:
        _offer_signers(owner, dialog, rendering, source)
    last_preview = dialog
    if not printing._NO_EXEC:
        dialog.exec()
    return dialog


def _offer_signers(owner: QWidget, dialog: printing.PdfPreviewDialog, rendering: issuing.Rendering,
                   source: tuple[Callable[..., Any], tuple, dict]) -> None:
    """The signer combo: the chief and the deputies; choosing one renders the preview again."""
    combo = dialog.ui.signer_combo
    for choice in rendering.choices:
        combo.addItem(choice.label, choice.officer_id)
    combo.setCurrentIndex(max(0, combo.findData(rendering.chosen_id)))
    # a reprint keeps the signer it was issued with
    locked = rendering.number is not None
    combo.setEnabled(not locked)
    if locked:
        combo.setToolTip("Văn bản đã có số: in lại giữ nguyên người ký đã ghi trong sổ văn bản đi.")
    dialog.ui.signer_label.show()
    combo.show()
    render, args, kwargs = source

    def chosen(index: int) -> None:
        operation.run(owner, issuing.choose_signer, combo.itemData(index), render, *args,
                      done=lambda r: dialog.replace_pdf(r.pdf), changes="settings", **kwargs)

    combo.currentIndexChanged.connect(chosen)
