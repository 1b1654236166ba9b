"""Small forms of the weapons page: move an item, hand items over, record a destruction,
start a stocktake. Each is a few fields, so they are laid out here rather than in Designer."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.db import now
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.weapons import service, stocktake
from desktop.weapons.views import HandoverInput, ItemView

MOVE_TITLES = {
    "stored": "Chuyển nơi cất giữ",
    "taken_out": "Mang đi giám định/kiểm tra",
    "returned": "Nhận lại sau giám định",
}


class _FormDialog(Dialog):
    def __init__(self, ctx: AppContext, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Lưu")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy bỏ")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def line(self, label: str, text: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(placeholder)
        self.form.addRow(label, edit)
        return edit

    def moment(self, label: str) -> QDateTimeEdit:
        edit = QDateTimeEdit(QDateTime(now()))
        edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        edit.setCalendarPopup(True)
        self.form.addRow(label, edit)
        return edit

    def day(self, label: str) -> QDateEdit:
        edit = QDateEdit(QDate(now().date()))
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        self.form.addRow(label, edit)
        return edit

    def save(self) -> None:  # pragma: no cover - overridden
        raise AssertionError


def _items_text(items: list[ItemView]) -> str:
    shown = ", ".join(f"{i.code} ({i.category}, {i.quantity_text})" for i in items[:8])
    return shown + (f" và {len(items) - 8} vật phẩm khác" if len(items) > 8 else "")


class MoveDialog(_FormDialog):
    def __init__(self, ctx: AppContext, item: ItemView, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, MOVE_TITLES[kind], f"Vật phẩm: {_items_text([item])} — {item.status_text}.", parent
        )
        self.item, self.kind = item, kind
        self.when = self.moment("Thời gian:")
        if kind == "taken_out":
            self.holder = self.line(
                "Người/đơn vị nhận mang đi:", placeholder="vd. Phòng Kỹ thuật hình sự PC09"
            )
            self.location = self.line("Mang đến:", placeholder="nơi giám định, kiểm tra")
            self.note = self.line("Mục đích:", placeholder="vd. giám định tính năng, tác dụng")
            self.seal = None
        else:
            self.location = self.line("Nơi cất giữ:", item.location if kind == "stored" else "")
            self.holder = self.line(
                "Người quản lý:", item.holder if kind == "stored" else "", "để trống: như trước"
            )
            self.seal = (
                self.line("Số niêm phong mới:", placeholder="nếu niêm phong lại")
                if kind == "returned"
                else None
            )
            self.note = self.line("Ghi chú:")

    def save(self) -> None:
        i = self.item
        seal = self.seal.text() if self.seal is not None else ""
        if self.try_save(
            lambda: self.ctx.run(
                service.move_item,
                i.id,
                i.version,
                self.kind,
                self.when.dateTime().toPython().replace(second=0),
                holder=self.holder.text(),
                location=self.location.text(),
                note=self.note.text(),
                seal_number=seal,
            )
        ):
            self.ctx.changed("weapons", self)


class HandoverDialog(_FormDialog):
    def __init__(self, ctx: AppContext, items: list[ItemView], parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, "Lập biên bản bàn giao", f"Bàn giao {len(items)} vật phẩm: {_items_text(items)}.", parent
        )
        self.items = items
        self.when = self.moment("Ngày giờ bàn giao:")
        self.unit = self.line("Đơn vị nhận:", placeholder="vd. Phòng PC06 Công an tỉnh / Ban CHQS xã")
        self.their_number = self.line("Số biên bản, phiếu nhận của bên nhận:")
        self.receiver = self.line("Người nhận (bên nhận):")
        self.deliverer = self.line("Người giao (Công an xã):", ctx.station.head_name)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.form.addRow("Ghi chú:", self.notes)

    def save(self) -> None:
        data = HandoverInput(
            self.when.dateTime().toPython().replace(second=0),
            self.unit.text(),
            tuple(i.id for i in self.items),
            self.their_number.text(),
            self.receiver.text(),
            self.deliverer.text(),
            self.notes.toPlainText(),
        )
        if self.try_save(lambda: self.ctx.run(service.record_handover, data)):
            self.ctx.changed("weapons", self)


class DestroyDialog(_FormDialog):
    def __init__(self, ctx: AppContext, items: list[ItemView], parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, "Ghi nhận tiêu hủy", f"Tiêu hủy {len(items)} vật phẩm: {_items_text(items)}.", parent
        )
        self.items = items
        self.when = self.day("Ngày tiêu hủy:")
        self.decision = self.line("Số quyết định/biên bản tiêu hủy:", placeholder="vd. 27/QĐ-HĐTH")
        self.note = self.line("Ghi chú:")

    def save(self) -> None:
        ids = [i.id for i in self.items]
        if self.try_save(
            lambda: self.ctx.run(
                service.record_destruction,
                ids,
                self.when.date().toPython(),
                self.decision.text(),
                self.note.text(),
            )
        ):
            self.ctx.changed("weapons", self)


class StocktakeDialog(_FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, "Bắt đầu kiểm kê", "Danh sách kiểm kê gồm mọi vật phẩm đang lưu giữ theo sổ.", parent
        )
        self.when = self.day("Ngày kiểm kê:")
        self.members = QPlainTextEdit()
        self.members.setMaximumHeight(70)
        self.members.setPlaceholderText("mỗi dòng một người")
        self.form.addRow("Thành phần kiểm kê:", self.members)
        self.note = self.line("Ghi chú:")

    def save(self) -> None:
        members = tuple(self.members.toPlainText().splitlines())
        if self.try_save(
            lambda: self.ctx.run(
                stocktake.start_stocktake, self.when.date().toPython(), members, self.note.text()
            )
        ):
            self.ctx.changed("weapons", self)
