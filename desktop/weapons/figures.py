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


def bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The period as [lo, hi) date-times (``end`` inclusive)."""
    lo = dt.datetime.combine(start, dt.time.min)
    return lo, dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)


# The conditions each figure counts by; ``figure_records`` lists the records by the same ones.


def received_where(lo: dt.datetime, hi: dt.datetime) -> tuple[Any, ...]:
    """Receipts (and their items) received in the period, voided ones left out."""
    r = WeaponReceipt
    return (r.voided_at.is_(None), r.received_at >= lo, r.received_at < hi)


def unlinked_where(lo: dt.datetime, hi: dt.datetime) -> tuple[Any, ...]:
    return (*received_where(lo, hi), WeaponReceipt.event_unlinked.is_(True))


def voided_where(lo: dt.datetime, hi: dt.datetime) -> tuple[Any, ...]:
    r = WeaponReceipt
    return (r.voided_at.is_not(None), r.received_at >= lo, r.received_at < hi)


def moved_where(kind: str, lo: dt.datetime, hi: dt.datetime) -> tuple[Any, ...]:
    """Custody events of ``kind`` ("handed_over", "destroyed") in the period (join on the item)."""
    return (CustodyEvent.kind == kind, CustodyEvent.at >= lo, CustodyEvent.at < hi)


def on_hand_where(hi: dt.datetime) -> tuple[Any, ...]:
    """Items on hand at the period's end (join on the receipt)."""
    gone = select(CustodyEvent.item_id).where(
        CustodyEvent.kind.in_(("handed_over", "destroyed")), CustodyEvent.at < hi
    )
    return (WeaponReceipt.voided_at.is_(None), WeaponReceipt.received_at < hi, WeaponItem.id.not_in(gone))


def categories(uow: UnitOfWork) -> dict[int, tuple[int, str]]:
    """category id → (sort order, name)."""
    return {c.id: (c.sort_order, c.name) for c in uow.session.scalars(select(WeaponCategory))}


def category_keys(
    rows: Iterable[tuple[int, str, Decimal]], cats: dict[int, tuple[int, str]]
) -> list[tuple[tuple[int, str], Decimal]]:
    """((category id, unit), total quantity) in the order a ``by_category`` list has them."""
    totals: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
    for category_id, unit, quantity in rows:
        totals[(category_id, unit)] += Decimal(quantity)
    return sorted(totals.items(), key=lambda kv: (cats[kv[0][0]][0], cats[kv[0][0]][1], kv[0][1]))


def _by_category(
    rows: Iterable[tuple[int, str, Decimal]], cats: dict[int, tuple[int, str]]
) -> list[dict[str, Any]]:
    ordered = category_keys(rows, cats)
    return [{"category": cats[cid][1], "unit": unit, "quantity": _number(q)} for (cid, unit), q in ordered]


def campaign_events(uow: UnitOfWork, event_ids: Iterable[int]) -> list[tuple[int, Any]]:
    """(event id, the schedule's event) in the order ``by_campaign`` lists them."""
    from desktop.schedule.events import get_event  # the schedule's service names the event

    events = {eid: get_event(uow, eid) for eid in set(event_ids)}
    return sorted(events.items(), key=lambda kv: (kv[1].starts_at, kv[0]))


def weapons_figures(uow: UnitOfWork, start: dt.date, end: dt.date) -> dict[str, Any]:
    uow.require("read")
    lo, hi = bounds(start, end)
    s = uow.session
    cats = categories(uow)

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
        .where(*received_where(lo, hi))
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
    by_campaign = [
        {
            "campaign": event.title,
            "event_id": eid,
            "date": event.starts_at.date().isoformat(),
            "receipts": len(campaign_receipts[eid]),
            "by_category": _by_category(campaigns[eid], cats),
        }
        for eid, event in campaign_events(uow, campaigns)
    ]
    unlinked = s.scalar(select(func.count(WeaponReceipt.id)).where(*unlinked_where(lo, hi)))

    def moved(kind: str) -> list:
        return s.execute(
            select(WeaponItem.category_id, WeaponItem.unit, WeaponItem.quantity, CustodyEvent.handover_id)
            .join(CustodyEvent, CustodyEvent.item_id == WeaponItem.id)
            .where(*moved_where(kind, lo, hi))
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

    on_hand = s.execute(
        select(WeaponItem.category_id, WeaponItem.unit, WeaponItem.quantity)
        .join(WeaponReceipt, WeaponReceipt.id == WeaponItem.receipt_id)
        .where(*on_hand_where(hi))
    ).all()
    voided = s.scalar(select(func.count(WeaponReceipt.id)).where(*voided_where(lo, hi)))

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
