"""The audit entries of an import's new persons, made column by column.

An import of 50,000 persons writes 50,000 audit entries, each with three JSON texts: the changes
(every field set, ``null`` → value), the hash of the person's state (``audit_state.state_hash``) and
the digest that chains the entry to the one before (``audit._digest``). Made one row at a time with
``json.dumps`` they cost more than writing the persons. Here each column is encoded once per
distinct value (a register's sexes, villages, statuses and dates repeat thousands of times) and the
texts of a row are joined from its columns' pieces, byte for byte what ``json.dumps`` gives.

The first entry of every call is also made by the audit's own functions; should the two ever differ
(a rule of the audit this module does not know), every entry is made by the audit's own functions,
so ``caxa audit verify`` always agrees with what the import wrote.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from json.encoder import encode_basestring
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String, insert, select, update

from desktop import audit, audit_state
from desktop.audit import AuditEntry, AuditHead
from desktop.db import UnitOfWork, now

logger = logging.getLogger(__name__)

#: the value classes a column's pieces can be encoded for by a table of its distinct values (a column
#: mixing 1 and True, or 1 and 1.0, would share dict keys: such a column is encoded value by value)
_PLAIN = frozenset({str, int, dt.date, type(None)})


def _json(value: Any) -> str:  # noqa: ANN401
    """One value as ``json.dumps(..., ensure_ascii=False, default=str)`` writes it."""
    cls = value.__class__
    if cls is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if cls is bool:
        return "true" if value else "false"
    if cls is int:
        return int.__repr__(value)
    if cls is dt.date:  # default=str: the ISO text
        return encode_basestring(value.isoformat())
    return json.dumps(value, ensure_ascii=False, default=str)


class _Columns:
    """The rows' values column by column, each column read and its distinct values found once (the
    changes text and the state text take most columns alike)."""

    def __init__(self, rows: Sequence[dict[str, Any]]) -> None:
        self.rows = rows
        self.values: dict[str, list[Any]] = {}
        self.distinct: dict[str, set[Any] | None] = {}

    def pieces(self, key: str, make: Callable[[Any], str]) -> list[str]:  # noqa: ANN401
        """``[make(v) for v in column]``, made once per distinct value where that is safe."""
        values = self.values.get(key)
        if values is None:
            values = self.values[key] = [r.get(key) for r in self.rows]
        if key not in self.distinct:
            self.distinct[key] = set(values) if set(map(type, values)) <= _PLAIN else None
        distinct = self.distinct[key]
        if distinct is None:
            return [make(v) for v in values]
        table = {v: make(v) for v in distinct}
        return list(map(table.__getitem__, values))


def changes_texts(
    rows: Sequence[dict[str, Any]], keys: Sequence[str], cols: _Columns | None = None
) -> list[str]:
    """For each new row, ``json.dumps({k: [None, v] for k in keys if v is not None},
    ensure_ascii=False, default=str, sort_keys=True)`` (a date as its ISO text, as the log shows it)."""
    cols = cols or _Columns(rows)
    columns = []
    for key in sorted(keys):
        head = ", " + encode_basestring(key) + ": [null, "
        columns.append(cols.pieces(key, lambda v, h=head: "" if v is None else h + _json(v) + "]"))
    if not columns:
        return ["{}"] * len(rows)
    return ["{" + s[2:] + "}" for s in map("".join, zip(*columns, strict=True))]


def _state_value(column: Any) -> Callable[[Any], Any]:  # noqa: ANN401
    """``audit_state._canonical`` for one column, with the usual classes taken as they are."""
    kind = column.type
    same = bool if isinstance(kind, Boolean) else int if isinstance(kind, Integer) else None
    if same is None and isinstance(kind, String):
        same = str
    canonical = audit_state._canonical

    def value(v: Any) -> Any:  # noqa: ANN401
        return v if v is None or v.__class__ is same else canonical(column, v)

    return value


def state_texts(table: Any, rows: Sequence[dict[str, Any]], cols: _Columns | None = None) -> list[str]:  # noqa: ANN401
    """For each row (values by column name), the text ``audit_state.state_hash`` hashes."""
    cols = cols or _Columns(rows)
    later = getattr(audit_state, "ADDED_LATER", None)
    columns = []
    for column in audit_state.state_columns(table):
        head = ',["' + column.name + '",' if column.name.isidentifier() else ",[" + _json(column.name) + ","
        value = _state_value(column)
        skip = bool(later and column.info.get(later))

        def piece(v: Any, head: str = head, value: Callable = value, skip: bool = skip) -> str:  # noqa: ANN401
            if skip and v in (None, ""):
                return ""
            return head + _json(value(v)) + "]"

        columns.append(cols.pieces(column.name, piece))
    if not columns:
        return ["[]"] * len(rows)
    return ["[" + s[1:] + "]" for s in map("".join, zip(*columns, strict=True))]


def _sha(texts: list[str]) -> list[str]:
    sha = hashlib.sha256
    return [sha(t.encode()).hexdigest() for t in texts]


def append_inserts(
    uow: UnitOfWork,
    table: Any,  # noqa: ANN401
    rows: Sequence[dict[str, Any]],
    logged: Sequence[str],
    summaries: Sequence[str],
) -> None:
    """One ``insert`` entry per row of ``table`` (each row with its ``id``), in the order given:
    the changes of ``logged`` columns, the state hash of the row as written, chained as
    ``audit._append`` chains them."""
    if not rows:
        return
    cols = _Columns(rows)
    changes = changes_texts(rows, logged, cols)
    states = _sha(state_texts(table, rows, cols))
    entries = [
        ("insert", table.name, r["id"], s, c, h)
        for r, s, c, h in zip(rows, summaries, changes, states, strict=True)
    ]
    first = rows[0]
    slow_changes = {k: [None, first[k]] for k in logged if first[k] is not None}
    if changes[0] != json.dumps(slow_changes, ensure_ascii=False, default=str, sort_keys=True) or states[
        0
    ] != audit_state.state_hash(table, first):
        logger.warning("import: the column-wise audit texts differ from the audit's own; using the audit's")
        audit._append(
            uow.session,
            uow.actor,
            [
                (
                    "insert",
                    table.name,
                    r["id"],
                    s,
                    {k: [None, r[k]] for k in logged if r[k] is not None},
                    audit_state.state_hash(table, r),
                )
                for r, s in zip(rows, summaries, strict=True)
            ],
        )
        return
    _append(uow, entries)


def _append(uow: UnitOfWork, entries: list[tuple[str, str, int | None, str, str, str | None]]) -> None:
    """``audit._append`` for entries whose changes are already JSON text: the same head lock, the
    same rows, the digests made with the fixed fields encoded once."""
    session, actor = uow.session, uow.actor
    conn = session.connection()
    head = conn.execute(
        select(AuditHead.last_id, AuditHead.last_hash).where(AuditHead.id == 1).with_for_update()
    ).first()
    last_id, last_hash = audit._chain_end(conn)
    if head is None:
        conn.execute(insert(AuditHead).values(id=1, last_id=last_id, last_hash=last_hash))
    elif tuple(head) != (last_id, last_hash):
        logger.warning(
            "audit head row %s does not match the last entry %s; continuing from the entry",
            tuple(head),
            last_id,
        )
    moment = now()
    fixed = ",".join([_json(moment.isoformat()), _json(actor.user_id), _json(actor.username)])
    sha = hashlib.sha256
    values = []
    fast: bool | None = None
    for action, table, record_id, summary, changes, state in entries:
        last_id += 1
        summary = summary[:2000]
        row = {
            "id": last_id,
            "at": moment,
            "user_id": actor.user_id,
            "username": actor.username,
            "action": action,
            "table_name": table,
            "record_id": record_id,
            "summary": summary,
            "changes": changes,
            "prev_hash": last_hash,
            "state_hash": state,
        }
        payload = (
            f"[{last_id},{fixed},{_json(action)},{_json(table)},{_json(record_id)},"
            f"{encode_basestring(summary)},{encode_basestring(changes)}"
            + ("]" if state is None else f",{_json(state)}]")
        )
        digest = (
            sha((last_hash + payload).encode("utf-8")).hexdigest()
            if fast is not False
            else audit._digest(last_hash, row)
        )
        if fast is None:
            fast = digest == audit._digest(last_hash, row)
            if not fast:
                logger.warning("import: the audit digest made here is not the audit's own; using the audit's")
                digest = audit._digest(last_hash, row)
        row["hash"] = last_hash = digest
        values.append(row)
    if conn.dialect.name == "sqlite":
        sqlite_insert(conn, AuditEntry.__table__, values)
    else:
        conn.execute(insert(AuditEntry), values)
    conn.execute(update(AuditHead).where(AuditHead.id == 1).values(last_id=last_id, last_hash=last_hash))
    session.info["audit_new_head"] = (last_id, last_hash)


def sqlite_insert(conn: Any, table: Any, rows: list[dict]) -> None:  # noqa: ANN401
    """``INSERT`` of many rows straight through the driver, the values converted as SQLAlchemy's
    SQLite types store them (dates ``YYYY-MM-DD``, times with microseconds): its per-row parameter
    processing cost more than SQLite's own work. Rows of differing keys, or a column this path
    cannot fill as SQLAlchemy would (a default computed per row), take SQLAlchemy's way."""
    keys = rows[0].keys()
    columns = [c for c in table.columns if c.key in keys]
    fixed: list[tuple[Any, Any]] = []
    for c in table.columns:
        if c.key in keys or c.key == "id" or c.default is None:
            continue
        if not c.default.is_scalar:
            conn.execute(insert(table), rows)
            return
        fixed.append((c, c.default.arg))
    if any(r.keys() != keys for r in rows):
        conn.execute(insert(table), rows)
        return

    def convert(column: Any) -> Any:  # noqa: ANN401
        kind = column.type
        if isinstance(kind, DateTime):
            return lambda v: None if v is None else v.strftime("%Y-%m-%d %H:%M:%S.%f")
        if isinstance(kind, Date):
            return lambda v: None if v is None else v.isoformat()
        if isinstance(kind, Boolean):
            return lambda v: None if v is None else int(v)
        return None

    count = len(rows)
    values = []
    for c in columns:
        column = [r[c.key] for r in rows]
        f = convert(c)
        if f is not None:  # each distinct value converted once (one time stamp for a whole import)
            done = {v: f(v) for v in set(column)}
            column = list(map(done.__getitem__, column))
        values.append(column)
    for c, v in fixed:
        f = convert(c)
        values.append([f(v) if f else v] * count)
    params = list(zip(*values, strict=True))
    all_names = [*(c.name for c in columns), *(c.name for c, _ in fixed)]
    sql = f"INSERT INTO {table.name} ({', '.join(all_names)}) VALUES ({', '.join('?' * len(all_names))})"
    conn.exec_driver_sql(sql, params)
