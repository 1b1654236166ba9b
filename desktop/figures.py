"""Period figures: each area registers a function that counts its records for a period.

``caxa figures AREA --from DATE --to DATE --json`` prints them; the monthly report
reads the same functions. Keys are stable (documented in the README).
"""

from __future__ import annotations

import contextvars
import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.db import UnitOfWork

#: area name → fn(uow, start, end) → JSON-able dict (``start`` and ``end`` inclusive dates)
PROVIDERS: dict[str, Callable[[UnitOfWork, dt.date, dt.date], dict[str, Any]]] = {}


def register(area: str, fn: Callable[[UnitOfWork, dt.date, dt.date], dict[str, Any]]) -> None:
    PROVIDERS[area] = fn


@dataclass(frozen=True)
class RecordRow:
    """One record behind a figure, for the check sheets and the "records behind this number" list."""

    who: str  # the person, household, giver or officer concerned ("" when none)
    what: str  # the record in a few words: kind, title, number
    when: dt.date | dt.datetime | None
    village: str = ""
    amount: int | Decimal | None = None  # its share of a sum (attendance, VND, kg); None for a count
    opens: str = ""  # a ``desktop.gui.openers.OPENERS`` key that opens it ("" none)
    record_id: int | None = None


#: area name → fn(uow, start, end, path) → the records behind the figure at ``path`` (the dotted key
#: inside the area's figures, e.g. ``incidents.by_kind.theft``), or None when the path lists none
#: (a count of the whole population). For a count, ``len(rows)`` equals the figure; for a sum, the
#: rows' ``amount`` add up to it.
RecordsFn = Callable[[UnitOfWork, dt.date, dt.date, str], "list[RecordRow] | None"]
RECORDS: dict[str, RecordsFn] = {}


def register_records(area: str, fn: RecordsFn) -> None:
    RECORDS[area] = fn


#: the private lists read while a caller lists many figures at once (``views_collected``)
_VIEWS: contextvars.ContextVar[list[tuple[str, list[RecordRow]]] | None] = contextvars.ContextVar(
    "caxa_figure_views", default=None)


@contextmanager
def views_collected() -> Iterator[list[tuple[str, list[RecordRow]]]]:
    """Inside this block a records function that would log the reading of a private list (managed
    persons) hands it to ``collect_view`` instead: the caller, listing many figures at once (the
    report's workbook), logs what was read once, e.g. one line per workbook."""
    collected: list[tuple[str, list[RecordRow]]] = []
    token = _VIEWS.set(collected)
    try:
        yield collected
    finally:
        _VIEWS.reset(token)


def collect_view(key: str, rows: list[RecordRow]) -> bool:
    """True when a caller collects private reads (it logs them); False: the records function logs."""
    collected = _VIEWS.get()
    if collected is None:
        return False
    collected.append((key, rows))
    return True


def records(uow: UnitOfWork, key: str, start: dt.date, end: dt.date) -> list[RecordRow] | None:
    """The records behind the figure ``<area>.<path>`` for the period (see ``RECORDS``)."""
    area, _, path = key.partition(".")
    fn = RECORDS.get(area)
    return None if fn is None else fn(uow, start, end, path)


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
