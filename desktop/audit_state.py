"""The state of a record, hashed: each audit entry of an insert or update carries the hash of the
record's audited columns after the change, so ``verify`` finds a record changed behind CAXA's back."""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import functools
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, String, Table

#: not covered: bookkeeping the log does not show (each has entries of its own, or none is needed)
SKIP_FIELDS = frozenset(
    {
        "updated_at",
        "version",
        "created_at",
        # login bookkeeping: logins and failures have entries of their own
        "last_login_at",
        "failed_count",
        "locked_until",
    }
)


def _fk_set_null(column: Any) -> bool:
    return any((fk.ondelete or "").upper() == "SET NULL" for fk in column.foreign_keys)


@functools.cache
def state_columns(table: Table) -> tuple[Any, ...]:
    """The columns whose values a record's state hash covers: what the audit log shows
    (not bookkeeping, not folded search copies), and not what the database itself sets
    (a foreign key cleared by ON DELETE SET NULL)."""
    return tuple(
        c for c in table.columns
        if c.name not in SKIP_FIELDS and not c.name.endswith("_key") and not _fk_set_null(c)
    )


def _canonical(column: Any, value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Date) and not isinstance(kind, DateTime) and isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(kind, DateTime | Date) or isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(kind, Float):
        return repr(float(value))
    if isinstance(kind, Numeric) or isinstance(value, decimal.Decimal):
        return format(decimal.Decimal(value).normalize(), "f")
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes | bytearray | memoryview):
        return hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(kind, Integer):
        return int(value)
    if isinstance(kind, String):
        return str(value)
    return value


#: ``Column(..., info={ADDED_LATER: True})``: a column added to a table whose rows already carry state
#: hashes; it enters a record's hash only once it holds a value, so the hashes written before it existed
#: still match while it is empty ('' or NULL)
ADDED_LATER = "state_hash_when_set"


def state_hash(table: Table, values: Mapping[str, Any]) -> str:
    """The hash of a record's audited columns (``values`` by column name)."""
    payload = [
        [c.name, _canonical(c, values.get(c.name))]
        for c in state_columns(table)
        if not (c.info.get(ADDED_LATER) and values.get(c.name) in (None, ""))
    ]
    return hashlib.sha256(
        json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str, sort_keys=True).encode()
    ).hexdigest()
