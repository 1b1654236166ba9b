"""The register of reports received, printed in the official layout (sổ tiếp nhận tin báo).

The register is an incoming book: its lines carry the reports' own yearly numbers (số thứ tự tin
báo); the printout itself is not an outgoing document and leaves the "Số" line blank."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop import audit
from desktop.db import UnitOfWork, now
from desktop.security.reports import list_reports
from desktop.security.views import ReportView
from desktop.settings import get_station
from desktop.text import format_date, format_datetime

TITLE = "SỔ TIẾP NHẬN TỐ GIÁC, TIN BÁO VỀ TỘI PHẠM VÀ KIẾN NGHỊ KHỞI TỐ"
HEADER = (
    "Số TT",
    "Thời gian tiếp nhận",
    "Người báo tin, địa chỉ",
    "Hình thức, loại tin",
    "Nội dung",
    "Cán bộ tiếp nhận",
    "Kết quả xử lý",
)


def _handling(r: ReportView) -> str:
    if r.status == "transferred":
        parts = [f"Chuyển {r.transferred_to}", f"ngày {format_date(r.transferred_on)}"]
        if r.transfer_number:
            parts.append(f"văn bản số {r.transfer_number}")
        return ", ".join(parts)
    if r.status == "closed":
        text = f"Giải quyết xong ngày {format_date(r.closed_on)}"
        return f"{text}: {r.result}" if r.result else text
    text = r.status_text
    return f"{text} (hạn {format_date(r.due_on)})" if r.status not in ("transferred", "closed") else text


def register_rows(reports: list[ReportView]) -> list[tuple[str, ...]]:
    rows = []
    for r in sorted(reports, key=lambda x: (x.year, x.number)):
        source = r.source_name + (f"\n{r.source_contact}" if r.source_contact else "")
        rows.append(
            (
                r.number_text,
                format_datetime(r.received_at),
                source,
                f"{r.channel_text}\n{r.kind_text}",
                r.content,
                r.officer_name,
                _handling(r),
            )
        )
    return rows


def reports_register(uow: UnitOfWork, start: dt.date, end: dt.date) -> Any:
    """The Document of the register for reports received ``start``..``end``; logs the print."""
    from desktop.reports.official import Document, Paragraph, Table

    uow.require("read")
    station = get_station(uow)
    reports = list_reports(uow, start, end)
    rows = register_rows(reports)
    body: list[Any] = []
    if rows:
        body.append(
            Table(
                header=(HEADER,),
                rows=tuple(rows),
                col_widths=(1.4, 2.0, 2.8, 2.2, 3.6, 2.1, 2.4),
                font_size=9,
                align=("center", "center", "left", "left", "left", "left", "left"),
            )
        )
    else:
        body.append(Paragraph("Trong thời gian này Công an xã không tiếp nhận tố giác, tin báo nào."))
    handled = sum(1 for r in reports if r.status in ("transferred", "closed"))
    overdue = sum(1 for r in reports if r.overdue)
    body.append(
        Paragraph(
            f"Tổng số: {len(reports)} tin; đã chuyển hoặc giải quyết xong: {handled}; "
            f"đang xác minh, chưa xử lý: {len(reports) - handled}"
            + (f", trong đó quá hạn: {overdue}." if overdue else ".")
        )
    )
    doc = Document(
        letterhead=station.letterhead(),
        kind_code="STB",
        title=TITLE,
        subject=f"Từ ngày {format_date(start)} đến ngày {format_date(end)}",
        doc_date=now().date(),
        body=tuple(body),
        recipients=(f"Lãnh đạo {station.unit_label}", "Lưu: VT"),
        signer=station.signer(),
        show_number=False,  # a book of reports received, not an outgoing document: no "Số:" line
    )
    audit.record(
        uow, "print", "crime_report", None, f"In sổ tiếp nhận tin báo {format_date(start)}–{format_date(end)}"
    )
    return doc


def render_register(uow: UnitOfWork, start: dt.date, end: dt.date) -> bytes:
    """The register's PDF (for the print preview)."""
    from desktop.reports.official import render_bytes

    return render_bytes(reports_register(uow, start, end))
