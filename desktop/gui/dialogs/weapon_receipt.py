"""Record or edit a receipt (biên bản tiếp nhận) and its items."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from desktop.db import now
from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.weapon_link_dialog import Ui_WeaponLinkDialog
from desktop.gui.forms.weapon_receipt_dialog import Ui_WeaponReceiptDialog
from desktop.gui.kit import operation
from desktop.gui.kit.idcard_input import pick_person_by_card
from desktop.residents.idcard_qr import CardData
from desktop.weapons import service
from desktop.weapons.models import ORIGINS, PERSON_ROLES, UNITS
from desktop.weapons.receipt_checks import ID_FIELD
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
        self.ui.drafted_by.bind(self)
        self.ui.person.bind(self)
        self.ui.event.bind(self)
        self.ui.person.picked.connect(self._person_picked)
        pick_person_by_card(self, self.ui.person, self._outsider_card)
        self.ui.event.picked.connect(self._event_picked)
        self.ui.origin.currentIndexChanged.connect(self._origin_changed)
        self.ui.sanction_date.setDate(QDate.currentDate())
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
                self.ui.event.set_value(follow_on.event_id)
                self.ui.event_text.setText(follow_on.event_text)
                self.ui.drafted_by.set_value(follow_on.drafted_by.id if follow_on.drafted_by else None)
                self.ui.witnesses.setPlainText("\n".join(follow_on.witnesses))
                self.setWindowTitle(f"Lập biên bản tiếp nhận mới — tiếp theo biên bản {follow_on.named}")
            self.add_row()
        else:
            self.setWindowTitle(f"Sửa biên bản {receipt.named}")
            self._load(receipt)
            if not receipt.editable or not ctx.can("write"):
                self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
                why = f"đã hủy: {receipt.void_reason}" if receipt.voided_at else "đã in, chỉ xem"
                self.setWindowTitle(f"Biên bản {receipt.named} ({why})")
        self._origin_changed()

    def _load(self, r: ReceiptView) -> None:
        self.ui.received_at.setDateTime(QDateTime(r.received_at))
        self.ui.origin.setCurrentIndex(list(ORIGINS).index(r.origin))
        self.ui.place.setText(r.place)
        self.ui.event.set_value(r.event_id)
        self.ui.event_text.setText(r.event_text)
        self.ui.person.set_value(r.person_id)
        self.ui.person_name.setText(r.person_name)
        self.ui.person_id_number.setText(r.person_id_number)
        self.ui.person_address.setText(r.person_address)
        self._person_picked(r.person_id, fill=False)
        self.ui.drafted_by.set_value(r.drafted_by.id if r.drafted_by else None)
        self.ui.sanction_number.setText(r.sanction_number)
        if r.sanction_date:
            self.ui.sanction_date.setDate(QDate(r.sanction_date))
        if r.person_unlinked or r.event_unlinked:
            what = " và ".join(
                w for w, flag in (("người", r.person_unlinked), ("sự kiện", r.event_unlinked)) if flag
            )
            self.ui.person.setToolTip(f"Biên bản chuyển từ dữ liệu cũ: {what} chưa gắn với sổ; hãy chọn.")
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

    def _origin_changed(self, _index: int = 0) -> None:
        """The person's label says what they are on this record; the sanction only for a seizure."""
        origin = self.ui.origin.currentData()
        self.ui.label_person.setText(f"{PERSON_ROLES.get(origin, 'Người giao nộp')} (trong sổ):")
        seized = origin == "seized"
        for w in (self.ui.sanction_number, self.ui.sanction_date, self.ui.label_sanction):
            w.setEnabled(seized)

    def _person_picked(self, person_id: int | None, fill: bool = True) -> None:
        """A person from the register: name and ID number come from the register (shown, not typed)."""
        linked = person_id is not None
        if linked and fill:
            view = self.ctx.run(person_details, person_id)
            self.ui.person_name.setText(view.full_name)
            self.ui.person_id_number.setText(view.id_number)
            if not self.ui.person_address.text():
                self.ui.person_address.setText(view.permanent_address or view.village_label)
        for w in (self.ui.person_name, self.ui.person_id_number):
            w.setReadOnly(linked)

    def _outsider_card(self, card: CardData) -> None:
        """A card of nobody in the register: the giver is a named outsider, as the card says."""
        self.ui.person.set_value(None, emit=True)
        for edit, text in ((self.ui.person_name, card.full_name), (self.ui.person_id_number, card.number),
                           (self.ui.person_address, card.address)):
            edit.setText(text)
            edit.setCursorPosition(0)

    def _event_picked(self, event_id: int | None) -> None:
        choice = self.ui.event.choice()
        if event_id is not None and choice is not None and not self.ui.event_text.text().strip():
            parts = choice.label.split(" — ")  # "dd/mm/yyyy hh:mm — title — place"
            self.ui.event_text.setText(parts[1] if len(parts) > 1 else choice.label)

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

    def data(self, accept_id_warning: bool = False) -> ReceiptInput:
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
            False,
            self.ui.person_name.text(),
            self.ui.person_id_number.text(),
            self.ui.person_address.text(),
            tuple(self.ui.officers.values()),
            tuple(self.ui.witnesses.toPlainText().splitlines()),
            self.ui.notes.toPlainText(),
            (),
            tuple(items),
            person_id=self.ui.person.value(),
            event_id=self.ui.event.value(),
            drafted_by=self.ui.drafted_by.value(),
            sanction_number=self.ui.sanction_number.text() if self.ui.sanction_number.isEnabled() else "",
            sanction_date=(
                self.ui.sanction_date.date().toPython()
                if self.ui.sanction_number.isEnabled() and self.ui.sanction_number.text().strip()
                else None
            ),
            accept_id_warning=accept_id_warning,
        )

    def submit(self, accept_id_warning: bool = False) -> None:
        """Save off the GUI thread; a doubtful ID number of an outsider is asked about, then kept."""
        data = self.data(accept_id_warning)
        call: tuple = (
            (service.record_receipt,)
            if self.receipt is None
            else (service.update_receipt, self.receipt.id, self.receipt.version)
        )

        def saved(view: ReceiptView) -> None:
            self.setEnabled(True)
            self.result_value = view
            self.accept()

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            doubtful = not accept_id_warning and isinstance(exc, ValidationError) and exc.field == ID_FIELD
            if not doubtful:
                messages.error(self, exc)
            elif messages.confirm(self, f"{exc}\n\nVẫn lưu số định danh này như đã ghi?"):
                self.submit(accept_id_warning=True)

        self.setEnabled(False)
        operation.run(self, *call, data, changes="weapons", done=saved, failed=failed)


