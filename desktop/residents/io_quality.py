"""The data-quality issues of an import's new persons, found without re-checking the whole station.

New persons cannot clear anybody's problem, and the only problems they can give persons already
stored are duplicates (the same ID number; the same folded name and birth date). So after the
inserts, each rule is checked for the new persons alone (an id range: the primary key), and the two
duplicate rules for everyone who shares a number or a name and birth date with a new person.
What this opens is what ``quality.sync_issues`` over everyone would open (a test holds them equal).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, insert, literal, select, tuple_, update
from sqlalchemy.orm import aliased

from desktop.db import UnitOfWork, now
from desktop.residents import quality
from desktop.residents.models import Person, QualityIssue


def sync_new(uow: UnitOfWork, first_id: int, last_id: int, *, today: dt.date | None = None) -> None:
    """Open the issues of the persons with ids ``first_id``‥``last_id`` (the import's new ones; any
    other person in that range is checked too, which is harmless) and of their duplicates."""
    if first_id > last_id:
        return
    today = today or dt.date.today()
    conn = uow.session.connection()
    quality.analyze(conn, "person")
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
    for code in quality.RULES:
        open_issue = exists().where(
            QualityIssue.person_id == Person.id, QualityIssue.rule == code, QualityIssue.cleared_on.is_(None)
        )
        scope = scopes.get(code, Person.id.between(first_id, last_id))
        found = select(
            Person.id, literal(code), literal(today), literal(stamp), literal(stamp), literal(1)
        ).where(scope, quality.failing(code, today), ~open_issue)
        conn.execute(
            insert(QualityIssue).from_select(
                ["person_id", "rule", "found_on", "created_at", "updated_at", "version"], found
            )
        )


#: ids per ``IN (…)`` list (SQLite allows 32,766 parameters in a statement)
CHUNK = 5000


def _chunks(values: list) -> list[list]:
    return [values[i : i + CHUNK] for i in range(0, len(values), CHUNK)]


def duplicate_keys(uow: UnitOfWork, ids: list[int]) -> tuple[set[str], set[tuple]]:
    """The ID numbers and the duplicate keys (folded name, birth year, month or 0, day or 0) the
    persons ``ids`` hold now: read before an update and after it, they name the persons whose
    duplicate issues the update may open or clear."""
    conn = uow.session.connection()
    numbers: set[str] = set()
    keys: set[tuple] = set()
    for chunk in _chunks(ids):
        stmt = select(Person.id_number, *quality._dup_key()).where(Person.id.in_(chunk))
        for number, *key in conn.execute(stmt):
            if number:
                numbers.add(number)
            if key[1] is not None:
                keys.add(tuple(key))
    return numbers, keys


def _holders(uow: UnitOfWork, numbers: set[str], keys: set[tuple]) -> set[int]:
    """Every person holding one of ``numbers`` or ``keys`` (looked up by the indexed number and name)."""
    conn = uow.session.connection()
    found: set[int] = set()
    for chunk in _chunks(sorted(numbers)):
        found.update(conn.execute(select(Person.id).where(Person.id_number.in_(chunk))).scalars())
    for chunk in _chunks(sorted({k[0] for k in keys})):
        stmt = select(Person.id, *quality._dup_key()).where(Person.name_key.in_(chunk))
        found.update(pid for pid, *key in conn.execute(stmt) if tuple(key) in keys)
    return found


def sync_changed(
    uow: UnitOfWork, ids: list[int], before: tuple[set[str], set[tuple]], *, today: dt.date | None = None
) -> None:
    """``quality.sync_issues`` for updated persons: their issues opened and cleared, and the duplicate
    issues of everyone who shares (or shared, ``before`` the update) a number or a name and birth
    date with them. Only these persons' issues can change when these persons change."""
    if not ids:
        return
    today = today or dt.date.today()
    conn = uow.session.connection()
    now_numbers, now_keys = duplicate_keys(uow, ids)
    peers = _holders(uow, before[0] | now_numbers, before[1] | now_keys)
    changed = sorted(set(ids))
    with_peers = sorted(peers | set(ids))
    stamp = now()
    for code in quality.RULES:
        open_issue = exists().where(
            QualityIssue.person_id == Person.id, QualityIssue.rule == code, QualityIssue.cleared_on.is_(None)
        )
        for chunk in _chunks(with_peers if code in quality.DUPLICATE_RULES else changed):
            found = select(
                Person.id, literal(code), literal(today), literal(stamp), literal(stamp), literal(1)
            ).where(Person.id.in_(chunk), quality.failing(code, today), ~open_issue)
            conn.execute(
                insert(QualityIssue).from_select(
                    ["person_id", "rule", "found_on", "created_at", "updated_at", "version"], found
                )
            )
    for code in quality.RULES:
        still = exists().where(Person.id == QualityIssue.person_id, quality.failing(code, today))
        for chunk in _chunks(with_peers if code in quality.DUPLICATE_RULES else changed):
            conn.execute(
                update(QualityIssue)
                .where(
                    QualityIssue.rule == code,
                    QualityIssue.cleared_on.is_(None),
                    QualityIssue.person_id.in_(chunk),
                    ~still,
                )
                .values(cleared_on=today)
            )
