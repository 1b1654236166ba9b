"""Writing a checked residents' import: new persons in bulk (ids drawn in one statement, the rows
turned into columns once and sent with SQLite's executemany or PostgreSQL's COPY, ``io_audit``),
updates through SQLAlchemy Core, with an audit row per person holding every field the import set
or changed (old → new), under the clerk who imports — the same record an edit in the person form
leaves.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import logging
import operator
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import bindparam, func, insert, select, text, update

from desktop import audit
from desktop.db import UnitOfWork, now
from desktop.jobs import SILENT, Progress
from desktop.residents import bulk, idcard, io_audit, io_quality, io_rows, quality, quality_scope, search
from desktop.residents.io import ImportReport
from desktop.residents.io_rows import paused_gc
from desktop.residents.models import Household, Person, ResidenceFile
from desktop.text import fold, sort_key

logger = logging.getLogger(__name__)

BATCH = 5000
#: up to this many persons updated in a field a rule reads, the quality sync looks at them (and their
#: duplicates) only (``quality_scope``, ~36 µs a person); above, at everyone in one pass (50,000 such
#: updates into the 200,000 station: 1.1-1.4 s for everyone, 1.8-1.9 s for the 50,000)
SCOPED_SYNC = 5000
#: what the audit hook leaves out: bookkeeping, the id, and the folded *_key copies
_NOT_LOGGED = audit.SKIP_FIELDS | {"id"} | {c.key for c in Person.__table__.columns if c.key.endswith("_key")}


def _logged(key: str) -> bool:
    return key not in _NOT_LOGGED


def _plain(value: Any) -> Any:
    """A column value as the audit hook stores it in JSON (dates as ISO text)."""
    return value.isoformat() if isinstance(value, dt.date) else value


def _label(name: str) -> str:
    return f"{Person.__label__} «{name}»"


def write_import(
    uow: UnitOfWork, report: ImportReport, plan: dict, source: str, progress: Progress = SILENT
) -> None:
    """Write what ``read_import`` checked, in the caller's unit of work (all or nothing)."""
    conn = uow.session.connection()
    with _page_cache(conn, len(plan["inserts"]) + len(plan["updates"])):
        _write(uow, report, plan, source, progress)


def _write(uow: UnitOfWork, report: ImportReport, plan: dict, source: str, progress: Progress) -> None:
    conn = uow.session.connection()
    numbers: dict[str, int] = {}
    created = [uow.add(Household(active=True, **h)) for h in plan["households"]]
    if created:
        uow.flush()
        numbers = {h.number: h.id for h in created}
    for rec in plan["inserts"] + plan["updates"]:
        number = rec.pop("_household_number", "")
        if number:
            rec["household_id"] = numbers[number]
            if "_changed" in rec:
                rec["_changed"]["household_id"] = (rec["_changed"]["household_id"][0], numbers[number])
    stamp = now()
    progress.step(0, 3, "Đang ghi nhân khẩu mới")
    with paused_gc():
        with _search_index_in_one_statement(conn, report):
            new_ids = _insert(uow, plan["inserts"], stamp, report)
        progress.step(1, 3, "Đang cập nhật nhân khẩu đã có")
        with report.timed("updates"):
            # the updated persons whose data problems may change (a field a rule reads changed)
            checked = _changed_in(plan["updates"], quality.RULE_FIELDS)
            scoped = len(checked) <= SCOPED_SYNC
            before = io_quality.duplicate_keys(uow, checked) if scoped else (set(), set())
            _update(uow, plan["updates"], stamp)
    # new members of households that already have a residence file: their search key gets its number
    joined = list({r["household_id"] for r in plan["inserts"] if r.get("household_id")})
    refresh = _changed_in(plan["updates"], search.KEY_FIELDS)
    if joined:
        with_files = list(
            uow.session.scalars(
                select(ResidenceFile.household_id).where(ResidenceFile.household_id.in_(joined))
            )
        )
        if with_files:
            refresh += list(
                conn.execute(select(Person.id).where(Person.household_id.in_(with_files))).scalars()
            )
    if refresh:
        with report.timed("search"):
            refresh = sorted(set(refresh))
            with _search_updates_in_bulk(conn, refresh):
                search.refresh_keys(uow, refresh)
    progress.step(2, 3, "Đang rà soát lỗi dữ liệu")
    with report.timed("quality"):
        _sync_quality(uow, new_ids, checked, before)
    audit.record(
        uow,
        "import",
        "person",
        None,
        f"Nhập từ {source}: {report.new} nhân khẩu mới, {report.updated} cập nhật, "
        f"{report.unchanged} không thay đổi, {report.households_new} hộ mới",
    )
    report.written = True


