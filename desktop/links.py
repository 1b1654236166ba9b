"""Records of every area that concern one person or one household.

The person's page (and the household's) shows everything the station holds about them: the
household and residence events, the residence file and its loans, data problems, ID-card
campaign steps, weapons handed in, incidents, support received. No area reads another's tables
for this: each area registers a provider here that lists its own records for a person or a
household, and a merge hook that moves its links when two persons (or households) found to be
duplicates are merged into one.

The core is free of Qt; the GUI opens a record from its ``opens`` key (e.g. ``"weapons.receipt"``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class LinkedRecord:
    """One record of an area, as a line on a person's or household's page."""

    section: str  # Vietnamese heading the record is listed under, e.g. "Vũ khí đã giao nộp"
    opens: str  # what the GUI opens, "area.kind", e.g. "weapons.receipt"
    record_id: int
    when: dt.date | dt.datetime | None
    text: str  # one line, Vietnamese, e.g. "Biên bản số 12/BB-CAX: 01 súng tự chế"
    role: str = ""  # the person's part in it, e.g. "Người giao nộp", "Bị hại"
    order: int = 100  # sections are shown in this order


#: fn(session, person_id) → the area's records about that person
PersonProvider = Callable[[Session, int], list[LinkedRecord]]
#: fn(session, household_id) → the area's records about that household
HouseholdProvider = Callable[[Session, int], list[LinkedRecord]]
#: fn(session, from_id, into_id) → how many links were moved from one person (household) to the other
MergeHook = Callable[[Session, int, int], int]

PERSON_PROVIDERS: dict[str, PersonProvider] = {}
HOUSEHOLD_PROVIDERS: dict[str, HouseholdProvider] = {}
PERSON_MERGE_HOOKS: dict[str, MergeHook] = {}
HOUSEHOLD_MERGE_HOOKS: dict[str, MergeHook] = {}


def register(
    area: str,
    *,
    person: PersonProvider | None = None,
    household: HouseholdProvider | None = None,
    merge_person: MergeHook | None = None,
    merge_household: MergeHook | None = None,
) -> None:
    """An area declares what it knows about persons and households (called at import)."""
    for table, fn in (
        (PERSON_PROVIDERS, person),
        (HOUSEHOLD_PROVIDERS, household),
        (PERSON_MERGE_HOOKS, merge_person),
        (HOUSEHOLD_MERGE_HOOKS, merge_household),
    ):
        if fn is not None:
            table[area] = fn


def _sorted(rows: list[LinkedRecord]) -> list[LinkedRecord]:
    def key(r: LinkedRecord) -> tuple[int, str, float]:
        when = r.when
        if isinstance(when, dt.datetime):
            stamp = when.timestamp() if when.tzinfo else when.replace(tzinfo=dt.UTC).timestamp()
        elif isinstance(when, dt.date):
            stamp = dt.datetime(when.year, when.month, when.day, tzinfo=dt.UTC).timestamp()
        else:
            stamp = 0.0
        return (r.order, r.section, -stamp)

    return sorted(rows, key=key)


def for_person(session: Session, person_id: int) -> list[LinkedRecord]:
    """Every area's records about the person, by section, newest first within a section."""
    rows: list[LinkedRecord] = []
    for fn in PERSON_PROVIDERS.values():
        rows.extend(fn(session, person_id))
    return _sorted(rows)


def for_household(session: Session, household_id: int) -> list[LinkedRecord]:
    rows: list[LinkedRecord] = []
    for fn in HOUSEHOLD_PROVIDERS.values():
        rows.extend(fn(session, household_id))
    return _sorted(rows)


def move_person_links(session: Session, from_id: int, into_id: int) -> dict[str, int]:
    """Moves every area's links from one person to another (the merge of duplicates)."""
    return {area: fn(session, from_id, into_id) for area, fn in PERSON_MERGE_HOOKS.items()}


def move_household_links(session: Session, from_id: int, into_id: int) -> dict[str, int]:
    return {area: fn(session, from_id, into_id) for area, fn in HOUSEHOLD_MERGE_HOOKS.items()}
