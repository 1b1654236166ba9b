"""Printouts in the official layout: loan slip, overdue loans, per-village data-problem and
campaign lists. Each ``*_pdf`` function builds the document from service data, renders it and
logs the print in the audit log."""

from __future__ import annotations

import datetime as dt

from desktop import audit
from desktop.db import UnitOfWork
from desktop.register.issuing import numbered
from desktop.residents import campaign, loans, quality
from desktop.residents.archive import get_file
from desktop.residents.idcard import mask
from desktop.settings import get_station, list_villages
from desktop.text import format_date


def _official():  # noqa: ANN202
    from desktop.reports import official

    return official


def _village_label(uow: UnitOfWork, village_id: int | None) -> str:
    if village_id is None:
        return "chưa có thôn, bon"
    return next((v.label for v in list_villages(uow, include_inactive=True) if v.id == village_id), "")


def _unit_phrase(station) -> str:  # noqa: ANN001
    """'CÔNG AN XÃ ĐẮK NIA' → 'Công an xã Đắk Nia' (the place name keeps its capitals)."""
    text = station.issuing_body.strip().lower()
    place = station.place_name.strip()
    if place and place.lower() in text:
        text = text.replace(place.lower(), place)
    return text[:1].upper() + text[1:]


def _area_phrase(station) -> str:  # noqa: ANN001
    """'trên địa bàn xã Đắk Nia' from the station's commune name ('Xã Đắk Nia', 'Phường …')."""
    name = station.commune_name.strip() or station.place_name.strip()
    return f"trên địa bàn {name[:1].lower()}{name[1:]}" if name else "trên địa bàn"


_BLANK_DATE = "…/…/……"
_BLANK = "……………………………"


def loan_slip(uow: UnitOfWork, loan_id: int, *, today: dt.date | None = None):  # -> official.Document
    """Phiếu mượn hồ sơ cư trú: the request it answers, who took which file, for what, until when; signed
    by the borrower and the records officer, approved by a leader; and the return, signed by both."""
    o = _official()
    loan = loans.get_loan(uow, loan_id)
    f = get_file(uow, loan.file_id)
    station = get_station(uow)
    borrower = f"{loan.borrower} — {loan.borrower_unit}" if loan.borrower_unit else loan.borrower
    rows = (
        ("Văn bản đề nghị", loan.request_ref or f"Số …………… ngày {_BLANK_DATE} của {_BLANK}"),
        ("Số hồ sơ", f.number),
        ("Chủ hồ sơ", f.owner),
        ("Vị trí lưu trữ", f.location_path or "(chưa xếp)"),
        ("Người mượn", borrower),
        ("Mục đích mượn", loan.purpose),
        ("Thời hạn mượn", f"từ ngày {format_date(loan.out_date)} đến ngày {format_date(loan.due_date)}"),
    )
    papers = "; ".join(
        f"{i}. {' — '.join(x for x in (d.form_code, d.title) if x)}"
        + (f" ({format_date(d.doc_date)})" if d.doc_date else "")
        for i, d in enumerate(f.documents, 1)
    )
    if papers:
        rows = (*rows, ("Giấy tờ trong hồ sơ", papers))
    body: list = [
        o.Table((("Nội dung", "Chi tiết"),), rows, col_widths=(1, 2.2), align=("left", "left"), font_size=11)
    ]
    returned = loan.returned_date is not None
    body += [
        o.Paragraph(
            "Người mượn có trách nhiệm giữ gìn hồ sơ nguyên vẹn, không tháo rời, không sao chép "
            "trái phép và trả đúng hạn."
        ),
        o.SignatureColumns(
            (("NGƯỜI MƯỢN", loan.borrower), ("NGƯỜI GIAO HỒ SƠ", loan.officer_name), ("LÃNH ĐẠO DUYỆT", ""))
        ),
        o.Heading("PHẦN TRẢ HỒ SƠ", level=2),
        o.Paragraph(
            f"Ngày trả: {format_date(loan.returned_date) if returned else _BLANK_DATE}; cán bộ nhận lại: "
            f"{loan.return_officer_name or _BLANK}. Tình trạng hồ sơ khi trả: {_BLANK}",
            indent=False,
        ),
        o.SignatureColumns((("NGƯỜI TRẢ", loan.borrower), ("CÁN BỘ NHẬN LẠI", loan.return_officer_name))),
    ]
    return o.Document(
        station.letterhead(),
        "PM",
        "PHIẾU MƯỢN HỒ SƠ",
        f"Hồ sơ cư trú số {f.number}",
        today or loan.out_date,
        body=tuple(body),
        signer=None,
    )


