"""residents: search indexes (SQLite FTS5 trigram table, PostgreSQL pg_trgm and prefix indexes)

SQLite: ``person_fts``, an FTS5 table with the trigram tokenizer over ``person.search_key``
(external content: it stores only the index), kept in step by three triggers. Needs SQLite ≥ 3.34
with FTS5; without it the search falls back to scanning the search index (slower, same results).

PostgreSQL: ``pg_trgm`` when the role may create it (a trusted extension: the database owner may),
a GIN trigram index on ``person.search_key`` (substring search); ``person.name_key`` gets the "C"
collation (byte order, as SQLite sorts it), so a prefix is a range of ``ix_person_order`` whatever
the database's collation, already in display order. When the extension cannot be created the
migration logs a warning and goes on with the prefix index; ``caxa check`` then says what the
server's administrator has to run (``desktop.residents.search.index_notice``).

Both: an index on the old CMND numbers (a whole ID number is looked up there too).

Revision ID: residents_0002
Revises: residents_0001
Create Date: 2026-11-29 10:40:00
"""

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "residents_0002"
down_revision: str | None = "residents_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

logger = logging.getLogger("desktop.migrations")

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE person_fts USING fts5("
    "search_key, content='person', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER person_fts_ai AFTER INSERT ON person BEGIN "
    "INSERT INTO person_fts(rowid, search_key) VALUES (new.id, new.search_key); END",
    "CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, search_key) VALUES ('delete', old.id, old.search_key); END",
    "CREATE TRIGGER person_fts_au AFTER UPDATE OF search_key ON person BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, search_key) VALUES ('delete', old.id, old.search_key); "
    "INSERT INTO person_fts(rowid, search_key) VALUES (new.id, new.search_key); END",
    "INSERT INTO person_fts(person_fts) VALUES ('rebuild')",
)


def _sqlite_has_trigram(conn: sa.Connection) -> bool:
    version = conn.exec_driver_sql("SELECT sqlite_version()").scalar() or "0"
    major, minor, *_ = (int(p) for p in str(version).split("."))
    fts5 = conn.exec_driver_sql("SELECT sqlite_compileoption_used('ENABLE_FTS5')").scalar()
    return (major, minor) >= (3, 34) and bool(fts5)


def upgrade() -> None:
    conn = op.get_bind()
    # both databases: a whole ID number is also looked up among the old CMND numbers
    with op.batch_alter_table("person_old_id", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_old_id_number"), ["number"], unique=False)
    if conn.dialect.name == "sqlite":
        if not _sqlite_has_trigram(conn):
            logger.warning("SQLite has no FTS5 trigram tokenizer: residents' search runs without person_fts")
            return
        for statement in SQLITE_FTS:
            conn.exec_driver_sql(statement)
        return
    # the folded name in byte order, as on SQLite: the same list order on both databases, and
    # ``LIKE 'q%'`` becomes a range of ix_person_order under any database collation
    op.alter_column(
        "person", "name_key", type_=sa.String(120, collation="C"), existing_type=sa.String(120),
        existing_nullable=False,
    )
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError as exc:
        logger.warning("pg_trgm could not be created (%s): substring search runs without its index",
                       str(exc.orig).splitlines()[0] if exc.orig else exc)
        return
    conn.exec_driver_sql("CREATE INDEX ix_person_search_trgm ON person USING gin (search_key gin_trgm_ops)")


def downgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table("person_old_id", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_old_id_number"))
    if conn.dialect.name == "sqlite":
        for name in ("person_fts_ai", "person_fts_ad", "person_fts_au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        conn.exec_driver_sql("DROP TABLE IF EXISTS person_fts")
        return
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_person_search_trgm")
    op.alter_column(
        "person", "name_key", type_=sa.String(120), existing_type=sa.String(120, collation="C"),
        existing_nullable=False,
    )
