"""pytest-qt: the weapons page on the demo station — record a hand-in, print it and its labels,
hand items over, follow an item's custody, run a stocktake."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from desktop.db import Actor
from desktop.gui.dialogs import weapon_actions
from desktop.gui.dialogs.weapon_receipt import COL_QUANTITY, COL_SEAL, ReceiptDialog
from desktop.gui.kit import print_action
from desktop.gui.pages import weapons as page_module
from desktop.gui.pages import weapons_more
from desktop.staff import service as staff
from desktop.weapons import service


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def preview_text() -> str:
    return pdf_text(print_action.last_preview.data)


@pytest.fixture
def page(qtbot, gui_ctx, messages):
    p = page_module.WeaponsPage(gui_ctx)
    qtbot.addWidget(p)
    p.show()
    p.refresh()
    return p


def answer_with(monkeypatch, cls, fill):
    """Make ``cls(...).exec()`` fill the form, press Save and return what a user's click returns."""

    def exec_(self):
        fill(self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return self.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(cls, "exec", exec_)


def select(record_list, predicate):
    row = next(r for r in record_list.rows() if predicate(r))
    assert record_list.select_id(row.id)
    return row


def test_record_a_hand_in_with_the_dialog(qtbot, gui_ctx, page, messages):
    receipts = page.receipts.list
    before = len(receipts.rows())
    dialog = ReceiptDialog(gui_ctx, None, page)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.event_text.setText("Ngày hội giao nộp vũ khí bon Bu Sir")
    ui.person_name.setText("Y Thuông Niê")
    ui.person_id_number.setText("067097106927")
    officer = gui_ctx.run(staff.list_officers)[0]
    ui.officers.picker.pick_text(officer.full_name)  # typed without choosing a list row
    assert ui.officers.values() == (officer.id,)
    ui.items.item(0, COL_QUANTITY).setText("0")
    ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "Dòng 1 – Số lượng" in messages.texts("error")[-1]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert ui.person_name.text() == "Y Thuông Niê"  # the dialog stayed open with what was typed
    ui.items.item(0, COL_QUANTITY).setText("1")
    ui.items.item(0, COL_SEAL).setText("NP-GUI-1")
    row = dialog.add_row()
    ui.items.cellWidget(row, 0).setCurrentText("súng cồn tự chế")
    assert ui.items.cellWidget(row, 2).currentText() == "khẩu"
    ui.items.item(row, COL_QUANTITY).setText("10")
    ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.result_value
    assert [(i.category, i.quantity_text) for i in saved.items] == [
        ("súng kíp", "1 khẩu"),
        ("súng cồn tự chế", "10 khẩu"),
    ]
    assert [o.id for o in saved.officers] == [officer.id]
    assert len(receipts.rows()) == before + 1  # the page listened to the change bus
    shown = next(r for r in receipts.rows() if r.id == saved.id)
    assert shown.item_summary == "1 khẩu súng kíp; 10 khẩu súng cồn tự chế"


def test_preview_marks_printed_only_after_print_or_save(qtbot, page, messages, tmp_path):
    tab = page.receipts
    row = select(tab.list, lambda r: not r.printed and not r.voided)
    tab.print_action.trigger()
    assert "Số: /BB-CAX" in preview_text()  # unnumbered until it is issued
    assert row.label == "Chưa cấp số"  # the register gives the number when it is issued
    assert print_action.last_preview.windowTitle().endswith(f"Biên bản {row.named}")
    assert "(chưa in)" in row.named
    print_action.last_preview.reject()  # looked at, closed
    assert not page.ctx.run(service.get_receipt, row.id).printed_at
    assert next(r for r in tab.list.rows() if r.id == row.id).state_text == "Chưa in"
    assert messages.texts("confirm") == []

    tab.print_action.trigger()
    messages.save_path = str(tmp_path / "bien-ban.pdf")
    messages.confirm_answer = False
    print_action.last_preview.save_as()  # the clerk said no: nothing saved, nothing issued
    assert "không sửa hay xóa được nữa" in messages.texts("confirm")[-1]
    assert not (tmp_path / "bien-ban.pdf").exists()
    assert not page.ctx.run(service.get_receipt, row.id).printed_at
    messages.confirm_answer = True
    print_action.last_preview.save_as()
    assert (tmp_path / "bien-ban.pdf").exists()
    # the register numbered what went out; the file and the preview carry that number
    from desktop.register import service as register

    entry = page.ctx.run(register.find_issued, "weapons.receipt", row.id)
    assert f"Số: {entry.number:02d}/BB-CAX" in pdf_text((tmp_path / "bien-ban.pdf").read_bytes())
    assert f"Số: {entry.number:02d}/BB-CAX" in preview_text()
    assert page.ctx.run(service.get_receipt, row.id).printed_at is not None
    assert next(r for r in tab.list.rows() if r.id == row.id).state_text == "Đã in"  # the page refreshed
    # the list shows the number the paper carries
    assert next(r for r in tab.list.rows() if r.id == row.id).label == entry.symbol

    tab.list.select_id(row.id)
    assert not tab.delete_action.isEnabled()  # printed: locked
    tab.labels_action.trigger()
    assert "VK-" in preview_text()
    # a printed receipt opens read-only
    seen = []
    original = ReceiptDialog.exec
    try:
        ReceiptDialog.exec = lambda self: (
            seen.append(self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()) or 0
        )
        tab.list.table.setFocus()
        qtbot.keyClick(tab.list.table, Qt.Key.Key_Return)
    finally:
        ReceiptDialog.exec = original
    assert seen == [False]


def test_receipts_sort_by_date_and_by_number(page):
    receipts = page.receipts.list
    receipts.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # Ngày giờ
    moments = [r.received_at for r in receipts.rows()]
    assert moments == sorted(moments) and len(moments) > 2
    receipts.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert [r.received_at for r in receipts.rows()] == sorted(moments, reverse=True)


def test_delete_key_removes_an_unprinted_receipt(qtbot, page, messages):
    from desktop.weapons.views import ItemInput, ReceiptInput

    receipts = page.receipts.list
    # the demo's unprinted receipts were counted in its stocktake: they stay in the register
    select(receipts, lambda r: not r.printed and not r.voided)
    receipts.table.setFocus()
    qtbot.keyClick(receipts.table, Qt.Key.Key_Delete)
    assert "biên bản kiểm kê" in messages.texts("error")[-1]
    officer = page.ctx.run(staff.list_officers)[0]
    category = page.ctx.run(service.list_categories)[0]
    fresh = page.ctx.run(
        service.record_receipt,
        ReceiptInput(
            page.ctx.run(service.get_receipt, receipts.rows()[0].id).received_at,
            "found",
            "Rẫy cà phê",
            owner_unknown=True,
            person_name="Y Bhin Niê",
            officer_ids=(officer.id,),
            items=(ItemInput(category.id, "1", "khẩu"),),
        ),
    )
    page.refresh()
    before = len(receipts.rows())
    select(receipts, lambda r: r.id == fresh.id)
    qtbot.keyClick(receipts.table, Qt.Key.Key_Delete)
    assert f"Xóa biên bản {fresh.named}" in messages.texts("confirm")[-1]
    assert len(receipts.rows()) == before - 1


def test_hand_over_two_items_and_follow_custody(qtbot, page, monkeypatch, messages):
    items = page.items.list
    on_hand = len(items.rows())
    items.select_row(0)
    first = items.selected()
    assert page.items.history.rows()[0].kind_text == "Tiếp nhận"
    assert first.code in page.items.history_label.text()
    second = items.rows()[1]
    sel = items.table.selectionModel()
    sel.select(items.model.index(1, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
    assert len(items.selected_rows()) == 2

    def fill(d):
        d.unit.setText("Phòng PC06 Công an tỉnh Lâm Đồng")
        d.their_number.setText("120/BB-PC06")

    answer_with(monkeypatch, weapon_actions.HandoverDialog, fill)
    page.items.handover_action.trigger()
    assert len(items.rows()) == on_hand - 2
    handed = {i.code for i in page.ctx.run(service.list_items, status="handed_over")}
    assert {first.code, second.code} <= handed
    handovers = page.handovers.list
    h = max(handovers.rows(), key=lambda h: h.id)
    assert h.receiving_unit == "Phòng PC06 Công an tỉnh Lâm Đồng" and len(h.items) == 2
    assert h.deliverer_name == page.ctx.station.head_name  # the head of station, picked by default
    handovers.select_id(h.id)
    assert len(page.handovers.items.rows()) == 2
    page.handovers.print_action.trigger()
    assert "120/BB-PC06" in preview_text()
    print_action.last_preview.reject()
    assert page.ctx.run(service.get_handover, h.id).printed_at is None
    # a handed-over item cannot move again
    combo = items._filters["status"]
    combo.setCurrentIndex(combo.findData("handed_over"))
    items.select_row(0)
    assert items.selected().frozen
    assert not page.items.move_action.isEnabled() and not page.items.handover_action.isEnabled()
    assert page.items.labels_action.isEnabled()


def test_stocktake_tab(qtbot, page, monkeypatch, messages):
    tab = page.stocktake
    answer_with(monkeypatch, weapon_actions.StocktakeDialog, lambda d: d.members.setPlainText("Điểu K'Lung"))
    tab.start_action.trigger()
    current = tab.current
    assert current.closed_at is None and len(current.lines) == len(page.items.list.rows())
    tab.lines.table.setFocus()
    tab.lines.select_row(0)
    for _ in range(len(current.lines) - 1):
        qtbot.keyClick(tab.lines.table, Qt.Key.Key_Return)  # Có, and the cursor moves to the next line
    monkeypatch.setattr(weapons_more.prompt, "ask", lambda *a, **k: ("Túi trống", ""))
    tab.missing_action.trigger()
    assert [ln.note for ln in tab.current.missing] == ["Túi trống"] and not tab.current.unchecked
    tab.close_action.trigger()
    assert "đã kết thúc" in tab.status.text()
    assert not tab.found_action.isEnabled()
    tab.print_action.trigger()
    assert "Túi trống" in preview_text()
    print_action.last_preview.print_document(printer=_pdf_printer(qtbot))
    assert page.ctx.run(service.get_stocktake, current.id).printed_at is not None


def _pdf_printer(qtbot):
    import tempfile

    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(tempfile.mktemp(suffix=".pdf"))
    return printer


def test_viewer_sees_but_cannot_change(qtbot, gui_ctx, messages):
    from desktop.gui.context import AppContext

    with gui_ctx.db.uow(Actor.system()) as work:
        from desktop import accounts

        user = next(u for u in accounts.list_users(work) if u.role == "viewer")
    ctx = AppContext(gui_ctx.db, Actor(user.id, user.username, "viewer", user.full_name), gui_ctx.prefs)
    p = page_module.WeaponsPage(ctx)
    qtbot.addWidget(p)
    p.refresh()
    receipts = p.receipts
    assert receipts.list.rows()
    select(receipts.list, lambda r: r.printed and not r.voided)
    assert not receipts.new_action.isEnabled() and not receipts.void_action.isEnabled()
    assert receipts.print_action.isEnabled() and receipts.open_action.isEnabled()
    select(receipts.list, lambda r: not r.printed and not r.voided)
    assert not receipts.print_action.isEnabled()  # the first print locks it: a writer's job
    p.items.list.select_row(0)
    tab = p.items
    assert not any(a.isEnabled() for a in (tab.move_action, tab.out_action, tab.back_action,
                                             tab.handover_action, tab.destroy_action, tab.photo_action))
    assert tab.labels_action.isEnabled()


def test_add_a_photo_to_an_item(qtbot, page, messages, tmp_path):
    shot = tmp_path / "anh.jpg"
    shot.write_bytes(b"\xff\xd8 jpeg")
    messages.open_path = str(shot)
    notices = []
    page.ctx.bus.notice.connect(notices.append)
    items = page.items.list
    items.select_row(0)
    code = items.selected().code
    page.items.photo_action.trigger()
    assert notices[-1] == f"Đã thêm ảnh cho {code}."
    item = select(items, lambda i: i.code == code)
    assert len(item.photos) == 1
    assert page.items.history_label.text().startswith("[1 ảnh]")
    assert page.items.photos_action.isEnabled()


def test_settings_dialog_policy_and_categories(qtbot, gui_ctx, monkeypatch, messages):
    from desktop.gui.dialogs import weapon_settings

    dialog = weapon_settings.WeaponSettingsDialog(gui_ctx)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(weapon_settings.prompt, "ask", lambda *a, **k: ("Súng bắn đạn cao su", "khẩu"))
    dialog.add_action.trigger()
    names = [c.name for c in gui_ctx.run(service.list_categories)]
    assert "Súng bắn đạn cao su" in names
    assert dialog.categories.selected().name == "Súng bắn đạn cao su"
    dialog.toggle_action.trigger()
    assert dialog.categories.selected().active is False
    dialog.intro.setPlainText("Lúc {gio_sai}")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "Lời mở đầu biên bản tiếp nhận" in messages.texts("error")[-1]
    dialog.intro.setPlainText("Vào hồi {gio}, chúng tôi tiếp nhận:")
    dialog.direct.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = gui_ctx.run(service.get_weapon_settings)
    assert saved.allow_direct_destruction and saved.receipt_intro == "Vào hồi {gio}, chúng tôi tiếp nhận:"


def test_forum_day_next_receipt_starts_from_the_last(qtbot, page, monkeypatch, messages):
    tab = page.receipts
    seen = []
    officer = page.ctx.run(staff.list_officers)[0]

    def fill(self):
        ui = self.ui
        seen.append((ui.event_text.text(), ui.place.text(), ui.witnesses.toPlainText(), ui.officers.values()))
        if not ui.event_text.text():
            ui.event_text.setText("Ngày hội giao nộp vũ khí bon Bu Sir")
            ui.place.setText("Nhà văn hóa bon Bu Sir")
            ui.witnesses.setPlainText("Điểu Xiêng")
            ui.officers.add(officer.id)
        ui.person_name.setText(f"Người giao {len(seen)}")
        return ui.buttons.button(QDialogButtonBox.StandardButton.Save).click() or self.result()

    monkeypatch.setattr(ReceiptDialog, "exec", fill)
    tab.new_action.trigger()
    tab.new_action.trigger()
    assert seen[1] == ("Ngày hội giao nộp vũ khí bon Bu Sir", "Nhà văn hóa bon Bu Sir", "Điểu Xiêng",
                       (officer.id,))
    rows = page.ctx.run(service.list_receipts, text="bu sir")
    assert sorted(r.person_text for r in rows) == ["Người giao 1", "Người giao 2"]


def test_window_fits_1366_pixels_on_every_weapons_and_support_tab(qtbot, gui_ctx, messages):
    from desktop.gui.main_window import MainWindow

    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for key in ("weapons", "support"):
        page = window.show_page(key)
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            QApplication.processEvents()  # let the layouts settle
            assert window.minimumSizeHint().width() <= 1366, (key, tab)
            assert window.width() <= 1366, (key, tab)


def test_givers_sort_by_given_name(page):
    from desktop.text import name_sort_key

    receipts = page.receipts.list
    receipts.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # Người giao nộp
    names = [r.person_text for r in receipts.rows()]
    assert names == sorted(names, key=name_sort_key) and names != sorted(names)


def test_void_a_printed_receipt_with_a_reason(qtbot, page, gui_ctx, monkeypatch):
    from desktop.gui.dialogs.reason import ReasonDialog

    receipts = page.receipts
    row = select(receipts.list, lambda r: r.printed and not r.voided)

    def empty_then_reason(dialog):
        dialog.save()  # no reason: the service names the field and the dialog stays open
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.ui.reason.setText("Ghi sai số lượng")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ReasonDialog, "exec", empty_then_reason)
    receipts.void_action.trigger()
    voided = gui_ctx.run(service.get_receipt, row.id)
    assert voided.voided_at is not None and voided.void_reason == "Ghi sai số lượng"


def test_giver_and_event_picked_from_the_register(qtbot, gui_ctx, page, messages):
    from desktop.residents.search import SearchFilter, search_page

    person = next(
        r for r in gui_ctx.run(search_page, SearchFilter(status="living"), limit=50).rows if r.id_number
    )
    dialog = ReceiptDialog(gui_ctx, None, page)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.label_person_id_number.text() == "Số định danh cá nhân:"  # no "CMND"
    assert ui.person.pick_text(person.id_number) is not None
    assert ui.person_name.text() == person.full_name and ui.person_name.isReadOnly()
    ui.origin.setCurrentIndex(ui.origin.findData("seized"))
    assert ui.label_person.text().startswith("Người vi phạm / người có đồ vật")
    assert ui.sanction_number.isEnabled()
    officer = gui_ctx.run(staff.list_officers)[0]
    ui.officers.add(officer.id)
    ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted, messages.texts("error")
    saved = dialog.result_value
    assert (saved.person_id, saved.person_name, saved.origin) == (person.id, person.full_name, "seized")


def test_link_a_printed_receipt_from_the_list(qtbot, gui_ctx, page, monkeypatch, messages):
    from desktop.gui.dialogs.weapon_receipt import LinkDialog
    from desktop.residents.search import SearchFilter, search_page

    tab = page.receipts
    row = select(tab.list, lambda r: r.printed and not r.voided)
    person = gui_ctx.run(search_page, SearchFilter(status="living"), limit=5).rows[-1]
    answer_with(monkeypatch, LinkDialog, lambda d: d.ui.person.pick_text(person.full_name))
    monkeypatch.setattr(LinkDialog, "buttons", property(lambda d: d.ui.buttons), raising=False)
    tab.link_action.trigger()
    assert gui_ctx.run(service.get_receipt, row.id).person_id is not None
    tab.list._filters["unlinked_only"].setChecked(True)
    assert all(r.unlinked for r in tab.list.rows())
