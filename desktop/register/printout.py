"""The printable outgoing-document register of a year (sổ đăng ký văn bản đi, Nghị định 30/2020
Phụ lục IV): số, ngày tháng, ký hiệu, tên loại và trích yếu, người ký, nơi nhận, số bản, ghi chú.
The book is not itself a document: it carries no number."""

from __future__ import annotations

from typing import Any

from desktop import audit
from desktop.db import UnitOfWork, now
from desktop.register import service
from desktop.register.service import RegisterFilter
from desktop.settings import get_station
from desktop.text import format_date

HEADER = (
    (
        "Số",
        "Ngày tháng",
        "Ký hiệu",
        "Tên loại và trích yếu nội dung",
        "Người ký",
        "Nơi nhận",
        "Số bản",
        "Ghi chú",
    ),
)
WIDTHS = (0.6, 1.5, 1.3, 3.0, 1.4, 1.7, 0.6, 1.3)  # a date "01/08/2026" on one line
ALIGN = ("center", "center", "center", "left", "left", "left", "center", "left")


def _note(e: service.EntryView) -> str:
    parts = []
    if e.voided:
        parts.append(f"Đã hủy: {e.void_reason}")
    if e.hand_entered:
        parts.append("Lấy số bằng tay")
    if e.note:
        parts.append(e.note)
    return "; ".join(parts)


def register_document(uow: UnitOfWork, year: int) -> Any:
    from desktop.reports.official import Document, Paragraph, Table

    uow.require("read")
    station = get_station(uow)
    entries = service.list_entries(uow, RegisterFilter(year=year), limit=100000)
    rows = tuple(
        (
            f"{e.number:02d}",
            format_date(e.doc_date),
            e.symbol.split("/", 1)[1],
            f"{e.title.capitalize() + ': ' if e.title else ''}{e.subject}",
            e.signer,
            e.recipients.replace("; ", "\n"),
            str(e.copies),
            _note(e),
        )
        for e in entries
    )
    voided = sum(1 for e in entries if e.voided)
    body = (
        Paragraph(
            f"Năm {year}: {len(entries)} số đã cấp, trong đó {voided} số đã hủy (số đã hủy không cấp lại).",
            indent=False,
        ),
        Table(
            HEADER,
            rows or (("", "", "", "(chưa có văn bản nào)", "", "", "", ""),),
            WIDTHS,
            ALIGN,
            font_size=10,
        ),
    )
    audit.record(uow, "print", "outgoing_document", None, f"In sổ đăng ký văn bản đi năm {year}")
    return Document(
        letterhead=station.letterhead(),
        kind_code="SĐK",
        title="SỔ ĐĂNG KÝ VĂN BẢN ĐI",
        subject=f"Năm {year}",
        doc_date=now().date(),
        body=body,
        show_number=False,
        show_place_date=False,
    )


def register_pdf(uow: UnitOfWork, year: int) -> bytes:
    from desktop.reports.official import render_bytes

    return render_bytes(register_document(uow, year))
