"""The outgoing-document register: numbers taken, entered by hand, voided, listed.

One register per station and calendar year (Nghị định 30/2020, Phụ lục I and IV): the number of a
document is its order among all documents the station issues in the year, whatever the kind, so a
receipt and a handover can never both be "01/BB-…". A number is taken once and never handed out
again: a voided entry keeps it, a number a clerk took by hand is registered like any other.

Uniqueness rests on the (year, number) constraint: the next number is read, inserted in a
savepoint, and when another PC took it meanwhile the insert fails and the next one is tried.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db import UnitOfWork, now
from desktop.errors import DatabaseError, ValidationError
from desktop.register.models import STATUSES, OutgoingDocument
from desktop.settings import get_station
from desktop.text import fold, require_text

MAX_TRIES = 50  # each retry means another PC took the number meanwhile
KIND_NAMES = {  # Phụ lục III of Nghị định 30/2020 (the kinds CAXA prints), plus our own lists
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "KH": "Kế hoạch",
    "TB": "Thông báo",
    "QĐ": "Quyết định",
    "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu",
    "TTr": "Tờ trình",
}
SORTS = {"number": "số", "date": "ngày", "kind": "ký hiệu"}


@dataclass(frozen=True)
class EntryView:
    id: int
    year: int
    number: int
    kind_code: str
    unit_symbol: str
    doc_date: dt.date
    title: str
    subject: str
    signer: str
    signer_authority: str
    signer_rank: str
    recipients: str
    copies: int
    area: str
    record_id: int | None
    record_key: str
    hand_entered: bool
    status: str
    void_reason: str
    voided_at: dt.datetime | None
    note: str
    version: int

    @property
    def symbol(self) -> str:
        """'05/BB-CAX' (ký hiệu with the number)."""
        suffix = f"{self.kind_code}-{self.unit_symbol}" if self.unit_symbol else self.kind_code
        return f"{self.number:02d}/{suffix}"

    @property
    def status_text(self) -> str:
        return STATUSES.get(self.status, self.status)

    @property
    def voided(self) -> bool:
        return self.status == "voided"


@dataclass(frozen=True)
class IssueInput:
    """A document about to go out: what the register line says about it."""

    kind_code: str
    doc_date: dt.date
    subject: str
    title: str = ""
    unit_symbol: str = ""
    signer: str = ""
    signer_authority: str = ""
    signer_rank: str = ""
    recipients: tuple[str, ...] = ()
    copies: int = 1
    area: str = ""
    record_id: int | None = None
    record_key: str = ""
    #: a number taken by hand (a document written outside CAXA); None: the next free number
    number: int | None = None
    note: str = ""


@dataclass(frozen=True)
class RegisterFilter:
    year: int | None = None
    kind_code: str = ""
    status: str = ""
    text: str = ""
    sort: str = "number"
    descending: bool = False


def view(row: OutgoingDocument) -> EntryView:
    return EntryView(
        row.id,
        row.year,
        row.number,
        row.kind_code,
        row.unit_symbol,
        row.doc_date,
        row.title,
        row.subject,
        row.signer,
        row.signer_authority,
        row.signer_rank,
        row.recipients,
        row.copies,
        row.area,
        row.record_id,
        row.record_key,
        row.hand_entered,
        row.status,
        row.void_reason,
        row.voided_at,
        row.note,
        row.version,
    )


def next_number(uow: UnitOfWork, year: int) -> int:
    """The number the next document of ``year`` would take now (another PC may take it first)."""
    uow.require("read")
    last = uow.session.scalar(select(func.max(OutgoingDocument.number)).where(OutgoingDocument.year == year))
    return (last or 0) + 1


def find_issued(uow: UnitOfWork, area: str, record_id: int | None, record_key: str = "") -> EntryView | None:
    """The issued (not voided) entry of a record's document, so a reprint shows its number again."""
    if not area or (record_id is None and not record_key):
        return None
    row = uow.session.scalar(
        select(OutgoingDocument)
        .where(
            OutgoingDocument.area == area,
            OutgoingDocument.record_id == record_id
            if record_id is not None
            else OutgoingDocument.record_id.is_(None),
            OutgoingDocument.record_key == record_key,
            OutgoingDocument.status == "issued",
        )
        .order_by(OutgoingDocument.id.desc())
        .limit(1)
    )
    return view(row) if row is not None else None


