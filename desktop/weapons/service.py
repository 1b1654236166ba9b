"""The weapons register's use-cases in one place (the GUI and the CLI import this module)."""

from desktop.weapons.categories import (
    CategoryInput,
    add_category,
    get_weapon_settings,
    list_categories,
    save_weapon_settings,
    update_category,
)
from desktop.weapons.custody import (
    ITEM_FILTERS,
    get_handover,
    get_item,
    item_history,
    list_handovers,
    list_items,
    move_item,
    record_destruction,
    record_handover,
)
from desktop.weapons.receipt_list import get_receipt, list_receipts
from desktop.weapons.receipts import (
    delete_receipt,
    link_receipt,
    record_receipt,
    update_receipt,
    void_receipt,
)
from desktop.weapons.stocktake import close_stocktake, get_stocktake, list_stocktakes, start_stocktake, tick
from desktop.weapons.views import HandoverInput, ItemInput, ReceiptInput

__all__ = [
    "ITEM_FILTERS",
    "CategoryInput",
    "HandoverInput",
    "ItemInput",
    "ReceiptInput",
    "add_category",
    "close_stocktake",
    "delete_receipt",
    "get_handover",
    "get_item",
    "get_receipt",
    "get_stocktake",
    "get_weapon_settings",
    "item_history",
    "link_receipt",
    "list_categories",
    "list_handovers",
    "list_items",
    "list_receipts",
    "list_stocktakes",
    "move_item",
    "record_destruction",
    "record_handover",
    "record_receipt",
    "save_weapon_settings",
    "start_stocktake",
    "tick",
    "update_category",
    "update_receipt",
    "void_receipt",
]
