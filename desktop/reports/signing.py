"""Records signed by several parties (biên bản): a signature grid with a place for every person the
record names, kept on the page of the last rows of the table above it, and a page count with a line
to initial every page when the record runs over one page.

Built on the official layout (``desktop.reports.official``: header, title, body blocks, page
decorations); a record is a ``Document`` whose body holds no ``SignatureColumns``, plus a
``SignatureGrid``::

    grid = SignatureGrid((Party("NGƯỜI GIAO NỘP", "Y Thuông Niê"),
                          Party("CÁN BỘ TIẾP NHẬN", "Trần Thị Thu Hà", "Thượng úy, Cán bộ")))
    pdf = render_signed(doc, grid)                 # bytes
    pdf = render_signed(doc, grid, per_row=2)      # two columns: left and right (a handover)

Rules: the grid and what follows the last table (totals, closing paragraph) never start a page on
their own: when they would, the table's last ``keep_rows`` rows (header repeated) move with them. A
record of more than one page says so ("Biên bản gồm 02 trang") and every page carries a line for
the parties' initials. Layout runs again until these settle (at most a few passes).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

from reportlab import platypus as pl
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.doctemplate import LayoutError

from desktop.reports import official as of
from desktop.reports.fonts import register_family
from desktop.reports.wording import _caps, _nfc, _plain, escape

__all__ = ["Party", "SignatureGrid", "page_count_text", "render_signed"]

#: room for a handwritten signature under each party of a grid (a record has several rows of them)
GRID_SIGN_SPACE = 1.8 * cm
INITIALS_TEXT = "Chữ ký (ký nháy) của các bên trên trang này: "
MAX_PASSES = 5


@dataclass(frozen=True)
class Party:
    """One person who signs: what they sign as, their name (blank: written by hand), and a line
    under the name (rank and position from the staff register, or the unit they represent)."""

    title: str
    name: str = ""
    detail: str = ""


@dataclass(frozen=True)
class SignatureGrid:
    parties: tuple[Party, ...]
    #: parties per row; 2 puts the first on the left and the second on the right
    per_row: int = 3


def page_count_text(pages: int, word: str = "Biên bản") -> str:
    """'Biên bản gồm 02 trang, …' (two digits, as a number under ten is written on records)."""
    return f"{word} gồm {pages:02d} trang, có chữ ký (ký nháy) của các bên ở từng trang."


class _Mark(pl.Flowable):
    """Records the page it lands on (zero size)."""

    def __init__(self, pages: dict[str, int], name: str) -> None:
        super().__init__()
        self.pages, self.name = pages, name

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages[self.name] = self.canv.getPageNumber()


def _grid_rows(grid: SignatureGrid, st: of._Styles) -> list[pl.Flowable]:
    def style(name: str, size: float, font: str | None = None) -> ParagraphStyle:
        return st.make(name, size, font, leading=round(size * st.line_spacing, 2))

    title_style = style("grid-title", 13, st.bold)
    note_style = style("grid-note", 12, st.italic)
    name_style = style("grid-name", 13, st.bold)
    detail_style = style("grid-detail", 12)
    n = max(1, grid.per_row)
    width = of.TEXT_WIDTH / n
    out: list[pl.Flowable] = []
    for start in range(0, len(grid.parties), n):
        chunk = list(grid.parties[start : start + n])
        blank = n - len(chunk)
        cells = [
            [pl.Paragraph(_plain(_caps(p.title).strip()), title_style) for p in chunk],
            [pl.Paragraph("(Ký, ghi rõ họ tên)", note_style) for _ in chunk],
            ["" for _ in chunk],
            [pl.Paragraph(escape(_nfc(p.name).strip()), name_style) for p in chunk],
        ]
        heights: list[float | None] = [None, None, GRID_SIGN_SPACE, None]
        if any(_nfc(p.detail).strip() for p in chunk):  # no empty line under names that have none
            cells.append([pl.Paragraph(escape(_nfc(p.detail).strip()), detail_style) for p in chunk])
            heights.append(None)
        # a short last row spreads over the line (two parties of a 3 + 2 grid sit under the gaps
        # of the three above, and a rank with a position stays on one line), or one is centred
        widths = [of.TEXT_WIDTH / len(chunk) if len(chunk) > 1 else width] * len(chunk)
        # a second row's titles stand clear of the names above them
        table = of._grid(st, cells, widths, ("TOPPADDING", (0, 0), (-1, -1), 0),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 1), pad=2, rowHeights=heights,
                         spaceBefore=8 if start == 0 else 7, spaceAfter=2,
                         hAlign="CENTER" if blank else "LEFT")
        out.append(table)
    return out


def _split_table(block: of.Table, keep: int) -> tuple[of.Table | None, of.Table]:
    """The table without its last ``keep`` rows and those rows under the header again (they start a
    page); at least one row stays where it was, so a short table is not moved whole."""
    if len(block.rows) <= 1:
        return None, block
    keep = max(1, min(keep, len(block.rows) - 1))
    return replace(block, rows=block.rows[:-keep]), replace(block, rows=block.rows[-keep:])


def _one_row_then_text(doc: of.Document) -> bool:
    """The last table has a single row and at least two paragraphs follow it (the totals, the
    closing text): the table stays where it is and the closing text goes with the signatures."""
    blocks = list(doc.body)
    last = max((i for i, b in enumerate(blocks) if isinstance(b, of.Table)), default=None)
    if last is None or len(blocks[last].rows) > 1:  # type: ignore[union-attr]
        return False
    return sum(isinstance(b, of.Paragraph) for b in blocks[last + 1 :]) >= 2


def _story(
    doc: of.Document,
    grid: SignatureGrid,
    st: of._Styles,
    marks: dict[str, int],
    *,
    split: bool,
    keep_rows: int,
    note: str,
    keep_text: bool = False,
) -> list[pl.Flowable]:
    """``split``: the table's last ``keep_rows`` rows go with the signatures; ``keep_text``: the table
    and what follows it stay in the page's flow, only the last paragraph goes with the signatures."""
    story: list[pl.Flowable] = [of._header(doc, st), *of._title(doc, st)]
    blocks = list(doc.body)
    last_table = max((i for i, b in enumerate(blocks) if isinstance(b, of.Table)), default=None)
    tail_from = last_table + 1 if last_table is not None else len(blocks)
    if keep_text:
        tail_from = len(blocks) - 1
    tail: list[pl.Flowable] = [_Mark(marks, "tail")]
    for i, block in enumerate(blocks[:tail_from]):
        if isinstance(block, of.Heading) and not (i and isinstance(blocks[i - 1], of.Heading)):
            end = next(
                (j for j in range(i, len(blocks)) if not isinstance(blocks[j], of.Heading)), len(blocks)
            )
            story.append(pl.CondPageBreak(of.HEADING_ROOM + (end - i - 1) * 1.2 * cm))
        if i == last_table and split and isinstance(block, of.Table):
            head, moved = _split_table(block, keep_rows)
            if head is not None:
                story.append(of._body_block(head, st))
            tail.append(of._body_block(moved, st))
            continue
        story.append(of._body_block(block, st))
        if i == last_table:
            story.append(_Mark(marks, "table_end"))
    for block in blocks[tail_from:]:
        tail.append(of._body_block(block, st))
    if note:
        tail.append(of._body_block(of.Paragraph(escape(note)), st))
    tail += _grid_rows(grid, st)
    closing = of._closing(doc, st)
    if closing is not None:
        tail.append(closing)
    story.append(pl.KeepTogether(tail))
    return story