def issued_symbols(uow: UnitOfWork, area: str, record_ids: Iterable[int]) -> dict[int, str]:
    """record id → the symbol ("09/BB-CAX") its issued (not voided) document carries, in one query;
    a record whose document was never issued (or only voided) is absent."""
    return session_issued_symbols(uow.session, area, record_ids)


def session_issued_symbols(session: Session, area: str, record_ids: Iterable[int]) -> dict[int, str]:
    """``issued_symbols`` on a bare session (the person page's link providers get one)."""
    ids = sorted({int(i) for i in record_ids})
    if not area or not ids:
        return {}
    rows = session.scalars(
        select(OutgoingDocument)
        .where(
            OutgoingDocument.area == area,
            OutgoingDocument.record_id.in_(ids),
            OutgoingDocument.record_key == "",
            OutgoingDocument.status == "issued",
        )
        .order_by(OutgoingDocument.id)
    )
    return {row.record_id: view(row).symbol for row in rows}  # the newest entry wins, as in find_issued


def _clean(data: IssueInput) -> dict:
    if not isinstance(data.doc_date, dt.date):
        raise ValidationError("Ngày văn bản", "không phải ngày hợp lệ.")
    if data.doc_date.year < 1975 or data.doc_date > now().date() + dt.timedelta(days=366):
        raise ValidationError("Ngày văn bản", f"{data.doc_date:%d/%m/%Y} không hợp lệ.")
    kind = require_text("Ký hiệu loại văn bản", data.kind_code, max_len=20)
    if not all(ch.isalnum() for ch in kind):
        raise ValidationError("Ký hiệu loại văn bản", "chỉ gồm chữ và số, ví dụ BB, BC.")
    if not 1 <= int(data.copies) <= 999:
        raise ValidationError("Số bản", "phải từ 1 đến 999.")
    recipients = "; ".join(r.strip().rstrip(";.").lstrip("- ").strip() for r in data.recipients if r.strip())
    return {
        "year": data.doc_date.year,
        "kind_code": kind,
        "unit_symbol": require_text("Ký hiệu đơn vị", data.unit_symbol, max_len=20, required=False),
        "doc_date": data.doc_date,
        "title": require_text("Tên loại văn bản", data.title, max_len=80, required=False),
        "subject": require_text("Trích yếu", data.subject, max_len=2000),
        "signer": require_text("Người ký", data.signer, max_len=160, required=False),
        "signer_authority": require_text(
            "Chức vụ người ký", data.signer_authority, max_len=200, required=False
        ),
        "signer_rank": require_text("Cấp bậc người ký", data.signer_rank, max_len=40, required=False),
        "recipients": require_text("Nơi nhận", recipients, max_len=2000, required=False),
        "copies": int(data.copies),
        "area": data.area,
        "record_id": data.record_id,
        "record_key": data.record_key,
        "note": require_text("Ghi chú", data.note, max_len=2000, required=False),
    }


def issue(uow: UnitOfWork, data: IssueInput) -> EntryView:
    """Register a document going out and give it the next number of its year (or, for a number
    taken by hand, check that nobody has it). The number is the year's order: max + 1."""
    uow.require("write")
    values = _clean(data)
    if not values["unit_symbol"]:  # a number taken by hand: the station's symbol
        values["unit_symbol"] = get_station(uow).doc_symbol
    if data.number is not None:
        return view(_insert_hand_number(uow, values, data.number))
    for _attempt in range(MAX_TRIES):
        number = next_number(uow, values["year"])
        try:
            with uow.session.begin_nested():
                row = uow.add(OutgoingDocument(number=number, status="issued", **values))
                uow.flush()
        except IntegrityError:
            continue
        return view(row)
    raise DatabaseError("Không lấy được số văn bản (nhiều máy cùng lấy số); hãy thử lại.")


