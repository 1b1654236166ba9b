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

The rows (persons, audit entries) go to the database column by column too (``bulk_insert``):
SQLite's executemany with the columns every row shares written into the statement, PostgreSQL's
COPY FROM STDIN.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from itertools import repeat
from json.encoder import encode_basestring
from operator import itemgetter
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


def transpose(rows: Sequence[dict[str, Any]], keys: Sequence[str]) -> dict[str, tuple] | None:
    """``{key: tuple(row[key] for row in rows)}`` for every key, made at C speed (one ``itemgetter``
    call per row, one ``zip`` for all columns); None when a row lacks one of the keys."""
    if len(keys) < 2 or not rows:
        return None
    try:
        return dict(zip(keys, zip(*map(itemgetter(*keys), rows), strict=True), strict=True))
    except KeyError:
        return None


class _Columns:
    """The rows' values column by column, each column read and its distinct values found once (the
    changes text and the state text take most columns alike)."""

    def __init__(self, rows: Sequence[dict[str, Any]], columns: dict[str, tuple] | None = None) -> None:
        self.rows = rows
        if columns is None and rows:
            columns = transpose(rows, list(rows[0]))
        self.values: dict[str, Sequence[Any]] = dict(columns or {})
        self.distinct: dict[str, set[Any] | None] = {}
        self.texts: dict[str, bool] = {}

    def pieces(self, key: str, make: Callable[[Any], str], text_head: str | None = None) -> list[str]:
        """``[make(v) for v in column]``, made once per distinct value where that is safe.
        ``text_head``: ``make(v)`` of a text is ``text_head + JSON string + "]"``; a column of texts
        mostly distinct (names, keys, numbers) is then encoded in one pass of the C encoder."""
        values = self.values.get(key)
        if values is None:
            values = self.values[key] = [r.get(key) for r in self.rows]
        if key not in self.distinct:
            kinds = set(map(type, values))
            self.distinct[key] = set(values) if kinds <= _PLAIN else None
            self.texts[key] = kinds == {str}
        distinct = self.distinct[key]
        if distinct is None:
            return [make(v) for v in values]
        if text_head is not None and self.texts[key] and 2 * len(distinct) > len(values):
            return [text_head + e + "]" for e in map(encode_basestring, values)]
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
        columns.append(cols.pieces(key, lambda v, h=head: "" if v is None else h + _json(v) + "]", head))
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

        text = isinstance(column.type, String) and not skip  # a text is its own canonical value
        columns.append(cols.pieces(column.name, piece, head if text else None))
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
    columns: dict[str, tuple] | None = None,
) -> None:
    """One ``insert`` entry per row of ``table`` (each row with its ``id``), in the order given:
    the changes of ``logged`` columns, the state hash of the row as written, chained as
    ``audit._append`` chains them. ``columns``: the rows already turned into columns (``transpose``)."""
    if not rows:
        return
    cols = _Columns(rows, columns)
    changes = changes_texts(rows, logged, cols)
    states = _sha(state_texts(table, rows, cols))
    ids = cols.values["id"] if "id" in cols.values else [r["id"] for r in rows]
    entries = list(zip(repeat("insert"), repeat(table.name), ids, summaries, changes, states))
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
    if not entries:
        return
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
    n = len(entries)
    actions, tables, record_ids, summaries, changes, states = (list(c) for c in zip(*entries, strict=True))
    summaries = [s[:2000] for s in summaries]
    ids = list(range(last_id + 1, last_id + 1 + n))
    words = {w: _json(w) for w in {*actions, *tables}}
    payloads = [
        f"[{i},{fixed},{words[a]},{words[t]},{_json(r)},{encode_basestring(s)},{encode_basestring(c)}"
        + ("]" if h is None else f",{_json(h)}]")
        for i, a, t, r, s, c, h in zip(
            ids, actions, tables, record_ids, summaries, changes, states, strict=True
        )
    ]
    columns: dict[str, Sequence[Any]] = {
        "id": ids,
        "at": [moment] * n,
        "user_id": [actor.user_id] * n,
        "username": [actor.username] * n,
        "action": actions,
        "table_name": tables,
        "record_id": record_ids,
        "summary": summaries,
        "changes": changes,
        "state_hash": states,
    }
    # the digests chain: each one hashes the one before; the first is also made by the audit itself
    sha = hashlib.sha256
    prevs, hashes = [], []
    for payload in payloads:
        prevs.append(last_hash)
        last_hash = sha((last_hash + payload).encode("utf-8")).hexdigest()
        hashes.append(last_hash)
    first = {k: v[0] for k, v in columns.items()}
    if hashes[0] != audit._digest(prevs[0], first):
        logger.warning("import: the audit digest made here is not the audit's own; using the audit's")
        last_hash, prevs, hashes = prevs[0], [], []
        for j in range(n):
            prevs.append(last_hash)
            last_hash = audit._digest(last_hash, {k: v[j] for k, v in columns.items()})
            hashes.append(last_hash)
    columns["prev_hash"], columns["hash"] = prevs, hashes
    last_id = ids[-1]
    bulk_insert(conn, AuditEntry.__table__, columns)
    conn.execute(update(AuditHead).where(AuditHead.id == 1).values(last_id=last_id, last_hash=last_hash))
    session.info["audit_new_head"] = (last_id, last_hash)


