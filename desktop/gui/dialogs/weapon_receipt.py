"""Record or edit a receipt (biên bản tiếp nhận) and its items."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from desktop.db import now
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.weapon_receipt_dialog import Ui_WeaponReceiptDialog
from desktop.weapons import service
from desktop.weapons.models import ORIGINS, UNITS
from desktop.weapons.views import ItemInput, ReceiptInput, ReceiptView, format_quantity

ITEM_HEADERS = [
    "Loại",
    "Số lượng",
    "ĐVT",
    "Mô tả",
    "Ký hiệu, số hiệu",
    "Tình trạng",
    "Số niêm phong",
    "Nơi cất giữ",
]
COL_CATEGORY, COL_QUANTITY, COL_UNIT, COL_DESCRIPTION, COL_MARKINGS, COL_CONDITION, COL_SEAL, COL_LOCATION = (
    range(8)
)


class ReceiptDialog(Dialog):
    def __init__(
        self,
        ctx: AppContext,
        receipt: ReceiptView | None = None,
        parent: QWidget | None = None,
        *,
        follow_on: ReceiptView | None = None,
    ) -> None:
        """``follow_on``: a receipt just recorded at the same event — a new receipt starts with its
        place, event, way of coming in, officers and witnesses (a forum day has many hand-ins)."""
        super().__init__(ctx, parent)
        self.receipt = receipt
        self.ui = Ui_WeaponReceiptDialog()
        self.ui.setupUi(self)
        self.categories = ctx.run(service.list_categories)
        self._units = {c.id: c.default_unit for c in self.categories}
        for key, text in ORIGINS.items():
            self.ui.origin.addItem(text, key)
        self.ui.officers.bind(self)
        source = receipt or follow_on
        for officer in source.officers if source else ():
            self.ui.officers.add(officer.id)  # one no longer serving is named too
        table = self.ui.items
        table.setColumnCount(len(ITEM_HEADERS))
        table.setHorizontalHeaderLabels(ITEM_HEADERS)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        for col, width in (
            (COL_CATEGORY, 150),
            (COL_QUANTITY, 70),
            (COL_UNIT, 65),
            (COL_DESCRIPTION, 220),
            (COL_MARKINGS, 110),
            (COL_CONDITION, 110),
            (COL_SEAL, 110),
        ):
            table.setColumnWidth(col, width)
        self.ui.add_item.clicked.connect(lambda: self.add_row())
        self.ui.remove_item.clicked.connect(self.remove_row)
        self.ui.owner_unknown.toggled.connect(self._owner_toggled)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Lưu")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy bỏ")
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self._item_ids: list[int | None] = []
        if receipt is None:
            self.setWindowTitle("Lập biên bản tiếp nhận mới")
            self.ui.received_at.setDateTime(QDateTime(now()))
            self.ui.place.setText(
                f"Trụ sở Công an {ctx.station.commune_name[:1].lower()}{ctx.station.commune_name[1:]}"
            )
            if follow_on is not None:
                self.ui.origin.setCurrentIndex(list(ORIGINS).index(follow_on.origin))
                self.ui.place.setText(follow_on.place)
                self.ui.event_text.setText(follow_on.event_text)
                self.ui.witnesses.setPlainText("\n".join(follow_on.witnesses))
                self.setWindowTitle(f"Lập biên bản tiếp nhận mới — tiếp theo {follow_on.label}")
            self.add_row()
        else:
            self.setWindowTitle(f"Sửa biên bản {receipt.label}")
            self._load(receipt)
            if not receipt.editable or not ctx.can("write"):
                self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
                why = f"đã hủy: {receipt.void_reason}" if receipt.voided_at else "đã in, chỉ xem"
                self.setWindowTitle(f"Biên bản {receipt.label} ({why})")

    def _load(self, r: ReceiptView) -> None:
        self.ui.received_at.setDateTime(QDateTime(r.received_at))
        self.ui.origin.setCurrentIndex(list(ORIGINS).index(r.origin))
        self.ui.place.setText(r.place)
        self.ui.event_text.setText(r.event_text)
        self.ui.owner_unknown.setChecked(r.owner_unknown)
        self.ui.person_name.setText(r.person_name)
        self.ui.person_id_number.setText(r.person_id_number)
        self.ui.person_address.setText(r.person_address)
        self.ui.witnesses.setPlainText("\n".join(r.witnesses))
        self.ui.notes.setPlainText(r.notes)
        for item in r.items:
            self.add_row(
                item.id,
                item.category_id,
                format_quantity(item.quantity),
                item.unit,
                [item.description, item.markings, item.condition, item.seal_number, item.location],
            )

    def _owner_toggled(self, unknown: bool) -> None:
        for w in (self.ui.person_name, self.ui.person_id_number):
            w.setEnabled(not unknown)

    def add_row(
        self,
        item_id: int | None = None,
        category_id: int | None = None,
        quantity: str = "1",
        unit: str = "",
        texts: list[str] | None = None,
    ) -> int:
        table = self.ui.items
        row = table.rowCount()
        table.insertRow(row)
        self._item_ids.append(item_id)
        cat = QComboBox()
        for c in self.categories:
            cat.addItem(c.name, c.id)
        if category_id is not None:
            cat.setCurrentIndex(max(0, cat.findData(category_id)))
        units = QComboBox()
        units.addItems(list(UNITS))
        units.setCurrentText(unit or self._units.get(cat.currentData(), "cái"))
        cat.currentIndexChanged.connect(
            lambda _i, c=cat, u=units: u.setCurrentText(self._units.get(c.currentData(), u.currentText()))
        )
        table.setCellWidget(row, COL_CATEGORY, cat)
        table.setCellWidget(row, COL_UNIT, units)
        table.setItem(row, COL_QUANTITY, QTableWidgetItem(quantity))
        for col, text in zip(
            (COL_DESCRIPTION, COL_MARKINGS, COL_CONDITION, COL_SEAL, COL_LOCATION),
            texts or ["", "", "", "", ""],
            strict=True,
        ):
            table.setItem(row, col, QTableWidgetItem(text))
        table.setCurrentCell(row, COL_QUANTITY)
        return row

    def remove_row(self) -> None:
        row = self.ui.items.currentRow()
        if row >= 0:
            self.ui.items.removeRow(row)
            del self._item_ids[row]

    def _text(self, row: int, col: int) -> str:
        cell = self.ui.items.item(row, col)
        return cell.text() if cell is not None else ""

    def data(self) -> ReceiptInput:
        table = self.ui.items
        items = []
        for row in range(table.rowCount()):
            cat, unit = table.cellWidget(row, COL_CATEGORY), table.cellWidget(row, COL_UNIT)
            items.append(
                ItemInput(
                    cat.currentData(),
                    self._text(row, COL_QUANTITY),
                    unit.currentText(),
                    self._text(row, COL_DESCRIPTION),
                    self._text(row, COL_MARKINGS),
                    self._text(row, COL_CONDITION),
                    self._text(row, COL_SEAL),
                    self._text(row, COL_LOCATION),
                    id=self._item_ids[row],
                )
            )
        moment: dt.datetime = self.ui.received_at.dateTime().toPython()
        return ReceiptInput(
            moment.replace(second=0, microsecond=0),
            self.ui.origin.currentData(),
            self.ui.place.text(),
            self.ui.event_text.text(),
            self.ui.owner_unknown.isChecked(),
            self.ui.person_name.text(),
            self.ui.person_id_number.text(),
            self.ui.person_address.text(),
            tuple(self.ui.officers.values()),
            tuple(self.ui.witnesses.toPlainText().splitlines()),
            self.ui.notes.toPlainText(),
            (),
            tuple(items),
        )

    def submit(self) -> None:
        data = self.data()
        if self.receipt is None:
            self.save(service.record_receipt, data, changes="weapons")
        else:
            self.save(service.update_receipt, self.receipt.id, self.receipt.version, data, changes="weapons")