def _insert_hand_number(uow: UnitOfWork, values: dict, number: int) -> OutgoingDocument:
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= 99999:
        raise ValidationError("Số văn bản", "phải là số nguyên dương.")
    taken = f"số {number:02d} năm {values['year']} đã có trong sổ văn bản đi; hãy lấy số khác."
    if (
        uow.session.scalar(
            select(OutgoingDocument.id).where(
                OutgoingDocument.year == values["year"], OutgoingDocument.number == number
            )
        )
        is not None
    ):
        raise ValidationError("Số văn bản", taken)
    try:
        with uow.session.begin_nested():
            row = uow.add(OutgoingDocument(number=number, status="issued", hand_entered=True, **values))
            uow.flush()
    except IntegrityError:
        raise ValidationError("Số văn bản", taken) from None
    return row


def void(uow: UnitOfWork, entry_id: int, version: int, reason: str) -> EntryView:
    """Mark a document voided; its number stays used (never handed out again)."""
    uow.require("write")
    row = uow.get(OutgoingDocument, entry_id, version=version)
    why = require_text("Lý do hủy", reason, max_len=500)
    if row.status == "voided":
        raise ValidationError("Văn bản", f"văn bản số {view(row).symbol} đã hủy từ trước.")
    row.status, row.void_reason, row.voided_at = "voided", why, now()
    uow.flush()
    return view(row)


def get_entry(uow: UnitOfWork, entry_id: int) -> EntryView:
    uow.require("read")
    return view(uow.get(OutgoingDocument, entry_id))


def _where(flt: RegisterFilter) -> list:
    conds: list = []
    if flt.year:
        conds.append(OutgoingDocument.year == flt.year)
    if flt.kind_code:
        conds.append(OutgoingDocument.kind_code == flt.kind_code)
    if flt.status:
        conds.append(OutgoingDocument.status == flt.status)
    if flt.text.strip().isdigit():
        conds.append(OutgoingDocument.number == int(flt.text.strip()))
    return conds


def list_entries(
    uow: UnitOfWork, flt: RegisterFilter = RegisterFilter(), *, offset: int = 0, limit: int = 500
) -> list[EntryView]:
    """The register's lines, filtered and sorted in SQL; a search without diacritics also matches."""
    uow.require("read")
    order = {
        "number": (OutgoingDocument.year, OutgoingDocument.number),
        "date": (OutgoingDocument.doc_date, OutgoingDocument.number),
        "kind": (OutgoingDocument.kind_code, OutgoingDocument.year, OutgoingDocument.number),
    }[flt.sort if flt.sort in SORTS else "number"]
    cols = [c.desc() for c in order] if flt.descending else list(order)
    text = flt.text.strip()
    stmt = select(OutgoingDocument).where(*_where(flt)).order_by(*cols)
    if text and not text.isdigit():
        # a year holds hundreds of lines, not 200,000: fold in Python so "bien ban" finds "biên bản"
        key = fold(text)
        rows = [r for r in uow.session.scalars(stmt) if key in fold(f"{r.subject} {r.signer} {r.kind_code}")]
        return [view(r) for r in rows[offset : offset + limit]]
    return [view(r) for r in uow.session.scalars(stmt.offset(offset).limit(limit))]


def years(uow: UnitOfWork) -> list[int]:
    uow.require("read")
    found = set(uow.session.scalars(select(OutgoingDocument.year).distinct()))
    return sorted(found | {now().year}, reverse=True)


def kind_codes(uow: UnitOfWork) -> list[str]:
    uow.require("read")
    return sorted(set(uow.session.scalars(select(OutgoingDocument.kind_code).distinct())))


def register_rows(
    uow: UnitOfWork, *, text: str = "", year: int | None = None, kind_code: str = "", status: str = ""
) -> list[EntryView]:
    """The register page's rows (its search box and filters), newest number first."""
    flt = RegisterFilter(
        year=year, kind_code=kind_code or "", status=status or "", text=text, descending=True
    )
    return list_entries(uow, flt, limit=5000)


@dataclass(frozen=True)
class RegisterOptions:
    years: tuple[int, ...]
    kind_codes: tuple[str, ...]
    next_number: int


def options(uow: UnitOfWork) -> RegisterOptions:
    """What the register page's filters and the hand-number form offer."""
    return RegisterOptions(
        tuple(years(uow)), tuple(sorted(set(kind_codes(uow)) | set(KIND_NAMES))), next_number(uow, now().year)
    )
