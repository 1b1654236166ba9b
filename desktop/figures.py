"""Period figures: each area registers a function that counts its records for a period.

``caxa figures AREA --from DATE --to DATE --json`` prints them; the monthly report
reads the same functions. Keys are stable (documented in the README).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from desktop.db import UnitOfWork

#: area name → fn(uow, start, end) → JSON-able dict (``start`` and ``end`` inclusive dates)
PROVIDERS: dict[str, Callable[[UnitOfWork, dt.date, dt.date], dict[str, Any]]] = {}


def register(area: str, fn: Callable[[UnitOfWork, dt.date, dt.date], dict[str, Any]]) -> None:
    PROVIDERS[area] = fn


def period_for(day: dt.date, start_day: int = 1) -> tuple[dt.date, dt.date]:
    """The reporting period containing ``day``: calendar month when ``start_day`` is 1,
    else from ``start_day`` of the month before to the day before ``start_day`` (e.g. 15th–14th)."""
    if start_day <= 1:
        first = day.replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        return first, nxt - dt.timedelta(days=1)
    if day.day >= start_day:
        start = day.replace(day=start_day)
    else:
        prev = day.replace(day=1) - dt.timedelta(days=1)
        start = prev.replace(day=start_day)
    end = (start.replace(day=1) + dt.timedelta(days=32)).replace(day=start_day) - dt.timedelta(days=1)
    return start, end
