"""Small forms of the weapons page (Designer forms in ui/weapon_*_dialog.ui): move an item, hand
items over, record a destruction, start a stocktake."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QWidget

from desktop.db import now
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.weapon_destroy_dialog import Ui_WeaponDestroyDialog
from desktop.gui.forms.weapon_handover_dialog import Ui_WeaponHandoverDialog
from desktop.gui.forms.weapon_move_dialog import Ui_WeaponMoveDialog
from desktop.gui.forms.weapon_stocktake_dialog import Ui_WeaponStocktakeDialog
from desktop.staff import service as staff
from desktop.weapons import service, stocktake
from desktop.weapons.views import HandoverInput, ItemView

MOVE_TITLES = {
    "stored": "Chuyển nơi cất giữ",
    "taken_out": "Mang đi giám định/kiểm tra",
    "returned": "Nhận lại sau giám định",
}


def items_text(items: list[ItemView]) -> str:
    shown = ", ".join(f"{i.code} ({i.category}, {i.quantity_text})" for i in items[:8])
    return shown + (f" và {len(items) - 8} vật phẩm khác" if len(items) > 8 else "")


class _FormDialog(Dialog):
    """A form with an intro line, Lưu / Hủy bỏ, and ``submit`` on Lưu (each form defines its own)."""

    def setup(self, ui: Any, intro: str) -> None:
        self.ui = ui
        ui.setupUi(self)
        ui.intro.setText(intro)
        self.buttons = ui.buttons
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Lưu")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy bỏ")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        if isinstance(ui.when, QDateEdit):
            ui.when.setDate(QDate(now().date()))
        else:
            ui.when.setDateTime(QDateTime(now()))

    def moment(self) -> Any:
        return self.ui.when.dateTime().toPython().replace(second=0, microsecond=0)


class MoveDialog(_FormDialog):
    def __init__(self, ctx: AppContext, item: ItemView, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setup(Ui_WeaponMoveDialog(), f"Vật phẩm: {items_text([item])} — {item.status_text}.")
        self.setWindowTitle(MOVE_TITLES[kind])
        self.item, self.kind = item, kind
        u = self.ui
        self.holder, self.location, self.note, self.seal = u.holder, u.location, u.note, u.seal
        if kind == "taken_out":
            u.label_holder.setText("Người/đơn vị nhận mang đi:")
            u.holder.setPlaceholderText("vd. Phòng Kỹ thuật hình sự PC09")
            u.label_location.setText("Mang đến:")
            u.location.setPlaceholderText("nơi giám định, kiểm tra")
            u.label_note.setText("Mục đích:")
            u.note.setPlaceholderText("vd. giám định tính năng, tác dụng")
        elif kind == "stored":
            u.location.setText(item.location)
            u.location.setCursorPosition(0)
            u.holder.setText(item.holder)
            u.holder.setCursorPosition(0)
        if kind != "returned":
            u.seal.hide()
            u.label_seal.hide()
        if kind != "taken_out":
            u.holder.setPlaceholderText("để trống: như trước")

    def submit(self) -> None:
        i = self.item
        self.save(
            service.move_item,
            i.id,
            i.version,
            self.kind,
            self.moment(),
            holder=self.holder.text(),
            location=self.location.text(),
            note=self.note.text(),
            seal_number=self.seal.text() if self.kind == "returned" else "",
            changes="weapons",
        )


class HandoverDialog(_FormDialog):
    def __init__(self, ctx: AppContext, items: list[ItemView], parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setup(Ui_WeaponHandoverDialog(), f"Bàn giao {len(items)} vật phẩm: {items_text(items)}.")
        self.items = items
        u = self.ui
        self.unit, self.their_number, self.receiver, self.deliverer = (
            u.unit, u.their_number, u.receiver, u.deliverer
        )
        u.deliverer.bind(self)
        # the record prints the officer's name (the picker shows rank and position too)
        self.names = {o.id: o.full_name for o in ctx.run(staff.list_officers)}
        head = next((i for i, name in self.names.items() if name == ctx.station.head_name), None)
        u.deliverer.set_value(head)

    def deliverer_name(self) -> str:
        return self.names.get(self.ui.deliverer.value(), "")

    def submit(self) -> None:
        data = HandoverInput(
            self.moment(),
            self.unit.text(),
            tuple(i.id for i in self.items),
            self.their_number.text(),
            self.receiver.text(),
            self.deliverer_name(),
            self.ui.notes.toPlainText(),
            place=self.ui.place.text(),
            receiver_rank=self.ui.receiver_rank.text(),
            receiver_position=self.ui.receiver_position.text(),
            deliverer_id=self.ui.deliverer.value(),
        )
        self.save(service.record_handover, data, changes="weapons")


class DestroyDialog(_FormDialog):
    def __init__(self, ctx: AppContext, items: list[ItemView], parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setup(Ui_WeaponDestroyDialog(), f"Tiêu hủy {len(items)} vật phẩm: {items_text(items)}.")
        self.items = items
        self.decision, self.note = self.ui.decision, self.ui.note

    def submit(self) -> None:
        self.save(
            service.record_destruction,
            [i.id for i in self.items],
            self.ui.when.date().toPython(),
            self.decision.text(),
            self.note.text(),
            changes="weapons",
        )


class StocktakeDialog(_FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setup(Ui_WeaponStocktakeDialog(), "Danh sách kiểm kê gồm mọi vật phẩm đang lưu giữ theo sổ.")
        self.members, self.note = self.ui.members, self.ui.note
        self.ui.start.setTime(QTime.currentTime())

    def submit(self) -> None:
        members = tuple(self.members.toPlainText().splitlines())
        day = self.ui.when.date().toPython()
        start = self.ui.start.time().toPython()
        self.save(stocktake.start_stocktake, day, members, self.note.text(), start, changes="weapons")
