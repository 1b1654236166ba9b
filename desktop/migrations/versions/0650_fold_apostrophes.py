"""search: folded keys drop every apostrophe form (M'Nông and Ê Đê names)

``desktop.text.fold`` now removes ' ’ ‘ ʼ ʻ ` ´ ′ ＇, so "N'Jriêng", "N’Jriêng" and "NJriêng" have one
key. This revision re-folds the keys already stored: every ``*_key`` column of every table (the
folded copies: ``person.name_key`` and ``search_key``, file numbers, officers, events, support and
weapons records), except ``order_key`` (a sort key, not a fold); under a unique index a key is left as
it is when its new form is already taken (two records would meet on one key). Only rows holding an
apostrophe are read, in batches by id;
each changed record gets an audit entry (old → new key, and the record's state hash). SQLite's
FTS5 table follows ``person.search_key`` through its update trigger; PostgreSQL's pg_trgm index
follows by itself.

Revision ID: bulk_0001
Revises: links_0001
Create Date: 2026-11-29 12:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "bulk_0001"
down_revision: str | None = "links_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000


def _unique_columns(insp: sa.Inspector, table: str) -> set[str]:
    single = set()
    for idx in insp.get_indexes(table):
        if idx.get("unique") and len(idx["column_names"]) == 1:
            single.add(idx["column_names"][0])
    for cons in insp.get_unique_constraints(table):
        if len(cons["column_names"]) == 1:
            single.add(cons["column_names"][0])
    return single


def key_columns(conn: sa.Connection) -> list[tuple[str, str]]:
    """(table, column) of every stored fold to re-fold."""
    insp = sa.inspect(conn)
    out = []
    for table in sorted(insp.get_table_names()):
        if table.startswith(("person_fts", "alembic")):
            continue
        names = {c["name"] for c in insp.get_columns(table)}
        if "id" not in names:
            continue
        out.extend((table, name) for name in sorted(names) if name.endswith("_key") and name != "order_key")
    return out


def refold(conn: sa.Connection, table_name: str, column: str) -> list[tuple[int, str, str]]:
    """Re-fold one column where it holds an apostrophe; (id, old, new) of each row changed."""
    from desktop.text import APOSTROPHES, fold

    table = sa.table(table_name, sa.column("id", sa.Integer), sa.column(column, sa.String))
    col = table.c[column]
    has = sa.or_(*(col.contains(ch, autoescape=True) for ch in APOSTROPHES))
    update = sa.update(table).where(table.c.id == sa.bindparam("rid")).values({column: sa.bindparam("new")})
    unique = column in _unique_columns(sa.inspect(conn), table_name)
    changed: list[tuple[int, str, str]] = []
    last = 0
    while True:
        rows = conn.execute(
            sa.select(table.c.id, col).where(has, table.c.id > last).order_by(table.c.id).limit(BATCH)
        ).all()
        if not rows:
            return changed
        last = rows[-1][0]
        batch = [(rid, old, fold(old)) for rid, old in rows]
        batch = [b for b in batch if b[1] != b[2]]
        if unique and batch:
            taken = set(conn.scalars(sa.select(col).where(col.in_([b[2] for b in batch]))))
            batch = [b for b in batch if b[2] not in taken and not taken.add(b[2])]
        if batch:
            conn.execute(update, [{"rid": rid, "new": new} for rid, _old, new in batch])
            changed.extend(batch)


def _states(conn: sa.Connection, table_name: str, ids: list[int]) -> dict[int, str]:
    """The audit state hash of these records, when the model's audited columns all exist here."""
    from desktop.audit_state import state_columns, state_hash
    from desktop.models import metadata

    table = metadata.tables.get(table_name)
    if table is None:
        return {}
    present = {c["name"] for c in sa.inspect(conn).get_columns(table_name)}
    columns = state_columns(table)
    if any(c.name not in present for c in columns):
        return {}
    out: dict[int, str] = {}
    for start in range(0, len(ids), BATCH):
        for row in conn.execute(sa.select(*columns).where(table.c.id.in_(ids[start : start + BATCH]))):
            out[row._mapping["id"]] = state_hash(table, row._mapping)
    return out


def _audit(conn: sa.Connection, changes: dict[tuple[str, str], list[tuple[int, str, str]]]) -> None:
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from desktop import audit, audit_anchor
    from desktop.db import Actor

    entries = []
    for (table_name, column), rows in changes.items():
        label = audit.table_label(table_name)
        states = _states(conn, table_name, [r[0] for r in rows])
        entries.extend(
            (
                "update",
                table_name,
                rid,
                f"{label}: khóa tìm kiếm bỏ dấu nháy (M'Nông, Ê Đê)",
                {column: [old, new]},
                states.get(rid),
            )
            for rid, old, new in rows
        )
    if not entries:
        return
    session = Session(bind=conn)
    for start in range(0, len(entries), BATCH):
        audit._append(session, Actor.system(), entries[start : start + BATCH])
    head = session.info.get("audit_new_head")
    if head is not None:
        url = conn.engine.url.render_as_string(hide_password=False)
        # the signed head moves with the chain once the upgrade's transaction has committed
        event.listen(conn, "commit", lambda _c: audit_anchor.write(url, audit_anchor.Head(*head)), once=True)


def upgrade() -> None:
    conn = op.get_bind()
    changes = {}
    for table_name, column in key_columns(conn):
        rows = refold(conn, table_name, column)
        if rows:
            changes[(table_name, column)] = rows
    _audit(conn, changes)


def downgrade() -> None:
    # the old keys kept apostrophes; keys without them still find every name, so nothing to undo
    pass
