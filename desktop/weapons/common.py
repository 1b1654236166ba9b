"""Helpers shared by the weapons services: views from rows, quantities, the custody writer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from desktop.db import UnitOfWork, now
from desktop.errors import DatabaseError, ValidationError
from desktop.register.service import issued_symbols
from desktop.staff.models import Officer
from desktop.weapons.models import (
    UNITS,
    CustodyEvent,
    WeaponCategory,
    WeaponItem,
    WeaponReceipt,
    WeaponReceiptOfficer,
)
from desktop.weapons.views import (
    HANDOVER_AREA,
    NOT_ISSUED,
    RECEIPT_AREA,
    EventView,
    ItemView,
    OfficerRef,
    ReceiptView,
    cited,
)

MAX_NUMBER_TRIES = 50  # each retry means another PC saved a number meanwhile: four PCs need at most 4


def split_lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in (text or "").split("\n") if line.strip())


def parse_quantity(value: Any, unit: str, field: str = "Số lượng") -> Decimal:
    """A positive quantity; whole for units that count pieces, up to 3 decimals for kg."""
    if unit not in UNITS:
        raise ValidationError("Đơn vị tính", f"«{unit}» không hợp lệ (chọn một trong: {', '.join(UNITS)}).")
    raw = str(value).strip().replace(" ", "") if value is not None else ""
    if not raw:
        raise ValidationError(field, "không được để trống.")
    if "," in raw and "." not in raw:
        raw = raw.replace(",", ".")
    try:
        number = Decimal(raw)
    except InvalidOperation:
        raise ValidationError(field, f"«{value}» không phải là số.") from None
    if not number.is_finite():
        raise ValidationError(field, f"«{value}» không phải là số.")
    if number <= 0:
        raise ValidationError(field, "phải lớn hơn 0.")
    if UNITS[unit] and number != number.to_integral_value():
        raise ValidationError(
            field, f"đơn vị «{unit}» đếm theo chiếc nên số lượng phải là số nguyên (nhận được {value})."
        )
    if number != number.quantize(Decimal("0.001")):
        raise ValidationError(field, "chỉ ghi tối đa 3 chữ số thập phân.")
    if number >= Decimal("1000000000"):
        raise ValidationError(field, "quá lớn.")
    return number.quantize(Decimal("0.001"))


def check_moment(
    field: str,
    moment: dt.datetime | dt.date | None,
    *,
    not_before: dt.datetime | None = None,
    not_before_text: str = "",
) -> dt.datetime:
    """A date or date-time that is not in the future (and not before ``not_before``)."""
    if moment is None:
        raise ValidationError(field, "không được để trống.")
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time(0, 0)) if isinstance(moment, dt.date) else None
        if moment is None:
            raise ValidationError(field, "không phải ngày giờ hợp lệ.")
    moment = moment.replace(microsecond=0, tzinfo=None)
    if moment.date() > now().date() or moment > now() + dt.timedelta(minutes=5):
        raise ValidationError(field, f"{moment:%d/%m/%Y %H:%M} là thời điểm trong tương lai.")
    if moment.year < 1975:
        raise ValidationError(field, "năm không hợp lệ.")
    if not_before is not None and moment < not_before:
        raise ValidationError(field, f"không được trước {not_before:%d/%m/%Y %H:%M} ({not_before_text}).")
    return moment


def officer_refs(uow: UnitOfWork, receipt_ids: Iterable[int]) -> dict[int, tuple[OfficerRef, ...]]:
    ids = list(receipt_ids)
    out: dict[int, list[OfficerRef]] = {i: [] for i in ids}
    if not ids:
        return {}
    rows = uow.session.execute(
        select(WeaponReceiptOfficer.receipt_id, Officer)
        .join(Officer, Officer.id == WeaponReceiptOfficer.officer_id)
        .where(WeaponReceiptOfficer.receipt_id.in_(ids))
        .order_by(WeaponReceiptOfficer.receipt_id, WeaponReceiptOfficer.position)
    )
    for receipt_id, officer in rows:
        out[receipt_id].append(officer_ref(officer))
    return {k: tuple(v) for k, v in out.items()}


def officer_ref(officer: Officer) -> OfficerRef:
    """An officer as the weapons records name them: rank and name, with the position from the staff
    register for the signature columns."""
    return OfficerRef(
        officer.id,
        f"{officer.rank} {officer.full_name}".strip(),
        officer.full_name,
        officer.active,
        officer.rank,
        officer.position,
    )


def officer_by_id(uow: UnitOfWork, officer_id: int | None) -> OfficerRef | None:
    officer = uow.session.get(Officer, officer_id) if officer_id is not None else None
    return officer_ref(officer) if officer is not None else None


def issued_labels(uow: UnitOfWork, area: str, record_ids: Iterable[int]) -> dict[int, str]:
    """record id → the number its paper carries ("09/BB-CAX", from the outgoing register), or
    "Chưa cấp số" for a record never issued; one query for all."""
    ids = list(record_ids)
    found = issued_symbols(uow, area, ids)
    return {i: found.get(i, NOT_ISSUED) for i in ids}


def receipt_named(uow: UnitOfWork, r: WeaponReceipt) -> str:
    """The receipt as a sentence names it: '09/BB-CAX', or 'ngày 08/03/2026 (chưa in)'."""
    return cited(issued_labels(uow, RECEIPT_AREA, [r.id])[r.id], r.received_at)


def item_views(
    uow: UnitOfWork, items: Iterable[WeaponItem], labels: dict[int, str] | None = None
) -> list[ItemView]:
    """The items as the pages show them; each names its receipt by the number the outgoing register
    issued it under (``labels``, receipt id → label, when the caller has already read them)."""
    items = list(items)
    if not items:
        return []
    cat_names = dict(uow.session.execute(select(WeaponCategory.id, WeaponCategory.name)).all())
    receipt_ids = {i.receipt_id for i in items}
    receipts = {
        r.id: r for r in uow.session.scalars(select(WeaponReceipt).where(WeaponReceipt.id.in_(receipt_ids)))
    }
    if labels is None or not receipt_ids <= labels.keys():
        labels = issued_labels(uow, RECEIPT_AREA, receipt_ids)
    out = []
    for i in items:
        r = receipts[i.receipt_id]
        out.append(
            ItemView(
                i.id,
                i.code,
                i.receipt_id,
                labels[r.id],
                r.voided_at is not None,
                i.line_no,
                i.category_id,
                cat_names.get(i.category_id, ""),
                Decimal(i.quantity),
                i.unit,
                i.description,
                i.markings,
                i.condition,
                i.seal_number or "",
                split_lines(i.photos),
                i.status,
                i.holder,
                i.location,
                i.last_event_at,
                r.received_at,
                i.version,
            )
        )
    return out


def receipt_view(uow: UnitOfWork, r: WeaponReceipt) -> ReceiptView:
    label = issued_labels(uow, RECEIPT_AREA, [r.id])[r.id]
    items = uow.session.scalars(
        select(WeaponItem).where(WeaponItem.receipt_id == r.id).order_by(WeaponItem.line_no)
    )
    return ReceiptView(
        r.id,
        r.year,
        r.number,
        label,
        r.received_at,
        r.place,
        r.event_text,
        r.origin,
        r.owner_unknown,
        r.person_name,
        r.person_id_number,
        r.person_address,
        officer_refs(uow, [r.id]).get(r.id, ()),
        split_lines(r.witnesses),
        r.notes,
        split_lines(r.photos),
        r.printed_at,
        r.voided_at,
        r.void_reason,
        r.voided_by,
        tuple(item_views(uow, items, {r.id: label})),
        r.version,
        r.person_id,
        r.event_id,
        r.person_unlinked,
        r.event_unlinked,
        officer_by_id(uow, r.drafted_by),
        r.sanction_number,
        r.sanction_date,
    )


def event_views(uow: UnitOfWork, events: Iterable[CustodyEvent]) -> list[EventView]:
    events = list(events)
    handover_ids = {e.handover_id for e in events if e.handover_id}
    labels = issued_labels(uow, HANDOVER_AREA, handover_ids) if handover_ids else {}
    return [
        EventView(
            e.id,
            e.item_id,
            e.seq,
            e.kind,
            e.at,
            e.holder,
            e.location,
            e.handover_id,
            labels.get(e.handover_id or 0, ""),
            e.decision_number,
            e.seal_number,
            e.note,
            e.recorded_by,
        )
        for e in events
    ]


def last_event(uow: UnitOfWork, item: WeaponItem) -> CustodyEvent | None:
    return uow.session.scalars(
        select(CustodyEvent).where(CustodyEvent.item_id == item.id).order_by(CustodyEvent.seq.desc()).limit(1)
    ).first()


def append_event(
    uow: UnitOfWork,
    item: WeaponItem,
    kind: str,
    at: dt.datetime,
    *,
    status: str,
    holder: str | None = None,
    location: str | None = None,
    **extra: Any,
) -> CustodyEvent:
    """Add one custody event and move the item's current state with it (same transaction)."""
    previous = last_event(uow, item) if item.id is not None else None
    seq = (previous.seq + 1) if previous is not None else 1
    holder = item.holder if holder is None else holder
    location = item.location if location is None else location
    ev = CustodyEvent(
        item_id=item.id,
        seq=seq,
        kind=kind,
        at=at,
        holder=holder,
        location=location,
        recorded_by=uow.actor.username,
        **extra,
    )
    uow.add(ev)
    item.status, item.holder, item.location, item.last_event_at = status, holder, location, at
    uow.flush()
    return ev


def next_number(uow: UnitOfWork, model: type, year: int) -> int:
    """The next free number of the year (max + 1) in the table of ``model``."""
    current = uow.session.scalar(select(func.max(model.number)).where(model.year == year))
    return (current or 0) + 1


def insert_numbered(
    uow: UnitOfWork,
    build: Callable[[int], Any],
    model: type,
    year: int,
    numbering: Callable[[UnitOfWork, type, int], int] | None = None,
) -> Any:
    """Insert a record numbered per year; when another PC took the number meanwhile, the
    unique constraint (year, number) fires and we retry with the next number."""
    pick = numbering or next_number
    for _attempt in range(MAX_NUMBER_TRIES):
        number = pick(uow, model, year)
        try:
            with uow.session.begin_nested():
                return build(number)
        except IntegrityError:
            pick = next_number
            continue
    raise DatabaseError("Không cấp được số văn bản (nhiều máy cùng ghi); hãy thử lại.")
