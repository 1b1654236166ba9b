"""Official document layout (Nghị định 30/2020/NĐ-CP, Phụ lục I) that every printout goes through.

Callers describe a document with the frozen dataclasses of ``desktop.reports.document``
(imported from here) and call ``render``; this module owns the page geometry, the header
(issuing body, national title, number, place and date), title and subject, body blocks, the
closing row (Nơi nhận and signature), page numbers and PDF metadata. All text is normalised
to NFC and drawn with an embedded TrueType serif family, so it can be extracted from the PDF
exactly as written.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import BinaryIO

from reportlab import platypus as pl
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.doctemplate import LayoutError

from desktop.files import atomic_write
from desktop.reports.document import (
    Block,
    Document,
    Heading,
    Letterhead,
    PageBreak,
    Paragraph,
    SignatureColumns,
    Signer,
    Table,
)
from desktop.reports.document import validate as _validate
from desktop.reports.fonts import register_family
from desktop.reports.wording import (  # noqa: F401 — escape and the formatters are part of this API
    _caps,
    _markup,
    _nfc,
    _plain,
    escape,
    format_number,
    format_place_date,
)

__all__ = [
    "Block", "Document", "Heading", "Letterhead", "PageBreak", "Paragraph", "SignatureColumns",
    "Signer", "Table", "escape", "format_number", "format_place_date", "render", "render_bytes",
]

# --------------------------------------------------------------------------- geometry (ND30)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
HEADING_ROOM = 4 * cm  # a heading plus about three lines of body text
INDENT = 1.27 * cm
SIGN_SPACE = 2.5 * cm
RULE_THICKNESS = 0.6
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
_ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}

# --------------------------------------------------------------------------- styles and flowables


class _Styles:
    def __init__(self, family: str, body_size: float = 14, line_spacing: float = 1.25) -> None:
        self.family = family
        self.body_size = body_size
        self.line_spacing = line_spacing
        self.body_leading = round(body_size * line_spacing, 2)
        self.regular = family
        self.bold = family + "-Bold"
        self.italic = family + "-Italic"
        self.bold_italic = family + "-BoldItalic"

    def make(self, name: str, size: float = 14, font: str | None = None, align: int = TA_CENTER,
             leading: float | None = None, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font or self.regular, fontSize=size,
                              leading=leading or round(size * 1.25, 2), alignment=align,
                              textColor=colors.black, **kw)

    def cell(self, size: float, align: str, bold: bool) -> ParagraphStyle:
        return self.make("cell", size, self.bold if bold else self.regular, _ALIGNMENTS[align],
                         leading=round(size * 1.2, 2))


class _Rule(pl.Flowable):
    """A horizontal rule of a fixed length, centred in the space it is given."""

    def __init__(self, length: float, before: float = 3.0, after: float = 2.0) -> None:
        super().__init__()
        self.length = length
        self.before = before
        self.after = after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        self.length = min(self.length, avail_width)
        return avail_width, self.before + RULE_THICKNESS + self.after

    def draw(self) -> None:
        x0 = (self._avail - self.length) / 2
        y = self.after + RULE_THICKNESS / 2
        self.canv.saveState()
        self.canv.setLineWidth(RULE_THICKNESS)
        self.canv.setStrokeColor(colors.black)
        self.canv.line(x0, y, x0 + self.length, y)
        self.canv.restoreState()


def _fit(text: str, font: str, size: float, width: float, smallest: float) -> float:
    """Largest size ≤ ``size`` (step 0.5) at which ``text`` fits on one line of ``width``."""
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _grid(st: _Styles, data: list, widths: list[float], *cmds: tuple, pad: float = 0,
          **kw: object) -> pl.Table:
    """A table in our font (never reportlab's Helvetica default), top-aligned, no borders unless asked."""
    table = pl.Table(data, colWidths=widths, **kw)
    table.setStyle(pl.TableStyle([
        ("FONT", (0, 0), (-1, -1), st.regular, 12), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad), *cmds,
    ]))
    return table


