"""The weapons register for the dashboard: items received per reporting period over a year (one
query, counted as ``desktop.weapons.figures`` counts ``received.items``: items of receipts not voided,
by the receipt's date) and what is on hand on a day (``on_hand_end``), each without the rest of the
period's figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from desktop.db import UnitOfWork
from desktop.reports.dashboard_periods import bucket_columns, ints, window
from desktop.reports.monthly.model import Period
from desktop.weapons.figures import _by_category
from desktop.weapons.models import CustodyEvent, WeaponCategory, WeaponItem, WeaponReceipt


def received_items(uow: UnitOfWork, periods: Sequence[Period]) -> list[int]:
    uow.require("read")
    stmt = (
        select(*bucket_columns(WeaponReceipt.received_at, periods, moments=True))
        .select_from(WeaponItem)
        .join(WeaponReceipt, WeaponReceipt.id == WeaponItem.receipt_id)
        .where(WeaponReceipt.voided_at.is_(None), window(WeaponReceipt.received_at, periods, moments=True))
    )
    return ints(uow.session.execute(stmt).one())


def on_hand(uow: UnitOfWork, day: dt.date) -> dict[str, Any]:
    """Items on hand at the end of ``day`` as ``weapons.on_hand_end`` counts them ({"items",
    "by_category"}): received by then on a receipt not voided, not handed over nor destroyed by then
    (items out for inspection are on hand) — without the rest of the period's figures."""
    uow.require("read")
    hi = dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min)
    s = uow.session
    cats = {c.id: (c.sort_order, c.name) for c in s.scalars(select(WeaponCategory))}
    gone = select(CustodyEvent.item_id).where(
        CustodyEvent.kind.in_(("handed_over", "destroyed")), CustodyEvent.at < hi
    )
    rows = s.execute(
        select(WeaponItem.category_id, WeaponItem.unit, WeaponItem.quantity)
        .join(WeaponReceipt, WeaponReceipt.id == WeaponItem.receipt_id)
        .where(WeaponReceipt.voided_at.is_(None), WeaponReceipt.received_at < hi, WeaponItem.id.not_in(gone))
    ).all()
    return {"items": len(rows), "by_category": _by_category(rows, cats)}
