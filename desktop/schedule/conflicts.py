"""Officers booked on two overlapping, non-cancelled events."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select

from desktop.db import UnitOfWork
from desktop.schedule.models import Event, event_officer
from desktop.schedule.views import Conflict
from desktop.staff.models import Officer


def _overlapping_pairs(events: Iterable[Event]) -> list[tuple[Officer, Event, Event]]:
    """(officer, a, b) for every officer on two events whose times overlap (a starts first)."""
    by_officer: dict[int, list[Event]] = defaultdict(list)
    officers: dict[int, Officer] = {}
    for ev in events:
        if ev.status == "cancelled":
            continue
        for officer in ev.officers:
            by_officer[officer.id].append(ev)
            officers[officer.id] = officer
    out = []
    for officer_id, evs in by_officer.items():
        evs.sort(key=lambda e: (e.starts_at, e.id))
        active: list[Event] = []
        for ev in evs:
            active = [a for a in active if a.ends_at > ev.starts_at]
            out.extend((officers[officer_id], a, ev) for a in active)
            active.append(ev)
    return out


def _conflict(officer: Officer, mine: Event, other: Event) -> Conflict:
    name = f"{officer.rank} {officer.full_name}".strip()
    return Conflict(
        officer.id,
        name,
        mine.id,
        mine.title,
        mine.starts_at,
        other.id,
        other.title,
        other.starts_at,
        other.ends_at,
    )


def _events_near(
    uow: UnitOfWork, start: dt.datetime, end: dt.datetime, officer_ids: set[int] | None = None
) -> list[Event]:
    stmt = select(Event).where(Event.starts_at < end, Event.ends_at > start, Event.status != "cancelled")
    if officer_ids is not None:
        stmt = stmt.where(
            Event.id.in_(select(event_officer.c.event_id).where(event_officer.c.officer_id.in_(officer_ids)))
        )
    return list(uow.session.scalars(stmt))


def conflicts_for(uow: UnitOfWork, events: list[Event]) -> list[Conflict]:
    """Conflicts involving any of ``events`` (just saved), each reported once, from their side."""
    mine = [e for e in events if e.status != "cancelled" and e.officers]
    if not mine:
        return []
    ids = {e.id for e in mine}
    officer_ids = {o.id for e in mine for o in e.officers}
    start = min(e.starts_at for e in mine)
    end = max(e.ends_at for e in mine)
    pool = {e.id: e for e in _events_near(uow, start, end, officer_ids)}
    pool.update({e.id: e for e in mine})
    out = []
    for officer, a, b in _overlapping_pairs(pool.values()):
        if officer.id not in officer_ids or (a.id not in ids and b.id not in ids):
            continue
        out.append(_conflict(officer, a, b) if a.id in ids else _conflict(officer, b, a))
    out.sort(key=lambda c: (c.event_start, c.officer_name))
    return out


def conflicting_ids(uow: UnitOfWork, start: dt.datetime, end: dt.datetime) -> dict[int, list[Conflict]]:
    """Every event overlapping [start, end) that shares an officer with an overlapping event."""
    pool = _events_near(uow, start, end)
    out: dict[int, list[Conflict]] = defaultdict(list)
    for officer, a, b in _overlapping_pairs(pool):
        out[a.id].append(_conflict(officer, a, b))
        out[b.id].append(_conflict(officer, b, a))
    return out