def _build(doc: of.Document, story: list[pl.Flowable], family: str, out: io.BytesIO, initials: bool) -> int:
    """The official page decorations (page number from page 2, the audit log's mark on every page),
    plus the line for initials when the record runs over one page."""
    pages = 0
    mark = _nfc(of._audit_mark(doc)).strip()

    def on_page(canvas: Canvas, _template: pl.BaseDocTemplate) -> None:
        nonlocal pages
        number = canvas.getPageNumber()
        pages = max(pages, number)
        canvas.saveState()
        canvas.setFillColor(colors.black)
        if number >= 2:
            canvas.setFont(family, 13)
            top = of.PAGE_HEIGHT - of.MARGIN_TOP / 2 - 4
            canvas.drawCentredString(of.MARGIN_LEFT + of.TEXT_WIDTH / 2, top, str(number))
        if initials:
            canvas.setFont(family, 11)
            line = INITIALS_TEXT + "." * 60
            canvas.drawString(of.MARGIN_LEFT, of.MARGIN_BOTTOM / 2 + 8, line)
        if mark:
            canvas.setFont(family, 7)
            canvas.setFillColor(colors.grey)
            canvas.drawRightString(of.MARGIN_LEFT + of.TEXT_WIDTH, of.MARGIN_BOTTOM / 2 - 2,
                                   f"{of.AUDIT_MARK_LABEL}: {mark}")
        canvas.restoreState()

    template = pl.BaseDocTemplate(
        out, pagesize=A4, leftMargin=of.MARGIN_LEFT, rightMargin=of.MARGIN_RIGHT, topMargin=of.MARGIN_TOP,
        bottomMargin=of.MARGIN_BOTTOM,
        title=_nfc(f"{_caps(doc.title).strip()} {_nfc(doc.subject).strip()}"),
        author=_caps(doc.letterhead.issuing_body).strip(), subject=_nfc(doc.subject).strip(),
        creator="CAXA", lang="vi", initialFontName=family, initialFontSize=14,
    )
    frame = pl.Frame(of.MARGIN_LEFT, of.MARGIN_BOTTOM, of.TEXT_WIDTH, of.FRAME_HEIGHT,
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


def render_signed(
    doc: of.Document, grid: SignatureGrid, *, keep_rows: int = 2, word: str = "Biên bản"
) -> bytes:
    """Lay out a record signed by ``grid``'s parties; the PDF as bytes (ValueError, in Vietnamese, for
    an invalid document)."""
    if any(isinstance(b, of.SignatureColumns) for b in doc.body):
        raise ValueError("Biên bản có lưới chữ ký thì không dùng thêm SignatureColumns.")
    if not grid.parties:
        raise ValueError("Phần chữ ký các bên phải có ít nhất một người ký.")
    of._validate(doc)
    family = register_family()
    st = of._Styles(family, doc.body_size, doc.line_spacing)
    split, keep_text, pages_said = False, False, 0
    pdf = b""
    for _ in range(MAX_PASSES):
        marks: dict[str, int] = {}
        note = page_count_text(pages_said, word) if pages_said else ""
        story = _story(doc, grid, st, marks, split=split, keep_rows=keep_rows, note=note, keep_text=keep_text)
        buf = io.BytesIO()
        pages = _build(doc, story, family, buf, initials=pages_said > 1)
        pdf = buf.getvalue()
        if not (split or keep_text) and "table_end" in marks and marks["tail"] > marks["table_end"]:
            # the signatures started a page of their own: take the table's last rows along — or,
            # when it has only one, its last paragraph (moving the whole table would leave half of
            # the first page empty)
            if _one_row_then_text(doc):
                keep_text = True
            else:
                split = True
            continue
        if pages > 1 and pages != pages_said:
            pages_said = pages
            continue
        break
    return pdf
