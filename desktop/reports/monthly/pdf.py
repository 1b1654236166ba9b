"""The monthly report as an official document (BÁO CÁO, kind "BC"), laid out by ``reports.official``.

``render(uow, report)`` builds the ``Document`` (letterhead, "Kính gửi", sections I–V with each
figure as a Vietnamese sentence, the clerk's narrative, next month's planned events under IV, Nơi
nhận, the signer), passes it through ``register.issuing.numbered`` (inside ``issuing()`` it takes
its number; outside, a preview shows "Số:      /BC-CAX") and lays it out. The appendix "Phụ lục —
bảng số liệu" (this month, previous month, same month last year, year to date, change) follows the
signature on a page of its own, its header repeated on every page. The signature block never
stands alone on a page: the end of the last paragraph goes with it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from typing import Any

from desktop.db import UnitOfWork, now
from desktop.errors import ValidationError
from desktop.register.issuing import numbered
from desktop.reports.monthly.model import Figure, Item, MonthlyReport, Narrative, Number, Section
from desktop.settings import StationView, get_station
from desktop.text import format_date

__all__ = ["AREA", "DRAFT_MARK", "document", "format_value", "render", "subject"]

#: the register area of monthly reports (one record key per period and version)
AREA = "reports.monthly"
DRAFT_MARK = "DỰ THẢO"
APPENDIX_TITLE = "PHỤ LỤC — BẢNG SỐ LIỆU"
APPENDIX_HEADER = (
    "STT", "Chỉ tiêu", "Đơn vị tính", "Tháng này", "Tháng trước", "Cùng kỳ năm trước",
    "Lũy kế năm", "Tăng (+), giảm (-) so với tháng trước",
)
APPENDIX_WIDTHS = (0.8, 3.6, 1.2, 1.6, 1.6, 1.6, 1.6, 1.7)
APPENDIX_ALIGN = ("center", "left", "center", "right", "right", "right", "right", "right")
NBSP = "\u00a0"
NOT_APPLICABLE = "x"  # Vietnamese statistical tables: "x" where a column does not apply

#: the narrative parts under III–V when the composed sections do not carry them as items
SECTION_TITLES = {
    "III": "ĐÁNH GIÁ CHUNG",
    "IV": "PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG TỚI",
    "V": "ĐỀ XUẤT, KIẾN NGHỊ",
}
NOTHING = "Không có."


def format_value(value: Number | None) -> str:
    """1500 → '1.500'; Decimal('12.5') → '12,5'; None → ''."""
    if value is None:
        return ""
    if isinstance(value, Decimal) and value != value.to_integral_value():
        text = f"{value.normalize():,f}"
        whole, _, frac = text.partition(".")
        return whole.replace(",", ".") + "," + frac
    return f"{int(value):,}".replace(",", ".")


def format_change(value: Number | None) -> str:
    """+4, -2, 0 (the appendix's change column)."""
    if value is None:
        return NOT_APPLICABLE
    sign = "+" if value > 0 else "-" if value < 0 else ""
    return sign + format_value(abs(value))


def _with_unit(value: Number, unit: str) -> str:
    return f"{format_value(value)} {unit}".strip()


def _compare(word: str, value: Number, other: Number | None) -> str:
    if other is None:
        return ""
    diff = value - other
    how = "tăng " + format_value(diff) if diff > 0 else "giảm " + format_value(-diff) if diff < 0 else "bằng"
    return f"{word} {format_value(other)}, {how}"


def figure_line(f: Figure) -> str:
    """'- Tuần tra, kiểm soát: 22 lượt (tháng trước 18, tăng 4; cùng kỳ năm trước 20, tăng 2).'; the
    comparisons the figure has (a count on the last day has no year to date, a count as of now none)."""
    text = f"- {f.label}: {_with_unit(f.value, f.unit)}"
    parts = [p for p in (_compare("tháng trước", f.value, f.previous),
                         _compare("cùng kỳ năm trước", f.value, f.last_year)) if p]
    if f.year_to_date is not None:
        parts.append(f"lũy kế năm {format_value(f.year_to_date)}")
    return text + (f" ({'; '.join(parts)})." if parts else ".")


def month_of(report: MonthlyReport) -> tuple[int, int]:
    """The report's month: the month its period ends in (a period from the 15th runs into it)."""
    return report.period.end.month, report.period.end.year


def subject(report: MonthlyReport, station: StationView) -> str:
    month, year = month_of(report)
    p = report.period
    return (f"Kết quả công tác {station.unit_label} tháng {month:02d} năm {year}\n"
            f"(từ ngày {format_date(p.start)} đến ngày {format_date(p.end)})")


_PARENT = re.compile(r"^(CÔNG AN)\s+(TỈNH|THÀNH PHỐ)\s+(.+)$")


def parent_addressee(station: StationView) -> str:
    """'CÔNG AN TỈNH LÂM ĐỒNG' → 'Công an tỉnh Lâm Đồng' (the body a commune station reports to)."""
    body = " ".join(station.parent_body.split())
    m = _PARENT.match(body.upper())
    if m:
        return f"Công an {m[2].lower()} {m[3].title()}"
    return body[:1].upper() + body[1:].lower() if body.isupper() else body


def commune_addressee(station: StationView) -> str:
    """'Đảng ủy, Ủy ban nhân dân xã Đắk Nia' (the commune's Party committee and People's Committee)."""
    name = " ".join(station.commune_name.split())
    kind = station.unit_kind
    if name.lower().startswith(kind + " "):
        name = name[len(kind) + 1:]
    return f"Đảng ủy, Ủy ban nhân dân {kind} {name}".strip()


def addressees(station: StationView) -> tuple[str, ...]:
    out = [parent_addressee(station)] if station.parent_body.strip() else []
    if station.commune_name.strip():
        out.append(commune_addressee(station))
    return tuple(out)


def _paragraphs(text: str) -> list[Any]:
    """The clerk's text, a paragraph per line (blank lines dropped); markup typed is printed as typed."""
    from desktop.reports.official import Paragraph, escape

    return [Paragraph(escape(line.strip())) for line in (text or "").replace("\r\n", "\n").split("\n")
            if line.strip()]


def _section_blocks(section: Section) -> list[Any]:
    from desktop.reports.official import Heading, Paragraph, escape

    blocks: list[Any] = [Heading(f"{section.number}. {section.title.upper()}", 1)]
    for item in section.items:
        title = f"{item.number}. {item.title}" if item.number else item.title
        if title.strip():
            blocks.append(Heading(title, 2))
        blocks += [Paragraph(escape(figure_line(f))) for f in item.figures]
        blocks += _paragraphs(item.text)
    return blocks


def _default_items(number: str, n: Narrative) -> tuple[Item, ...]:
    """III–V from the narrative when the composed report has no such section."""
    if number == "III":
        return (Item("1", "Ưu điểm", text=n.strengths),
                Item("2", "Tồn tại, hạn chế và nguyên nhân", text=n.shortcomings))
    return (Item("", "", text=n.next_tasks if number == "IV" else n.proposals),)


def _narrative_blocks(report: MonthlyReport, number: str, section: Section | None) -> list[Any]:
    """Section III, IV or V: its points with the clerk's text (a point left empty is not printed);
    next month's planned events under IV; "Không có." for a section with nothing to say."""
    from desktop.reports.official import Heading, Paragraph, escape

    if section is None:
        section = Section(number, SECTION_TITLES[number], _default_items(number, report.narrative))
    blocks: list[Any] = [Heading(f"{number}. {section.title.upper()}", 1)]
    for item in section.items:
        body = [Paragraph(escape(figure_line(f))) for f in item.figures] + _paragraphs(item.text)
        title = f"{item.number}. {item.title}" if item.number else item.title
        if body and item.title.strip() and item.title.strip().upper() != section.title.strip().upper():
            blocks.append(Heading(title, 2))
        blocks += body
    if number == "IV" and report.planned_next:
        blocks.append(Paragraph("Các hoạt động đã có trong lịch công tác tháng tới:"))
        for ev in sorted(report.planned_next, key=lambda e: (e.day, e.title)):
            where = f" ({ev.place})" if ev.place else ""
            line = f"- Ngày {format_date(ev.day)}: {ev.kind} — {ev.title}{where}."
            blocks.append(Paragraph(escape(line)))
    if len(blocks) == 1:
        blocks.append(Paragraph(NOTHING))
    return blocks


def _body(report: MonthlyReport) -> list[Any]:
    by_number = {s.number: s for s in report.sections}
    blocks: list[Any] = []
    summary = _paragraphs(report.narrative.summary)
    for section in report.sections:
        if section.number in SECTION_TITLES:
            continue
        part = _section_blocks(section)
        if summary:  # the situation in general opens section I
            part[1:1] = summary
            summary = []
        blocks += part
    blocks = summary + blocks
    for number in SECTION_TITLES:
        blocks += _narrative_blocks(report, number, by_number.get(number))
    return blocks


def appendix_rows(report: MonthlyReport) -> tuple[tuple[str, ...], ...]:
    rows: list[tuple[str, ...]] = []
    for section in report.sections:
        figures = [f for item in section.items for f in item.figures]
        if not figures:
            continue
        rows.append((section.number, section.title.upper(), "", "", "", "", "", ""))
        for n, f in enumerate(figures, start=1):
            rows.append((str(n), f.label, f.unit, format_value(f.value),
                         NOT_APPLICABLE if f.previous is None else format_value(f.previous),
                         NOT_APPLICABLE if f.last_year is None else format_value(f.last_year),
                         NOT_APPLICABLE if f.year_to_date is None else format_value(f.year_to_date),
                         format_change(f.change)))
    return tuple(rows)


def document(uow: UnitOfWork, report: MonthlyReport) -> Any:
    """The report's ``official.Document`` as issued (or previewed): numbered, with the chosen signer."""
    from desktop.reports.official import Document

    station = get_station(uow)
    doc = Document(
        letterhead=station.letterhead(),
        kind_code="BC",
        title="BÁO CÁO",
        subject=subject(report, station),
        doc_date=issued_date(report),
        body=tuple(_body(report)),
        addressees=addressees(station),
        recipients=("Như trên", f"Lãnh đạo {station.unit_label}", "Lưu: VT"),
        signer=station.signer(),
    )
    return numbered(uow, doc, AREA, key=f"monthly:{report.period.start}:v{report.version or 0}")


def render(uow: UnitOfWork, report: MonthlyReport) -> bytes:
    """The report's PDF (see the module docstring)."""
    from desktop.reports import official as of
    from desktop.reports.fonts import register_family

    uow.require("read")
    doc = document(uow, report)
    try:
        of._validate(doc)  # e.g. the station's letterhead not filled in yet
        family = register_family()
        st = of._Styles(family)
        buf = io.BytesIO()
        of._build(doc, _story(doc, report, st), family, buf)
    except ValueError as exc:
        raise ValidationError("Báo cáo tháng", str(exc)) from None
    return buf.getvalue()


def _story(doc: Any, report: MonthlyReport, st: Any) -> list[Any]:
    from reportlab import platypus as pl
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.units import cm

    from desktop.reports import official as of
    from desktop.reports.wording import format_number

    story: list[Any] = [of._header(doc, st)]
    if report.version is None:
        mark = st.make("draft", 13, st.bold, TA_CENTER, borderWidth=1, borderColor="black",
                       borderPadding=4, spaceBefore=10)
        story.append(pl.Table([[pl.Paragraph(DRAFT_MARK, mark)]], colWidths=[3.2 * cm], hAlign="CENTER"))
    story += of._title(doc, st)
    if report.version is not None and report.version > 1:
        note = f"(Bản điều chỉnh, ban hành lần thứ {report.version}; thay thế các bản đã ban hành trước)"
        story.insert(len(story) - 1, pl.Paragraph(of.escape(note), st.make("version", 13, st.italic)))
    blocks = doc.body
    for i, block in enumerate(blocks):
        if isinstance(block, of.Heading) and not (i and isinstance(blocks[i - 1], of.Heading)):
            end = next((j for j in range(i, len(blocks)) if not isinstance(blocks[j], of.Heading)),
                       len(blocks))
            story.append(pl.CondPageBreak(of.HEADING_ROOM + (end - i - 1) * 1.2 * cm))
        story.append(of._body_block(block, st))
    story.append(pl.KeepTogether(_tail(blocks, story, st) + [of._closing(doc, st)]))
    rows = appendix_rows(report)
    if rows:
        # a preview leaves the number blank to be written by hand, as on the first page
        of_what = format_number(doc.number, doc.kind_code, doc.letterhead.symbol)[len("Số: "):]
        attached = (f"(Kèm theo Báo cáo số {of_what.replace(' ', NBSP)} ngày {format_date(doc.doc_date)} "
                    f"của {report.station.name or doc.letterhead.issuing_body})")
        table = of.Table(header=(APPENDIX_HEADER,), rows=rows, col_widths=APPENDIX_WIDTHS,
                         align=APPENDIX_ALIGN, font_size=10)
        story += [pl.PageBreak(), pl.Paragraph(APPENDIX_TITLE, st.make("appendix", 14, st.bold)),
                  pl.Paragraph(of.escape(attached), st.make("appendix-of", 13, st.italic, spaceAfter=8)),
                  of._body_block(table, st)]
    return story


#: lines of the last paragraph that go to the signature's page with it when the paragraph is long
KEEP_LINES = 3


def _tail(blocks: tuple[Any, ...], story: list[Any], st: Any) -> list[Any]:
    """What goes onto the signature's page: the last paragraph (its last lines, when it is long)
    with the headings right above it, so the signature block never stands alone on a page."""
    from desktop.reports import official as of

    if not blocks or not isinstance(blocks[-1], of.Paragraph):
        return []
    last = story.pop()
    _w, height = last.wrap(of.TEXT_WIDTH, of.FRAME_HEIGHT)
    keep = KEEP_LINES * last.style.leading
    tail: list[Any] = [last]
    if height > keep + last.style.leading:
        parts = last.split(of.TEXT_WIDTH, height - keep)
        if len(parts) == 2:
            story.append(parts[0])
            return [parts[1]]
    i = len(blocks) - 1
    while i and isinstance(blocks[i - 1], of.Heading):
        tail.insert(0, story.pop())
        i -= 1
    return tail


def issued_date(report: MonthlyReport) -> dt.date:
    return report.issued_at.date() if report.issued_at is not None else now().date()
