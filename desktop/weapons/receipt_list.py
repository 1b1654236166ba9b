"""Reading receipts: one receipt, the list with its search, totals, the seals a receipt was signed with."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import or_, select

from desktop.db import UnitOfWork
from desktop.register.models import OutgoingDocument
from desktop.text import fold
from desktop.weapons.common import issued_labels, item_views, receipt_view
from desktop.weapons.models import ORIGINS, CustodyEvent, WeaponItem, WeaponReceipt
from desktop.weapons.views import (
    OWNER_UNKNOWN_TEXT,
    RECEIPT_AREA,
    ItemView,
    ReceiptRow,
    ReceiptView,
    format_quantity,
)


def totals_text(items: list[ItemView] | tuple[ItemView, ...]) -> str:
    """'1 khẩu súng kíp; 10 khẩu súng cồn tự chế' (quantities added up per category and unit)."""
    totals: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for i in items:
        totals[(i.category, i.unit)] += i.quantity
    return "; ".join(f"{format_quantity(q)} {unit} {cat}" for (cat, unit), q in totals.items())


def seals_at_receipt(uow: UnitOfWork, receipt_id: int) -> dict[int, str]:
    """item id → the seal number recorded when the item was received (a later re-seal after an
    inspection does not change what the signed receipt says)."""
    uow.require("read")
    rows = uow.session.execute(
        select(CustodyEvent.item_id, CustodyEvent.seal_number)
        .join(WeaponItem, WeaponItem.id == CustodyEvent.item_id)
        .where(WeaponItem.receipt_id == receipt_id, CustodyEvent.kind == "received")
    )
    return dict(rows.all())


def get_receipt(uow: UnitOfWork, receipt_id: int) -> ReceiptView:
    uow.require("read")
    return receipt_view(uow, uow.get(WeaponReceipt, receipt_id))


def list_receipts(
    uow: UnitOfWork,
    *,
    text: str = "",
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    include_voided: bool = True,
    unlinked_only: bool = False,
    limit: int = 2000,
) -> list[ReceiptRow]:
    """Receipts, newest first; ``text`` matches the person, the event, the number the paper carries
    in the outgoing register ("09/BB-CAX", "9/2026" or "9") or the receipt's own sequence number;
    ``unlinked_only``: those whose typed giver or event the migration could not match to the register
    ("chưa gắn người/sự kiện"), for the clerk to resolve."""
    uow.require("read")
    stmt = (
        select(WeaponReceipt).order_by(WeaponReceipt.received_at.desc(), WeaponReceipt.id.desc()).limit(limit)
    )
    key = fold(text)
    if key:
        conds = [
            WeaponReceipt.person_key.contains(key, autoescape=True),
            WeaponReceipt.event_key.contains(key, autoescape=True),
        ]
        m = re.fullmatch(r"0*(\d{1,5})(?:/(?:bb-?[a-z0-9-]*/?)?(\d{4})?)?", key.replace(" ", ""))
        if m:
            cond = WeaponReceipt.number == int(m.group(1))
            issued = select(OutgoingDocument.record_id).where(
                OutgoingDocument.area == RECEIPT_AREA,
                OutgoingDocument.status == "issued",
                OutgoingDocument.number == int(m.group(1)),
            )
            if m.group(2):
                cond = cond & (WeaponReceipt.year == int(m.group(2)))
                issued = issued.where(OutgoingDocument.year == int(m.group(2)))
            conds += [cond, WeaponReceipt.id.in_(issued)]
        stmt = stmt.where(or_(*conds))
    if date_from:
        stmt = stmt.where(WeaponReceipt.received_at >= dt.datetime.combine(date_from, dt.time.min))
    if date_to:
        stmt = stmt.where(
            WeaponReceipt.received_at < dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min)
        )
    if not include_voided:
        stmt = stmt.where(WeaponReceipt.voided_at.is_(None))
    if unlinked_only:
        stmt = stmt.where(
            or_(WeaponReceipt.person_unlinked.is_(True), WeaponReceipt.event_unlinked.is_(True))
        )
    receipts = list(uow.session.scalars(stmt))
    labels = issued_labels(uow, RECEIPT_AREA, [r.id for r in receipts])
    by_receipt: dict[int, list] = defaultdict(list)
    if receipts:
        items = uow.session.scalars(
            select(WeaponItem)
            .where(WeaponItem.receipt_id.in_([r.id for r in receipts]))
            .order_by(WeaponItem.line_no)
        )
        for view in item_views(uow, items, labels):
            by_receipt[view.receipt_id].append(view)
    rows = []
    for r in receipts:
        items = by_receipt.get(r.id, [])
        summary = totals_text(items)
        state = "Đã hủy" if r.voided_at else ("Đã in" if r.printed_at else "Chưa in")
        rows.append(
            ReceiptRow(
                r.id,
                labels[r.id],
                r.received_at,
                r.person_name or (OWNER_UNKNOWN_TEXT if r.owner_unknown else ""),
                r.event_text,
                ORIGINS.get(r.origin, r.origin),
                summary,
                len(items),
                state,
                r.voided_at is not None,
                r.printed_at is not None,
                r.version,
                r.person_unlinked or r.event_unlinked,
            )
        )
    return rows
