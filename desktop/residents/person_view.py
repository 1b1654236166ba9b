"""The person's page and the household's page ("Hồ sơ nhân khẩu", "Hồ sơ hộ"): the record's own
fields and every area's records about it (``desktop.links``), grouped by section, read in one unit of
work and returned fully loaded (the GUI shows them without touching the database again)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop import links
from desktop.db import UnitOfWork
from desktop.links import LinkedRecord
from desktop.residents import households, service


@dataclass(frozen=True)
class Section:
    title: str
    records: tuple[LinkedRecord, ...]


@dataclass(frozen=True)
class PersonPage:
    person: service.PersonView
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class HouseholdPage:
    household: households.HouseholdView
    sections: tuple[Section, ...]


def group(rows: list[LinkedRecord]) -> tuple[Section, ...]:
    """Rows already sorted by ``links`` (section order, newest first) → one Section per title."""
    out: dict[str, list[LinkedRecord]] = {}
    for row in rows:
        out.setdefault(row.section, []).append(row)
    return tuple(Section(title, tuple(records)) for title, records in out.items())


def person_page(uow: UnitOfWork, person_id: int) -> PersonPage:
    uow.require("read")
    person = service.get_person(uow, person_id)
    return PersonPage(person, group(links.for_person(uow.session, person_id)))


def household_page(uow: UnitOfWork, household_id: int) -> HouseholdPage:
    uow.require("read")
    household = households.get_household(uow, household_id)
    return HouseholdPage(household, group(links.for_household(uow.session, household_id)))
