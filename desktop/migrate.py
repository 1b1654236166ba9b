"""Schema migrations at start-up, with a backup first when an existing database changes."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop import paths
from desktop.db import Database

logger = logging.getLogger(__name__)


def _config(db: Database):  # -> alembic.config.Config
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.package_dir() / "migrations"))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(db: Database) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config(db)).get_current_head()
    assert head is not None
    return head


def needs_upgrade(db: Database) -> bool:
    return current_revision(db) != head_revision(db)


def upgrade(db: Database, *, backup: bool = True) -> Path | None:
    """Bring the schema to the newest revision; returns the safety backup taken, if any."""
    from alembic import command

    current = current_revision(db)
    if current == head_revision(db):
        return None
    safety = None
    if backup and current is not None:
        from desktop.backup import backup_now

        safety = backup_now(db, reason="truoc-nang-cap")
        logger.info("backup before migration: %s", safety)
    cfg = _config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    logger.info("database migrated from %s to %s", current, head_revision(db))
    return safety