def overdue_list(uow: UnitOfWork, *, today: dt.date | None = None):  # -> official.Document
    """The loans past due, addressed to the chief, signed by the records officer, filed "Lưu: VT"."""
    o = _official()
    today = today or dt.date.today()
    station = get_station(uow)
    items = loans.overdue(uow, today)
    rows = tuple(
        (
            str(i),
            x.file_number,
            x.borrower,
            x.borrower_unit,
            format_date(x.out_date),
            format_date(x.due_date),
            str(x.days_overdue(today)),
        )
        for i, x in enumerate(items, 1)
    )
    body: list = [
        o.Paragraph(f"Đến ngày {format_date(today)} có {len(items)} hồ sơ cho mượn quá hạn chưa trả:")
    ]
    body.append(
        o.Table(
            (("TT", "Số hồ sơ", "Người mượn", "Đơn vị", "Ngày mượn", "Hạn trả", "Quá hạn (ngày)"),),
            rows or (("", "", "(không có)", "", "", "", ""),),
            col_widths=(0.4, 1.3, 1.5, 1.6, 1, 1, 0.8),
            align=("center", "left", "left", "left", "center", "center", "right"),
            font_size=11,
        )
    )
    if items:
        body.append(o.Paragraph("Đề nghị lãnh đạo chỉ đạo thu hồi các hồ sơ trên về lưu trữ theo quy định."))
    return o.Document(
        station.letterhead(),
        "DS",
        "DANH SÁCH",
        "Hồ sơ cư trú cho mượn quá hạn",
        today,
        body=tuple(body),
        addressees=(f"Trưởng {_unit_phrase(station)}",),
        recipients=("Như trên", "Lưu: VT"),
        signer=o.Signer("CÁN BỘ QUẢN LÝ HỒ SƠ", uow.actor.full_name),
    )


def problem_list(
    uow: UnitOfWork, village_id: int | None, *, rules: tuple[str, ...] = (), today: dt.date | None = None
):  # -> official.Document
    """The data problems of one village (``village_id`` None: the whole station, with a village
    column), by rule, for the officer who goes to check them; headings numbered 1, 2, 3 … as printed."""
    o = _official()
    today = today or dt.date.today()
    station = get_station(uow)
    villages = {v.id: v.label for v in list_villages(uow, include_inactive=True)}
    everywhere = village_id is None
    where = _area_phrase(station) if everywhere else f"tại {villages.get(village_id, '')}"
    body: list = []
    total = 0
    for code in rules or tuple(quality.RULES):
        rows = quality.queue(uow, code, village_id=village_id, today=today, limit=5000)
        if not rows:
            continue
        total += len(rows)
        number = sum(isinstance(b, o.Heading) for b in body) + 1
        body.append(o.Heading(f"{number}. {quality.RULES[code].label} ({len(rows)} người)", level=2))
        if everywhere:
            header = ("TT", "Họ và tên", "Ngày sinh", "Thôn, tổ", "Số định danh", "Nội dung cần xác minh")
            table_rows = tuple(
                (str(i), r.full_name, r.birth_text, villages.get(r.village_id, ""), r.id_number, r.detail)
                for i, r in enumerate(rows, 1)
            )
            widths: tuple[float, ...] = (0.4, 1.6, 0.9, 1.3, 1.3, 2.0)
        else:
            header = ("TT", "Họ và tên", "Ngày sinh", "Số định danh", "Nội dung cần xác minh")
            table_rows = tuple(
                (str(i), r.full_name, r.birth_text, r.id_number, r.detail) for i, r in enumerate(rows, 1)
            )
            widths = (0.4, 1.7, 0.9, 1.3, 2.6)
        body.append(
            o.Table(
                (header,),
                table_rows,
                col_widths=widths,
                align=("center", "left", "center", *(("left",) * (len(header) - 3))),
                font_size=10,
            )
        )
    if not body:
        body.append(o.Paragraph("Không có lỗi dữ liệu nào cần xác minh."))
    intro = o.Paragraph(
        f"Danh sách {total} trường hợp cần xác minh, làm sạch dữ liệu dân cư {where} "
        f"(tính đến ngày {format_date(today)})."
    )
    return o.Document(
        station.letterhead(),
        "DS",
        "DANH SÁCH",
        f"Nhân khẩu cần xác minh, làm sạch dữ liệu {where}",
        today,
        body=(intro, *body),
        recipients=("Cán bộ phụ trách địa bàn", "Lưu: VT"),
        signer=station.signer(),
    )


