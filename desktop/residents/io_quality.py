"""The data-quality issues of an import's new persons, found without re-checking the whole station.

New persons cannot clear anybody's problem, and the only problems they can give persons already
stored are duplicates (the same ID number; the same folded name and birth date). So after the
inserts, each rule is checked for the new persons alone (an id range: the primary key), and the two
duplicate rules for everyone who shares a number or a name and birth date with a new person.
What this opens is what ``quality.sync_issues`` over everyone would open (a test holds them equal).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Insert, exists, insert, literal, select, tuple_
from sqlalchemy.orm import aliased

from desktop.db import UnitOfWork, now
from desktop.residents import quality, quality_scope
from desktop.residents.models import Person, QualityIssue

#: new persons from which an import refreshes PostgreSQL's statistics of ``person`` before checking
#: them. The statements' plans do not need them (each rule reads the new persons by the primary key
#: and looks up their duplicates by index; a test holds the plans to that without statistics):
#: 4,000 new persons into a 20,000 station took 0.22 s without ANALYZE, 0.62 s with; 50,000 into
#: 100,000, 1.78 s without, 1.92 s with (medians of paired runs). Large imports still refresh them,
#: for the statements after the import (autovacuum sees the rows only once they are committed).
ANALYZE_FROM = 20_000


def sync_new(uow: UnitOfWork, first_id: int, last_id: int, *, today: dt.date | None = None) -> None:
    """Open the issues of the persons with ids ``first_id``‥``last_id`` (the import's new ones; any
    other person in that range is checked too, which is harmless) and of their duplicates."""
    if first_id > last_id:
        return
    conn = uow.session.connection()
    if last_id - first_id + 1 >= ANALYZE_FROM:
        quality.analyze(conn, "person")
    for statement in new_issue_statements(first_id, last_id, today or dt.date.today()).values():
        conn.execute(statement)


def new_issue_statements(first_id: int, last_id: int, today: dt.date) -> dict[str, Insert]:
    """Per rule, the ``INSERT … SELECT`` that opens the issues of the persons ``first_id``‥``last_id``
    and of the stored persons they duplicate (for ``sync_new``, and for a test to EXPLAIN)."""
    new = aliased(Person)
    in_range = new.id.between(first_id, last_id)
    # the duplicate rules: everyone holding a number or a duplicate key of a new person (the new
    # persons who can fail these rules among them: a duplicate needs a number, or a birth year)
    same_number = Person.id_number.in_(select(new.id_number).where(in_range, new.id_number != ""))
    # the key quality's duplicate rule groups by (a missing month or day counts as 0)
    same_person = tuple_(*quality._dup_key()).in_(
        select(*quality._dup_key(new)).where(in_range, new.birth_year.is_not(None))
    )
    scopes = {"id_duplicate": same_number, "person_duplicate": same_person}
    stamp = now()
    statements = {}
    for code in quality.RULES:
        open_issue = exists().where(
            QualityIssue.person_id == Person.id, QualityIssue.rule == code, QualityIssue.cleared_on.is_(None)
        )
        scope = scopes.get(code, Person.id.between(first_id, last_id))
        found = select(
            Person.id, literal(code), literal(today), literal(stamp), literal(stamp), literal(1)
        ).where(scope, quality_scope.failing(code, today), ~open_issue)
        statements[code] = insert(QualityIssue).from_select(
            ["person_id", "rule", "found_on", "created_at", "updated_at", "version"], found
        )
    return statements


def duplicate_keys(uow: UnitOfWork, ids: list[int]) -> quality_scope.Keys:
    """The ID numbers and the duplicate keys (folded name, birth year, month or 0, day or 0) the
    persons ``ids`` hold now: read before an update and after it, they name the persons whose
    duplicate issues the update may open or clear."""
    return quality_scope.read_keys(uow.session.connection(), ids)


def sync_changed(
    uow: UnitOfWork, ids: list[int], before: quality_scope.Keys, *, today: dt.date | None = None
) -> None:
    """``quality.sync_issues`` for updated persons: their issues opened and cleared, and the duplicate
    issues of everyone who shares (or shared, ``before`` the update) a number or a name and birth
    date with them. Only these persons' issues can change when these persons change."""
    quality_scope.sync_persons(uow, ids, before=before, today=today)
