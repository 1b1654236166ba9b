"""What the security register and the incidents know about a person, for the person's page
(``desktop.links``), and the merge hook that moves those links when duplicates are merged.

The managed-person list is not shown on the person's page: it is for admins and clerks only and
every read of it is logged, which a page every role opens cannot promise."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import links
from desktop.schedule.codes import INCIDENT_ROLES, class_text
from desktop.schedule.models import Incident, IncidentPerson
from desktop.security.codes import REPORT_KINDS
from desktop.security.models import CrimeReport, LodgingNotice, ManagedPerson


def incidents_for_person(session: Session, person_id: int) -> list[links.LinkedRecord]:
    rows = session.execute(
        select(Incident, IncidentPerson.role)
        .join(IncidentPerson, IncidentPerson.incident_id == Incident.id)
        .where(IncidentPerson.person_id == person_id)
        .order_by(Incident.occurred_at.desc())
    ).all()
    out = []
    for inc, role in rows:
        text = class_text(inc.klass, inc.crime_kind, inc.violation_field)
        if inc.place:
            text += f" — {inc.place}"
        out.append(
            links.LinkedRecord(
                "Vụ việc liên quan",
                "schedule.incident",
                inc.id,
                inc.occurred_at,
                text,
                INCIDENT_ROLES.get(role, role),
                order=60,
            )
        )
    return out


def reports_for_person(session: Session, person_id: int) -> list[links.LinkedRecord]:
    rows = session.scalars(
        select(CrimeReport).where(CrimeReport.source_person_id == person_id).order_by(CrimeReport.received_at)
    )
    return [
        links.LinkedRecord(
            "Tin báo, tố giác đã báo",
            "security.report",
            r.id,
            r.received_at,
            f"Số {r.number:02d}/{r.year}: {REPORT_KINDS.get(r.kind)} — {r.content[:60]}",
            "Người báo tin",
            order=61,
        )
        for r in rows
    ]


def _move(session: Session, model: type, column: str, from_id: int, into_id: int) -> int:
    rows = list(session.scalars(select(model).where(getattr(model, column) == from_id)))
    for row in rows:  # through the ORM, so each moved link is in the audit log
        setattr(row, column, into_id)
    return len(rows)


def merge_person(session: Session, from_id: int, into_id: int) -> int:
    """Every link of ``from_id`` moves to ``into_id``; an incident role the kept person already has is
    not doubled (the duplicate row is removed)."""
    moved = 0
    kept = {
        (r.incident_id, r.role)
        for r in session.scalars(select(IncidentPerson).where(IncidentPerson.person_id == into_id))
    }
    for row in session.scalars(select(IncidentPerson).where(IncidentPerson.person_id == from_id)):
        if (row.incident_id, row.role) in kept:
            session.delete(row)
        else:
            row.person_id = into_id
        moved += 1
    moved += _move(session, CrimeReport, "source_person_id", from_id, into_id)
    moved += _move(session, ManagedPerson, "person_id", from_id, into_id)
    moved += _move(session, LodgingNotice, "guest_person_id", from_id, into_id)
    session.flush()
    return moved


links.register(
    "security",
    person=lambda s, pid: incidents_for_person(s, pid) + reports_for_person(s, pid),
    merge_person=merge_person,
)
