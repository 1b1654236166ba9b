"""Printouts of the weapons register through the official layout: the receipt record
(biên bản tiếp nhận), the handover record (biên bản bàn giao) and the stocktake record
(biên bản kiểm kê).

Rendering and issuing are separate steps: ``receipt_pdf`` / ``handover_pdf`` / ``stocktake_pdf`` only
read (a clerk may preview as often as they like); ``receipts.mark_printed``,
``custody.mark_handover_printed`` and ``stocktake.mark_stocktake_printed`` log the print (and lock a
receipt) once the document was printed or saved. ``print_*`` do both, for the command line, which
writes the file at once."""

from __future__ import annotations

import logging

from desktop.db import UnitOfWork
from desktop.register.issuing import issuing, numbered
from desktop.reports.official import Document, Paragraph, Table, escape
from desktop.reports.signing import Party, SignatureGrid, render_signed
from desktop.settings import get_station
from desktop.text import format_date
from desktop.weapons import receipt_list, receipts
from desktop.weapons.categories import get_weapon_settings
from desktop.weapons.receipt_list import get_receipt, seals_at_receipt, totals_text
from desktop.weapons.views import (
    OWNER_UNKNOWN_TEXT,
    ItemView,
    OfficerRef,
    ReceiptView,
    format_quantity,
)

logger = logging.getLogger(__name__)

ITEM_HEADER = (
    ("STT", "Mã vật phẩm", "Loại", "ĐVT", "Số lượng", "Đặc điểm, ký hiệu, tình trạng", "Số niêm phong"),
)
ITEM_WIDTHS = (1.0, 2.6, 2.65, 1.05, 1.35, 5.5, 2.35)  # cm of the 16.5 cm line: the details get the room
ITEM_ALIGN = ("center", "center", "left", "center", "right", "left", "center")


def _time_text(moment) -> str:  # noqa: ANN001 - datetime
    return f"{moment:%H} giờ {moment:%M} phút, ngày {format_date(moment.date())}"


def _item_details(item: ItemView) -> str:
    parts = [
        item.description,
        f"Ký hiệu: {item.markings}" if item.markings else "",
        f"Tình trạng: {item.condition}" if item.condition else "",
    ]
    return "; ".join(p for p in parts if p)


def _item_rows(items: tuple[ItemView, ...], seals: dict[int, str]) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (
            str(n),
            i.code,
            i.category,
            i.unit,
            format_quantity(i.quantity),
            _item_details(i),
            seals.get(i.id, ""),
        )
        for n, i in enumerate(items, start=1)
    )


def station_party(station_name: str, unit: str = "Công an xã") -> str:
    """'Xã Đắk Nia' → 'Công an xã Đắk Nia'; 'Phường Tân An' → 'Công an phường Tân An'; with no name,
    ``unit`` (the station's kind in running text, ``StationView.unit_label``)."""
    name = station_name.strip()
    return f"Công an {name[:1].lower()}{name[1:]}" if name else unit


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def officer_detail(officer: OfficerRef | None) -> str:
    """'Thượng úy, Cán bộ' — rank and position from the staff register."""
    if officer is None:
        return ""
    return ", ".join(p for p in (officer.rank, officer.position) if p)


def _officer_text(officer: OfficerRef) -> str:
    return officer.label + (f" ({officer.position})" if officer.position else "")


#: what the record is called, by origin (the subject under "BIÊN BẢN")
SUBJECTS = {
    "voluntary": "Tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ",
    "found": "Tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ không xác định được chủ sở hữu",
    "seized": "Tạm giữ vũ khí, vật liệu nổ, công cụ hỗ trợ",
    "transferred": "Tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ do đơn vị khác chuyển đến",
}


def _subject(receipt: ReceiptView) -> str:
    if receipt.origin == "seized" and receipt.confiscated:
        return "Tịch thu vũ khí, vật liệu nổ, công cụ hỗ trợ"
    return SUBJECTS.get(receipt.origin, SUBJECTS["voluntary"])


