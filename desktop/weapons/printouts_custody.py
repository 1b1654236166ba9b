"""The handover record (biên bản bàn giao) and the stocktake record (biên bản kiểm kê).

A handover names the place and each side's representative with rank and position; the delivering
side signs on the left, the receiving side on the right. A stocktake prints the time of day it
began, every member signs (rank and position from the staff register where the name is an
officer's), and the seal-number column is wide enough that no seal number wraps."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.db import UnitOfWork
from desktop.register.issuing import issuing, numbered
from desktop.reports.fonts import register_family
from desktop.reports.official import TEXT_WIDTH, Document, Heading, Paragraph, Table, escape
from desktop.reports.signing import Party, SignatureGrid, render_signed
from desktop.settings import get_station
from desktop.text import fold, format_date
from desktop.weapons import custody, stocktake
from desktop.weapons.categories import get_weapon_settings
from desktop.weapons.receipt_list import get_receipt, totals_text
from desktop.weapons.views import (
    NOT_ISSUED,
    HandoverView,
    OfficerRef,
    ReceiptView,
    StocktakeView,
    format_quantity,
)

CELL_PADDING = 6.5  # points: the table cell's left and right padding and a little air


def _time_text(moment) -> str:  # noqa: ANN001 - datetime
    return f"{moment:%H} giờ {moment:%M} phút, ngày {format_date(moment.date())}"


def _station_party(name: str, unit: str) -> str:
    from desktop.weapons.printouts import station_party

    return station_party(name, unit)


def _detail(officer: OfficerRef | None) -> str:
    from desktop.weapons.printouts import officer_detail

    return officer_detail(officer)


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fit_column(
    weights: tuple[float, ...], column: int, texts: list[str], font_size: float, donor: int
) -> tuple[float, ...]:
    """Column weights with ``column`` wide enough for the longest of ``texts`` on one line (taken from
    the ``donor`` column), so a seal number never breaks inside."""
    family = register_family()
    longest = max((stringWidth(t, family, font_size) for t in texts if t), default=0.0) + CELL_PADDING
    total = sum(weights)
    need = longest / TEXT_WIDTH * total
    if need <= weights[column]:
        return weights
    extra = need - weights[column]
    out = list(weights)
    out[column] = need
    out[donor] = max(out[donor] - extra, weights[donor] * 0.5)
    return tuple(out)


def _representative(name: str, rank: str, position: str) -> str:
    text = " ".join(p for p in (rank, name) if p)
    return text + (f", chức vụ: {position}" if position else "")


def handover_document(uow: UnitOfWork, handover: HandoverView) -> tuple[Document, SignatureGrid]:
    from desktop.weapons.printouts import ITEM_ALIGN, ITEM_WIDTHS

    station = get_station(uow)
    wording = get_weapon_settings(uow)
    party = _station_party(station.commune_name, station.unit_label)
    deliverer = handover.deliverer
    deliverer_rank = deliverer.rank if deliverer else ""
    deliverer_position = deliverer.position if deliverer else ""
    place = handover.place or f"trụ sở {party}"
    fill = _Blank(
        gio=_time_text(handover.handed_at),
        don_vi_nhan=handover.receiving_unit,
        dia_diem=place,
        can_bo=handover.deliverer_name,
        nguoi_chung_kien="",
        nguoi_giao=handover.deliverer_name,
        hinh_thuc="",
        su_kien="",
        don_vi=party,
    )
    safe = _Blank({k: escape(v) for k, v in fill.items()})
    body: list = []
    if wording.legal_basis:
        body.append(Paragraph(f"<i>{escape(wording.legal_basis)}</i>"))
    body.append(Paragraph(wording.handover_intro.format_map(safe)))
    body.append(Heading("I. Bên giao: " + party, 2))
    if handover.deliverer_name:
        text = _representative(handover.deliverer_name, deliverer_rank, deliverer_position)
        body.append(Paragraph(f"Đại diện: {escape(text)}."))
    body.append(Heading("II. Bên nhận: " + handover.receiving_unit, 2))
    line = ""
    if handover.receiver_name:
        text = _representative(handover.receiver_name, handover.receiver_rank, handover.receiver_position)
        line = f"Đại diện: {escape(text)}."
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
        # the receipt as its paper says: the number it was issued under in the outgoing register
        day = format_date(r.received_at.date())
        paper = f"BB {r.label} ngày {day}" if r.label != NOT_ISSUED else f"BB ngày {day} (chưa in)"
        origin[item.id] = f"{r.origin_text}; {paper}; {r.person_text}"
    rows = tuple(
        (str(n), i.code, i.category, i.unit, format_quantity(i.quantity), origin[i.id], i.seal_number)
        for n, i in enumerate(handover.items, start=1)
    )
    header = (("STT", "Mã vật phẩm", "Loại", "ĐVT", "Số lượng", "Nguồn gốc", "Số niêm phong"),)
    widths = fit_column(ITEM_WIDTHS, 6, [i.seal_number for i in handover.items], 11, donor=5)
    body.append(Table(header, rows, widths, ITEM_ALIGN, font_size=11))
    body.append(Paragraph(f"<b>Tổng cộng:</b> {escape(totals_text(handover.items))}."))
    if handover.notes:
        body.append(Paragraph(f"<b>Ghi chú:</b> {escape(handover.notes)}"))
    body.append(
        Paragraph(
            "Hai bên đã kiểm đếm, đối chiếu số niêm phong và thống nhất số lượng nêu trên. "
            "Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản có giá trị như nhau."
        )
    )
    grid = SignatureGrid(
        (
            Party("Đại diện bên giao", handover.deliverer_name, ", ".join(
                p for p in (deliverer_rank, deliverer_position) if p
            )),
            Party("Đại diện bên nhận", handover.receiver_name, ", ".join(
                p for p in (handover.receiver_rank, handover.receiver_position) if p
            )),
        ),
        per_row=2,
    )
    doc = Document(
        letterhead=station.letterhead(),
        kind_code="BB",
        title="BIÊN BẢN",
        subject="Bàn giao vũ khí, vật liệu nổ, công cụ hỗ trợ",
        doc_date=handover.handed_at.date(),
        number=handover.number,
        body=tuple(body),
    )
    return doc, grid


def handover_pdf(uow: UnitOfWork, handover_id: int) -> bytes:
    """The handover record as PDF bytes, for a preview (nothing logged)."""
    uow.require("read")
    view = custody.get_handover(uow, handover_id)
    doc, grid = handover_document(uow, view)
    return render_signed(numbered(uow, doc, "weapons.handover", view.id), grid)


def print_handover(uow: UnitOfWork, handover_id: int) -> bytes:
    view = custody.get_handover(uow, handover_id)
    doc, grid = handover_document(uow, view)
    with issuing():
        pdf = render_signed(numbered(uow, doc, "weapons.handover", view.id), grid)
    custody.mark_handover_printed(uow, handover_id)  # logged under the number just issued
    return pdf


def _members(uow: UnitOfWork, names: tuple[str, ...]) -> tuple[Party, ...]:
    """Each member signs; a member who is one of the station's officers gets rank and position."""
    from desktop.staff import service as staff

    officers = {fold(o.full_name): o for o in staff.list_officers(uow, include_inactive=True)}
    parties = []
    for name in names:
        o = officers.get(fold(name))
        detail = ", ".join(p for p in (o.rank, o.position) if p) if o is not None else ""
        parties.append(Party("Thành viên kiểm kê", name, detail))
    return tuple(parties) or (Party("Người kiểm kê", ""),)


