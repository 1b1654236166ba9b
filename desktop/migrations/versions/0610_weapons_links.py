"""weapons: receipts link to the person register and the schedule; seizure, handover and stocktake fields

A receipt's giver becomes a link to a person (or stays a named outsider), its event a link to a
schedule event. The typed names of existing receipts are turned into links where they match exactly
one record: a person by folded name and ID number (name and village when no number was typed), an
event by folded title and a date the event spans. Where they do not, the text stays and the receipt is
flagged (person_unlinked / event_unlinked) for the clerk to resolve. Every receipt changed gets an
audit entry with the state of its row, written in batches.

Also: who drew the record up (drafted_by), a sanction decision for "tịch thu", the legal-basis line
of the station's weapon settings, the handover's place and representatives, the stocktake's time,
and the categories of explosives' accessories, high-lethality knives and sports weapons.

Revision ID: weapons_links_0001
Revises: links_0001
Create Date: 2026-11-29 12:00:00
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "weapons_links_0001"
down_revision: str | Sequence[str] | None = "links_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 500

NEW_CATEGORIES = [  # name, unit, sort order (between the seeded ones)
    ("vũ khí thể thao", "khẩu", 55),
    ("kíp nổ", "cái", 112),
    ("dây nổ", "mét", 114),
    ("dây cháy chậm", "mét", 116),
    ("phụ kiện nổ khác", "cái", 118),
    ("dao có tính sát thương cao", "cái", 125),
]

#: (table, column, type, referred table, on delete)
FK_COLUMNS = [
    ("weapon_receipt", "person_id", "person", "SET NULL"),
    ("weapon_receipt", "event_id", "event", "SET NULL"),
    ("weapon_receipt", "drafted_by", "officer", "RESTRICT"),
    ("weapon_handover", "deliverer_id", "officer", "RESTRICT"),
]

PLAIN_COLUMNS = [
    ("weapon_receipt", sa.Column("person_unlinked", sa.Boolean(), nullable=False, server_default=sa.false())),
    ("weapon_receipt", sa.Column("event_unlinked", sa.Boolean(), nullable=False, server_default=sa.false())),
    ("weapon_receipt", sa.Column("sanction_number", sa.String(60), nullable=False, server_default="")),
    ("weapon_receipt", sa.Column("sanction_date", sa.Date(), nullable=True)),
    ("weapon_settings", sa.Column("legal_basis", sa.Text(), nullable=False, server_default="")),
    ("weapon_handover", sa.Column("receiver_rank", sa.String(40), nullable=False, server_default="")),
    ("weapon_handover", sa.Column("receiver_position", sa.String(120), nullable=False, server_default="")),
    ("weapon_handover", sa.Column("place", sa.String(200), nullable=False, server_default="")),
    ("weapon_stocktake", sa.Column("started_at", sa.DateTime(), nullable=True)),
]


def _add_columns() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    for table, column in PLAIN_COLUMNS:
        op.add_column(table, column)
    for table, column, target, ondelete in FK_COLUMNS:
        op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
        if not sqlite:
            op.create_foreign_key(
                f"fk_{table}_{column}_{target}", table, target, [column], ["id"], ondelete=ondelete
            )
        op.create_index(f"ix_{table}_{column}", table, [column])
    if sqlite:
        _sqlite_foreign_keys(conn)
    else:  # the model declares no server defaults: drop them again so the schema matches it
        for table, column in PLAIN_COLUMNS:
            if column.server_default is not None:
                op.alter_column(table, column.name, server_default=None)


def _sqlite_foreign_keys(conn: sa.Connection) -> None:
    """Declare the new columns' foreign keys on SQLite without rebuilding the tables.

    A rebuild (copy, drop, rename) is unsafe here: the connection enforces foreign keys, so dropping
    weapon_receipt would cascade to its officers. The columns were just added, all NULL, so the
    constraint holds for every row; SQLite's documented procedure for such a change edits the table's
    definition in sqlite_schema and bumps the schema version (sqlite.org/lang_altertable.html, §7)."""
    version = conn.exec_driver_sql("PRAGMA schema_version").scalar()
    conn.exec_driver_sql("PRAGMA writable_schema=ON")
    for table in sorted({t for t, *_ in FK_COLUMNS}):
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).scalar()
        extra = "".join(
            f", \n\tCONSTRAINT fk_{t}_{column}_{target} FOREIGN KEY({column}) "
            f"REFERENCES {target} (id) ON DELETE {ondelete}"
            for t, column, target, ondelete in FK_COLUMNS
            if t == table
        )
        head, _, tail = sql.rpartition(")")
        conn.exec_driver_sql(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
            (f"{head.rstrip()}{extra}\n){tail}", table),
        )
    conn.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    conn.exec_driver_sql("PRAGMA writable_schema=OFF")
    problems = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
    if problems != "ok":
        raise RuntimeError(f"weapons_links_0001: integrity check after the schema edit: {problems}")


def _seed_categories(conn: sa.Connection) -> None:
    from desktop.text import fold

    have = set(conn.execute(sa.text("SELECT name_key FROM weapon_category")).scalars())
    stamp = dt.datetime.now().replace(microsecond=0)
    for name, unit, order in NEW_CATEGORIES:
        if fold(name) in have:
            continue
        conn.execute(
            sa.text(
                "INSERT INTO weapon_category (name, name_key, default_unit, sort_order, builtin, active, "
                "created_at, updated_at, version) VALUES (:n, :k, :u, :o, :t, :t, :s, :s, 1)"
            ),
            {"n": name, "k": fold(name), "u": unit, "o": order, "t": True, "s": stamp},
        )


def _words(text: str) -> str:
    """'Bon Ting Wel, xã Đắk Nia' → 'bon ting wel xa dak nia' (folded, punctuation as spaces)."""
    from desktop.text import fold

    return " ".join(re.split(r"[\W_]+", fold(text or ""))).strip()


def _match_persons(conn: sa.Connection, receipts: list) -> dict[int, int]:
    """receipt id → person id, where the typed giver names exactly one person."""
    from desktop.text import fold

    def keys_of(r: sa.Row) -> set[str]:
        # the stored key and the name folded now: either side may have been refolded by another revision
        return {k for k in (r.person_key, fold(r.person_name)) if k}

    keys = set().union(*(keys_of(r) for r in receipts)) if receipts else set()
    if not keys:
        return {}
    villages = {vid: _words(name) for vid, name in conn.execute(sa.text("SELECT id, name FROM village"))}
    people: dict[str, list] = defaultdict(list)
    key_list = sorted(keys)
    for start in range(0, len(key_list), BATCH):
        stmt = sa.text(
            "SELECT id, name_key, id_number, village_id FROM person WHERE name_key IN :keys"
        ).bindparams(sa.bindparam("keys", expanding=True))
        for row in conn.execute(stmt, {"keys": key_list[start : start + BATCH]}):
            people[row.name_key].append(row)
    out: dict[int, int] = {}
    for r in receipts:
        named = list({p.id: p for k in keys_of(r) for p in people.get(k, [])}.values())
        if r.person_id_number:
            found = [p for p in named if p.id_number == r.person_id_number]
        else:
            address = f" {_words(r.person_address)} "
            found = [
                p for p in named
                if p.village_id is not None and f" {villages[p.village_id]} " in address
            ]
        if len(found) == 1:
            out[r.id] = found[0].id
    return out


def _match_events(conn: sa.Connection, receipts: list) -> dict[int, int]:
    """receipt id → event id, where the typed event names exactly one event spanning the receipt's day."""
    from desktop.text import fold

    wanted = {fold(r.event_text) for r in receipts if r.event_text.strip()}
    if not wanted:
        return {}
    by_title: dict[str, list] = defaultdict(list)
    for row in conn.execute(sa.text("SELECT id, title, starts_at, ends_at FROM event")):
        key = fold(row.title)
        if key in wanted:
            by_title[key].append(row)
    out: dict[int, int] = {}
    for r in receipts:
        if not r.event_text.strip():
            continue
        day = _as_datetime(r.received_at).date()
        found = [
            e for e in by_title.get(fold(r.event_text), [])
            if _as_datetime(e.starts_at).date() <= day <= _as_datetime(e.ends_at).date()
        ]
        if len(found) == 1:
            out[r.id] = found[0].id
    return out