def _changed_in(updates: list[dict], fields: frozenset[str]) -> list[int]:
    """The updated persons one of whose ``fields`` the import changes."""
    return [rec["id"] for rec in updates if not fields.isdisjoint(rec["_changed"])]


def _sync_quality(uow: UnitOfWork, new_ids: list[int], changed_ids: list[int], before: tuple) -> None:
    if len(changed_ids) > SCOPED_SYNC:
        # many updated persons: one pass over everyone (it covers the new persons too)
        quality.sync_issues(uow)
    else:
        if new_ids:
            # new persons: checked alone, with the stored persons they may duplicate
            io_quality.sync_new(uow, min(new_ids), max(new_ids))
        # updated persons: theirs, and the duplicates of their numbers and names before and after
        io_quality.sync_changed(uow, changed_ids, before)


#: SQLite page cache while a large import writes (KiB; the default is 2 MiB): the indexes of a
#: 200,000-resident table take new keys all over, and a small cache reads the same pages again and again
IMPORT_CACHE_KIB = 128 * 1024


@contextlib.contextmanager
def _page_cache(conn: Any, rows: int) -> Iterator[None]:  # noqa: ANN401
    """SQLite: a larger page cache for this connection while an import of many rows writes."""
    if conn.dialect.name != "sqlite" or rows < 1000:
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


#: the SQLite search index's insert trigger (migration residents_0002), as this module knows it
_FTS_TRIGGER = "person_fts_ai"
_FTS_BODY = "INSERT INTO person_fts(rowid, search_key) VALUES (new.id, new.search_key)"


@contextlib.contextmanager
def _search_index_in_one_statement(conn: Any, report: ImportReport) -> Iterator[None]:  # noqa: ANN401
    """SQLite: the new persons enter the FTS5 search index in one statement after they are written,
    instead of through the insert trigger row by row (FTS5 flushes its pending terms at every
    statement: 4,000 rows cost ~0.6 s by the trigger, ~0.06 s in one INSERT … SELECT). The trigger is
    dropped and created again inside the import's transaction, so a failed import restores it with
    everything else. A trigger this module does not recognise is left alone."""
    if conn.dialect.name != "sqlite":
        yield
        return
    sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_FTS_TRIGGER,)
    ).scalar()
    if not sql or _FTS_BODY not in sql:
        yield
        return
    before = conn.execute(select(func.max(Person.id))).scalar() or 0
    conn.exec_driver_sql(f"DROP TRIGGER {_FTS_TRIGGER}")
    try:
        yield
        with report.timed("search"):
            conn.exec_driver_sql(
                "INSERT INTO person_fts(rowid, search_key) SELECT id, search_key FROM person WHERE id > ?",
                (before,),
            )
    finally:
        conn.exec_driver_sql(sql)


#: the SQLite search index's update trigger (migration residents_0002), as this module knows it
_FTS_UPDATE_TRIGGER = "person_fts_au"
_FTS_UPDATE_BODY = (
    "INSERT INTO person_fts(person_fts, rowid, search_key) VALUES ('delete', old.id, old.search_key); "
    "INSERT INTO person_fts(rowid, search_key) VALUES (new.id, new.search_key);"
)
#: from this many persons whose search keys are refreshed, the search index is kept in step in bulk
BULK_FTS_UPDATES = 500


