"""Gallery entries: weapons: receipts, items, handovers, destruction, stocktake, settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.gui.gallery.base import GalleryEntry, first

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from desktop.gui.context import AppContext


def _items(ctx: AppContext) -> list[Any]:
    from desktop.weapons import custody

    items = ctx.run(custody.list_items, status="on_hand", limit=3)
    first(items, "weapon item on hand")
    return items


def receipt(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.weapon_receipt import ReceiptDialog
    from desktop.weapons import receipt_list

    row = first(ctx.run(receipt_list.list_receipts, include_voided=False, limit=1), "weapons receipt")
    return ReceiptDialog(ctx, ctx.run(receipt_list.get_receipt, row.id), parent)


def receipt_new(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.weapon_receipt import ReceiptDialog

    return ReceiptDialog(ctx, None, parent)


def receipt_link(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.weapon_receipt import LinkDialog
    from desktop.weapons import receipt_list

    row = first(ctx.run(receipt_list.list_receipts, include_voided=False, limit=1), "weapons receipt")
    return LinkDialog(ctx, ctx.run(receipt_list.get_receipt, row.id), parent)


def weapon_settings(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.weapon_settings import WeaponSettingsDialog

    return WeaponSettingsDialog(ctx, parent)


def move_item(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.weapon_actions import MoveDialog

    return MoveDialog(ctx, _items(ctx)[0], "stored", parent)


def handover(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.weapon_actions import HandoverDialog

    return HandoverDialog(ctx, _items(ctx), parent)


def destroy(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.weapon_actions import DestroyDialog

    return DestroyDialog(ctx, _items(ctx), parent)


def stocktake(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.weapon_actions import StocktakeDialog

    return StocktakeDialog(ctx, parent)


ENTRIES: list[GalleryEntry] = [
    GalleryEntry("receipt", "Biên bản tiếp nhận (sửa)", receipt),
    GalleryEntry("receipt_new", "Biên bản tiếp nhận (thêm)", receipt_new),
    GalleryEntry("weapon_settings", "Thiết lập vũ khí", weapon_settings),
    GalleryEntry("receipt_link", "Gắn biên bản với sổ", receipt_link),
    GalleryEntry("move_item", "Chuyển nơi cất giữ", move_item),
    GalleryEntry("handover", "Lập biên bản bàn giao", handover),
    GalleryEntry("destroy", "Ghi nhận tiêu hủy", destroy),
    GalleryEntry("stocktake", "Bắt đầu kiểm kê", stocktake),
]