def _as_datetime(value: object) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _link_receipts(conn: sa.Connection) -> None:
    receipts = list(conn.execute(sa.text(
        "SELECT id, received_at, owner_unknown, person_name, person_key, person_id_number, "
        "person_address, event_text FROM weapon_receipt ORDER BY id"
    )))
    if not receipts:
        return
    persons = _match_persons(conn, [r for r in receipts if not r.owner_unknown and r.person_name])
    events = _match_events(conn, receipts)
    changes: dict[int, dict[str, list]] = {}
    for r in receipts:
        change: dict[str, list] = {}
        if r.id in persons:
            change["person_id"] = [None, persons[r.id]]
        elif not r.owner_unknown and r.person_name:
            change["person_unlinked"] = [False, True]
        if r.id in events:
            change["event_id"] = [None, events[r.id]]
        elif r.event_text.strip():
            change["event_unlinked"] = [False, True]
        if change:
            changes[r.id] = change
    names = {r.id: r for r in receipts}
    ids = sorted(changes)
    stmt = sa.text(
        "UPDATE weapon_receipt SET person_id = :person_id, event_id = :event_id, "
        "person_unlinked = :person_unlinked, event_unlinked = :event_unlinked, version = version + 1 "
        "WHERE id = :rid"
    )
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        conn.execute(
            stmt,
            [
                {
                    "rid": rid,
                    "person_id": changes[rid].get("person_id", [None, None])[1],
                    "event_id": changes[rid].get("event_id", [None, None])[1],
                    "person_unlinked": "person_unlinked" in changes[rid],
                    "event_unlinked": "event_unlinked" in changes[rid],
                }
                for rid in chunk
            ],
        )
        _audit(conn, chunk, changes, names)