def campaign_list(uow: UnitOfWork, village_id: int | None, *, today: dt.date | None = None):
    """Who in a village still needs the ID card or VNeID level 2 (Đề án 06 field list)."""
    o = _official()
    today = today or dt.date.today()
    station = get_station(uow)
    label = _village_label(uow, village_id)
    rows = campaign.field_list(uow, village_id, today=today)
    table_rows = tuple(
        (
            str(i),
            r.full_name,
            r.birth_text,
            r.household_number,
            mask(r.id_number) if r.id_number else "",
            r.needs,
            "",
        )
        for i, r in enumerate(rows, 1)
    )
    body = (
        o.Paragraph(
            f"Danh sách {len(rows)} công dân từ 14 tuổi tại {label} cần vận động làm căn cước, kích hoạt "
            f"tài khoản định danh điện tử mức 2 (Đề án 06), tính đến ngày {format_date(today)}."
        ),
        o.Table(
            (("TT", "Họ và tên", "Ngày sinh", "Số hộ", "Số định danh", "Cần làm", "Ghi chú"),),
            table_rows or (("", "(không còn ai)", "", "", "", "", ""),),
            col_widths=(0.4, 1.7, 0.9, 0.8, 1.2, 1.9, 0.9),
            align=("center", "left", "center", "center", "center", "left", "left"),
            font_size=10,
        ),
    )
    return o.Document(
        station.letterhead(),
        "DS",
        "DANH SÁCH",
        f"Công dân cần làm căn cước, VNeID mức 2 — {label}",
        today,
        body=body,
        recipients=("Cán bộ phụ trách địa bàn", "Lưu: hồ sơ"),
        signer=station.signer(),
    )


def render_pdf(uow: UnitOfWork, kind: str, *args: object, **kwargs: object) -> bytes:
    """Build and render one printout (``loan_slip``, ``overdue_list``, ``problem_list``, ``campaign_list``)
    and log it as printed."""
    uow.require("read")
    builders = {
        "loan_slip": loan_slip,
        "overdue_list": overdue_list,
        "problem_list": problem_list,
        "campaign_list": campaign_list,
    }
    record_id = args[0] if args and isinstance(args[0], int) else None
    doc = numbered(uow, builders[kind](uow, *args, **kwargs), f"residents.{kind}",  # type: ignore[operator]
                   record_id if kind == "loan_slip" else None, leader_signs=kind != "overdue_list")
    data = _official().render_bytes(doc)
    audit.record(
        uow,
        "print",
        "file_loan" if kind == "loan_slip" else "person",
        record_id,
        f"In {doc.title.lower()}: {doc.subject}",
    )
    return data
