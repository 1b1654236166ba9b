"""What the support area knows about a household or a person (desktop.links): the projects that
helped the household ("Hỗ trợ đã nhận"), and for a person those that helped their household; and
the move of those links when two households found to be duplicates are merged."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import links
from desktop.support.models import STATUSES, Project

SECTION = "Hỗ trợ đã nhận"
OPENS = "support.project"
ORDER = 70


def _line(p: Project) -> str:
    status = STATUSES.get(p.status, p.status).lower()
    return f"{p.title} ({status})"


def _records(session: Session, household_id: int, role: str) -> list[links.LinkedRecord]:
    rows = session.scalars(select(Project).where(Project.household_id == household_id).order_by(Project.id))
    return [
        links.LinkedRecord(SECTION, OPENS, p.id, p.completed_date or p.start_date, _line(p), role, ORDER)
        for p in rows
    ]


def for_household(session: Session, household_id: int) -> list[links.LinkedRecord]:
    return _records(session, household_id, "")


def for_person(session: Session, person_id: int) -> list[links.LinkedRecord]:
    """The support received by the person's household (the household they belong to now)."""
    from desktop.residents.models import Person  # the person's household: one column, read only

    row = session.execute(select(Person.household_id, Person.relation).where(Person.id == person_id)).first()
    if row is None or row.household_id is None:
        return []
    role = "Chủ hộ được hỗ trợ" if row.relation == "Chủ hộ" else "Thành viên hộ được hỗ trợ"
    return _records(session, row.household_id, role)


def merge_household(session: Session, from_id: int, into_id: int) -> int:
    """Projects for the household merged away now name the one kept (each change audited)."""
    moved = list(session.scalars(select(Project).where(Project.household_id == from_id)))
    for p in moved:
        p.household_id = into_id
    session.flush()
    return len(moved)


links.register("support", person=for_person, household=for_household, merge_household=merge_household)
