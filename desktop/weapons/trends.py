"""Weapons received per reporting period over a year, for the dashboard's chart: one query, counted as
``desktop.weapons.figures`` counts ``received.items`` (items of receipts not voided, by the receipt's
date)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from desktop.db import UnitOfWork
from desktop.reports.dashboard_periods import bucket_columns, ints, window
from desktop.reports.monthly.model import Period
from desktop.weapons.models import WeaponItem, WeaponReceipt


def received_items(uow: UnitOfWork, periods: Sequence[Period]) -> list[int]:
    uow.require("read")
    stmt = (
        select(*bucket_columns(WeaponReceipt.received_at, periods, moments=True))
        .select_from(WeaponItem)
        .join(WeaponReceipt, WeaponReceipt.id == WeaponItem.receipt_id)
        .where(WeaponReceipt.voided_at.is_(None), window(WeaponReceipt.received_at, periods, moments=True))
    )
    return ints(uow.session.execute(stmt).one())
