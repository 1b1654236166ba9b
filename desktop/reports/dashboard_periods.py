"""Reporting periods for the dashboard's trends, and the SQL that counts a column into them.

A trend is one point per reporting period (the station's start day: the calendar month by default),
the last one the current period up to today. An area's ``trends`` module counts its own records
into those periods with ``bucket_sums``: one query whose columns are the periods, each a
``SUM(CASE WHEN lo <= col < hi …)`` over only the rows inside the whole window — the same
conditions as the area's period figures, so each point equals that figure for its period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, case, func
from sqlalchemy.sql import ColumnElement

from desktop.figures import period_for
from desktop.reports.monthly.model import Period


def period_of(day: dt.date, start_day: int = 1) -> Period:
    """The whole reporting period containing ``day``."""
    return Period(*period_for(day, start_day))


def periods_back(today: dt.date, start_day: int = 1, count: int = 12) -> tuple[Period, ...]:
    """``count`` consecutive periods, oldest first; the last is the current one up to ``today``."""
    current = period_of(today, start_day)
    out = [Period(current.start, today)]
    while len(out) < count:
        out.append(period_of(out[-1].start - dt.timedelta(days=1), start_day))
    return tuple(reversed(out))


def month_label(period: Period, start_day: int = 1) -> str:
    """"T11/2026": the month the period reports on — its last day's month (a period counted from the
    15th, 15/10–14/11, is November's)."""
    end = period_of(period.start, start_day).end
    return f"T{end.month}/{end.year}"


def _bounds(periods: Sequence[Period], moments: bool) -> list[tuple[Any, Any]]:
    """[lo, hi) per period: dates, or midnights for a datetime column."""
    out = []
    for p in periods:
        hi = p.end + dt.timedelta(days=1)
        out.append((dt.datetime.combine(p.start, dt.time()), dt.datetime.combine(hi, dt.time()))
                   if moments else (p.start, hi))
    return out


def bucket_columns(
    col: Any, periods: Sequence[Period], *, moments: bool = False, value: Any = 1
) -> list[ColumnElement[Any]]:
    """One ``SUM`` per period of ``value`` over the rows whose ``col`` falls in it."""
    return [
        func.coalesce(func.sum(case((and_(col >= lo, col < hi), value), else_=0)), 0)
        for lo, hi in _bounds(periods, moments)
    ]


def window(col: Any, periods: Sequence[Period], *, moments: bool = False) -> ColumnElement[bool]:
    """``col`` inside the first period's start … the last period's end (lets an index do the work)."""
    bounds = _bounds(periods, moments)
    return and_(col >= bounds[0][0], col < bounds[-1][1])


def ints(row: Sequence[Any]) -> list[int]:
    return [int(v or 0) for v in row]
