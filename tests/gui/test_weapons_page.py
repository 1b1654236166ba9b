"""pytest-qt: the weapons page on the demo station — record a hand-in, print it and its labels,
hand items over, follow an item's custody, run a stocktake."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop.db import Actor
from desktop.gui.dialogs import weapon_actions
from desktop.gui.dialogs.weapon_receipt import COL_QUANTITY, COL_SEAL, ReceiptDialog
from desktop.gui.pages import weapons as page_module
from desktop.gui.pages import weapons_more
from desktop.weapons import service


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.fixture
def page(qtbot, gui_ctx, monkeypatch):
    previews: list[tuple[str, bytes]] = []
    monkeypatch.setattr(
        weapons_more, "preview_pdf", lambda parent, pdf, title, name: previews.append((title, pdf))
    )
    p = page_module.WeaponsPage(gui_ctx)
    qtbot.addWidget(p)
    p.show()
    p.refresh()
    p.previews = previews
    return p


def answer_with(monkeypatch, cls, fill):
    """Make ``cls(...).exec()`` fill the form, press Save and return what a user's click returns."""

    def exec_(self):
        fill(self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return self.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(cls, "exec", exec_)


def select(table, model, predicate) -> int:
    row = next(n for n in range(model.rowCount()) if predicate(model.row_at(n)))
    table.selectRow(row)
    return row


def test_record_a_hand_in_with_the_dialog(qtbot, gui_ctx, page, messages):
    before = page.receipts.model.rowCount()
    dialog = ReceiptDialog(gui_ctx, None, page)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.event_text.setText("Ngày hội giao nộp vũ khí bon Bu Sir")
    ui.person_name.setText("Y Thuông Niê")
    ui.person_id_number.setText("067097106927")
    ui.officers.item(0).setCheckState(Qt.CheckState.Checked)
    ui.items.item(0, COL_QUANTITY).setText("0")
    ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "Dòng 1 – Số lượng" in messages.texts("error")[-1]
    assert dialog.result() != QDialog.DialogCode.Accepted
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
    assert page.receipts.model.rowCount() == before + 1  # the page listened to the change bus
    assert page.receipts.model.row_at(0).item_summary == "1 khẩu súng kíp; 10 khẩu súng cồn tự chế"


def test_print_receipt_locks_it_and_labels_print(qtbot, page, messages):
    tab = page.receipts
    select(tab.table, tab.model, lambda r: not r.printed and not r.voided)
    label = tab.model.row_at(tab.table.current_row()).label
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert "không sửa hay xóa được nữa" in messages.texts("confirm")[-1]
    title, pdf = page.previews[-1]
    assert title == f"Biên bản {label}" and f"Số: {label}" in pdf_text(pdf)
    row = select(tab.table, tab.model, lambda r: r.label == label and not r.voided)
    assert tab.model.row_at(row).state_text == "Đã in"
    qtbot.mouseClick(tab.labels_button, Qt.MouseButton.LeftButton)
    assert "VK-" in pdf_text(page.previews[-1][1])
    # a printed receipt opens read-only
    monkeypatch_exec = []
    original = ReceiptDialog.exec
    try:
        ReceiptDialog.exec = lambda self: (
            monkeypatch_exec.append(self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled())
            or 0
        )
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    finally:
        ReceiptDialog.exec = original
    assert monkeypatch_exec == [False]


def test_delete_key_removes_an_unprinted_receipt(qtbot, page, messages):
    from desktop.staff import service as staff
    from desktop.weapons.views import ItemInput, ReceiptInput

    tab = page.receipts
    # the demo's unprinted receipts were counted in its stocktake: they stay in the register
    select(tab.table, tab.model, lambda r: not r.printed and not r.voided)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "biên bản kiểm kê" in messages.texts("error")[-1]
    officer = page.ctx.run(staff.list_officers)[0]
    category = page.ctx.run(service.list_categories)[0]
    fresh = page.ctx.run(
        service.record_receipt,
        ReceiptInput(
            page.ctx.run(service.get_receipt, tab.model.row_at(0).id).received_at,
            "found",
            "Rẫy cà phê",
            owner_unknown=True,
            officer_ids=(officer.id,),
            items=(ItemInput(category.id, "1", "khẩu"),),
        ),
    )
    page.refresh()
    before = tab.model.rowCount()
    select(tab.table, tab.model, lambda r: r.id == fresh.id)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert f"Xóa biên bản {fresh.label}" in messages.texts("confirm")[-1]
    assert tab.model.rowCount() == before - 1


def test_hand_over_two_items_and_follow_custody(qtbot, page, monkeypatch, messages):
    tab = page.items
    on_hand = tab.model.rowCount()
    tab.table.selectRow(0)
    tab.show_history(0)
    assert tab.history_model.row_at(0).kind_text == "Tiếp nhận"
    first, second = tab.model.row_at(0), tab.model.row_at(1)
    tab.table.selectionModel().select(
        tab.model.index(1, 0),
        tab.table.selectionModel().SelectionFlag.Select | tab.table.selectionModel().SelectionFlag.Rows,
    )

    def fill(d):
        d.unit.setText("Phòng PC06 Công an tỉnh Lâm Đồng")
        d.their_number.setText("120/BB-PC06")

    answer_with(monkeypatch, weapon_actions.HandoverDialog, fill)
    qtbot.mouseClick(tab.buttons[3], Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == on_hand - 2
    handed = {i.code for i in page.ctx.run(service.list_items, status="handed_over")}
    assert {first.code, second.code} <= handed
    h = page.handovers.model.row_at(0)
    assert h.receiving_unit == "Phòng PC06 Công an tỉnh Lâm Đồng" and len(h.items) == 2
    page.handovers.table.selectRow(0)
    qtbot.mouseClick(page.handovers.print_button, Qt.MouseButton.LeftButton)
    assert "120/BB-PC06" in pdf_text(page.previews[-1][1])
    # a handed-over item cannot move again
    tab.filter.setCurrentIndex(list(service.ITEM_FILTERS).index("handed_over"))
    tab.table.selectRow(0)
    answer_with(monkeypatch, weapon_actions.MoveDialog, lambda d: d.location.setText("Tủ 2"))
    qtbot.mouseClick(tab.buttons[0], Qt.MouseButton.LeftButton)
    assert "không di chuyển" in messages.texts("error")[-1]


def test_stocktake_tab(qtbot, page, monkeypatch, messages):
    tab = page.stocktake
    answer_with(monkeypatch, weapon_actions.StocktakeDialog, lambda d: d.members.setPlainText("Điểu K'Lung"))
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    current = tab.current
    assert current.closed_at is None and len(current.lines) == page.items.model.rowCount()
    tab.lines.setFocus()
    tab.lines.selectRow(0)
    for _ in range(len(current.lines) - 1):
        qtbot.keyClick(tab.lines, Qt.Key.Key_Return)
    monkeypatch.setattr(weapons_more.QInputDialog, "getText", lambda *a, **k: ("Túi trống", True))
    qtbot.mouseClick(tab.missing_button, Qt.MouseButton.LeftButton)
    assert [ln.note for ln in tab.current.missing] == ["Túi trống"] and not tab.current.unchecked
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    assert "đã kết thúc" in tab.status.text()
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert "Túi trống" in pdf_text(page.previews[-1][1])


def test_viewer_sees_but_cannot_change(qtbot, gui_ctx, messages):
    from desktop.gui.context import AppContext

    with gui_ctx.db.uow(Actor.system()) as work:
        from desktop import accounts

        user = next(u for u in accounts.list_users(work) if u.role == "viewer")
    ctx = AppContext(gui_ctx.db, Actor(user.id, user.username, "viewer", user.full_name), gui_ctx.prefs)
    p = page_module.WeaponsPage(ctx)
    qtbot.addWidget(p)
    p.refresh()
    assert p.receipts.model.rowCount() > 0
    assert not p.receipts.new_button.isEnabled() and not p.receipts.void_button.isEnabled()
    assert not any(b.isEnabled() for b in p.items.buttons[:5]) and p.items.buttons[5].isEnabled()


def test_add_a_photo_to_an_item(qtbot, page, messages, tmp_path):
    shot = tmp_path / "anh.jpg"
    shot.write_bytes(b"\xff\xd8 jpeg")
    messages.open_path = str(shot)
    tab = page.items
    tab.table.selectRow(0)
    code = tab.model.row_at(0).code
    qtbot.mouseClick(tab.buttons[6], Qt.MouseButton.LeftButton)
    assert messages.texts("info")[-1] == f"Đã thêm ảnh cho {code}."
    row = select(tab.table, tab.model, lambda i: i.code == code)
    assert len(tab.model.row_at(row).photos) == 1
    tab.show_history(row)
    assert tab.history_label.text().startswith("[1 ảnh]")


def test_settings_dialog_policy_and_categories(qtbot, gui_ctx, monkeypatch, messages):
    from desktop.gui.dialogs import weapon_settings

    dialog = weapon_settings.WeaponSettingsDialog(gui_ctx)
    qtbot.addWidget(dialog)
    answers = iter([("Súng bắn đạn cao su", True), ("khẩu", True)])
    monkeypatch.setattr(weapon_settings.QInputDialog, "getText", lambda *a, **k: next(answers))
    monkeypatch.setattr(weapon_settings.QInputDialog, "getItem", lambda *a, **k: next(answers))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    names = [c.name for c in gui_ctx.run(service.list_categories)]
    assert "Súng bắn đạn cao su" in names
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

    def fill(self):
        seen.append((self.ui.event_text.text(), self.ui.place.text(), self.ui.witnesses.toPlainText()))
        if not self.ui.event_text.text():
            self.ui.event_text.setText("Ngày hội giao nộp vũ khí bon Bu Sir")
            self.ui.place.setText("Nhà văn hóa bon Bu Sir")
            self.ui.witnesses.setPlainText("Điểu Xiêng")
            self.ui.officers.item(0).setCheckState(Qt.CheckState.Checked)
        self.ui.person_name.setText(f"Người giao {len(seen)}")
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click() or self.result()

    monkeypatch.setattr(ReceiptDialog, "exec", fill)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert seen[1] == ("Ngày hội giao nộp vũ khí bon Bu Sir", "Nhà văn hóa bon Bu Sir", "Điểu Xiêng")
    rows = page.ctx.run(service.list_receipts, text="bu sir")
    assert sorted(r.person_text for r in rows) == ["Người giao 1", "Người giao 2"]