def _intro(receipt: ReceiptView, fill: _Blank, template: str) -> str:
    """The opening paragraph: the station's wording for a hand-in; fixed wording where the items were
    not handed in (nobody hands in for an unknown owner; a person the items were taken from is no giver)."""
    head = (
        "Hôm nay, vào hồi {gio}, tại {dia_diem}, {don_vi} chúng tôi gồm: {can_bo}; "
        "với sự chứng kiến của: {nguoi_chung_kien}; "
    )
    if receipt.origin == "seized":
        what = "tịch thu" if receipt.confiscated else "tạm giữ"
        text = head + f"đã tiến hành {what} vũ khí, vật liệu nổ, công cụ hỗ trợ của {{nguoi_giao}}"
        if receipt.confiscated:
            text += " theo Quyết định xử phạt vi phạm hành chính số {so_qd} ngày {ngay_qd}"
        template = text + ", gồm:"
    elif receipt.origin == "found":
        template = head + (
            "đã tiến hành tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ không xác định được chủ sở hữu "
            "do {nguoi_giao} phát hiện, gồm:"
        )
    elif receipt.origin == "transferred":
        template = head + (
            "đã tiến hành tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ do {nguoi_giao} chuyển đến, gồm:"
        )
    return template.format_map(fill)


def _person_line(receipt: ReceiptView) -> str:
    role = receipt.person_role
    if not receipt.person_name:  # an older record of items found: nobody was named
        return f"<b>Chủ sở hữu:</b> {escape(OWNER_UNKNOWN_TEXT.lower())}."
    who = f"<b>{escape(role)}:</b> {escape(receipt.person_name)}"
    if receipt.person_id_number:
        who += f"; số định danh cá nhân: {escape(receipt.person_id_number)}"
    if receipt.person_address:
        who += f"; nơi cư trú: {escape(receipt.person_address)}"
    who += "."
    if receipt.origin == "found":
        who += f" Chủ sở hữu: {escape(OWNER_UNKNOWN_TEXT.lower())}."
    return who


def _copies(receipt: ReceiptView, party: str) -> str:
    """'Mỗi bên giữ 01 bản' only when there is another party to keep one."""
    if receipt.person_name:
        return (
            f"Biên bản được lập thành 02 bản có giá trị như nhau: {receipt.person_role.lower()} giữ 01 bản, "
            f"{party} giữ 01 bản."
        )
    return f"Biên bản được lập thành 01 bản, lưu hồ sơ tại {party}."


def receipt_parties(receipt: ReceiptView) -> tuple[Party, ...]:
    """Everyone named on the receipt signs: the person (giver, finder, the person the items were taken
    from), every witness, every receiving officer, and the officer who drew the record up."""
    drafter = receipt.drafted_by or (receipt.officers[0] if receipt.officers else None)
    parties: list[Party] = []
    if receipt.person_name:
        parties.append(Party(receipt.person_role, receipt.person_name))
    parties += [Party("Người chứng kiến", w) for w in receipt.witnesses]
    officer_title = "Cán bộ tạm giữ" if receipt.origin == "seized" else "Cán bộ tiếp nhận"
    parties += [
        Party(officer_title, o.name, officer_detail(o))
        for o in receipt.officers
        if drafter is None or o.id != drafter.id
    ]
    if drafter is not None:
        parties.append(Party("Người lập biên bản", drafter.name, officer_detail(drafter)))
    return tuple(parties)


