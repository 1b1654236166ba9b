"""Residents' figures per reporting period over a year, for the dashboard's charts: one query per
series, counted by the same conditions as ``desktop.residents.figures`` (residence events by their
date; data problems by the dates ``quality_issue`` keeps; campaign steps by their date)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from desktop.db import UnitOfWork
from desktop.reports.dashboard_periods import bucket_columns, ints, window
from desktop.reports.monthly.model import Period
from desktop.residents.models import EVENT_KINDS, Person, QualityIssue, ResidenceEvent


def events_by_kind(uow: UnitOfWork, periods: Sequence[Period]) -> dict[str, list[int]]:
    """{kind: [n per period]} for every residence event kind (``residents.events.<kind>``)."""
    uow.require("read")
    out = {kind: [0] * len(periods) for kind in EVENT_KINDS}
    stmt = (
        select(ResidenceEvent.kind, *bucket_columns(ResidenceEvent.event_date, periods))
        .where(window(ResidenceEvent.event_date, periods))
        .group_by(ResidenceEvent.kind)
    )
    for kind, *values in uow.session.execute(stmt):
        out[kind] = ints(values)
    return out


def _per_day(uow: UnitOfWork, col: Any, periods: Sequence[Period]) -> tuple[int, dict[dt.date, int]]:
    """Issues whose ``col`` (a date) is before the first period, and those per day inside the window:
    an index-only count, a few hundred rows at most, however many issues a scan found."""
    before = uow.session.scalar(select(func.count()).select_from(QualityIssue).where(col < periods[0].start))
    days = uow.session.execute(
        select(col, func.count()).where(window(col, periods)).group_by(col)
    ).all()
    return int(before or 0), {day: int(n) for day, n in days}


def _sum_in(days: dict[dt.date, int], period: Period) -> int:
    return sum(n for day, n in days.items() if period.start <= day <= period.end)


def quality_flow(uow: UnitOfWork, periods: Sequence[Period]) -> dict[str, list[int]]:
    """{"found": [...], "cleared": [...], "open_end": [...]}: problems found and cleared per period,
    every rule together (the sums of ``residents.quality.<rule>.found`` / ``.cleared``), and those
    open at each period's last day as ``quality_issue`` recorded them (found by then, not cleared by
    then — an issue is cleared on or after the day it was found). The last ``open_end`` equals the
    open problems now (the sum of ``residents.quality_open``); before the first scan the log knows
    of none."""
    uow.require("read")
    found_before, found = _per_day(uow, QualityIssue.found_on, periods)
    cleared_before, cleared = _per_day(uow, QualityIssue.cleared_on, periods)
    out: dict[str, list[int]] = {"found": [], "cleared": [], "open_end": []}
    total_found, total_cleared = found_before, cleared_before
    for period in periods:
        f, c = _sum_in(found, period), _sum_in(cleared, period)
        total_found += f
        total_cleared += c
        out["found"].append(f)
        out["cleared"].append(c)
        out["open_end"].append(total_found - total_cleared)
    return out


def campaign_issued(uow: UnitOfWork, periods: Sequence[Period]) -> list[int]:
    """ID cards issued per period (``residents.campaign.issued``: the issue date in the period),
    every period in one pass over the residents instead of one per period."""
    uow.require("read")
    stmt = select(*bucket_columns(Person.id_card_issued_date, periods)).where(
        window(Person.id_card_issued_date, periods)
    )
    return ints(uow.session.execute(stmt).one())
