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
from desktop.reports.official import (
    Document,
    Heading,
    Paragraph,
    SignatureColumns,
    Table,
    escape,
    render_bytes,
)
from desktop.settings import get_station
from desktop.text import format_date
from desktop.weapons import custody, receipts, stocktake
from desktop.weapons.categories import get_weapon_settings
from desktop.weapons.receipt_list import get_receipt, seals_at_receipt, totals_text
from desktop.weapons.views import (
    OWNER_UNKNOWN_TEXT,
    HandoverView,
    ItemView,
    ReceiptView,
    StocktakeView,
    format_quantity,
)

logger = logging.getLogger(__name__)

ITEM_HEADER = (
    ("STT", "Mã vật phẩm", "Loại", "ĐVT", "Số lượng", "Đặc điểm, ký hiệu, tình trạng", "Số niêm phong"),
)
ITEM_WIDTHS = (0.6, 1.75, 1.5, 0.7, 0.8, 2.5, 1.55)
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


def station_party(station_name: str) -> str:
    """'Xã Đắk Nia' → 'Công an xã Đắk Nia'."""
    name = station_name.strip()
    return f"Công an {name[:1].lower()}{name[1:]}" if name else "Công an xã"


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def receipt_document(uow: UnitOfWork, receipt: ReceiptView) -> Document:
    station = get_station(uow)
    wording = get_weapon_settings(uow)
    officers = ", ".join(o.label for o in receipt.officers)
    witnesses = ", ".join(receipt.witnesses) or "không có"
    person = OWNER_UNKNOWN_TEXT.lower() if receipt.owner_unknown else receipt.person_name
    fill = _Blank(
        gio=_time_text(receipt.received_at),
        dia_diem=receipt.place,
        can_bo=officers,
        nguoi_chung_kien=witnesses,
        nguoi_giao=person,
        hinh_thuc=receipt.origin_text.lower(),
        su_kien=receipt.event_text or "",
        don_vi_nhan="",
        don_vi=station.unit_label,
    )
    safe = _Blank({k: escape(v) for k, v in fill.items()})
    body: list = [Paragraph(wording.receipt_intro.format_map(safe))]
    if receipt.owner_unknown:
        who = f"<b>Người giao nộp:</b> {escape(OWNER_UNKNOWN_TEXT)}."
        if receipt.person_address:
            who += f" Nơi phát hiện/thu giữ: {escape(receipt.person_address)}."
    else:
        who = f"<b>Người giao nộp:</b> {escape(receipt.person_name)}"
        if receipt.person_id_number:
            who += f"; số định danh cá nhân/CMND: {escape(receipt.person_id_number)}"
        if receipt.person_address:
            who += f"; nơi cư trú: {escape(receipt.person_address)}"
        who += "."
    body.append(Paragraph(who))
    if receipt.event_text:
        body.append(Paragraph(f"<b>Tiếp nhận trong:</b> {escape(receipt.event_text)}."))
    body.append(Paragraph(f"<b>Hình thức:</b> {escape(receipt.origin_text)}."))
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
    body.append(Paragraph(wording.receipt_closing.format_map(safe)))
    columns = []
    if not receipt.owner_unknown:
        columns.append(("NGƯỜI GIAO NỘP", receipt.person_name))
    columns.append(("NGƯỜI CHỨNG KIẾN", receipt.witnesses[0] if receipt.witnesses else ""))
    columns.append(("CÁN BỘ TIẾP NHẬN", receipt.officers[0].name if receipt.officers else ""))
    body.append(SignatureColumns(tuple(columns)))
    return Document(
        letterhead=station.letterhead(),
        kind_code="BB",
        title="BIÊN BẢN",
        subject="Tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ",
        doc_date=receipt.received_at.date(),
        number=receipt.number,
        body=tuple(body),
    )


def receipt_pdf(uow: UnitOfWork, receipt_id: int) -> bytes:
    """The receipt as PDF bytes, for a preview: nothing is logged and the receipt stays editable."""
    uow.require("read")
    view = get_receipt(uow, receipt_id)
    receipts.check_printable(view)
    return render_bytes(numbered(uow, receipt_document(uow, view), "weapons.receipt", view.id))