def receipt_document(uow: UnitOfWork, receipt: ReceiptView) -> tuple[Document, SignatureGrid]:
    station = get_station(uow)
    wording = get_weapon_settings(uow)
    party = station_party(station.commune_name, station.unit_label)
    officers = ", ".join(_officer_text(o) for o in receipt.officers)
    witnesses = ", ".join(receipt.witnesses) or "không có"
    fill = _Blank(
        gio=_time_text(receipt.received_at),
        dia_diem=receipt.place,
        can_bo=officers,
        nguoi_chung_kien=witnesses,
        nguoi_giao=receipt.person_name or OWNER_UNKNOWN_TEXT.lower(),
        hinh_thuc=receipt.origin_text.lower(),
        su_kien=receipt.event_text or "",
        don_vi_nhan="",
        don_vi=party,
        so_qd=receipt.sanction_number,
        ngay_qd=format_date(receipt.sanction_date) if receipt.sanction_date else "",
    )
    safe = _Blank({k: escape(v) for k, v in fill.items()})
    body: list = []
    if wording.legal_basis:
        body.append(Paragraph(f"<i>{escape(wording.legal_basis)}</i>"))
    body.append(Paragraph(_intro(receipt, safe, wording.receipt_intro)))
    body.append(Paragraph(_person_line(receipt)))
    how = receipt.origin_text
    if receipt.origin == "seized":
        how = (
            f"Tịch thu theo Quyết định xử phạt vi phạm hành chính số {receipt.sanction_number} "
            f"ngày {format_date(receipt.sanction_date)}"
            if receipt.confiscated
            else "Tạm giữ (biện pháp ngăn chặn, chờ xử lý theo quy định)"
        )
    during = f"; <b>tiếp nhận trong:</b> {escape(receipt.event_text)}" if receipt.event_text else ""
    body.append(Paragraph(f"<b>Hình thức:</b> {escape(how)}{during}."))  # one line where it fits
    body.append(
        Table(
            ITEM_HEADER,
            _item_rows(receipt.items, seals_at_receipt(uow, receipt.id)),
            ITEM_WIDTHS,
            ITEM_ALIGN,
            font_size=11,
        )
    )
    body.append(Paragraph(f"<b>Tổng cộng:</b> {escape(totals_text(receipt.items))}."))
    if receipt.notes:
        body.append(Paragraph(f"<b>Ghi chú:</b> {escape(receipt.notes)}"))
    closing = wording.receipt_closing.format_map(safe).strip()
    body.append(Paragraph(f"{closing} {escape(_copies(receipt, party))}".strip()))
    doc = Document(
        letterhead=station.letterhead(),
        kind_code="BB",
        title="BIÊN BẢN",
        subject=_subject(receipt),
        doc_date=receipt.received_at.date(),
        number=receipt.number,
        body=tuple(body),
        # ND30's smaller body size and single line spacing: a receipt of a few items fits one page
        body_size=13,
        line_spacing=1.15,
    )
    return doc, SignatureGrid(receipt_parties(receipt))


def receipt_pdf(uow: UnitOfWork, receipt_id: int) -> bytes:
    """The receipt as PDF bytes, for a preview: nothing is logged and the receipt stays editable."""
    uow.require("read")
    view = get_receipt(uow, receipt_id)
    receipts.check_printable(view)
    doc, grid = receipt_document(uow, view)
    return render_signed(numbered(uow, doc, "weapons.receipt", view.id), grid)


def print_receipt(uow: UnitOfWork, receipt_id: int) -> bytes:
    """The receipt as PDF bytes, issued: numbered from the outgoing register, then the print is
    logged under that number and the receipt is locked against edits."""
    view = receipt_list.get_receipt(uow, receipt_id)
    receipts.check_printable(view)
    doc, grid = receipt_document(uow, view)
    with issuing():
        pdf = render_signed(numbered(uow, doc, "weapons.receipt", view.id), grid)
    receipts.mark_printed(uow, receipt_id)
    return pdf


from desktop.weapons.printouts_custody import (  # noqa: E402 — the handover and stocktake records
    handover_document,
    handover_pdf,
    print_handover,
    print_stocktake,
    stocktake_document,
    stocktake_pdf,
)

__all__ = [
    "handover_document",
    "handover_pdf",
    "print_handover",
    "print_receipt",
    "print_stocktake",
    "receipt_document",
    "receipt_pdf",
    "stocktake_document",
    "stocktake_pdf",
]
