"""Official document layout (Nghị định 30/2020/NĐ-CP, Phụ lục I) that every printout goes through.

Callers describe a document with the frozen dataclasses below and call ``render``; this
module owns the page geometry, the header (issuing body, national title, number, place
and date), title and subject, body blocks, the closing row (Nơi nhận and signature),
page numbers and PDF metadata. All text is normalised to NFC and drawn with an embedded
TrueType serif family, so it can be extracted from the PDF exactly as written.
"""

from __future__ import annotations

import contextlib
import datetime
import io
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
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

from desktop.reports.fonts import register_family

__all__ = [
    "Block", "Document", "Heading", "Letterhead", "PageBreak", "Paragraph", "SignatureColumns",
    "Signer", "Table", "escape", "format_number", "format_place_date", "render", "render_bytes",
]

# --------------------------------------------------------------------------- the document model


@dataclass(frozen=True)
class Letterhead:
    parent_body: str
    issuing_body: str
    place: str
    symbol: str = "CAX"


@dataclass(frozen=True)
class Signer:
    authority: str
    name: str
    rank: str = ""


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    text: str
    indent: bool = True


@dataclass(frozen=True)
class Table:
    header: tuple[tuple[str, ...], ...]
    rows: tuple[tuple[str, ...], ...]
    col_widths: tuple[float, ...] | None = None
    align: tuple[str, ...] | None = None
    font_size: float = 12


@dataclass(frozen=True)
class SignatureColumns:
    columns: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Table | SignatureColumns | PageBreak


@dataclass(frozen=True)
class Document:
    letterhead: Letterhead
    kind_code: str
    title: str
    subject: str
    doc_date: datetime.date
    number: int | None = None
    body: tuple[Block, ...] = ()
    addressees: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    signer: Signer | None = None
    show_place_date: bool = True


# --------------------------------------------------------------------------- geometry (ND30)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
INDENT = 1.27 * cm
SIGN_SPACE = 2.5 * cm
RULE_THICKNESS = 0.6
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
_ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}

# --------------------------------------------------------------------------- text helpers


def _nfc(text: object) -> str:
    return unicodedata.normalize("NFC", "" if text is None else str(text))


def _caps(text: str) -> str:
    return _nfc(_nfc(text).upper())


