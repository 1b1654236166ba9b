"""Schema migrations at start-up, with a backup first when an existing database changes."""

from __future__ import annotations

import contextlib
import functools
import logging
from pathlib import Path

from sqlalchemy import inspect, text

from desktop import __version__, paths
from desktop.db import Database
from desktop.migrate_scripts import quick_heads, script_revisions  # noqa: F401  (light: no SQLAlchemy)

logger = logging.getLogger(__name__)

#: the revision that brought the signed audit head; an upgrade across it writes the first head
SAFETY_REVISION = "safety_0001"

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


@functools.cache
def script_directory():  # -> alembic.script.ScriptDirectory (imported lazily)
    """The migration scripts of this CAXA, read once per process (reading them costs ~0.2 s)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.package_dir() / "migrations"))
    return ScriptDirectory.from_config(cfg)


def _at_heads(db: Database) -> bool:
    """The database is at this CAXA's heads (the usual start): known without importing Alembic."""
    heads = quick_heads()
    if heads is None:
        return False
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        return frozenset(conn.execute(text("SELECT version_num FROM alembic_version")).scalars()) == heads


def head_revisions(db: Database) -> frozenset[str]:  # noqa: ARG001 — the scripts are the program's, not the database's
    return frozenset(script_directory().get_heads())


def needs_upgrade(db: Database) -> bool:
    return current_revisions(db) != head_revisions(db)


def check_not_newer(db: Database, current: frozenset[str] | None = None) -> None:
    """Refuse a database a newer CAXA has migrated (another PC on the same server, a copied file):
    this version would write to tables it does not know. The message names the version to install."""
    from desktop.backup_candidate import NewerSchema, newer_schema_message, program_version, unknown_revisions

    revisions = current if current is not None else current_revisions(db)
    if revisions and unknown_revisions(revisions):
        with db.engine.connect() as conn:
            version = program_version(conn)
        raise NewerSchema(newer_schema_message(version, backup=False))


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in version.split("."))


def _record_program_version(db: Database) -> None:
    with db.engine.begin() as conn:
        if not inspect(conn).has_table("caxa_schema"):
            return
        stored = conn.execute(text("SELECT program_version FROM caxa_schema WHERE id = 1")).scalar()
        if stored is None:
            conn.execute(text("INSERT INTO caxa_schema (id, program_version) VALUES (1, :v)"),
                         {"v": __version__})
        elif _version_key(__version__) > _version_key(stored):
            conn.execute(text("UPDATE caxa_schema SET program_version = :v WHERE id = 1"), {"v": __version__})


def upgrade(db: Database, *, backup: bool = True) -> Path | None:
    """Bring the schema to the newest revision; returns the safety backup taken, if any."""
    if _at_heads(db):
        return None
    from alembic import command

    current = current_revisions(db)
    check_not_newer(db, current)
    if current == head_revisions(db):
        return None
    safety = None
    if backup and current:
        from desktop.backup import PRE_UPGRADE_KEEP, backup_now, prune

        safety = backup_now(db, reason="truoc-nang-cap", log=False)
        # a start that keeps failing must not fill the disk with copies of the same data
        prune(PRE_UPGRADE_KEEP, tag="truoc-nang-cap")
        logger.info("backup before migration: %s", safety)
    cfg = _config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    _record_program_version(db)
    if current and SAFETY_REVISION not in current:
        _first_signed_head(db)
    elif current:
        advance_signed_head(db)
    if safety is not None:
        from desktop import audit
        from desktop.db import Actor

        with db.uow(Actor.system()) as work:
            audit.record(work, "backup", "", None, f"Sao lưu trước khi nâng cấp vào {safety.name}")
    logger.info("database migrated from %s to %s", sorted(current), sorted(head_revisions(db)))
    return safety


def advance_signed_head(db: Database) -> None:
    """A migration that converts data writes its audit entries; the signed head follows them (it
    never moves backwards, and a database without a signed head is left without one)."""
    from desktop import audit, audit_anchor

    with contextlib.suppress(audit_anchor.AnchorDamaged):
        if audit_anchor.read(db.url) is None:
            return
        with db.engine.connect() as conn:
            count, last_hash = audit._chain_end(conn)
        audit_anchor.write(db.url, audit_anchor.Head(count, last_hash))


def _first_signed_head(db: Database) -> None:
    """The log written before signed heads existed is taken as it stands, once, at this upgrade."""
    from desktop import audit, audit_anchor

    with db.engine.connect() as conn:
        count, last_hash = audit._chain_end(conn)
    if count and audit_anchor.read(db.url) is None:
        audit_anchor.write(db.url, audit_anchor.Head(count, last_hash))