def _header(doc: Document, st: _Styles) -> pl.Flowable:
    lh = doc.letterhead
    left_w, right_w, pad = TEXT_WIDTH * 0.4, TEXT_WIDTH * 0.6, 2.0
    left: list[pl.Flowable] = []
    parent = _caps(lh.parent_body).strip()
    if parent:
        size = _fit(parent, st.regular, 13, left_w - 2 * pad, 12)
        left.append(pl.Paragraph(escape(parent), st.make("parent", size)))
    issuer = _caps(lh.issuing_body).strip()
    size = _fit(issuer, st.bold, 13, left_w - 2 * pad, 12)
    left.append(pl.Paragraph(escape(issuer), st.make("issuer", size, st.bold)))
    # ND30: a rule 1/3 to 1/2 as long as the line above it, centred under it.
    left.append(_Rule(min(stringWidth(issuer, st.bold, size), left_w - 2 * pad) * 0.4))

    inner = right_w - 2 * pad
    title_size = _fit(NATIONAL_TITLE, st.bold, 13, inner, 9)
    motto_size = _fit(NATIONAL_MOTTO, st.bold, 14, inner, 10)
    right: list[pl.Flowable] = [
        pl.Paragraph(NATIONAL_TITLE, st.make("national", title_size, st.bold)),
        pl.Paragraph(NATIONAL_MOTTO, st.make("motto", motto_size, st.bold)),
        _Rule(stringWidth(NATIONAL_MOTTO, st.bold, motto_size)),  # as long as the motto
    ]

    # Multiple spaces (the blank for a hand-written number) must survive line building.
    number = format_number(doc.number, doc.kind_code, lh.symbol).replace(" ", "\u00a0")
    number_cell: pl.Flowable | str = ""
    if doc.show_number:
        number_cell = pl.Paragraph(escape(number), st.make("number", 13))
    date_cell: pl.Flowable | str = ""
    date_size = 13.0
    if doc.show_place_date:
        place_date = format_place_date(lh.place, doc.doc_date)
        date_size = _fit(place_date, st.italic, 14, inner, 12)
        date_cell = pl.Paragraph(escape(place_date), st.make("placedate", date_size, st.italic))
    # The first baseline sits one font size below the top of a cell: pad the smaller
    # "Số" line so both texts of the second row share a baseline.
    return _grid(st, [[left, right], [number_cell, date_cell]], [left_w, right_w],
                 ("TOPPADDING", (0, 0), (-1, 0), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                 ("TOPPADDING", (0, 1), (0, 1), 6 + date_size - 13), ("TOPPADDING", (1, 1), (1, 1), 6),
                 pad=pad)


def _title(doc: Document, st: _Styles) -> list[pl.Flowable]:
    subject = _nfc(doc.subject).strip()
    out: list[pl.Flowable] = [
        pl.Paragraph(escape(_caps(doc.title).strip()), st.make("title", 14, st.bold, spaceBefore=22)),
        pl.Paragraph(_plain(subject), st.make("subject", 14, st.bold)),
    ]
    line_w = min(max(stringWidth(line, st.bold, 14) for line in subject.splitlines()), TEXT_WIDTH)
    out.append(_Rule(max(line_w * 0.4, min(25 * mm, line_w)), before=3, after=0))
    addressees = [_strip_item(a) for a in doc.addressees if _nfc(a).strip()]
    if len(addressees) == 1:
        out.append(pl.Paragraph(escape(f"Kính gửi: {addressees[0]}."), st.make("to", 14, spaceBefore=12)))
    elif addressees:
        label = pl.Paragraph("Kính gửi:", st.make("to-label", 14, align=TA_RIGHT))
        item_style = st.make("to-item", 14, align=TA_LEFT)
        items = [pl.Paragraph(escape(line), item_style) for line in _dash_list(addressees)]
        out += [pl.Spacer(1, 12), _grid(st, [[label, items]], [TEXT_WIDTH * 0.3, TEXT_WIDTH * 0.7], pad=3)]
    out.append(pl.Spacer(1, 10))
    return out


def _dash_list(items: list[str]) -> list[str]:
    """ND30 list lines: "- A;" … "- Z." """
    return [f"- {item}{'.' if i == len(items) - 1 else ';'}" for i, item in enumerate(items)]


def _strip_item(text: str) -> str:
    """Caller list item → bare text: no leading "- ", no trailing ";" or "."."""
    item = _nfc(text).strip()
    if item.startswith("- "):
        item = item[2:].lstrip()
    if item.endswith((";", ".")) and not item.endswith(".."):
        item = item[:-1].rstrip()
    return item


def _body_block(block: Block, st: _Styles) -> pl.Flowable:
    if isinstance(block, Heading):
        font = {1: st.bold, 2: st.bold, 3: st.italic}[block.level]
        style = st.make(f"h{block.level}", st.body_size, font, TA_JUSTIFY, leading=st.body_leading,
                        firstLineIndent=INDENT,
                        spaceBefore=6, spaceAfter=6)
        return pl.Paragraph(_plain(block.text), style)
    if isinstance(block, Paragraph):
        style = st.make("body" if block.indent else "body-flush", st.body_size, align=TA_JUSTIFY,
                        leading=st.body_leading,
                        firstLineIndent=INDENT if block.indent else 0, spaceAfter=6)
        return pl.Paragraph(_markup(block.text), style)
    if isinstance(block, Table):
        return _table(block, st)
    if isinstance(block, SignatureColumns):
        return _signature_columns(block, st)
    return pl.PageBreak()


def _table(block: Table, st: _Styles) -> pl.Table:
    ncols = len(block.header[0] if block.header else block.rows[0])
    weights = block.col_widths or (1.0,) * ncols
    widths = [TEXT_WIDTH * w / sum(weights) for w in weights]
    head_style = st.cell(block.font_size, "center", bold=True)
    body_styles = [st.cell(block.font_size, a, bold=False) for a in block.align or ("left",) * ncols]
    data = [[pl.Paragraph(_plain(c), head_style) for c in row] for row in block.header]
    data += [[pl.Paragraph(_plain(c), body_styles[i]) for i, c in enumerate(row)] for row in block.rows]
    nhead = len(block.header)
    return _grid(st, data, widths,
                 ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, nhead - 1), "MIDDLE"),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                 pad=3, repeatRows=nhead, hAlign="CENTER", spaceBefore=4, spaceAfter=8)


