"""Find a receipt or a handover by what the clerk sees: the number its paper carries in the outgoing
register ("15", "15/BB-CAX", with the year when the number recurs), or — for a record not yet
issued, which has no number ("Chưa cấp số") — the day (and time) it was drawn up.

The weapons module's own sequence numbers are never printed nor shown, so they are not accepted:
a plain "15" always means the register's number 15."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select

from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.register.models import OutgoingDocument
from desktop.register.service import view as entry_view
from desktop.text import fold
from desktop.weapons.models import WeaponHandover, WeaponReceipt
from desktop.weapons.views import HANDOVER_AREA, RECEIPT_AREA

#: what each kind of record is called, its model, its area in the register, its moment column
KINDS = {
    "receipt": ("biên bản tiếp nhận", WeaponReceipt, RECEIPT_AREA, WeaponReceipt.received_at),
    "handover": ("biên bản bàn giao", WeaponHandover, HANDOVER_AREA, WeaponHandover.handed_at),
}
_NUMBER = re.compile(r"0*(\d{1,6})(?:/([a-z0-9-]+))?")


@dataclass(frozen=True)
class Found:
    record_id: int
    #: "15/BB-CAX" for an issued record, "" for one not issued yet
    symbol: str


def _compact(text: str) -> str:
    return fold(text).replace(" ", "")


def by_number(uow: UnitOfWork, kind: str, text: str, year: int | None = None) -> Found:
    """The record whose issued paper carries number ``text`` ("15" or "15/BB-CAX"), of ``year`` or,
    without one, of the only year that has it (ValidationError naming the years when several do)."""
    uow.require("read")
    what, _model, area, _moment = KINDS[kind]
    m = _NUMBER.fullmatch(_compact(text))
    if m is None:
        raise ValidationError(
            "Số biên bản", f"«{text}» không phải số biên bản (vd. 15 hoặc 15/BB-CAX, như in trên biên bản)."
        )
    number, suffix = int(m.group(1)), m.group(2)
    stmt = select(OutgoingDocument).where(
        OutgoingDocument.area == area,
        OutgoingDocument.status == "issued",
        OutgoingDocument.record_key == "",
        OutgoingDocument.number == number,
    )
    if year:
        stmt = stmt.where(OutgoingDocument.year == year)
    rows = [entry_view(r) for r in uow.session.scalars(stmt.order_by(OutgoingDocument.year.desc()))]
    if suffix:
        rows = [r for r in rows if _compact(r.symbol.partition("/")[2]) == suffix]
    asked = f"{number:02d}" + (f"/{text.partition('/')[2].strip().upper()}" if suffix else "")
    if not rows:
        in_year = f" năm {year}" if year else ""
        raise ValidationError(
            "Số biên bản",
            f"không có {what} nào đã cấp số {asked}{in_year} trong sổ văn bản đi "
            "(biên bản chưa in thì chưa có số: chọn theo ngày lập bằng --date).",
        )
    years = sorted({r.year for r in rows}, reverse=True)
    if len(years) > 1:
        listed = ", ".join(str(y) for y in years)
        raise ValidationError(
            "Năm", f"số {asked} có ở {what} của các năm {listed}: thêm --year NĂM để chọn một."
        )
    return Found(rows[0].record_id, rows[0].symbol)


def by_day(uow: UnitOfWork, kind: str, day: dt.date, at: dt.time | None = None) -> Found:
    """The record of ``kind`` not issued yet that was drawn up on ``day`` (at ``at``, HH:MM, when the
    day has several): the only way to name one before it has a number."""
    uow.require("read")
    what, model, area, moment = KINDS[kind]
    issued = select(OutgoingDocument.record_id).where(
        OutgoingDocument.area == area,
        OutgoingDocument.status == "issued",
        OutgoingDocument.record_key == "",
        OutgoingDocument.record_id.is_not(None),
    )
    start = dt.datetime.combine(day, dt.time.min)
    stmt = (
        select(model)
        .where(moment >= start, moment < start + dt.timedelta(days=1), model.id.not_in(issued))
        .order_by(moment, model.id)
    )
    if kind == "receipt":
        stmt = stmt.where(WeaponReceipt.voided_at.is_(None))
    rows = list(uow.session.scalars(stmt))
    if at is not None:
        rows = [r for r in rows if _moment(r).time().replace(second=0, microsecond=0) == at]
    when = f"{day:%d/%m/%Y}" + (f" lúc {at:%H:%M}" if at else "")
    if not rows:
        raise ValidationError("Ngày", f"không có {what} nào chưa cấp số lập ngày {when}.")
    if len(rows) > 1:
        listed = "; ".join(f"{_moment(r):%H:%M} {_who(r)}".strip() for r in rows)
        raise ValidationError(
            "Giờ", f"ngày {when} có {len(rows)} {what} chưa cấp số ({listed}): thêm --time GIỜ:PHÚT."
        )
    return Found(rows[0].id, "")


def _moment(row: WeaponReceipt | WeaponHandover) -> dt.datetime:
    return row.received_at if isinstance(row, WeaponReceipt) else row.handed_at


def _who(row: WeaponReceipt | WeaponHandover) -> str:
    return row.person_name if isinstance(row, WeaponReceipt) else row.receiving_unit


def parse_time(text: str) -> dt.time:
    """'9:30' or '09:30' → 09:30 (ValidationError otherwise)."""
    m = re.fullmatch(r"(\d{1,2})[:hg](\d{2})", text.strip().lower())
    try:
        if m:
            return dt.time(int(m.group(1)), int(m.group(2)))
    except ValueError:
        pass
    raise ValidationError("Giờ", f"«{text}» không phải giờ theo dạng GIỜ:PHÚT (vd. 09:30).")
