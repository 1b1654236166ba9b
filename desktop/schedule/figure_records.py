"""The records behind each schedule figure: ``figures.records(uow, "schedule.<path>", start, end)``.

Every path ``schedule_figures`` returns lists the events, incidents or hotspots it counted, selected
by the same conditions (``schedule.figures.event_where`` …): ``len(rows)`` is the count; for ``violations``
and ``<group>.attendance`` the rows' ``amount`` add up to the sum; ``<group>.largest`` lists the
event(s) with the largest attendance. Events open in ``schedule.event``, incidents in
``schedule.incident``, hotspots in ``schedule.hotspot``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import func, select

from desktop import figures
from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.figures import RecordRow
from desktop.schedule.codes import (
    EVENT_KINDS,
    EVENT_STATUSES,
    HANDLINGS,
    INCIDENT_CAUSES,
    INCIDENT_KINDS,
    TOPICS,
    class_text,
)
from desktop.schedule.figures import event_where, hotspot_where, incident_where, topic_codes, topics_where
from desktop.schedule.incidents import _person_names
from desktop.schedule.models import Event, Hotspot, Incident, IncidentPerson, event_officer, event_village
from desktop.settings import Village
from desktop.staff.models import Officer

#: figure groups of done events of one kind ({count, attendance, largest})
GROUPS = {"village_meetings": "village_meeting", "outreach": "outreach", "forums": "forum",
          "festivals": "festival"}  # fmt: skip
#: plain counts of done events of one kind
DONE_COUNTS = {"patrols": "patrol", "campaigns": "campaign", "support": "support"}
INCIDENT_GROUPS = {"by_kind": (Incident.kind, INCIDENT_KINDS), "by_cause": (Incident.cause, INCIDENT_CAUSES),
                   "by_handling": (Incident.handling, HANDLINGS)}  # fmt: skip


def _unknown(path: str) -> ValidationError:
    return ValidationError("Chỉ tiêu", f"«schedule.{path}» không có trong số liệu lịch công tác.")


def _village(kind: str | None, name: str | None) -> str:
    return f"{kind} {name}" if kind else ""


def _events(
    uow: UnitOfWork,
    where: Sequence[Any],
    amount: str | None = None,
    officer_id: int | None = None,
    keep: Callable[[Any], bool] | None = None,  # a filter on each row (the topic counts)
) -> list[RecordRow]:
    """The events matching ``where`` (by start time): officers as ``who``, villages as ``village``."""
    conds = list(where)
    if officer_id is not None:
        took_part = select(event_officer.c.event_id).where(event_officer.c.officer_id == officer_id)
        conds.append(Event.id.in_(took_part))
    rows = [
        r
        for r in uow.session.execute(
            select(Event.id, Event.kind, Event.title, Event.status, Event.starts_at, Event.attendance,
                   Event.violations, Event.topics)
            .where(*conds)
            .order_by(Event.starts_at, Event.id)
        )
        if keep is None or keep(r)
    ]  # fmt: skip
    if not rows:
        return []
    ids = select(Event.id).where(*conds).scalar_subquery()
    officers: dict[int, list[str]] = {}
    for eid, rank, name in uow.session.execute(
        select(event_officer.c.event_id, Officer.rank, Officer.full_name)
        .join(Officer, Officer.id == event_officer.c.officer_id)
        .where(event_officer.c.event_id.in_(ids))
        .order_by(event_officer.c.event_id, Officer.name_key)
    ):
        officers.setdefault(eid, []).append(f"{rank} {name}".strip())
    villages: dict[int, list[str]] = {}
    for eid, kind, name in uow.session.execute(
        select(event_village.c.event_id, Village.kind, Village.name)
        .join(Village, Village.id == event_village.c.village_id)
        .where(event_village.c.event_id.in_(ids))
        .order_by(event_village.c.event_id, Village.kind, Village.name_key)
    ):
        villages.setdefault(eid, []).append(_village(kind, name))
    out = []
    for r in rows:
        what = EVENT_KINDS.get(r.kind, r.kind) + (f": {r.title}" if r.title else "")
        if r.status != "done":
            what += f" ({EVENT_STATUSES.get(r.status, r.status)})"
        out.append(
            RecordRow(
                ", ".join(officers.get(r.id, [])),
                what,
                r.starts_at,
                ", ".join(villages.get(r.id, [])),
                getattr(r, amount) if amount else None,
                "schedule.event",
                r.id,
            )
        )
    return out


def _incidents(uow: UnitOfWork, where: Sequence[Any]) -> list[RecordRow]:
    """The incidents matching ``where`` (by time of occurrence); the persons involved as ``who``."""
    rows = uow.session.execute(
        select(Incident.id, Incident.occurred_at, Incident.klass, Incident.crime_kind,
               Incident.violation_field, Incident.place, Incident.people,
               Village.kind.label("vkind"), Village.name.label("vname"))
        .outerjoin(Village, Village.id == Incident.village_id)
        .where(*where)
        .order_by(Incident.occurred_at, Incident.id)
    ).all()  # fmt: skip
    if not rows:
        return []
    ids = select(Incident.id).where(*where).scalar_subquery()
    links = uow.session.execute(
        select(IncidentPerson.incident_id, IncidentPerson.person_id, IncidentPerson.name)
        .where(IncidentPerson.incident_id.in_(ids), IncidentPerson.role == "involved")
        .order_by(IncidentPerson.incident_id, IncidentPerson.id)
    ).all()
    names = _person_names(uow, sorted({pid for _i, pid, _n in links if pid}))
    people: dict[int, list[str]] = {}
    for iid, pid, typed in links:
        name = names.get(pid, "") if pid else typed
        if name:
            people.setdefault(iid, []).append(name)
    return [
        RecordRow(
            ", ".join(people.get(r.id, [])) or r.people.replace("\n", ", ").strip(),
            class_text(r.klass, r.crime_kind, r.violation_field) + (f" tại {r.place}" if r.place else ""),
            r.occurred_at,
            _village(r.vkind, r.vname),
            None,
            "schedule.incident",
            r.id,
        )
        for r in rows
    ]


def _hotspots(uow: UnitOfWork, which: str, start: dt.date, end: dt.date) -> list[RecordRow]:
    rows = uow.session.execute(
        select(Hotspot.id, Hotspot.place, Hotspot.found_on, Hotspot.fixed_on, Hotspot.status,
               Village.kind.label("vkind"), Village.name.label("vname"))
        .outerjoin(Village, Village.id == Hotspot.village_id)
        .where(*hotspot_where(which, start, end))
        .order_by(Hotspot.found_on, Hotspot.id)
    ).all()  # fmt: skip
    out = []
    for r in rows:
        fixed = r.status == "fixed" and r.fixed_on is not None and r.fixed_on <= end
        state = "đã khắc phục" if fixed else "chưa khắc phục"
        out.append(
            RecordRow(
                "",
                f"Điểm nguy cơ mất an toàn giao thông: {r.place} ({state})",
                r.fixed_on if which == "fixed" else r.found_on,
                _village(r.vkind, r.vname),
                None,
                "schedule.hotspot",
                r.id,
            )
        )
    return out


def _largest(uow: UnitOfWork, start: dt.date, end: dt.date, kind: str) -> list[RecordRow]:
    where = event_where(start, end, "done", kind)
    top = uow.session.scalar(select(func.max(Event.attendance)).where(*where))
    return [] if top is None else _events(uow, [*where, Event.attendance == top], amount="attendance")


def _code(path: str, code: str, known: dict[str, str], rows: list[RecordRow]) -> list[RecordRow]:
    """Rows for a code of a code list; a code outside the list only when records hold it."""
    if code not in known and not rows:
        raise _unknown(path)
    return rows


def _officer(uow: UnitOfWork, start: dt.date, end: dt.date, path: str, rest: list[str]) -> list[RecordRow]:
    try:
        officer_id = int(rest[0])
    except (IndexError, ValueError):
        raise _unknown(path) from None
    if rest[1:] in ([], ["events"]):
        kind = None
    elif len(rest) == 3 and rest[1] == "by_kind" and rest[2] in EVENT_KINDS:
        kind = rest[2]
    else:
        raise _unknown(path)
    return _events(uow, event_where(start, end, "done", kind), officer_id=officer_id)


def schedule_records(uow: UnitOfWork, start: dt.date, end: dt.date, path: str) -> list[RecordRow] | None:
    """The records behind the schedule figure at ``path`` (see the module's doc)."""
    uow.require("read")
    head, *rest = path.split(".")
    one = rest[0] if len(rest) == 1 else None
    if head == "events":
        if rest == ["total"]:
            return _events(uow, event_where(start, end))
        if len(rest) == 2 and rest[0] == "by_status":
            rows = _events(uow, event_where(start, end, rest[1]))
            return _code(path, rest[1], EVENT_STATUSES, rows)
        if len(rest) == 2 and rest[0] in ("by_kind", "planned_by_kind"):
            status = "done" if rest[0] == "by_kind" else "planned"
            return _code(path, rest[1], EVENT_KINDS, _events(uow, event_where(start, end, status, rest[1])))
    elif head in DONE_COUNTS and not rest:
        return _events(uow, event_where(start, end, "done", DONE_COUNTS[head]))
    elif head == "violations" and not rest:
        return _events(uow, [*event_where(start, end, "done"), Event.violations > 0], amount="violations")
    elif head in GROUPS and one in ("count", "attendance", "largest"):
        kind = GROUPS[head]
        if one == "largest":
            return _largest(uow, start, end, kind)
        amount = "attendance" if one == "attendance" else None
        return _events(uow, event_where(start, end, "done", kind), amount=amount)
    elif head == "outreach_by_topic" and one is not None:
        rows = _events(uow, topics_where(start, end), keep=lambda r: one in topic_codes(r.topics))
        return _code(path, one, TOPICS, rows)
    elif head == "incidents":
        if one in ("count", "resolved"):
            where = incident_where(start, end)
            return _incidents(uow, where if one == "count" else [*where, Incident.handling != "pending"])
        if len(rest) == 2 and rest[0] in INCIDENT_GROUPS:
            col, known = INCIDENT_GROUPS[rest[0]]
            return _code(path, rest[1], known, _incidents(uow, [*incident_where(start, end), col == rest[1]]))
    elif head == "hotspots" and one in ("found", "fixed", "open"):
        return _hotspots(uow, one, start, end)
    elif head == "officers":
        return _officer(uow, start, end, path, rest)
    raise _unknown(path)


figures.register_records("schedule", schedule_records)
