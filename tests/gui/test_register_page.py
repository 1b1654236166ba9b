"""pytest-qt: the outgoing-document register page on the demo station, and the signer choice in
the print preview."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desktop.gui.dialogs.reason import ReasonDialog
from desktop.gui.dialogs.register_number import RegisterNumberDialog
from desktop.gui.kit import print_action
from desktop.gui.pages import register as register_page
from desktop.register import service, signers
from desktop.register.issuing import issued_render
from desktop.settings import get_station


def text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_register_page_hand_number_void_and_print(qtbot, gui_ctx, messages, monkeypatch, tmp_path):
    from desktop.support import printouts
    from desktop.support import service as support

    donor = gui_ctx.run(support.list_donors)[0]
    gui_ctx.run(issued_render, printouts.thank_you_letter_pdf, donor.id)  # the next number of this year
    page = register_page.RegisterPage(gui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    rows = page.list.model.rowCount()
    assert page.list.rows()[0].area == "support.thanks"  # newest first
    taken = page.list.rows()[0].number

    dialog = RegisterNumberDialog(gui_ctx, page.options, page)
    qtbot.addWidget(dialog)
    assert dialog.ui.number.value() == taken + 1  # the next number is proposed
    dialog.ui.number.setValue(taken)
    dialog.ui.subject.setText("Báo cáo viết tay gửi Đảng ủy xã")
    dialog.submit()
    assert "đã có trong sổ" in messages.texts("error")[-1] and dialog.result_value is None
    dialog.ui.number.setValue(taken + 3)
    dialog.submit()
    assert dialog.result_value.number == taken + 3 and dialog.result_value.hand_entered
    assert page.list.model.rowCount() == rows + 1  # the page listened to the change bus
    assert gui_ctx.run(service.next_number, dialog.result_value.year) == taken + 4

    page.list.select_id(dialog.result_value.id)

    def reason(d):
        d.ui.reason.setText("Viết sai nơi nhận")
        d.save()
        return d.result()

    monkeypatch.setattr(ReasonDialog, "exec", reason)
    page.void_action.trigger()
    voided = next(e for e in page.list.rows() if e.number == taken + 3)
    assert voided.voided and voided.void_reason == "Viết sai nơi nhận"
    status = page.list.filter_values()
    assert status["year"] == voided.year

    page.print_action.trigger()
    book = text(print_action.last_preview.data)
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in book and "Đã hủy: Viết sai nơi nhận" in book
    assert "Số:" not in book  # the book itself carries no number
    print_action.last_preview.reject()


def entry_key() -> str:
    import datetime as dt

    from desktop.schedule.printouts import week_of

    return week_of(dt.date.today())[0].isoformat()


def test_print_preview_offers_the_signer_and_remembers_it(qtbot, gui_ctx, messages):
    from desktop.gui.kit.operation import run  # noqa: F401  (the inline pool runs it at once)
    from desktop.gui.pages.schedule import roster_pdf

    class Owner(register_page.QWidget):
        def __init__(self, ctx) -> None:  # noqa: ANN001
            super().__init__()
            self.ctx = ctx

    owner = Owner(gui_ctx)
    qtbot.addWidget(owner)
    import datetime as dt

    print_action.show(owner, roster_pdf, dt.date.today(), title="Lịch công tác")
    preview = print_action.last_preview
    combo = preview.ui.signer_combo
    assert combo.isVisibleTo(preview) and combo.count() >= 2
    deputy = next(i for i in range(combo.count()) if "Phó Trưởng" in combo.itemText(i))
    combo.setCurrentIndex(deputy)
    assert "KT. TRƯỞNG CÔNG AN XÃ PHÓ TRƯỞNG CÔNG AN XÃ" in text(preview.data)
    assert "Số: /LCT" in text(preview.data)  # not issued yet
    assert gui_ctx.run(get_station).signer_officer_id == combo.itemData(deputy)
    preview.reject()
    # saving issues it: numbered, and the register line names the deputy
    print_action.show(owner, roster_pdf, dt.date.today(), title="Lịch công tác")
    preview = print_action.last_preview
    assert preview.ui.signer_combo.currentIndex() == deputy  # remembered
    import tempfile

    messages.save_path = str(tempfile.mkdtemp()) + "/lich.pdf"
    preview.save_as()
    entry = gui_ctx.run(service.find_issued, "schedule.roster", None, entry_key())
    assert f"Số: {entry.number:02d}/LCT" in text(preview.data)
    assert entry.signer == gui_ctx.run(signers.chosen).name


def test_a_viewer_previews_but_does_not_issue(qtbot, gui_ctx, sqlite_db, messages):
    """Issuing takes a number from the register: a read-only account gets the preview with print and
    save disabled (and says why), not a refusal after clicking."""
    import datetime as dt

    from desktop.gui.context import AppContext
    from desktop.gui.pages.schedule import roster_pdf
    from tests.conftest import make_user

    viewer = AppContext(sqlite_db, make_user(sqlite_db, "xem3", "viewer"), gui_ctx.prefs)

    class Owner(register_page.QWidget):
        def __init__(self, ctx) -> None:  # noqa: ANN001
            super().__init__()
            self.ctx = ctx

    for ctx, can_issue in ((viewer, False), (gui_ctx, True)):
        owner = Owner(ctx)
        qtbot.addWidget(owner)
        print_action.show(owner, roster_pdf, dt.date.today(), title="Lịch công tác")
        preview = print_action.last_preview
        assert "Số: /LCT" in text(preview.data)  # the preview itself is for everyone
        for button in (preview.ui.print_button, preview.ui.save_button):
            assert button.isEnabled() is can_issue
        if not can_issue:
            assert "chỉ xem" in preview.ui.save_button.toolTip()
        preview.reject()