def print_receipt(uow: UnitOfWork, receipt_id: int) -> bytes:
    """The receipt as PDF bytes, issued: logs the print and locks the receipt against edits."""
    view = receipts.mark_printed(uow, receipt_id)
    with issuing():
        return render_bytes(numbered(uow, receipt_document(uow, view), "weapons.receipt", view.id))


def handover_document(uow: UnitOfWork, handover: HandoverView) -> Document:
    station = get_station(uow)
    wording = get_weapon_settings(uow)
    fill = _Blank(
        gio=_time_text(handover.handed_at),
        don_vi_nhan=handover.receiving_unit,
        dia_diem="",
        can_bo=handover.deliverer_name,
        nguoi_chung_kien="",
        nguoi_giao=handover.deliverer_name,
        hinh_thuc="",
        su_kien="",
        don_vi=station.unit_label,
    )
    safe = _Blank({k: escape(v) for k, v in fill.items()})
    body: list = [Paragraph(wording.handover_intro.format_map(safe))]
    body.append(Heading("I. Bên giao: " + station_party(station.commune_name), 2))
    if handover.deliverer_name:
        body.append(Paragraph(f"Đại diện: {escape(handover.deliverer_name)}."))
    body.append(Heading("II. Bên nhận: " + handover.receiving_unit, 2))
    line = f"Đại diện: {escape(handover.receiver_name)}." if handover.receiver_name else ""
    if handover.their_number:
        line += f" Số biên bản, phiếu nhận của bên nhận: {escape(handover.their_number)}."
    if line:
        body.append(Paragraph(line.strip()))
    body.append(Heading("III. Vũ khí, vật liệu nổ, công cụ hỗ trợ bàn giao", 2))
    origin = {}
    receipts_cache: dict[int, ReceiptView] = {}
    for item in handover.items:
        if item.receipt_id not in receipts_cache:
            receipts_cache[item.receipt_id] = get_receipt(uow, item.receipt_id)
        r = receipts_cache[item.receipt_id]
        origin[item.id] = (
            f"{r.origin_text}; BB {r.label} ngày {format_date(r.received_at.date())}; {r.person_text}"
        )
    rows = tuple(
        (str(n), i.code, i.category, i.unit, format_quantity(i.quantity), origin[i.id], i.seal_number)
        for n, i in enumerate(handover.items, start=1)
    )
    header = (("STT", "Mã vật phẩm", "Loại", "ĐVT", "Số lượng", "Nguồn gốc", "Số niêm phong"),)
    body.append(Table(header, rows, ITEM_WIDTHS, ITEM_ALIGN, font_size=11))
    body.append(Paragraph(f"<b>Tổng cộng:</b> {escape(totals_text(handover.items))}."))
    if handover.notes:
        body.append(Paragraph(f"<b>Ghi chú:</b> {escape(handover.notes)}"))
    body.append(
        Paragraph(
            "Hai bên đã kiểm đếm, đối chiếu số niêm phong và thống nhất số lượng nêu trên. "
            "Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản có giá trị như nhau."
        )
    )
    body.append(
        SignatureColumns(
            (("ĐẠI DIỆN BÊN NHẬN", handover.receiver_name), ("ĐẠI DIỆN BÊN GIAO", handover.deliverer_name))
        )
    )
    return Document(
        letterhead=station.letterhead(),
        kind_code="BB",
        title="BIÊN BẢN",
        subject="Bàn giao vũ khí, vật liệu nổ, công cụ hỗ trợ",
        doc_date=handover.handed_at.date(),
        number=handover.number,
        body=tuple(body),
    )


def handover_pdf(uow: UnitOfWork, handover_id: int) -> bytes:
    """The handover record as PDF bytes, for a preview (nothing logged)."""
    uow.require("read")
    view = custody.get_handover(uow, handover_id)
    return render_bytes(numbered(uow, handover_document(uow, view), "weapons.handover", view.id))


def print_handover(uow: UnitOfWork, handover_id: int) -> bytes:
    view = custody.mark_handover_printed(uow, handover_id)
    with issuing():
        return render_bytes(numbered(uow, handover_document(uow, view), "weapons.handover", view.id))


