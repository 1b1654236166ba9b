"""Period figures of the weapons register (``caxa figures weapons``, the monthly report).

Counting rules: an item counts as received on its receipt's date; items of a voided
receipt are left out of every figure (the receipt was void from the start) and the voided
receipts of the period are counted apart. An item leaves "on hand" when it is handed over
or, if it was never handed over, when it is destroyed; items out for inspection are on hand.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from desktop import figures
from desktop.db import UnitOfWork
from desktop.weapons.models import (
    ORIGINS,
    CustodyEvent,
    WeaponCategory,
    WeaponHandover,
    WeaponItem,
    WeaponReceipt,
)


def _number(value: Decimal) -> int | float:
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value.normalize())


def _by_category(
    rows: Iterable[tuple[int, str, Decimal]], cats: dict[int, tuple[int, str]]
) -> list[dict[str, Any]]:
    totals: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
    for category_id, unit, quantity in rows:
        totals[(category_id, unit)] += Decimal(quantity)
    ordered = sorted(totals.items(), key=lambda kv: (cats[kv[0][0]][0], cats[kv[0][0]][1], kv[0][1]))
    return [{"category": cats[cid][1], "unit": unit, "quantity": _number(q)} for (cid, unit), q in ordered]


def weapons_figures(uow: UnitOfWork, start: dt.date, end: dt.date) -> dict[str, Any]:
    uow.require("read")
    lo = dt.datetime.combine(start, dt.time.min)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)
    s = uow.session
    cats = {c.id: (c.sort_order, c.name) for c in s.scalars(select(WeaponCategory))}

    received = s.execute(
        select(
            WeaponItem.category_id,
            WeaponItem.unit,
            WeaponItem.quantity,
            WeaponReceipt.origin,
            WeaponReceipt.event_id,
            WeaponReceipt.id,
        )
        .join(WeaponReceipt, WeaponReceipt.id == WeaponItem.receipt_id)
        .where(
            WeaponReceipt.voided_at.is_(None), WeaponReceipt.received_at >= lo, WeaponReceipt.received_at < hi
        )
    ).all()
    by_origin = {
        key: _by_category(((r[0], r[1], r[2]) for r in received if r[3] == key), cats) for key in ORIGINS
    }
    # a campaign is the schedule event the receipts are linked to (a forum, a hand-in day); receipts
    # whose typed event is not linked yet are counted apart, for the clerk to resolve
    campaigns: dict[int, list] = defaultdict(list)
    campaign_receipts: dict[int, set[int]] = defaultdict(set)
    for row in received:
        if row[4] is not None:
            campaigns[row[4]].append((row[0], row[1], row[2]))
            campaign_receipts[row[4]].add(row[5])
    from desktop.schedule.events import get_event  # the schedule's service names the event

    events = {eid: get_event(uow, eid) for eid in campaigns}
    by_campaign = [
        {
            "campaign": events[eid].title,
            "event_id": eid,
            "date": events[eid].starts_at.date().isoformat(),
            "receipts": len(campaign_receipts[eid]),
            "by_category": _by_category(rows, cats),
        }
        for eid, rows in sorted(campaigns.items(), key=lambda kv: (events[kv[0]].starts_at, kv[0]))
    ]
    unlinked = s.scalar(
        select(func.count(WeaponReceipt.id)).where(
            WeaponReceipt.voided_at.is_(None),
            WeaponReceipt.event_unlinked.is_(True),
            WeaponReceipt.received_at >= lo,
            WeaponReceipt.received_at < hi,
        )
    )

    def moved(kind: str) -> list:
        return s.execute(
            select(WeaponItem.category_id, WeaponItem.unit, WeaponItem.quantity, CustodyEvent.handover_id)
            .join(CustodyEvent, CustodyEvent.item_id == WeaponItem.id)
            .where(CustodyEvent.kind == kind, CustodyEvent.at >= lo, CustodyEvent.at < hi)
        ).all()

    handed = moved("handed_over")
    units = (
        {
            h.id: h.receiving_unit
            for h in s.scalars(select(WeaponHandover).where(WeaponHandover.id.in_({r[3] for r in handed})))
        }
        if handed
        else {}
    )
    per_unit: dict[str, list] = defaultdict(list)
    for row in handed:
        per_unit[units[row[3]]].append(row[:3])
    destroyed = moved("destroyed")

    gone = select(CustodyEvent.item_id).where(
        CustodyEvent.kind.in_(("handed_over", "destroyed")), CustodyEvent.at < hi
    )
    on_hand = s.execute(
        select(WeaponItem.category_id, WeaponItem.unit, WeaponItem.quantity)
        .join(WeaponReceipt, WeaponReceipt.id == WeaponItem.receipt_id)
        .where(WeaponReceipt.voided_at.is_(None), WeaponReceipt.received_at < hi, WeaponItem.id.not_in(gone))
    ).all()
    voided = s.scalar(
        select(func.count(WeaponReceipt.id)).where(
            WeaponReceipt.voided_at.is_not(None),
            WeaponReceipt.received_at >= lo,
            WeaponReceipt.received_at < hi,
        )
    )

    return {
        "received": {
            "receipts": len({r[5] for r in received}),
            "items": len(received),
            "by_category": _by_category(((r[0], r[1], r[2]) for r in received), cats),
            "by_origin": by_origin,
            "by_campaign": by_campaign,
            "event_unlinked_receipts": unlinked or 0,
        },
        "handed_over": {
            "handovers": len({r[3] for r in handed}),
            "items": len(handed),
            "by_category": _by_category((r[:3] for r in handed), cats),
            "by_receiving_unit": [
                {"receiving_unit": u, "by_category": _by_category(rows, cats)}
                for u, rows in sorted(per_unit.items())
            ],
        },
        "destroyed": {"items": len(destroyed), "by_category": _by_category((r[:3] for r in destroyed), cats)},
        "on_hand_end": {"items": len(on_hand), "by_category": _by_category(on_hand, cats)},
        "voided_receipts": voided or 0,
    }


figures.register("weapons", weapons_figures)