def _audit(conn: sa.Connection, ids: list[int], changes: dict, receipts: dict) -> None:
    """One audit entry per receipt changed, carrying the hash of its row as now written."""
    from sqlalchemy.orm import Session

    from desktop import audit
    from desktop.audit_state import state_columns, state_hash
    from desktop.db import Actor
    from desktop.weapons.models import WeaponReceipt

    table = WeaponReceipt.__table__
    columns = [c for c in state_columns(table) if c.name != "id"]
    rows = {
        row.id: row._mapping
        for row in conn.execute(sa.select(table.c.id, *columns).where(table.c.id.in_(ids)))
    }
    label = {c.name: c.info.get("label", c.name) for c in table.columns}  # as the audit page reads them
    entries = []
    for rid in ids:
        r = receipts[rid]
        who = r.person_name or "không rõ chủ"
        summary = f"Gắn biên bản tiếp nhận (năm {_as_datetime(r.received_at).year}, {who}) với sổ"
        logged = {label[k]: v for k, v in changes[rid].items()}
        entries.append(("update", "weapon_receipt", rid, summary, logged, state_hash(table, rows[rid])))
    session = Session(bind=conn)
    try:
        audit._append(session, Actor.system(), entries)
    finally:
        session.close()


def _restate(conn: sa.Connection) -> None:
    """The new columns change the state of every existing row of these tables: each row the log already
    holds a state for gets an entry with its state as now stored (receipts relinked above have one),
    so ``caxa audit verify`` does not take the upgrade for a change made behind CAXA's back."""
    from sqlalchemy.orm import Session

    from desktop import audit
    from desktop.audit_state import state_columns, state_hash
    from desktop.db import Actor
    from desktop.models import metadata

    for name in ("weapon_receipt", "weapon_handover", "weapon_stocktake", "weapon_settings"):
        table = metadata.tables[name]
        logged = sa.select(sa.text("record_id")).select_from(sa.text("audit_log")).where(
            sa.text("table_name = :t AND state_hash IS NOT NULL")
        )
        wanted = set(conn.execute(logged, {"t": name}).scalars())
        if name == "weapon_receipt":
            wanted -= set(conn.execute(sa.text(
                "SELECT record_id FROM audit_log WHERE table_name = 'weapon_receipt' AND username = 'system' "
                "AND summary LIKE 'Gắn biên bản tiếp nhận%'"
            )).scalars())
        ids = sorted(i for i in wanted if i is not None)
        columns = [c for c in state_columns(table) if c.name != "id"]
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            rows = conn.execute(sa.select(table.c.id, *columns).where(table.c.id.in_(chunk)))
            entries = [
                ("update", name, row.id, "Nâng cấp sổ vũ khí: thêm các trường mới (giá trị trống)", {},
                 state_hash(table, row._mapping))
                for row in rows
            ]
            session = Session(bind=conn)
            try:
                audit._append(session, Actor.system(), entries)
            finally:
                session.close()


def upgrade() -> None:
    _add_columns()
    conn = op.get_bind()
    _seed_categories(conn)
    _link_receipts(conn)
    _restate(conn)


def downgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    for table, column, target, _ondelete in reversed(FK_COLUMNS):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
        if not sqlite:
            op.drop_constraint(f"fk_{table}_{column}_{target}", table, type_="foreignkey")
    if sqlite:  # undo the definition edit, then drop the columns in place (no rebuild: see upgrade)
        version = conn.exec_driver_sql("PRAGMA schema_version").scalar()
        conn.exec_driver_sql("PRAGMA writable_schema=ON")
        for table in sorted({t for t, *_ in FK_COLUMNS}):
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).scalar()
            added = "|".join(c for _t, c, _x, _y in FK_COLUMNS)
            sql = re.sub(
                rf",\s*CONSTRAINT fk_\w+ FOREIGN KEY\((?:{added})\) REFERENCES \w+ \(id\)"
                r" ON DELETE [A-Z ]+?(?=,|\s*\))",
                "",
                sql,
            )
            conn.exec_driver_sql(
                "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql, table)
            )
        conn.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
        conn.exec_driver_sql("PRAGMA writable_schema=OFF")
    for table, column, _target, _ondelete in FK_COLUMNS:
        op.drop_column(table, column)
    for table, column in PLAIN_COLUMNS:
        op.drop_column(table, column.name)