def sqlite_insert(
    conn: Any,  # noqa: ANN401
    table: Any,  # noqa: ANN401
    rows: list[dict],
    columns: dict[str, Sequence[Any]] | None = None,
) -> None:
    """``INSERT`` of many rows straight through the driver (``sqlite_insert_columns``), the rows
    turned into columns at C speed (or given so: ``columns``). Rows lacking a key of the first row
    take SQLAlchemy's way."""
    if columns is None:
        columns = transpose(rows, list(rows[0]))
    if columns is None:
        conn.execute(insert(table), rows)
        return
    sqlite_insert_columns(conn, table, columns)


def sqlite_insert_columns(conn: Any, table: Any, columns: dict[str, Sequence[Any]]) -> None:  # noqa: ANN401
    """``INSERT`` of rows given column by column (equal lengths), the values converted as
    SQLAlchemy's SQLite types store them (dates ``YYYY-MM-DD``, times with microseconds): its
    per-row parameter processing cost more than SQLite's own work. A column this path cannot fill
    as SQLAlchemy would (a default computed per row) takes SQLAlchemy's way."""
    count = len(next(iter(columns.values())))
    used = [c for c in table.columns if c.key in columns]
    fixed: list[tuple[Any, Any]] = []
    for c in table.columns:
        if c.key in columns or c.key == "id" or c.default is None:
            continue
        if not c.default.is_scalar:
            keys = [c.key for c in used]
            rows = [dict(zip(keys, t, strict=True)) for t in zip(*(columns[k] for k in keys), strict=True)]
            conn.execute(insert(table), rows)
            return
        fixed.append((c, c.default.arg))

    def convert(column: Any) -> Any:  # noqa: ANN401
        kind = column.type
        if isinstance(kind, DateTime):
            return lambda v: None if v is None else v.strftime("%Y-%m-%d %H:%M:%S.%f")
        if isinstance(kind, Date):
            return lambda v: None if v is None else v.isoformat()
        if isinstance(kind, Boolean):
            return lambda v: None if v is None else int(v)
        return None

    names: list[str] = []
    values = []
    constants: list[tuple[str, str]] = []
    for c in used:
        column = columns[c.key]
        f = convert(c)
        if f is not None:  # each distinct value converted once (one time stamp for a whole import)
            done = {v: f(v) for v in set(column)}
            column = list(map(done.__getitem__, column))
        first = column[0] if count else None
        if (
            count > 1
            and (text := _literal(first)) is not None
            and column.count(first) == count
            and len(set(map(type, column))) == 1
        ):
            constants.append((c.name, text, first))
        else:
            names.append(c.name)
            values.append(column)
    for c, v in fixed:
        f = convert(c)
        v = f(v) if f else v
        text = _literal(v)
        if text is None:
            names.append(c.name)
            values.append([v] * count)
        else:
            constants.append((c.name, text, v))
    if not values:  # every column the same: the first one stays a parameter
        name, _text, first = constants.pop(0)
        names.append(name)
        values.append([first] * count)
    params = list(zip(*values, strict=True))
    marks = ["?"] * len(names) + [text for _name, text, _v in constants]
    names += [name for name, _text, _v in constants]
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join(marks)})"
    conn.exec_driver_sql(sql, params)


def _literal(value: Any) -> str | None:  # noqa: ANN401
    """A value every row of an INSERT shares, written into the statement (SQLite binds each of a
    row's parameters one by one; a 50,000-row import has some 30 such columns, from the defaults,
    the time stamps and the version): NULL, a whole number, or a text quoted as SQLite reads it.
    None for anything else (it stays a parameter)."""
    if value is None:
        return "NULL"
    if value.__class__ is int:
        return str(value)
    if value.__class__ is str and "\x00" not in value and len(value) <= 1000:
        return "'" + value.replace("'", "''") + "'"
    return None


def pg_copy_columns(conn: Any, table: Any, columns: dict[str, Sequence[Any]]) -> None:  # noqa: ANN401
    """PostgreSQL: rows given column by column sent with ``COPY … FROM STDIN`` through psycopg (its
    C adapters write each value; an INSERT of 50,000 rows through SQLAlchemy took 5–10× longer).
    Columns left out get their scalar default as SQLAlchemy would give it; a default computed per
    row takes SQLAlchemy's way."""
    count = len(next(iter(columns.values())))
    used = [c for c in table.columns if c.key in columns]
    values = [columns[c.key] for c in used]
    names = [c.name for c in used]
    missing = [c for c in table.columns if c.key not in columns and c.key != "id" and c.default is not None]
    if any(not c.default.is_scalar for c in missing):
        keys = [c.key for c in used]
        rows = [dict(zip(keys, t, strict=True)) for t in zip(*values, strict=True)]
        conn.execute(insert(table), rows)
        return
    for c in missing:
        names.append(c.name)
        values.append(repeat(c.default.arg, count))
    quoted = ", ".join(f'"{name}"' for name in names)
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
        write = copy.write_row
        for row in zip(*values, strict=True):
            write(row)


def bulk_insert(conn: Any, table: Any, columns: dict[str, Sequence[Any]]) -> None:  # noqa: ANN401
    """Insert rows given column by column, the fastest way the database offers (see above)."""
    if conn.dialect.name == "sqlite":
        sqlite_insert_columns(conn, table, columns)
    elif conn.dialect.name == "postgresql":
        pg_copy_columns(conn, table, columns)
    else:
        keys = list(columns)
        rows = [dict(zip(keys, t, strict=True)) for t in zip(*columns.values(), strict=True)]
        conn.execute(insert(table), rows)
