"""Weapons page: receipts, items on hand with their custody history, handovers, stocktake."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.reason import ReasonDialog
from desktop.gui.dialogs.weapon_actions import DestroyDialog, HandoverDialog, MoveDialog
from desktop.gui.dialogs.weapon_receipt import LinkDialog, ReceiptDialog
from desktop.gui.dialogs.weapon_settings import WeaponSettingsDialog
from desktop.gui.kit import operation, print_action
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models import weapons as models
from desktop.gui.pages.base import Page
from desktop.gui.pages.weapons_more import HandoversTab, StocktakeTab, print_labels, split
from desktop.weapons import photos, printouts, receipts, service
from desktop.weapons.views import ItemView, ReceiptRow, ReceiptView, file_label

PHOTO_FILTER = "Ảnh (*.jpg *.jpeg *.png *.webp *.heic *.bmp)"


def add_photo(owner: QWidget, attach: Any, record_id: int, what: str) -> None:
    """Choose a photo file, then attach it off the GUI thread."""
    path = messages.open_file(owner, f"Chọn ảnh cho {what}", PHOTO_FILTER)
    if path:
        operation.run(owner, attach, record_id, path, changes="weapons", message=f"Đã thêm ảnh cho {what}.")


class ReceiptsTab(QWidget):
    def __init__(self, ctx: AppContext, page: Page) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page
        self.last_saved: ReceiptView | None = None
        self.list = rl = RecordList(
            page,
            "weaponReceipts",
            models.RECEIPT_COLUMNS,
            service.list_receipts,
            placeholder="Tìm người giao nộp, sự kiện, số biên bản…",
            parent=self,
        )
        rl.add_toggle("include_voided", "Hiện biên bản đã hủy", True)
        rl.add_toggle("unlinked_only", "Chưa gắn người/sự kiện", False)
        can_write = ctx.can("write")
        self.new_action = rl.add_action(
            "Lập mới", self.new_receipt, needs="none", permission="write", shortcut="Ctrl+N"
        )
        self.open_action = rl.add_action("Mở…", self.open_receipt, default=True)
        self.print_action = rl.add_action(
            "In biên bản…",
            self.print_receipt,
            shortcut="Ctrl+P",
            enabled_if=lambda r: not r.voided and (r.printed or can_write),
        )
        self.labels_action = rl.add_action("In nhãn…", self.print_labels, enabled_if=lambda r: not r.voided)
        self.void_action = rl.add_action(
            "Hủy biên bản…", self.void_receipt, permission="write", enabled_if=lambda r: not r.voided
        )
        self.delete_action = rl.add_action(
            "Xóa",
            self.delete_receipt,
            permission="write",
            shortcut="Delete",
            enabled_if=lambda r: not r.printed and not r.voided,
        )
        self.photo_action = rl.add_action("Thêm ảnh…", self.add_photo, permission="write", more=True)
        self.link_action = rl.add_action(
            "Gắn với sổ…",
            self.link_receipt,
            permission="write",
            tip="Gắn người giao nộp với sổ nhân khẩu và sự kiện với lịch công tác (cả biên bản đã in)",
            more=True,
        )
        self.settings_action = rl.add_action(
            "Cài đặt sổ…",
            self.open_settings,
            needs="none",
            permission="admin",
            tip="Lời văn biên bản, quy định tiêu hủy, danh mục loại (quản trị)",
            more=True,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(rl)

    def new_receipt(self) -> None:
        # after a hand-in at an event, the next one starts from it (same place, officers, witnesses)
        follow = self.last_saved if self.last_saved and self.last_saved.event_text else None
        dialog = ReceiptDialog(self.ctx, None, self, follow_on=follow)
        if dialog.exec():
            self.last_saved = dialog.result_value

    def open_receipt(self, row: ReceiptRow) -> None:
        operation.run(
            self, service.get_receipt, row.id, done=lambda r: ReceiptDialog(self.ctx, r, self).exec()
        )

    def link_receipt(self, row: ReceiptRow) -> None:
        operation.run(self, service.get_receipt, row.id, done=lambda r: LinkDialog(self.ctx, r, self).exec())

    def print_receipt(self, row: ReceiptRow) -> None:
        first = not row.printed
        print_action.show(
            self,
            printouts.receipt_pdf,
            row.id,
            title=f"Biên bản {row.named}",
            filename=f"bien-ban-tiep-nhan-{file_label(row.label, row.received_at)}.pdf",
            issue=(receipts.mark_printed, row.id),
            changes="weapons",
            confirm=(
                f"In biên bản {row.named}? Sau khi in, biên bản không sửa hay xóa được nữa; nếu sai chỉ có "
                "thể hủy biên bản (ghi lý do) và lập biên bản mới."
            )
            if first
            else None,
        )

    def print_labels(self, row: ReceiptRow) -> None:
        def got(receipt: ReceiptView) -> None:
            print_labels(self, [i.id for i in receipt.items], f"Nhãn niêm phong — biên bản {receipt.named}",
                         f"nhan-{file_label(receipt.label, receipt.received_at)}.pdf")

        operation.run(self, service.get_receipt, row.id, done=got)

    def void_receipt(self, row: ReceiptRow) -> None:
        ReasonDialog(self.ctx, f"Hủy biên bản {row.named}", service.void_receipt, row.id, row.version,
                     changes="weapons", message=f"Đã hủy biên bản {row.named}.", parent=self).exec()

    def add_photo(self, row: ReceiptRow) -> None:
        add_photo(self, photos.add_receipt_photo, row.id, f"biên bản {row.named}")

    def open_settings(self) -> None:
        operation.run(
            self, service.get_weapon_settings, done=lambda s: WeaponSettingsDialog(self.ctx, self, s).exec()
        )

    def delete_receipt(self, row: ReceiptRow) -> None:
        if messages.confirm(self, f"Xóa biên bản {row.named} cùng các vật phẩm của nó?"):
            operation.run(self, service.delete_receipt, row.id, row.version, changes="weapons",
                          message=f"Đã xóa biên bản {row.named}.")


class ItemsTab(QWidget):
    def __init__(self, ctx: AppContext, page: Page) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page
        self.list = rl = RecordList(
            page,
            "weaponItems",
            models.ITEM_COLUMNS,
            service.list_items,
            placeholder="Tìm mã, loại, mô tả, niêm phong, nơi cất…",
            multi=True,
            parent=self,
        )
        rl.hide_when_narrow(7, 5, 3)  # at 125 %: the receipt, the holder, the seal give way (tooltip)
        rl.add_filter("status", "Trạng thái", [(text, key) for key, text in service.ITEM_FILTERS.items()])
        movable = lambda i: not i.frozen  # noqa: E731 — handed over, destroyed, voided: no more moves
        self.move_action = rl.add_action(
            "Chuyển nơi cất…", lambda i: self.move(i, "stored"), permission="write", enabled_if=movable
        )
        self.out_action = rl.add_action(
            "Mang đi giám định…", lambda i: self.move(i, "taken_out"), permission="write", enabled_if=movable
        )
        self.back_action = rl.add_action(
            "Nhận lại…", lambda i: self.move(i, "returned"), permission="write", enabled_if=movable
        )
        self.handover_action = rl.add_action(
            "Bàn giao…", self.hand_over, needs="some", permission="write", enabled_if=movable
        )
        self.labels_action = rl.add_action("In nhãn…", self.print_labels, needs="some")
        self.destroy_action = rl.add_action(
            "Tiêu hủy…", self.destroy, needs="some", permission="write", enabled_if=movable, more=True
        )
        self.photo_action = rl.add_action("Thêm ảnh…", self.add_photo, permission="write", more=True)
        self.photos_action = rl.add_action(
            "Xem ảnh", self.open_photos, enabled_if=lambda i: bool(i.photos), more=True
        )
        self.history_label = QLabel("Diễn biến lưu giữ: chọn một vật phẩm.")
        self.history_label.setWordWrap(True)
        self.history = RecordList(page, "weaponHistory", models.EVENT_COLUMNS, search=False, parent=self)
        self.history.layout().insertWidget(0, self.history_label)
        rl.selection_changed.connect(self.show_history)
        layout = QVBoxLayout(self)
        layout.addWidget(split(rl, self.history))

    def show_history(self, item: ItemView | None) -> None:
        if item is None:
            self.history.set_rows([])
            self.history_label.setText("Diễn biến lưu giữ: chọn một vật phẩm.")
            return
        self.history_label.setText(
            (f"[{len(item.photos)} ảnh] " if item.photos else "")
            + f"Diễn biến lưu giữ của {item.code} — {item.category}, {item.quantity_text}; "
            f"hiện: {item.status_text}, {item.location}"
        )
        self.history.query.run(service.item_history, item.id, done=self.history.set_rows)

    def move(self, item: ItemView, kind: str) -> None:
        MoveDialog(self.ctx, item, kind, self).exec()

    def hand_over(self, items: list[ItemView]) -> None:
        HandoverDialog(self.ctx, items, self).exec()

    def destroy(self, items: list[ItemView]) -> None:
        DestroyDialog(self.ctx, items, self).exec()

    def add_photo(self, item: ItemView) -> None:
        add_photo(self, photos.add_item_photo, item.id, item.code)

    def open_photos(self, item: ItemView) -> None:
        for rel in item.photos:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(photos.photo_file(rel))))

    def print_labels(self, items: list[ItemView]) -> None:
        print_labels(self, [i.id for i in items], "Nhãn niêm phong", "nhan.pdf")


class WeaponsPage(Page):
    title = "Vũ khí, vật liệu nổ"
    areas = ("weapons", "staff")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget()
        self.receipts = ReceiptsTab(ctx, self)
        self.items = ItemsTab(ctx, self)
        self.handovers = HandoversTab(ctx, self)
        self.stocktake = StocktakeTab(ctx, self)
        self.tabs.addTab(self.receipts, "Biên bản tiếp nhận")
        self.tabs.addTab(self.items, "Vật phẩm và nơi lưu giữ")
        self.tabs.addTab(self.handovers, "Bàn giao")
        self.tabs.addTab(self.stocktake, "Kiểm kê")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
