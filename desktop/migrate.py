"""Schema migrations at start-up, with a backup first when an existing database changes."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop import paths
from desktop.db import Database

logger = logging.getLogger(__name__)

#: objects the migrations create that the models do not declare (dialect-specific search indexes:
#: the SQLite FTS5 table and its shadow tables, PostgreSQL's trigram index)
UNMODELLED = ("person_fts", "ix_person_search_trgm")


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Alembic's filter: leave the unmodelled search objects out of model comparisons."""
    return not (reflected and compare_to is None and name is not None and name.startswith(UNMODELLED))


def _config(db: Database):  # -> alembic.config.Config
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.package_dir() / "migrations"))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def current_revisions(db: Database) -> frozenset[str]:
    """The revisions the database is at (one per branch: each area has its own branch)."""
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return frozenset(MigrationContext.configure(conn).get_current_heads())


def head_revisions(db: Database) -> frozenset[str]:
    from alembic.script import ScriptDirectory

    return frozenset(ScriptDirectory.from_config(_config(db)).get_heads())


def needs_upgrade(db: Database) -> bool:
    return current_revisions(db) != head_revisions(db)


def upgrade(db: Database, *, backup: bool = True) -> Path | None:
    """Bring the schema to the newest revision; returns the safety backup taken, if any."""
    from alembic import command

    current = current_revisions(db)
    if current == head_revisions(db):
        return None
    safety = None
    if backup and current:
        from desktop.backup import backup_now

        safety = backup_now(db, reason="truoc-nang-cap")
        logger.info("backup before migration: %s", safety)
    cfg = _config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    logger.info("database migrated from %s to %s", sorted(current), sorted(head_revisions(db)))
    return safety