def escape(text: str) -> str:
    """Escape plain text for use inside ``Paragraph`` markup (&, <, > and quotes)."""
    return (_nfc(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _plain(text: object) -> str:
    """Plain caller text → safe reportlab markup; line breaks kept."""
    return escape(_nfc(text)).replace("\r\n", "\n").replace("\n", "<br/>")


_MARKUP_TOKEN = re.compile(
    r"<(/?)([bi])>|<br\s*/?>|&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});", re.IGNORECASE
)


def _markup(text: str) -> str:
    """Keep only balanced <b>, <i>, <br/> and entities from caller markup; escape the rest."""
    text = _nfc(text).replace("\r\n", "\n")
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for m in _MARKUP_TOKEN.finditer(text):
        out.append(escape(text[pos:m.start()]).replace("\n", "<br/>"))
        pos = m.end()
        token = m.group(0)
        if m.group(2):  # <b>, </b>, <i>, </i>
            tag = m.group(2).lower()
            if not m.group(1):
                stack.append(tag)
                out.append(f"<{tag}>")
            elif tag in stack:
                while stack:  # close anything opened inside it, then the tag itself
                    inner = stack.pop()
                    out.append(f"</{inner}>")
                    if inner == tag:
                        break
            else:
                out.append(escape(token))
        elif token.startswith("<"):
            out.append("<br/>")
        else:
            out.append(token)
    out.append(escape(text[pos:]).replace("\n", "<br/>"))
    out.extend(f"</{tag}>" for tag in reversed(stack))
    return "".join(out)


def format_number(number: int | None, kind_code: str, symbol: str) -> str:
    """"Số: 05/BC-CAX"; a number under 10 gets a leading zero; None leaves space to fill by hand."""
    code = _nfc(kind_code).strip()
    sym = _nfc(symbol).strip()
    suffix = f"{code}-{sym}" if sym else code
    if number is None:
        return f"Số:      /{suffix}"
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise ValueError(f"Số văn bản phải là số nguyên dương (nhận được: {number!r}).")
    return f"Số: {number:02d}/{suffix}"


def format_place_date(place: str, d: datetime.date) -> str:
    """"Đắk Nia, ngày 05 tháng 01 năm 2026": leading zero for days < 10 and for months 1 and 2."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return _nfc(f"{_nfc(place).strip()}, ngày {d.day:02d} tháng {month} năm {d.year}")


# --------------------------------------------------------------------------- validation


def _validate(doc: Document) -> None:
    if not _nfc(doc.title).strip():
        raise ValueError("Tiêu đề văn bản (tên loại văn bản) không được để trống.")
    if not _nfc(doc.subject).strip():
        raise ValueError("Trích yếu nội dung văn bản không được để trống.")
    if not _nfc(doc.kind_code).strip():
        raise ValueError("Chữ viết tắt tên loại văn bản (ví dụ BC, BB) không được để trống.")
    if not _nfc(doc.letterhead.issuing_body).strip():
        raise ValueError("Tên cơ quan ban hành văn bản không được để trống.")
    if doc.show_place_date and not _nfc(doc.letterhead.place).strip():
        raise ValueError("Địa danh ghi ở dòng ngày tháng không được để trống.")
    if doc.signer is not None and not _nfc(doc.signer.authority).strip():
        raise ValueError("Chức vụ người ký không được để trống.")
    table_no = 0
    for block in doc.body:
        if isinstance(block, Heading) and block.level not in (1, 2, 3):
            raise ValueError(f"Đề mục \u201c{_nfc(block.text)}\u201d có cấp {block.level}; chỉ dùng cấp 1, 2 hoặc 3.")
        elif isinstance(block, Table):
            table_no += 1
            _validate_table(block, table_no)
        elif isinstance(block, SignatureColumns) and not block.columns:
            raise ValueError("Phần chữ ký các bên phải có ít nhất một cột.")
        elif not isinstance(block, Heading | Paragraph | Table | SignatureColumns | PageBreak):
            raise ValueError(f"Nội dung văn bản có một khối không hợp lệ: {type(block).__name__}.")


def _validate_table(table: Table, table_no: int) -> None:
    rows = tuple(table.header) + tuple(table.rows)
    if not rows:
        raise ValueError(f"Bảng thứ {table_no} không có dòng nào.")
    ncols = len(rows[0])
    if ncols == 0:
        raise ValueError(f"Bảng thứ {table_no} không có cột nào.")
    for i, row in enumerate(table.header, start=1):
        if len(row) != ncols:
            raise ValueError(
                f"Bảng thứ {table_no}: dòng tiêu đề {i} có {len(row)} ô, khác số cột của bảng ({ncols})."
            )
    for i, row in enumerate(table.rows, start=1):
        if len(row) != ncols:
            raise ValueError(f"Bảng thứ {table_no}: dòng {i} có {len(row)} ô, khác số cột của bảng ({ncols}).")
    if table.col_widths is not None and (
        len(table.col_widths) != ncols or any(not w > 0 for w in table.col_widths)
    ):
        raise ValueError(f"Bảng thứ {table_no}: độ rộng cột phải gồm {ncols} số dương.")
    if table.align is not None and (
        len(table.align) != ncols or any(a not in _ALIGNMENTS for a in table.align)
    ):
        raise ValueError(f"Bảng thứ {table_no}: căn lề phải gồm {ncols} giá trị left, center hoặc right.")
    if not 6 <= table.font_size <= 16:
        raise ValueError(f"Bảng thứ {table_no}: cỡ chữ {table.font_size} không hợp lệ (từ 6 đến 16).")


# --------------------------------------------------------------------------- styles and flowables


class _Styles:
    def __init__(self, family: str) -> None:
        self.family = family
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
        return _cell_style(self.bold if bold else self.regular, size, _ALIGNMENTS[align])


@lru_cache(maxsize=64)
def _cell_style(font: str, size: float, align: int) -> ParagraphStyle:
    return ParagraphStyle(f"cell-{font}-{size}-{align}", fontName=font, fontSize=size,
                          leading=round(size * 1.2, 2), alignment=align, textColor=colors.black)


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


def _para(text: str, style: ParagraphStyle) -> pl.Paragraph:
    return pl.Paragraph(text, style)


def _header(doc: Document, st: _Styles) -> list[pl.Flowable]:
    lh = doc.letterhead
    left_w = TEXT_WIDTH * 0.4
    right_w = TEXT_WIDTH - left_w
    pad = 2.0
    left: list[pl.Flowable] = []
    parent = _caps(lh.parent_body).strip()
    if parent:
        left.append(_para(escape(parent), st.make("parent", 13)))
    issuer = _caps(lh.issuing_body).strip()
    left.append(_para(escape(issuer), st.make("issuer", 13, st.bold)))
    issuer_w = min(stringWidth(issuer, st.bold, 13), left_w - 2 * pad)
    left.append(_Rule(issuer_w * 0.4))

    inner = right_w - 2 * pad
    title_size = _fit(NATIONAL_TITLE, st.bold, 13, inner, 9)
    motto_size = _fit(NATIONAL_MOTTO, st.bold, 14, inner, 10)
    right: list[pl.Flowable] = [
        _para(NATIONAL_TITLE, st.make("national", title_size, st.bold)),
        _para(NATIONAL_MOTTO, st.make("motto", motto_size, st.bold)),
        _Rule(stringWidth(NATIONAL_MOTTO, st.bold, motto_size)),
    ]

    number = format_number(doc.number, doc.kind_code, lh.symbol).replace(" ", "\u00a0")
    number_cell = _para(escape(number), st.make("number", 13))
    date_cell: pl.Flowable | str = ""
    if doc.show_place_date:
        place_date = format_place_date(lh.place, doc.doc_date)
        size = _fit(place_date, st.italic, 14, inner, 12)
        date_cell = _para(escape(place_date), st.make("placedate", size, st.italic))
        date_size = size
    else:
        date_size = 13.0
    table = pl.Table([[left, right], [number_cell, date_cell]], colWidths=[left_w, right_w])
    table.setStyle(pl.TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, 0), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        # The first baseline sits one font size below the top: pad the smaller "Số" line so
        # both lines of the second row share a baseline.
        ("TOPPADDING", (0, 1), (0, 1), 6 + (date_size - 13)),
        ("TOPPADDING", (1, 1), (1, 1), 6),
    ]))
    return [table]


def _title(doc: Document, st: _Styles) -> list[pl.Flowable]:
    subject = _nfc(doc.subject).strip()
    out: list[pl.Flowable] = [
        _para(escape(_caps(doc.title).strip()), st.make("title", 14, st.bold, spaceBefore=22)),
        _para(_plain(subject), st.make("subject", 14, st.bold)),
    ]
    line_w = min(max(stringWidth(line, st.bold, 14) for line in subject.splitlines() or [""]), TEXT_WIDTH)
    out.append(_Rule(max(line_w * 0.4, min(25 * mm, line_w)), before=2, after=0))
    addressees = [_strip_item(a) for a in doc.addressees if _nfc(a).strip()]
    if len(addressees) == 1:
        out.append(_para(escape(f"Kính gửi: {addressees[0]}."), st.make("to", 14, spaceBefore=12)))
    elif addressees:
        label = _para("Kính gửi:", st.make("to-label", 14, align=TA_RIGHT))
        items = [_para(escape(f"- {a}{'.' if i == len(addressees) - 1 else ';'}"),
                       st.make("to-item", 14, align=TA_LEFT))
                 for i, a in enumerate(addressees)]
        table = pl.Table([[label, items]], colWidths=[TEXT_WIDTH * 0.3, TEXT_WIDTH * 0.7])
        table.setStyle(pl.TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 3),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
        out += [pl.Spacer(1, 12), table]
    out.append(pl.Spacer(1, 10))
    return out


def _strip_item(text: str) -> str:
    """Caller list item → bare text: no leading "- ", no trailing ";" or "."."""
    item = _nfc(text).strip()
    if item.startswith("- "):
        item = item[2:].lstrip()
    if item.endswith((";", ".")) and not item.endswith(".."):
        item = item[:-1].rstrip()
    return item


def _body_block(block: Block, st: _Styles) -> list[pl.Flowable]:
    if isinstance(block, Heading):
        font = {1: st.bold, 2: st.bold, 3: st.italic}[block.level]
        style = st.make(f"h{block.level}", 14, font, TA_JUSTIFY, firstLineIndent=INDENT,
                        spaceBefore=6, spaceAfter=6, keepWithNext=1)
        return [_para(_plain(block.text), style)]
    if isinstance(block, Paragraph):
        style = st.make("body" if block.indent else "body-flush", 14, align=TA_JUSTIFY,
                        firstLineIndent=INDENT if block.indent else 0, spaceAfter=6)
        return [_para(_markup(block.text), style)]
    if isinstance(block, Table):
        return [_table(block, st)]
    if isinstance(block, SignatureColumns):
        return [_signature_columns(block, st)]
    return [pl.PageBreak()]


def _table(block: Table, st: _Styles) -> pl.Table:
    ncols = len(block.header[0] if block.header else block.rows[0])
    weights = block.col_widths or (1.0,) * ncols
    widths = [TEXT_WIDTH * w / sum(weights) for w in weights]
    aligns = block.align or ("left",) * ncols
    size = block.font_size
    head_style = st.cell(size, "center", bold=True)
    body_styles = [st.cell(size, a, bold=False) for a in aligns]
    data = [[_para(_plain(c), head_style) for c in row] for row in block.header]
    data += [[_para(_plain(c), body_styles[i]) for i, c in enumerate(row)] for row in block.rows]
    table = pl.Table(data, colWidths=widths, repeatRows=len(block.header), hAlign="CENTER",
                     spaceBefore=4, spaceAfter=8)
    table.setStyle(pl.TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, len(block.header) - 1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _signature_columns(block: SignatureColumns, st: _Styles) -> pl.Flowable:
    n = len(block.columns)
    cells = []
    for title, name in block.columns:
        cell: list[pl.Flowable] = [
            _para(_plain(_caps(title).strip()), st.make("sig-title", 13, st.bold)),
            _para("(Ký, ghi rõ họ tên)", st.make("sig-note", 13, st.italic)),
            pl.Spacer(1, SIGN_SPACE),
        ]
        if _nfc(name).strip():
            cell.append(_para(escape(_nfc(name).strip()), st.make("sig-name", 14, st.bold)))
        cells.append(cell)
    table = pl.Table([cells], colWidths=[TEXT_WIDTH / n] * n, spaceBefore=12, spaceAfter=6)
    table.setStyle(pl.TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _closing(doc: Document, st: _Styles) -> pl.Flowable | None:
    recipients = [_strip_item(r) for r in doc.recipients if _nfc(r).strip()]
    if not recipients and doc.signer is None:
        return None
    left: list[pl.Flowable] = []
    if recipients:
        left.append(_para("Nơi nhận:", st.make("to-list", 12, st.bold_italic, TA_LEFT)))
        item_style = st.make("to-list-item", 11, align=TA_LEFT, leading=13, leftIndent=7, firstLineIndent=-7)
        for i, item in enumerate(recipients):
            end = "." if i == len(recipients) - 1 else ";"
            left.append(_para(escape(f"- {item}{end}"), item_style))
    right: list[pl.Flowable] = []
    if doc.signer is not None:
        authority_style = st.make("sign-authority", 14, st.bold)
        for line in _nfc(doc.signer.authority).splitlines():
            if line.strip():
                right.append(_para(escape(_caps(line).strip()), authority_style))
        right.append(pl.Spacer(1, SIGN_SPACE))
        name_style = st.make("sign-name", 14, st.bold)
        if _nfc(doc.signer.rank).strip():
            right.append(_para(escape(_nfc(doc.signer.rank).strip()), name_style))
        if _nfc(doc.signer.name).strip():
            right.append(_para(escape(_nfc(doc.signer.name).strip()), name_style))
    table = pl.Table([[left, right]], colWidths=[TEXT_WIDTH * 0.45, TEXT_WIDTH * 0.55], spaceBefore=12)
    table.setStyle(pl.TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _story(doc: Document, st: _Styles) -> list[pl.Flowable]:
    story: list[pl.Flowable] = _header(doc, st) + _title(doc, st)
    body: list[pl.Flowable] = []
    for block in doc.body:
        body += _body_block(block, st)
    closing = _closing(doc, st)
    if closing is not None:
        # The signature never stands alone at the top of a page: take the last body
        # paragraph (and a heading right before it) along with it.
        tail: list[pl.Flowable] = []
        while body and isinstance(body[-1], pl.Paragraph) and len(tail) < 2:
            tail.insert(0, body.pop())
            if not (body and isinstance(body[-1], pl.Paragraph) and getattr(body[-1].style, "keepWithNext", 0)):
                break
        body.append(pl.KeepTogether([*tail, closing]))
    return story + body


# --------------------------------------------------------------------------- rendering


def _build(doc: Document, story: list[pl.Flowable], family: str, out: BinaryIO) -> int:
    pages = 0

    def on_page(canvas: Canvas, _template: pl.BaseDocTemplate) -> None:
        nonlocal pages
        number = canvas.getPageNumber()
        pages = max(pages, number)
        if number >= 2:  # ND30: no number on the first page, centred in the top margin after it
            canvas.saveState()
            canvas.setFont(family, 13)
            canvas.setFillColor(colors.black)
            canvas.drawCentredString(MARGIN_LEFT + TEXT_WIDTH / 2, PAGE_HEIGHT - MARGIN_TOP / 2 - 4, str(number))
            canvas.restoreState()

    template = pl.BaseDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=_nfc(f"{_caps(doc.title).strip()} {_nfc(doc.subject).strip()}"),
        author=_caps(doc.letterhead.issuing_body).strip(), subject=_nfc(doc.subject).strip(),
        creator="CAXA", lang="vi", initialFontName=family, initialFontSize=14,
    )
    frame = pl.Frame(MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
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
    story = _story(doc, _Styles(family))
    if not isinstance(target, str | os.PathLike):
        return _build(doc, story, family, target)
    path = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            pages = _build(doc, story, family, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return pages


def render_bytes(doc: Document) -> bytes:
    """Lay out ``doc`` and return the PDF as bytes."""
    buf = io.BytesIO()
    render(doc, buf)
    return buf.getvalue()