def _signature_columns(block: SignatureColumns, st: _Styles) -> pl.Flowable:
    # One row per part, so titles that wrap do not push one party's name below the others.
    title_style, note_style = st.make("sig-title", 13, st.bold), st.make("sig-note", 13, st.italic)
    name_style = st.make("sig-name", 14, st.bold)
    titles = [pl.Paragraph(_plain(_caps(title).strip()), title_style) for title, _ in block.columns]
    notes = [pl.Paragraph("(Ký, ghi rõ họ tên)", note_style) for _ in block.columns]
    names = [pl.Paragraph(escape(_nfc(name).strip()), name_style) for _, name in block.columns]
    n = len(block.columns)
    return _grid(st, [titles, notes, [""] * n, names], [TEXT_WIDTH / n] * n, pad=2,
                 rowHeights=[None, None, SIGN_SPACE, None], spaceBefore=12, spaceAfter=6)


def _closing(doc: Document, st: _Styles) -> pl.Flowable | None:
    recipients = [_strip_item(r) for r in doc.recipients if _nfc(r).strip()]
    if not recipients and doc.signer is None:
        return None
    left: list[pl.Flowable] = []
    if recipients:
        left.append(pl.Paragraph("Nơi nhận:", st.make("to-list", 12, st.bold_italic, TA_LEFT)))
        item_style = st.make("to-list-item", 11, align=TA_LEFT, leading=13, leftIndent=7, firstLineIndent=-7)
        left += [pl.Paragraph(escape(line), item_style) for line in _dash_list(recipients)]
    right: list[pl.Flowable] = []
    if doc.signer is not None:
        authority_style = st.make("sign-authority", 14, st.bold)
        for line in _nfc(doc.signer.authority).splitlines():
            if line.strip():
                right.append(pl.Paragraph(escape(_caps(line).strip()), authority_style))
        right.append(pl.Spacer(1, SIGN_SPACE))
        name_style = st.make("sign-name", 14, st.bold)
        for line in (doc.signer.rank, doc.signer.name):
            if _nfc(line).strip():
                right.append(pl.Paragraph(escape(_nfc(line).strip()), name_style))
    return _grid(st, [[left, right]], [TEXT_WIDTH * 0.45, TEXT_WIDTH * 0.55],
                 ("TOPPADDING", (0, 0), (-1, -1), 0), spaceBefore=12)


def _story(doc: Document, st: _Styles) -> list[pl.Flowable]:
    story: list[pl.Flowable] = [_header(doc, st), *_title(doc, st)]
    blocks = doc.body
    for i, block in enumerate(blocks):
        if isinstance(block, Heading) and not (i and isinstance(blocks[i - 1], Heading)):
            # A heading (or a run of them) starts a new page unless a few lines of what
            # follows fit under it. KeepTogether would push a long table whole to the next page.
            end = next((j for j in range(i, len(blocks)) if not isinstance(blocks[j], Heading)), len(blocks))
            story.append(pl.CondPageBreak(HEADING_ROOM + (end - i - 1) * 1.2 * cm))
        story.append(_body_block(block, st))
    closing = _closing(doc, st)
    # the signature columns (and the closing, if any) never split across pages
    tail = _tail(blocks, story) + ([closing] if closing is not None else [])
    if tail:
        story.append(pl.KeepTogether(tail))
    return story


