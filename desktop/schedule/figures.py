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


def _zeroed(keys: dict[str, str], rows: Any) -> dict[str, int]:
    out = dict.fromkeys(keys, 0)
    for key, n in rows:
        out[key] = out.get(key, 0) + int(n or 0)
    return out


def _done_kind(uow: UnitOfWork, lo: dt.datetime, hi: dt.datetime, kind: str) -> dict[str, int]:
    count, attendance, largest = uow.session.execute(
        select(
            func.count(Event.id),
            func.coalesce(func.sum(Event.attendance), 0),
            func.coalesce(func.max(Event.attendance), 0),
        ).where(Event.starts_at >= lo, Event.starts_at < hi, Event.status == "done", Event.kind == kind)
    ).one()
    return {"count": int(count), "attendance": int(attendance), "largest": int(largest)}


def officer_participation(
    uow: UnitOfWork, start: dt.date, end: dt.date, officer_ids: list[int] | None = None
) -> list[dict[str, Any]]:
    """Done events per officer in the period, by kind; officers in ``officer_ids`` are listed even at 0."""
    lo, hi = _bounds(start, end)
    stmt = (
        select(event_officer.c.officer_id, Event.kind, func.count(Event.id))
        .join(Event, Event.id == event_officer.c.event_id)
        .where(Event.starts_at >= lo, Event.starts_at < hi, Event.status == "done")
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
    lo, hi = _bounds(start, end)
    in_period = (Event.starts_at >= lo, Event.starts_at < hi)
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
            .where(*in_period, Event.status == "done")
            .group_by(Event.kind)
        ),
    )
    planned_by_kind = _zeroed(
        EVENT_KINDS,
        uow.session.execute(
            select(Event.kind, func.count(Event.id))
            .where(*in_period, Event.status == "planned")
            .group_by(Event.kind)
        ),
    )
    violations = uow.session.scalar(
        select(func.coalesce(func.sum(Event.violations), 0)).where(*in_period, Event.status == "done")
    )
    topics = dict.fromkeys(TOPICS, 0)
    for (text,) in uow.session.execute(
        select(Event.topics).where(*in_period, Event.status == "done", Event.topics != "")
    ):
        for code in text.split(","):
            if code:
                topics[code] = topics.get(code, 0) + 1

    inc_period = (Incident.occurred_at >= lo, Incident.occurred_at < hi)

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
    found = uow.session.scalar(
        select(func.count(Hotspot.id)).where(Hotspot.found_on >= start, Hotspot.found_on <= end)
    )
    fixed = uow.session.scalar(
        select(func.count(Hotspot.id)).where(
            Hotspot.status == "fixed", Hotspot.fixed_on >= start, Hotspot.fixed_on <= end
        )
    )
    still_open = uow.session.scalar(
        select(func.count(Hotspot.id)).where(
            Hotspot.found_on <= end, (Hotspot.status == "open") | (Hotspot.fixed_on > end)
        )
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
        "village_meetings": _done_kind(uow, lo, hi, "village_meeting"),
        "outreach": _done_kind(uow, lo, hi, "outreach"),
        "forums": _done_kind(uow, lo, hi, "forum"),
        "festivals": _done_kind(uow, lo, hi, "festival"),
        "campaigns": by_kind["campaign"],
        "support": by_kind["support"],
        "outreach_by_topic": topics,
        "incidents": incidents,
        "hotspots": {"found": int(found or 0), "fixed": int(fixed or 0), "open": int(still_open or 0)},
        "officers": officer_participation(uow, start, end),
    }


figures.register("schedule", schedule_figures)
