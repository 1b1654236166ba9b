"""Fast inserts of many persons through SQLAlchemy Core (import, demo, benchmarks, test data).

Each row is a dict of ``person`` columns; the derived columns (folded name, search key, ID-number
problem code, timestamps, version) are filled in here so they are the same as the services store.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import insert, select

from desktop.db import UnitOfWork, now
from desktop.errors import ValidationError
from desktop.residents import idcard
from desktop.residents.models import Person
from desktop.residents.search import build_key
from desktop.text import clean, fold, register_order_key

DEFAULTS: dict[str, Any] = {
    "other_name": "",
    "birth_year": None,
    "birth_month": None,
    "birth_day": None,
    "ethnic": "Kinh",
    "religion": "Không",
    "id_number": "",
    "phone": "",
    "occupation": "",
    "permanent_address": "",
    "temporary_address": "",
    "village_id": None,
    "household_id": None,
    "relation": "",
    "status": "living",
    "death_date": None,
    "death_reported_date": None,
    "moved_date": None,
    "struck_off_date": None,
    "strike_ground": "",
    "id_card_status": "none",
    "id_card_applied_date": None,
    "id_card_issued_date": None,
    "id_card_kind": "",
    "vneid_level": 0,
    "vneid2_date": None,
    "reviewed_date": None,
    "mobilised_date": None,
    "mobilised_by": None,
    "note": "",
}


def complete(row: dict[str, Any], stamp: Any = None, extra_keys: Sequence[str] = ()) -> dict[str, Any]:
    """``row`` with defaults and the derived columns filled in."""
    out = {**DEFAULTS, **row}
    out["full_name"] = clean(out["full_name"])
    out["name_key"] = fold(out["full_name"])
    out["order_key"] = register_order_key(out["full_name"])
    out["search_key"] = build_key(
        out["full_name"], out["other_name"], out["id_number"], out["phone"], extra_keys
    )
    out["id_issue"] = idcard.issue_code(out["id_number"], out["sex"], out["birth_year"])
    stamp = stamp or now()
    out.setdefault("created_at", stamp)
    out.setdefault("updated_at", stamp)
    out.setdefault("version", 1)
    return out


def insert_persons(uow: UnitOfWork, rows: Iterable[dict[str, Any]], *, batch: int = 5000) -> int:
    """Insert persons in batches (no per-row audit: callers log one summary entry). Returns the count."""
    conn = uow.session.connection()
    stamp = now()
    done = 0
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(complete(row, stamp))
        if len(chunk) >= batch:
            conn.execute(insert(Person), chunk)
            done += len(chunk)
            chunk = []
    if chunk:
        conn.execute(insert(Person), chunk)
        done += len(chunk)
    return done


def append_audit(uow: UnitOfWork, model: Any, entries: Sequence[tuple], *, batch: int = 2000) -> None:
    """Audit rows for a bulk write through Core: ``entries`` are (action, table, id, summary, changes);
    each gets the hash of its record as now written (one query per batch), so ``caxa audit verify``
    tells a later change made behind CAXA's back from this one — as the session hook does per row."""
    from desktop import audit
    from desktop.audit_state import state_columns, state_hash

    table = model.__table__
    columns = state_columns(table)
    conn = uow.session.connection()
    for start in range(0, len(entries), batch):
        chunk = entries[start : start + batch]
        ids = [e[2] for e in chunk]
        found = {
            r.id: r._mapping
            for r in conn.execute(
                select(table.c.id, *[c for c in columns if c.name != "id"]).where(table.c.id.in_(ids))
            )
        }
        audit._append(
            uow.session,
            uow.actor,
            [(*e, state_hash(table, found[e[2]]) if e[2] in found else None) for e in chunk],
        )


def born(year: int | None, month: int | None = None, day: int | None = None) -> Any:
    """The earliest day a person can have been born on, from a birth date that may be partial (None
    when the year is unknown): the floor for a date of work done for that person."""
    import datetime as dt

    if not year:
        return None
    try:
        return dt.date(year, month or 1, day or 1)
    except ValueError:
        return None


def plain(value: Any) -> Any:
    """A column value as the audit log stores it (dates as ISO text)."""
    import datetime as dt

    return value.isoformat() if isinstance(value, dt.date) else value


def work_date(field: str, value: Any, *, earliest: Any = None, what: str = "", today: Any = None) -> Any:
    """The date a piece of work was done, as the clerk gives it: today when left empty, never in the
    future, never before ``earliest`` (what the date cannot precede, named by ``what``, e.g. "ngày
    sinh của «…»"). The day a record was typed into CAXA is no floor: work done on paper before the
    station started with CAXA is recorded with its own date."""
    import datetime as dt

    from desktop.residents import validate
    from desktop.text import format_date

    today = today or dt.date.today()
    day = validate.to_date(field, value, today=today) or today
    if isinstance(earliest, dt.datetime):
        earliest = earliest.date()
    if earliest is not None and day < earliest:
        raise ValidationError(
            field,
            f"ngày {format_date(day)} trước {what or 'ngày lập hồ sơ'} ({format_date(earliest)}).",
        )
    return day