def stocktake_document(uow: UnitOfWork, st: StocktakeView) -> Document:
    station = get_station(uow)
    members = ", ".join(st.members) or f"cán bộ {station.unit_label}"
    found = sum(1 for ln in st.lines if ln.found)
    party = escape(station_party(station.commune_name))
    body: list = [
        Paragraph(
            f"Hôm nay, ngày {format_date(st.held_on)}, tại trụ sở {party}, "
            f"chúng tôi gồm: {escape(members)}; đã tiến hành kiểm kê vũ khí, vật liệu nổ, công cụ hỗ trợ "
            "đang lưu giữ tại đơn vị, đối chiếu với sổ theo dõi. Kết quả như sau:"
        )
    ]
    body.append(Heading("I. Kết quả chung", 2))
    listed = escape(totals_text([ln.item for ln in st.lines])) or "không có"
    body.append(
        Paragraph(
            f"Theo sổ: {len(st.lines)} vật phẩm ({listed}). "
            f"Kiểm thấy đủ: {found}. Không thấy: {len(st.missing)}. Chưa kiểm: {len(st.unchecked)}."
        )
    )
    body.append(Heading("II. Chênh lệch giữa sổ và thực tế", 2))
    if st.missing or st.unchecked:
        rows = tuple(
            (
                str(n),
                ln.item.code,
                ln.item.category,
                ln.item.quantity_text,
                ln.item.seal_number,
                ln.item.location,
                "Không thấy" if ln.found is False else "Chưa kiểm",
                ln.note,
            )
            for n, ln in enumerate(st.missing + st.unchecked, start=1)
        )
        body.append(
            Table(
                (
                    (
                        "STT",
                        "Mã vật phẩm",
                        "Loại",
                        "Số lượng",
                        "Số niêm phong",
                        "Nơi cất giữ theo sổ",
                        "Kết quả",
                        "Ghi chú",
                    ),
                ),
                rows,
                (0.6, 1.5, 1.6, 1.1, 1.2, 1.6, 1.1, 1.6),
                ("center", "center", "left", "right", "center", "left", "center", "left"),
                font_size=11,
            )
        )
    else:
        body.append(Paragraph("Không có chênh lệch: mọi vật phẩm theo sổ đều có mặt, niêm phong nguyên vẹn."))
    body.append(Heading("III. Danh sách kiểm kê", 2))
    rows = tuple(
        (
            str(n),
            ln.item.code,
            ln.item.category,
            ln.item.quantity_text,
            ln.item.seal_number,
            ln.item.location,
            {True: "Có", False: "Không thấy", None: "Chưa kiểm"}[ln.found],
        )
        for n, ln in enumerate(st.lines, start=1)
    )
    if rows:
        body.append(
            Table(
                (("STT", "Mã vật phẩm", "Loại", "Số lượng", "Số niêm phong", "Nơi cất giữ", "Kết quả"),),
                rows,
                (0.6, 1.5, 1.8, 1.2, 1.3, 1.9, 1.1),
                ("center", "center", "left", "right", "center", "left", "center"),
                font_size=11,
            )
        )
    else:
        body.append(Paragraph("Không có vật phẩm nào đang lưu giữ theo sổ."))
    if st.notes:
        body.append(Paragraph(f"<b>Ghi chú:</b> {escape(st.notes)}"))
    signers = tuple(("THÀNH VIÊN KIỂM KÊ", m) for m in st.members[:3]) or (("NGƯỜI KIỂM KÊ", ""),)
    body.append(SignatureColumns(signers))
    return Document(
        letterhead=station.letterhead(),
        kind_code="BB",
        title="BIÊN BẢN",
        subject="Kiểm kê vũ khí, vật liệu nổ, công cụ hỗ trợ đang lưu giữ",
        doc_date=st.held_on,
        number=None,
        body=tuple(body),
        signer=station.signer(),
    )


def stocktake_pdf(uow: UnitOfWork, stocktake_id: int) -> bytes:
    """The stocktake record as PDF bytes, for a preview (nothing logged)."""
    uow.require("read")
    view = stocktake.get_stocktake(uow, stocktake_id)
    return render_bytes(numbered(uow, stocktake_document(uow, view), "weapons.stocktake", view.id))


def print_stocktake(uow: UnitOfWork, stocktake_id: int) -> bytes:
    view = stocktake.mark_stocktake_printed(uow, stocktake_id)
    with issuing():
        return render_bytes(numbered(uow, stocktake_document(uow, view), "weapons.stocktake", view.id))