@contextlib.contextmanager
def _search_updates_in_bulk(conn: Any, ids: list[int]) -> Iterator[None]:  # noqa: ANN401
    """SQLite: the search keys of many persons rewritten without the update trigger's two FTS5
    statements per row (~0.15 ms each on a large index; 8 s for 50,000 persons): their entries are
    taken out of the FTS5 index in one statement per chunk (with the keys stored now, which the
    triggers kept in step), the keys rewritten, then put back in one statement per chunk. The trigger
    is dropped and created again inside the import's transaction, as the insert trigger is
    (``_search_index_in_one_statement``); a trigger this module does not recognise is left alone."""
    if conn.dialect.name != "sqlite" or len(ids) < BULK_FTS_UPDATES:
        yield
        return
    sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_FTS_UPDATE_TRIGGER,)
    ).scalar()
    if not sql or _FTS_UPDATE_BODY not in " ".join(sql.split()):
        yield
        return
    chunks = [ids[i : i + quality_scope.CHUNK] for i in range(0, len(ids), quality_scope.CHUNK)]

    def each_chunk(statement: str) -> None:
        for chunk in chunks:
            marks = ", ".join("?" * len(chunk))
            conn.exec_driver_sql(statement.format(marks), tuple(chunk))

    each_chunk(
        "INSERT INTO person_fts(person_fts, rowid, search_key) "
        "SELECT 'delete', id, search_key FROM person WHERE id IN ({})"
    )
    conn.exec_driver_sql(f"DROP TRIGGER {_FTS_UPDATE_TRIGGER}")
    try:
        yield
        each_chunk(
            "INSERT INTO person_fts(rowid, search_key) SELECT id, search_key FROM person WHERE id IN ({})"
        )
    finally:
        conn.exec_driver_sql(sql)


def _complete(records: list[dict], stamp: Any) -> list[dict]:  # noqa: ANN401
    """``bulk.complete`` for a batch, with the folded name, search and order keys made column-wise
    (each distinct name and phone number once)."""
    names = list(map(operator.itemgetter("full_name"), records))
    phones = [rec.get("phone", "") for rec in records]
    if any("." in p or " " in p for p in set(phones)):
        bare = {p: p.replace(" ", "").replace(".", "") for p in set(phones)}
        phones = list(map(bare.__getitem__, phones))
    others = [rec.get("other_name", "") for rec in records]
    numbers = [rec.get("id_number", "") for rec in records]
    keys = [" ".join(filter(None, parts)) for parts in zip(names, others, numbers, phones, strict=True)]
    folded_names = io_rows.fold_many(names)
    folded_keys = io_rows.fold_many(keys)
    ordered = {name: order_key(name) for name in set(names)}
    fixed = {"created_at": stamp, "updated_at": stamp, "version": 1}
    rows = []
    for rec, name, name_key, search_key in zip(records, names, folded_names, folded_keys, strict=True):
        row = {**bulk.DEFAULTS, **rec, **fixed}
        row["name_key"], row["search_key"], row["order_key"] = name_key, search_key[:500], ordered[name]
        if "id_issue" not in rec:  # the import's rows carry it (checked once, in io_check)
            row["id_issue"] = idcard.issue_code(row["id_number"], row["sex"], row["birth_year"])
        rows.append(row)
    return rows


_word_key = functools.lru_cache(maxsize=65536)(sort_key)


def order_key(full_name: str) -> str:
    """``text.register_order_key`` of a cleaned name, word by word: the key of a word does not
    depend on its neighbours (a mark follows its letter, a space is a letter of its own), and the
    words of a register repeat (Nguyễn, Văn, Thị, Y, H', Điểu …), so each is folded once."""
    words = full_name.split(" ")
    keys = [_word_key(w) for w in words]
    if len(keys) == 1:
        letters, tones = keys[0]
    else:
        letters = " 0".join(k[0] for k in keys)
        tones = "0".join(k[1] for k in keys)
    return f"{keys[-1][0]} {letters} {tones}"[:400]


@functools.cache
def _fast_state_hash(table: Any) -> Any:  # noqa: ANN401
    """``audit_state.state_hash`` for many rows: the same payload, the same JSON, with the type
    checks made once per column (text and whole numbers, most of a row, are taken as they are)."""
    from sqlalchemy import Boolean, Integer, String

    from desktop import audit_state

    # a column added to a table whose rows already carry hashes enters a hash only once it holds a
    # value (audit_state.ADDED_LATER, where that rule exists)
    later_flag = getattr(audit_state, "ADDED_LATER", None)
    plan = []
    for c in audit_state.state_columns(table):
        kind = c.type
        same = bool if isinstance(kind, Boolean) else int if isinstance(kind, Integer) else None
        if same is None and isinstance(kind, String):
            same = str
        plan.append((c, c.name, same, bool(later_flag and c.info.get(later_flag))))
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str, sort_keys=True).encode
    canonical = audit_state._canonical

    def state(values: Any) -> str:  # noqa: ANN401
        payload = []
        for column, name, kind, later in plan:
            v = values.get(name)
            if later and v in (None, ""):
                continue
            if v is not None and v.__class__ is not kind:
                v = canonical(column, v)
            payload.append([name, v])
        return hashlib.sha256(encode(payload).encode()).hexdigest()

    return state


