"""The document model of the official layout (Nghị định 30/2020/NĐ-CP): the frozen dataclasses a
caller describes a document with, and the checks a document passes before it is laid out
(``desktop.reports.official`` renders it; import these names from there)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from desktop.reports.wording import _nfc

__all__ = [
    "ALIGNMENTS", "Block", "Document", "Heading", "Letterhead", "PageBreak", "Paragraph", "SignatureColumns",
    "Signer", "Table", "validate",
]

#: the table cell alignments a caller may ask for
ALIGNMENTS = ("left", "center", "right")

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
    #: the audit log's fingerprint for the footer; None: taken from the unit of work in progress
    audit_mark: str | None = None
    #: False for a book that is not itself a document (the outgoing register): no "Số:" line
    show_number: bool = True
    #: the body text's size in points: ND30 allows 13 to 14 (a record meant to fit one page uses 13)
    body_size: float = 14
    #: the body's line spacing, in multiples of the size: ND30 allows single (1.15) to 1.5 lines
    line_spacing: float = 1.25


# --------------------------------------------------------------------------- validation


def validate(doc: Document) -> None:
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
    if not 13 <= doc.body_size <= 14:
        raise ValueError(f"Cỡ chữ phần nội dung {doc.body_size} không hợp lệ (từ 13 đến 14).")
    if not 1.15 <= doc.line_spacing <= 1.5:
        raise ValueError(f"Giãn dòng {doc.line_spacing} không hợp lệ (từ dòng đơn 1,15 đến 1,5 dòng).")
    table_no = 0
    for block in doc.body:
        if isinstance(block, Heading) and block.level not in (1, 2, 3):
            raise ValueError(
                f"Đề mục \u201c{_nfc(block.text)}\u201d có cấp {block.level}; chỉ dùng cấp 1, 2 hoặc 3."
            )
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
    for i, row in enumerate(rows):
        if len(row) != ncols:
            which = f"dòng tiêu đề {i + 1}" if i < len(table.header) else f"dòng {i - len(table.header) + 1}"
            raise ValueError(f"Bảng thứ {table_no}: {which} có {len(row)} ô, khác số cột của bảng ({ncols}).")
    if table.col_widths is not None and (
        len(table.col_widths) != ncols or any(not w > 0 for w in table.col_widths)
    ):
        raise ValueError(f"Bảng thứ {table_no}: độ rộng cột phải gồm {ncols} số dương.")
    if table.align is not None and (
        len(table.align) != ncols or any(a not in ALIGNMENTS for a in table.align)
    ):
        raise ValueError(f"Bảng thứ {table_no}: căn lề phải gồm {ncols} giá trị left, center hoặc right.")
    if not 6 <= table.font_size <= 16:
        raise ValueError(f"Bảng thứ {table_no}: cỡ chữ {table.font_size} không hợp lệ (từ 6 đến 16).")