def person_details(uow, person_id: int):  # noqa: ANN001, ANN201 — the residents' PersonView
    """The picked person as the register has them (name, ID number, address)."""
    from desktop.residents.service import get_person

    return get_person(uow, person_id)


class LinkDialog(Dialog):
    """Resolve a receipt's links to the register (a receipt brought over from typed names, or a
    printed one): the person the giver is, the schedule event; the printed text stays as signed."""

    def __init__(self, ctx: AppContext, receipt: ReceiptView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.receipt = receipt
        self.ui = Ui_WeaponLinkDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Gắn biên bản {receipt.named} với sổ")
        parts = (receipt.person_name, receipt.person_id_number, receipt.person_address)
        typed = ", ".join(p for p in parts if p)
        self.ui.typed_person.setText(typed or receipt.person_text)
        self.ui.typed_event.setText(receipt.event_text or "(không ghi)")
        self.ui.person.bind(self, value=receipt.person_id)
        self.ui.event.bind(self, value=receipt.event_id)
        self.ui.person.setEnabled(bool(receipt.person_name))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Lưu")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy bỏ")
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        r = self.receipt
        self.save(
            service.link_receipt,
            r.id,
            r.version,
            person_id=self.ui.person.value(),
            event_id=self.ui.event.value(),
            changes="weapons",
            message=f"Đã gắn biên bản {r.named} với sổ.",
        )
