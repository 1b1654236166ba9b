"""Weapons page: receipts, items on hand with their custody history, handovers, stocktake."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.weapon_actions import DestroyDialog, HandoverDialog, MoveDialog
from desktop.gui.dialogs.weapon_receipt import ReceiptDialog
from desktop.gui.dialogs.weapon_settings import WeaponSettingsDialog
from desktop.gui.models import weapons as models
from desktop.gui.pages.base import Page
from desktop.gui.pages.weapons_more import HandoversTab, StocktakeTab, print_preview
from desktop.gui.widgets import SearchBox, TableView, focus_shortcut
from desktop.weapons import labels, photos, printouts, service
from desktop.weapons.views import ItemView, ReceiptRow, ReceiptView


def button(text: str, slot: Callable[[], Any], *, shortcut: str = "", enabled: bool = True) -> QPushButton:
    b = QPushButton(text)
    if shortcut:
        b.setShortcut(shortcut)
    b.clicked.connect(lambda _checked=False: slot())
    b.setEnabled(enabled)
    return b


def add_photo(widget: QWidget, attach: Callable[[str], Any], what: str) -> None:
    path = messages.open_file(widget, f"Chọn ảnh cho {what}", "Ảnh (*.jpg *.jpeg *.png *.webp *.heic *.bmp)")
    if not path:
        return
    try:
        attach(path)
    except Exception as exc:  # noqa: BLE001
        messages.error(widget, exc)
        return
    widget.page.ctx.changed("weapons", widget.page)  # type: ignore[attr-defined]
    widget.page.refresh()  # type: ignore[attr-defined]
    messages.info(widget, f"Đã thêm ảnh cho {what}.")


class ReceiptsTab(QWidget):
    def __init__(self, ctx: AppContext, page: Page) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page
        self.last_saved: ReceiptView | None = None
        write = ctx.can("write")
        self.search = SearchBox("Tìm theo người giao nộp, sự kiện hoặc số biên bản (vd. 03/2026)…")
        self.search.search.connect(lambda _t: self.refresh())
        self.search.setMinimumWidth(260)
        focus_shortcut(self, self.search)
        self.show_voided = QCheckBox("Hiện biên bản đã hủy")
        self.show_voided.setChecked(True)
        self.show_voided.toggled.connect(lambda _c: self.refresh())
        self.new_button = button("Lập mới (Ctrl+N)", self.new_receipt, shortcut="Ctrl+N", enabled=write)
        self.open_button = button("Mở…", self.open_receipt)
        self.print_button = button("In biên bản…", self.print_receipt)
        self.labels_button = button("In nhãn…", self.print_labels)
        self.void_button = button("Hủy biên bản…", self.void_receipt, enabled=write)
        self.delete_button = button("Xóa", self.delete_receipt, enabled=write)
        self.photo_button = button("Thêm ảnh…", self.add_photo, enabled=write)
        self.settings_button = button("Cài đặt…", self.open_settings, enabled=ctx.can("admin"))
        self.settings_button.setToolTip("Lời văn biên bản, quy định tiêu hủy, danh mục loại (quản trị)")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_voided)
        for b in (
            self.new_button,
            self.open_button,
            self.print_button,
            self.labels_button,
            self.photo_button,
            self.void_button,
            self.delete_button,
            self.settings_button,
        ):
            bar.addWidget(b)
        self.model = models.receipts_model(self)
        self.table = TableView("weaponReceiptsTable", ctx.prefs)
        self.table.setModel(self.model)
        self.table.activated_row.connect(lambda _r: self.open_receipt())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_receipt)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.table.restore_layout()

    def refresh(self) -> None:
        self.model.set_rows(
            self.ctx.run(
                service.list_receipts, text=self.search.text(), include_voided=self.show_voided.isChecked()
            )
        )

    def selected(self) -> ReceiptRow | None:
        row = self.model.row_at(self.table.current_row())
        if row is None:
            messages.info(self, "Hãy chọn một biên bản trong danh sách.")
        return row

    def new_receipt(self) -> None:
        # after a hand-in at an event, the next one starts from it (same place, officers, witnesses)
        follow = self.last_saved if self.last_saved and self.last_saved.event_text else None
        dialog = ReceiptDialog(self.ctx, None, self, follow_on=follow)
        if dialog.exec():
            self.last_saved = dialog.result_value
            self.page.refresh()

    def open_receipt(self) -> None:
        row = self.selected()
        if row is None:
            return
        receipt = self.ctx.run(service.get_receipt, row.id)
        dialog = ReceiptDialog(self.ctx, receipt, self)
        if not receipt.editable or not self.ctx.can("write"):
            dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).setEnabled(False)
            why = f"đã hủy: {receipt.void_reason}" if receipt.voided_at else "đã in, chỉ xem"
            dialog.setWindowTitle(f"Biên bản {receipt.label} ({why})")
        if dialog.exec():
            self.page.refresh()

    def print_receipt(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not row.printed and not messages.confirm(
            self,
            f"In biên bản {row.label}? Sau khi in, biên bản không sửa hay xóa được nữa; nếu sai chỉ có "
            "thể hủy biên bản (ghi lý do) và lập biên bản mới.",
        ):
            return
        print_preview(
            self,
            lambda: self.ctx.run(printouts.print_receipt, row.id),
            f"Biên bản {row.label}",
            f"bien-ban-tiep-nhan-{row.label.replace('/', '-')}.pdf",
        )

    def print_labels(self) -> None:
        row = self.selected()
        if row is None:
            return
        ids = [i.id for i in self.ctx.run(service.get_receipt, row.id).items]
        print_preview(
            self,
            lambda: self.ctx.run(labels.print_labels, ids),
            f"Nhãn niêm phong — {row.label}",
            f"nhan-{row.label.replace('/', '-')}.pdf",
            refresh=False,
        )

    def void_receipt(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, "Hủy biên bản", f"Lý do hủy biên bản {row.label}:")
        if not ok:
            return
        try:
            self.ctx.run(service.void_receipt, row.id, row.version, reason)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.ctx.changed("weapons", self.page)
        self.page.refresh()

    def add_photo(self) -> None:
        row = self.selected()
        if row is None:
            return
        add_photo(self, lambda path: self.ctx.run(photos.add_receipt_photo, row.id, path), row.label)

    def open_settings(self) -> None:
        if WeaponSettingsDialog(self.ctx, self).exec():
            self.page.refresh()

    def delete_receipt(self) -> None:
        row = self.selected()
        if row is None or not self.ctx.can("write"):
            return
        if not messages.confirm(self, f"Xóa biên bản {row.label} (chưa in) cùng các vật phẩm của nó?"):
            return
        try:
            self.ctx.run(service.delete_receipt, row.id, row.version)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.ctx.changed("weapons", self.page)
        self.page.refresh()


class ItemsTab(QWidget):
    def __init__(self, ctx: AppContext, page: Page) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page
        write = ctx.can("write")
        self.filter = QComboBox()
        for key, text in service.ITEM_FILTERS.items():
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search = SearchBox("Tìm theo mã, loại, mô tả, số niêm phong, nơi cất giữ…")
        self.search.search.connect(lambda _t: self.refresh())
        self.buttons = [
            button("Chuyển nơi cất…", lambda: self.move("stored"), enabled=write),
            button("Mang đi giám định…", lambda: self.move("taken_out"), enabled=write),
            button("Nhận lại…", lambda: self.move("returned"), enabled=write),
            button("Bàn giao…", self.hand_over, enabled=write),
            button("Tiêu hủy…", self.destroy, enabled=write),
            button("In nhãn…", self.print_labels),
            button("Thêm ảnh…", self.add_photo, enabled=write),
            button("Xem ảnh", self.open_photos),
        ]
        bar = QHBoxLayout()
        bar.addWidget(self.filter)
        bar.addWidget(self.search, 1)
        for b in self.buttons:
            bar.addWidget(b)
        self.model = models.items_model(self)
        self.table = TableView("weaponItemsTable", ctx.prefs)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_history(cur.row()))
        self.table.activated_row.connect(self.show_history)
        self.history_label = QLabel("Diễn biến lưu giữ: chọn một vật phẩm.")
        self.history_model = models.events_model(self)
        self.history = TableView("weaponHistoryTable", ctx.prefs)
        self.history.setModel(self.history_model)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history_label)
        lower_layout.addWidget(self.history, 1)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.table)
        self.split.addWidget(lower)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.split, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.table.restore_layout()

    def refresh(self) -> None:
        items = self.ctx.run(service.list_items, status=self.filter.currentData(), text=self.search.text())
        self.model.set_rows(items)
        self.count_label.setText(f"{len(items)} vật phẩm")
        self.history_model.set_rows([])
        self.history_label.setText("Diễn biến lưu giữ: chọn một vật phẩm.")

    def show_history(self, row: int) -> None:
        item = self.model.row_at(row)
        if item is None:
            return
        self.history_label.setText(
            (f"[{len(item.photos)} ảnh] " if item.photos else "")
            + f"Diễn biến lưu giữ của {item.code} — {item.category}, {item.quantity_text}; "
            f"hiện: {item.status_text}, {item.location}"
        )
        self.history_model.set_rows(self.ctx.run(service.item_history, item.id))

    def selected_items(self) -> list[ItemView]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.current_row() >= 0:
            rows = [self.table.current_row()]
        items = [self.model.row_at(r) for r in rows if self.model.row_at(r) is not None]
        if not items:
            messages.info(self, "Hãy chọn vật phẩm trong danh sách (giữ Ctrl hoặc Shift để chọn nhiều).")
        return items

    def _after(self, dialog: Any) -> None:
        if dialog.exec():
            self.page.refresh()

    def move(self, kind: str) -> None:
        items = self.selected_items()
        if items:
            self._after(MoveDialog(self.ctx, items[0], kind, self))

    def hand_over(self) -> None:
        items = self.selected_items()
        if items:
            self._after(HandoverDialog(self.ctx, items, self))

    def destroy(self) -> None:
        items = self.selected_items()
        if items:
            self._after(DestroyDialog(self.ctx, items, self))

    def add_photo(self) -> None:
        items = self.selected_items()
        if items:
            item = items[0]
            add_photo(self, lambda path: self.ctx.run(photos.add_item_photo, item.id, path), item.code)

    def open_photos(self) -> None:
        items = self.selected_items()
        if not items:
            return
        if not items[0].photos:
            messages.info(self, f"{items[0].code} chưa có ảnh.")
            return
        for rel in items[0].photos:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(photos.photo_file(rel))))

    def print_labels(self) -> None:
        items = self.selected_items()
        if items:
            ids = [i.id for i in items]
            print_preview(
                self,
                lambda: self.ctx.run(labels.print_labels, ids),
                "Nhãn niêm phong",
                "nhan.pdf",
                refresh=False,
            )


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

    def refresh(self) -> None:
        for tab in (self.receipts, self.items, self.handovers, self.stocktake):
            tab.refresh()

    def save_layout(self) -> None:
        for table in (
            self.receipts.table,
            self.items.table,
            self.items.history,
            self.handovers.table,
            self.stocktake.lines,
        ):
            table.save_layout()
