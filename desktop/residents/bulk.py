"""Fast inserts of many persons through SQLAlchemy Core (import, demo, benchmarks, test data).

Each row is a dict of ``person`` columns; the derived columns (folded name, search key, ID-number
problem code, timestamps, version) are filled in here so they are the same as the services store.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import insert

from desktop.db import UnitOfWork, now
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