def _state_hasher(table: Any) -> Any:  # noqa: ANN401
    """The fast state hash, proven against ``audit_state.state_hash`` on the first row it hashes;
    should the two ever differ (a rule of the audit this module does not know), every row of this
    import is hashed by ``audit_state.state_hash`` itself, so `caxa audit verify` always agrees."""
    from desktop.audit_state import state_hash

    fast = _fast_state_hash(table)
    proven: list[bool] = []

    def state(values: Any) -> str:  # noqa: ANN401
        if not proven:
            slow = state_hash(table, values)
            proven.append(fast(values) == slow)
            if not proven[0]:
                logger.warning("import: fast state hash differs from audit_state's; using the slow one")
            return slow
        return fast(values) if proven[0] else state_hash(table, values)

    return state


def _new_ids(uow: UnitOfWork, count: int) -> list[int]:
    """The ids of ``count`` new persons, in one statement."""
    conn = uow.session.connection()
    if conn.dialect.name == "sqlite":
        # the import's unit of work holds the write lock (BEGIN IMMEDIATE, ``uow.require("write")``)
        # and person.id has no AUTOINCREMENT: the ids after the highest are those SQLite would give
        before = conn.execute(select(func.max(Person.id))).scalar() or 0
        return list(range(before + 1, before + 1 + count))
    # drawn from the column's own sequence: RETURNING in the parameters' order would make
    # SQLAlchemy send the rows one at a time
    return list(
        conn.execute(
            text("SELECT nextval(pg_get_serial_sequence('person', 'id')) FROM generate_series(1, :n)"),
            {"n": count},
        ).scalars()
    )


def _insert(uow: UnitOfWork, records: list[dict], stamp: Any, report: ImportReport) -> list[int]:  # noqa: ANN401
    ids: list[int] = []
    conn = uow.session.connection()
    table = Person.__table__
    logged = [c.key for c in table.columns if c.key not in _NOT_LOGGED]
    # in the order of the name indexes (four of the table's eight lead with the folded name): SQLite
    # then adds each key next to the one before instead of all over the index
    complete: list[dict] = []
    with report.timed("persons"):
        for start in range(0, len(records), BATCH):
            complete += _complete(records[start : start + BATCH], stamp)
        complete.sort(key=operator.itemgetter("name_key"))
    for start in range(0, len(complete), BATCH):
        rows = complete[start : start + BATCH]
        with report.timed("persons"):
            chunk_ids = _new_ids(uow, len(rows))
            ids.extend(chunk_ids)
            for pid, row in zip(chunk_ids, rows, strict=True):
                row["id"] = pid
            columns = io_audit.transpose(rows, list(rows[0]))
            if columns is None:
                conn.execute(insert(Person), rows)
            else:
                io_audit.bulk_insert(conn, table, columns)
        # the state as written: these very values went into the rows (nothing in the database
        # rewrites them), so it is hashed from memory instead of read back
        with report.timed("audit"):
            names = columns["full_name"] if columns else [r["full_name"] for r in rows]
            io_audit.append_inserts(uow, table, rows, logged, [_label(n) for n in names], columns)
    return ids


def _with_states(uow: UnitOfWork, entries: list[tuple]) -> list[tuple]:
    """Each person's audit entry with the hash of the row as written, so `caxa audit verify` can tell
    a later change made behind CAXA's back from this import (one query per batch)."""
    table = Person.__table__
    state_hash = _state_hasher(table)
    found = _read_states(uow, [e[2] for e in entries])
    return [(*e, state_hash(found[e[2]]) if e[2] in found else None) for e in entries]