def _stocktake_table(header: tuple[str, ...], rows: tuple, weights: tuple[float, ...], align: tuple) -> Table:
    seal = header.index("Số niêm phong")
    donor = max(range(len(weights)), key=lambda i: weights[i] if i != seal else 0)
    widths = fit_column(weights, seal, [r[seal] for r in rows], 11, donor=donor)
    return Table((header,), rows, widths, align, font_size=11)


def stocktake_document(uow: UnitOfWork, st: StocktakeView) -> tuple[Document, SignatureGrid]:
    station = get_station(uow)
    wording = get_weapon_settings(uow)
    party = escape(_station_party(station.commune_name, station.unit_label))
    members = ", ".join(st.members) or f"cán bộ {party}"
    found = sum(1 for ln in st.lines if ln.found)
    when = (
        f"vào hồi {st.started_at:%H} giờ {st.started_at:%M} phút, ngày {format_date(st.held_on)}"
        if st.started_at
        else f"vào hồi ..... giờ ..... phút, ngày {format_date(st.held_on)}"
    )
    body: list = []
    if wording.legal_basis:
        body.append(Paragraph(f"<i>{escape(wording.legal_basis)}</i>"))
    body.append(
        Paragraph(
            f"Hôm nay, {when}, tại trụ sở {party}, "
            f"chúng tôi gồm: {escape(members)}; đã tiến hành kiểm kê vũ khí, vật liệu nổ, công cụ hỗ trợ "
            "đang lưu giữ tại đơn vị, đối chiếu với sổ theo dõi. Kết quả như sau:"
        )
    )
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
            _stocktake_table(
                ("STT", "Mã vật phẩm", "Loại", "Số lượng", "Số niêm phong", "Nơi cất giữ theo sổ", "Kết quả",
                 "Ghi chú"),
                rows,
                (0.6, 1.5, 1.6, 1.1, 1.2, 1.6, 1.1, 1.6),
                ("center", "center", "left", "right", "center", "left", "center", "left"),
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
            _stocktake_table(
                ("STT", "Mã vật phẩm", "Loại", "Số lượng", "Số niêm phong", "Nơi cất giữ", "Kết quả"),
                rows,
                (0.6, 1.5, 1.8, 1.2, 1.3, 1.9, 1.1),
                ("center", "center", "left", "right", "center", "left", "center"),
            )
        )
    else:
        body.append(Paragraph("Không có vật phẩm nào đang lưu giữ theo sổ."))
    if st.notes:
        body.append(Paragraph(f"<b>Ghi chú:</b> {escape(st.notes)}"))
    if st.closed_at is not None:
        body.append(Paragraph(f"Việc kiểm kê kết thúc vào hồi {_time_text(st.closed_at)}."))
    doc = Document(
        letterhead=station.letterhead(),
        kind_code="BB",
        title="BIÊN BẢN",
        subject="Kiểm kê vũ khí, vật liệu nổ, công cụ hỗ trợ đang lưu giữ",
        doc_date=st.held_on,
        number=None,
        body=tuple(body),
        signer=station.signer(),
    )
    return doc, SignatureGrid(_members(uow, st.members))


def stocktake_pdf(uow: UnitOfWork, stocktake_id: int) -> bytes:
    """The stocktake record as PDF bytes, for a preview (nothing logged)."""
    uow.require("read")
    view = stocktake.get_stocktake(uow, stocktake_id)
    doc, grid = stocktake_document(uow, view)
    return render_signed(numbered(uow, doc, "weapons.stocktake", view.id), grid)


def print_stocktake(uow: UnitOfWork, stocktake_id: int) -> bytes:
    view = stocktake.mark_stocktake_printed(uow, stocktake_id)
    doc, grid = stocktake_document(uow, view)
    with issuing():
        return render_signed(numbered(uow, doc, "weapons.stocktake", view.id), grid)
