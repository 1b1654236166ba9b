"""The data-quality issues of a few persons, kept in step without looking at anybody else.

When persons change (a save in the person form, a mark, an import's updates), only their own issues
and the duplicate issues of the persons who share — or shared before the change — an ID number or a
folded name and birth date with them can change. So the rules are evaluated for those persons alone,
in one statement per chunk (each rule a ``CASE`` column; the two duplicate rules as ``EXISTS`` looked
up by the indexed number and name instead of grouping the whole table), their open issues and active
marks are read, and the difference is written: the issues that are new inserted, those gone cleared.
What this leaves is what ``quality.sync_issues`` over everyone leaves for these persons (a test holds
them equal).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, and_, case, exists, insert, select, update
from sqlalchemy.orm import aliased
from sqlalchemy.sql import ColumnElement

from desktop.db import UnitOfWork, now
from desktop.residents import quality
from desktop.residents.models import Person, QualityIssue, QualityMark

#: ids per ``IN (…)`` list (SQLite allows 32,766 parameters in a statement)
CHUNK = 5000

#: a person's duplicate keys: the ID numbers and the (folded name, birth year, month or 0, day or 0)
#: they hold — what names the persons whose duplicate issues a change may open or clear
Keys = tuple[set[str], set[tuple]]


def _chunks(values: Sequence) -> Iterable[Sequence]:
    return (values[i : i + CHUNK] for i in range(0, len(values), CHUNK))


def no_keys() -> Keys:
    return set(), set()


def keys_of(person: Person) -> Keys:
    """The duplicate keys an ORM person holds now (read from its attributes, no statement)."""
    numbers = {person.id_number} if person.id_number else set()
    keys = set()
    if person.birth_year is not None:
        keys.add((person.name_key, person.birth_year, person.birth_month or 0, person.birth_day or 0))
    return numbers, keys


def read_keys(conn: Connection, ids: Sequence[int]) -> Keys:
    """The duplicate keys the persons ``ids`` hold now, read from the database."""
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


def holders(conn: Connection, numbers: set[str], keys: set[tuple]) -> set[int]:
    """Every person holding one of ``numbers`` or ``keys`` (looked up by the indexed number and name)."""
    found: set[int] = set()
    for chunk in _chunks(sorted(numbers)):
        found.update(conn.execute(select(Person.id).where(Person.id_number.in_(chunk))).scalars())
    for chunk in _chunks(sorted({k[0] for k in keys})):
        stmt = select(Person.id, *quality._dup_key()).where(Person.name_key.in_(chunk))
        found.update(pid for pid, *key in conn.execute(stmt) if tuple(key) in keys)
    return found


def _same_number() -> ColumnElement[bool]:
    """``quality``'s id_duplicate for the person of the row: another person (registered or not)
    holds the same number — one index lookup instead of grouping every number."""
    other = aliased(Person)
    return and_(
        Person.id_number != "",
        exists().where(other.id_number == Person.id_number, other.id != Person.id),
    )


def _same_person() -> ColumnElement[bool]:
    """``quality``'s person_duplicate for the person of the row: another registered person with the
    same folded name and birth date (a missing month or day counts as 0) — by the name index."""
    other = aliased(Person)
    mine, theirs = quality._dup_key(), quality._dup_key(other)
    return and_(
        Person.birth_year.is_not(None),
        exists().where(
            *(a == b for a, b in zip(theirs, mine, strict=True)),
            other.struck_off_date.is_(None),
            other.id != Person.id,
        ),
    )


def failing(code: str, today: dt.date) -> ColumnElement[bool]:
    """``quality.failing`` with the duplicate rules as indexed lookups for the person of the row (the
    same persons; use it where few rows are looked at, ``quality.failing`` where all are)."""
    scoped = {"id_duplicate": _same_number, "person_duplicate": _same_person}
    if code not in scoped:
        return quality.failing(code, today)
    return and_(Person.struck_off_date.is_(None), scoped[code](), quality._not_marked(code))


@functools.lru_cache(maxsize=4)
def rule_columns(today: dt.date) -> tuple[ColumnElement[int], ...]:
    """One 0/1 column per rule, in ``quality.RULES`` order (without the registered scope and marks);
    built once a day (building them costs more than a one-person statement)."""
    scoped = {"id_duplicate": _same_number, "person_duplicate": _same_person}
    return tuple(
        case((scoped[code]() if code in scoped else quality.condition(code, today), 1), else_=0)
        for code in quality.RULES
    )


def failing_now(conn: Connection, ids: Sequence[int], today: dt.date) -> set[tuple[int, str]]:
    """(person, rule) for each rule each of ``ids`` fails now: registered and not marked
    "checked — not an error" — what ``quality.failing`` selects, for these persons."""
    codes = list(quality.RULES)
    found: set[tuple[int, str]] = set()
    columns = rule_columns(today)
    for chunk in _chunks(ids):
        stmt = select(Person.id, *columns).where(Person.id.in_(chunk), Person.struck_off_date.is_(None))
        for pid, *flags in conn.execute(stmt):
            found.update((pid, code) for code, flag in zip(codes, flags, strict=True) if flag)
        marked = conn.execute(
            select(QualityMark.person_id, QualityMark.rule).where(
                QualityMark.person_id.in_(chunk), QualityMark.active.is_(True)
            )
        )
        found.difference_update(map(tuple, marked))
    return found


def open_issues(conn: Connection, ids: Sequence[int]) -> dict[tuple[int, str], list[int]]:
    """The open issues of ``ids``: (person, rule) → issue ids."""
    out: dict[tuple[int, str], list[int]] = {}
    for chunk in _chunks(ids):
        stmt = select(QualityIssue.id, QualityIssue.person_id, QualityIssue.rule).where(
            QualityIssue.person_id.in_(chunk), QualityIssue.cleared_on.is_(None)
        )
        for iid, pid, rule in conn.execute(stmt):
            out.setdefault((pid, rule), []).append(iid)
    return out


def write_difference(
    conn: Connection,
    failing: set[tuple[int, str]],
    stored: dict[tuple[int, str], list[int]],
    today: dt.date,
) -> None:
    """Open an issue for each (person, rule) failing without one; clear the open ones not failing."""
    stamp = now()
    new = [
        {
            "person_id": pid,
            "rule": code,
            "found_on": today,
            "created_at": stamp,
            "updated_at": stamp,
            "version": 1,
        }
        for pid, code in sorted(failing - stored.keys())
    ]
    for start in range(0, len(new), CHUNK):
        conn.execute(insert(QualityIssue), new[start : start + CHUNK])
    gone = sorted(iid for key, iids in stored.items() if key not in failing for iid in iids)
    for chunk in _chunks(gone):
        conn.execute(update(QualityIssue).where(QualityIssue.id.in_(chunk)).values(cleared_on=today))


def sync_persons(
    uow: UnitOfWork,
    person_ids: Sequence[int],
    *,
    before: Keys | None = None,
    after: Keys | None = None,
    today: dt.date | None = None,
) -> None:
    """Bring the issues of ``person_ids`` and of their duplicates in step with the data.

    ``before``: the duplicate keys these persons held before the change (when a number, a name or a
    birth date may have changed, or the persons were deleted: then ``person_ids`` is empty), so that a
    former duplicate's issue is cleared; ``after``: the keys they hold now when the caller knows them
    (else they are read)."""
    ids = sorted(set(person_ids))
    if not ids and not (before and (before[0] or before[1])):
        return
    today = today or dt.date.today()
    conn = uow.session.connection()
    numbers, keys = after if after is not None else read_keys(conn, ids)
    if before is not None:
        numbers, keys = numbers | before[0], keys | before[1]
    scope = sorted(holders(conn, numbers, keys) | set(ids))
    write_difference(conn, failing_now(conn, scope, today), open_issues(conn, scope), today)