def _read_states(uow: UnitOfWork, ids: list[int]) -> dict[int, Any]:
    """The audited columns of the persons ``ids`` as stored now: id → row mapping."""
    from desktop.audit_state import state_columns

    table = Person.__table__
    columns = [c for c in state_columns(table) if c.name != "id"]
    stmt = select(table.c.id, *columns).where(table.c.id.in_(ids))
    return {r.id: r._mapping for r in uow.session.connection().execute(stmt)}


def _update_audit_rowwise(uow: UnitOfWork, entries: list[tuple]) -> None:
    """The updated persons' audit entries made one at a time by the audit's own functions (what
    ``_update_audit`` writes byte for byte; it falls back to this should the two ever differ)."""
    audit._append(uow.session, uow.actor, _with_states(uow, entries))


def _changes_text(changes: dict[str, list[Any]]) -> str:
    """``json.dumps(changes, ensure_ascii=False, default=str, sort_keys=True)`` for an update's
    {field: [old, new]} whose values are texts, whole numbers, dates (as ISO text), None or booleans."""
    encode, value = io_audit.encode_basestring, io_audit._json
    return (
        "{"
        + ", ".join(f"{encode(k)}: [{value(o)}, {value(n)}]" for k, (o, n) in sorted(changes.items()))
        + "}"
    )


def _update_audit(uow: UnitOfWork, entries: list[tuple]) -> None:
    """The updated persons' audit entries in bulk, as the new persons' are (``io_audit``): the
    changes' JSON joined from its values' pieces, the state hashes of the rows as written (read back
    in one query) made column by column, the entries chained and inserted in one statement. The first
    entry is also made by the audit's own functions; should the two differ, the audit's own way
    writes every entry (``_update_audit_rowwise``), so `caxa audit verify` always agrees."""
    table = Person.__table__
    ids = [e[2] for e in entries]
    found = _read_states(uow, ids)
    if len(found) != len(set(ids)):
        _update_audit_rowwise(uow, entries)
        return
    names = list(found[ids[0]].keys())
    columns = io_audit.transpose([found[i] for i in ids], names)
    changes = [_changes_text(e[4]) for e in entries]
    states = io_audit._sha(
        io_audit.state_texts(table, [found[i] for i in ids], io_audit._Columns([], columns))
    )
    first_changes = json.dumps(entries[0][4], ensure_ascii=False, default=str, sort_keys=True)
    if changes[0] != first_changes or states[0] != _state_hasher(table)(found[ids[0]]):
        logger.warning(
            "import: the bulk audit texts of updates differ from the audit's own; using the audit's"
        )
        _update_audit_rowwise(uow, entries)
        return
    io_audit._append(
        uow, [(a, t, r, s, c, h) for (a, t, r, s, _d), c, h in zip(entries, changes, states, strict=True)]
    )


def _update(uow: UnitOfWork, records: list[dict], stamp: Any) -> list[int]:  # noqa: ANN401
    """Each person's changed columns only, grouped by the set of columns changed."""
    conn = uow.session.connection()
    table = Person.__table__
    groups: dict[tuple[str, ...], list[dict]] = defaultdict(list)
    entries = []
    for rec in records:
        changed = rec["_changed"]
        keys = tuple(sorted(changed))
        row = {"pid": rec["id"], **{k: changed[k][1] for k in keys}}
        if "full_name" in changed:
            row["name_key"] = fold(rec["full_name"])
            row["order_key"] = order_key(rec["full_name"])
            keys = (*keys, "name_key", "order_key")
        groups[keys].append(row)
        entries.append(
            (
                "update",
                "person",
                rec["id"],
                _label(rec["full_name"]),
                {k: [_plain(old), _plain(new)] for k, (old, new) in changed.items() if _logged(k)},
            )
        )
    for keys, rows in groups.items():
        stmt = (
            update(table)
            .where(table.c.id == bindparam("pid"))
            .values({k: bindparam(k) for k in keys})
            .values(version=table.c.version + 1, updated_at=stamp)
        )
        for start in range(0, len(rows), BATCH):
            conn.execute(stmt, rows[start : start + BATCH])
    for start in range(0, len(entries), BATCH):
        _update_audit(uow, entries[start : start + BATCH])
    return [rec["id"] for rec in records]
