"""The schedule's figures per reporting period over a year, for the dashboard's charts: one query per
series instead of a period-figures call per month. Each point is counted by the same conditions as
``desktop.schedule.figures`` (done events by start time; incidents by time of occurrence)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from desktop.db import UnitOfWork
from desktop.reports.dashboard_periods import bucket_columns, ints, window
from desktop.reports.monthly.model import Period
from desktop.schedule.models import Event, Incident

#: series → the done events' kind they count (``schedule.patrols``, ``schedule.village_meetings.count``)
DONE_KINDS = {"patrols": "patrol", "village_meetings": "village_meeting"}


def done_events(uow: UnitOfWork, periods: Sequence[Period]) -> dict[str, list[int]]:
    """{"patrols": [n per period], "village_meetings": [...]}: done events by start time."""
    uow.require("read")
    rows = dict.fromkeys(DONE_KINDS.values(), [0] * len(periods))
    stmt = (
        select(Event.kind, *bucket_columns(Event.starts_at, periods, moments=True))
        .where(
            window(Event.starts_at, periods, moments=True),
            Event.status == "done",
            Event.kind.in_(list(DONE_KINDS.values())),
        )
        .group_by(Event.kind)
    )
    for kind, *values in uow.session.execute(stmt):
        rows[kind] = ints(values)
    return {series: rows[kind] for series, kind in DONE_KINDS.items()}


def incidents(uow: UnitOfWork, periods: Sequence[Period]) -> list[int]:
    """Incidents per period by time of occurrence (``schedule.incidents.count``)."""
    uow.require("read")
    stmt = select(*bucket_columns(Incident.occurred_at, periods, moments=True)).where(
        window(Incident.occurred_at, periods, moments=True)
    )
    return ints(uow.session.execute(stmt).one())
