"""Period figures of the schedule area (``caxa figures schedule``; read by the monthly report).

Keys (stable): see ``schedule_figures``. Events count by their start time inside the period;
"done" events are those whose outcome was recorded.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from desktop import figures
from desktop.db import UnitOfWork
from desktop.schedule.codes import (
    EVENT_KINDS,
    EVENT_STATUSES,
    HANDLINGS,
    INCIDENT_CAUSES,
    INCIDENT_KINDS,
    TOPICS,
)
from desktop.schedule.models import Event, Hotspot, Incident, event_officer
from desktop.staff.models import Officer


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(start, dt.time()), dt.datetime.combine(end + dt.timedelta(days=1), dt.time())


# The conditions each figure counts by: the figures below and the records behind them
# (``figure_records``) select with the same functions, so a list always matches its number.


def event_where(
    start: dt.date, end: dt.date, status: str | None = None, kind: str | None = None
) -> list[Any]:
    """Events starting in the period, of ``status`` and ``kind`` when given."""
    lo, hi = _bounds(start, end)
    out: list[Any] = [Event.starts_at >= lo, Event.starts_at < hi]
    if status is not None:
        out.append(Event.status == status)
    if kind is not None:
        out.append(Event.kind == kind)
    return out


def topics_where(start: dt.date, end: dt.date) -> list[Any]:
    """Done events in the period carrying topics (split in Python: ``topic_codes``)."""
    return [*event_where(start, end, "done"), Event.topics != ""]


def topic_codes(text: str) -> list[str]:
    return [code for code in text.split(",") if code]


def incident_where(start: dt.date, end: dt.date) -> list[Any]:
    """Incidents that occurred in the period."""
    lo, hi = _bounds(start, end)
    return [Incident.occurred_at >= lo, Incident.occurred_at < hi]


def hotspot_where(which: str, start: dt.date, end: dt.date) -> list[Any]:
    """``found`` in the period, ``fixed`` in the period, or still ``open`` at its end."""
    if which == "found":
        return [Hotspot.found_on >= start, Hotspot.found_on <= end]
    if which == "fixed":
        return [Hotspot.status == "fixed", Hotspot.fixed_on >= start, Hotspot.fixed_on <= end]
    return [Hotspot.found_on <= end, (Hotspot.status == "open") | (Hotspot.fixed_on > end)]


def _zeroed(keys: dict[str, str], rows: Any) -> dict[str, int]:
    out = dict.fromkeys(keys, 0)
    for key, n in rows:
        out[key] = out.get(key, 0) + int(n or 0)
    return out


def _done_kind(uow: UnitOfWork, start: dt.date, end: dt.date, kind: str) -> dict[str, int]:
    count, attendance, largest = uow.session.execute(
        select(
            func.count(Event.id),
            func.coalesce(func.sum(Event.attendance), 0),
            func.coalesce(func.max(Event.attendance), 0),
        ).where(*event_where(start, end, "done", kind))
    ).one()
    return {"count": int(count), "attendance": int(attendance), "largest": int(largest)}


def officer_participation(
    uow: UnitOfWork, start: dt.date, end: dt.date, officer_ids: list[int] | None = None
) -> list[dict[str, Any]]:
    """Done events per officer in the period, by kind; officers in ``officer_ids`` are listed even at 0."""
    stmt = (
        select(event_officer.c.officer_id, Event.kind, func.count(Event.id))
        .join(Event, Event.id == event_officer.c.event_id)
        .where(*event_where(start, end, "done"))
        .group_by(event_officer.c.officer_id, Event.kind)
    )
    per: dict[int, dict[str, int]] = {oid: {} for oid in officer_ids or []}
    for oid, kind, n in uow.session.execute(stmt):
        if officer_ids is not None and oid not in per:
            continue
        per.setdefault(oid, {})[kind] = int(n)
    officers = {o.id: o for o in uow.session.scalars(select(Officer).where(Officer.id.in_(list(per))))}
    rows = []
    for oid, kinds in per.items():
        o = officers[oid]
        rows.append(
            {
                "officer_id": oid,
                "officer": o.full_name,
                "rank": o.rank,
                "kind": o.kind,
                "events": sum(kinds.values()),
                "by_kind": {k: kinds.get(k, 0) for k in EVENT_KINDS},
            }
        )
    rows.sort(key=lambda r: (-r["events"], officers[r["officer_id"]].name_key))
    return rows


def schedule_figures(uow: UnitOfWork, start: dt.date, end: dt.date) -> dict[str, Any]:
    """Figures for ``start``..``end`` (inclusive):

    - ``events``: ``total`` (all statuses), ``by_status`` {planned, done, cancelled},
      ``by_kind`` (done events per kind code), ``planned_by_kind``
    - ``patrols``: done patrols; ``violations``: violations found in done events
    - ``village_meetings`` / ``outreach`` / ``forums`` / ``festivals``: {count, attendance, largest}
      of done events
    - ``campaigns``: done campaigns (ra quân); ``support``: done support sessions
    - ``outreach_by_topic``: done events carrying each topic code
    - ``incidents``: {count, by_kind, by_cause, by_handling, resolved}; by occurrence time
    - ``hotspots``: {found (found in period), fixed (fixed in period), open (still open at the end)}
    - ``officers``: [{officer_id, officer, rank, kind, events, by_kind}] done events per officer
    """
    uow.require("read")
    in_period = event_where(start, end)
    by_status = _zeroed(
        EVENT_STATUSES,
        uow.session.execute(
            select(Event.status, func.count(Event.id)).where(*in_period).group_by(Event.status)
        ),
    )
    by_kind = _zeroed(
        EVENT_KINDS,
        uow.session.execute(
            select(Event.kind, func.count(Event.id))
            .where(*event_where(start, end, "done"))
            .group_by(Event.kind)
        ),
    )
    planned_by_kind = _zeroed(
        EVENT_KINDS,
        uow.session.execute(
            select(Event.kind, func.count(Event.id))
            .where(*event_where(start, end, "planned"))
            .group_by(Event.kind)
        ),
    )
    violations = uow.session.scalar(
        select(func.coalesce(func.sum(Event.violations), 0)).where(*event_where(start, end, "done"))
    )
    topics = dict.fromkeys(TOPICS, 0)
    for (text,) in uow.session.execute(select(Event.topics).where(*topics_where(start, end))):
        for code in topic_codes(text):
            topics[code] = topics.get(code, 0) + 1

    inc_period = incident_where(start, end)

    def inc_group(col: Any, keys: dict[str, str]) -> dict[str, int]:
        return _zeroed(
            keys, uow.session.execute(select(col, func.count(Incident.id)).where(*inc_period).group_by(col))
        )

    inc_by_handling = inc_group(Incident.handling, HANDLINGS)
    incidents = {
        "count": sum(inc_by_handling.values()),
        "by_kind": inc_group(Incident.kind, INCIDENT_KINDS),
        "by_cause": inc_group(Incident.cause, INCIDENT_CAUSES),
        "by_handling": inc_by_handling,
        "resolved": sum(n for k, n in inc_by_handling.items() if k != "pending"),
    }
    found, fixed, still_open = (
        uow.session.scalar(select(func.count(Hotspot.id)).where(*hotspot_where(which, start, end)))
        for which in ("found", "fixed", "open")
    )
    return {
        "events": {
            "total": sum(by_status.values()),
            "by_status": by_status,
            "by_kind": by_kind,
            "planned_by_kind": planned_by_kind,
        },
        "patrols": by_kind["patrol"],
        "violations": int(violations or 0),
        "village_meetings": _done_kind(uow, start, end, "village_meeting"),
        "outreach": _done_kind(uow, start, end, "outreach"),
        "forums": _done_kind(uow, start, end, "forum"),
        "festivals": _done_kind(uow, start, end, "festival"),
        "campaigns": by_kind["campaign"],
        "support": by_kind["support"],
        "outreach_by_topic": topics,
        "incidents": incidents,
        "hotspots": {"found": int(found or 0), "fixed": int(fixed or 0), "open": int(still_open or 0)},
        "officers": officer_participation(uow, start, end),
    }


figures.register("schedule", schedule_figures)