def _tail(blocks: tuple[Block, ...], story: list[pl.Flowable]) -> list[pl.Flowable]:
    """Pop from the story what must stay on the page of the signature: trailing signature
    columns, then a short last paragraph with the headings right above it."""
    tail: list[pl.Flowable] = []
    i = len(blocks)
    while i and isinstance(blocks[i - 1], SignatureColumns):
        tail.insert(0, story.pop())
        i -= 1
    last_is_paragraph = i and isinstance(blocks[i - 1], Paragraph)
    if last_is_paragraph and story[-1].wrap(TEXT_WIDTH, FRAME_HEIGHT)[1] < FRAME_HEIGHT / 3:
        tail.insert(0, story.pop())
        i -= 1
        while i and isinstance(blocks[i - 1], Heading):
            tail.insert(0, story.pop())
            i -= 1
    return tail


# --------------------------------------------------------------------------- rendering


AUDIT_MARK_LABEL = "Mã kiểm chứng nhật ký"


def _audit_mark(doc: Document) -> str:
    if doc.audit_mark is not None:
        return doc.audit_mark
    from desktop.audit import document_mark

    return document_mark()


def _build(doc: Document, story: list[pl.Flowable], family: str, out: BinaryIO) -> int:
    pages = 0
    mark = _nfc(_audit_mark(doc)).strip()

    def on_page(canvas: Canvas, _template: pl.BaseDocTemplate) -> None:
        nonlocal pages
        number = canvas.getPageNumber()
        pages = max(pages, number)
        if number >= 2:  # ND30: no number on the first page, centred in the top margin after it
            canvas.saveState()
            canvas.setFont(family, 13)
            canvas.setFillColor(colors.black)
            y = PAGE_HEIGHT - MARGIN_TOP / 2 - 4
            canvas.drawCentredString(MARGIN_LEFT + TEXT_WIDTH / 2, y, str(number))
            canvas.restoreState()
        if mark:  # every page: history rewritten after the document went out no longer matches it
            canvas.saveState()
            canvas.setFont(family, 7)
            canvas.setFillColor(colors.grey)
            x, y = MARGIN_LEFT + TEXT_WIDTH, MARGIN_BOTTOM / 2 - 2
            canvas.drawRightString(x, y, f"{AUDIT_MARK_LABEL}: {mark}")
            canvas.restoreState()

    template = pl.BaseDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=_nfc(f"{_caps(doc.title).strip()} {_nfc(doc.subject).strip()}"),
        author=_caps(doc.letterhead.issuing_body).strip(), subject=_nfc(doc.subject).strip(),
        creator="CAXA", lang="vi", initialFontName=family, initialFontSize=14,
    )
    frame = pl.Frame(MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, FRAME_HEIGHT,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    template.addPageTemplates([pl.PageTemplate(id="page", frames=[frame], onPage=on_page)])
    try:
        template.build(story)
    except LayoutError as exc:
        raise ValueError(
            "Không dàn trang được văn bản: có một ô bảng hoặc một khối nội dung dài hơn cả một trang. "
            "Hãy chia nhỏ nội dung đó."
        ) from exc
    return pages


def render(doc: Document, target: Path | BinaryIO) -> int:
    """Lay out ``doc`` as a PDF into ``target`` and return the number of pages.

    A path is written atomically: a temporary file in the same folder replaces the
    target only once the PDF is complete, so a failure leaves any old file untouched.
    Raises ValueError (Vietnamese message) for an invalid document and FontNotFound
    when no usable font is installed.
    """
    _validate(doc)
    family = register_family()
    story = _story(doc, _Styles(family, doc.body_size, doc.line_spacing))
    if not isinstance(target, str | os.PathLike):
        return _build(doc, story, family, target)
    with atomic_write(target) as fh:
        return _build(doc, story, family, fh)


def render_bytes(doc: Document) -> bytes:
    """Lay out ``doc`` and return the PDF as bytes."""
    buf = io.BytesIO()
    render(doc, buf)
    return buf.getvalue()
