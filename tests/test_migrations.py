"""Migrations: from every committed earlier schema to today's, a backup first, data kept."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from desktop import backup, migrate, paths, settings
from desktop.accounts import login_user
from desktop.db import Actor, Database
from desktop.models import metadata

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.sqlite3"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_upgrade_from_earlier_schema_keeps_data(fixture, tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(fixture, path)
    db = Database(f"sqlite:///{path}")
    before = migrate.current_revisions(db)
    needed = migrate.needs_upgrade(db)
    safety = migrate.upgrade(db)
    assert (safety is not None) == needed, "a backup is taken exactly when the schema changes"
    if safety is not None:
        assert safety.exists() and "truoc-nang-cap" in safety.name
        backup.check_sqlite_file(safety)
    assert migrate.current_revisions(db) == migrate.head_revisions(db) and before
    assert set(metadata.tables) <= set(inspect(db.engine).get_table_names())
    assert login_user(db, "admin", "demo1234").role == "admin"
    with db.uow(Actor.system()) as work:
        assert len(settings.list_villages(work)) == 10
    assert backup.check(db).ok
    db.dispose()


def test_fresh_database_takes_no_backup(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert migrate.upgrade(db) is None
    assert not migrate.needs_upgrade(db)
    assert backup.list_backups() == []
    db.dispose()


def test_schema_matches_models_on_both_databases(db):
    """The migrations create exactly what the models declare (no model change without a migration)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": migrate.include_object})
        diff = compare_metadata(context, metadata)
    assert diff == []


def _stamp_newer(db):
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('future_9999')"))
        conn.execute(text("UPDATE caxa_schema SET program_version = '9.9.0'"))


def test_older_caxa_refuses_a_schema_a_newer_one_migrated(db):
    """A shared server upgraded from another PC: this PC names the version to install, writes nothing."""
    from desktop.backup_candidate import NewerSchema
    from desktop.bootstrap import open_database

    _stamp_newer(db)
    with pytest.raises(NewerSchema, match="CAXA 9.9.0"):
        migrate.upgrade(db)
    with pytest.raises(NewerSchema, match="cài CAXA 9.9.0"):
        open_database(db.url)
    assert backup.list_backups() == []  # no pre-upgrade backup for a refused start


def test_pre_upgrade_backups_of_failing_starts_are_pruned(tmp_path):
    folder = paths.backups_dir()
    folder.mkdir(parents=True)
    for day in range(1, 6):  # earlier starts that failed after their backup
        (folder / f"caxa-2026010{day}-080000-truoc-nang-cap.sqlite3").write_bytes(b"")
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES[0], path)
    db = Database(f"sqlite:///{path}")
    safety = migrate.upgrade(db)
    kept = sorted(p.name for p in folder.glob("*-truoc-nang-cap.sqlite3"))
    assert len(kept) == backup.PRE_UPGRADE_KEEP and safety.name in kept
    db.dispose()


def test_upgrade_from_the_foundation_on_postgresql(pg_server):
    """The same upgrade path on PostgreSQL: an old station's log keeps verifying, rows stay append-only."""
    from alembic import command
    from sqlalchemy.exc import DBAPIError

    from desktop import audit

    name = f"caxa_old_{uuid.uuid4().hex[:8]}"
    pg_server.execute(f"CREATE DATABASE {name}")
    db = Database(pg_server.url_for(name))
    try:
        cfg = migrate._config(db)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
        role = f"caxa_app_{uuid.uuid4().hex[:8]}"
        with db.engine.begin() as conn:  # the station's DBA gave the application role everything
            conn.execute(text(f"CREATE ROLE {role}"))
            conn.execute(text(f"GRANT ALL ON audit_log TO {role}"))
        with db.engine.begin() as conn:  # an entry written by the old version (no state hash)
            row = {"id": 1, "at": dt.datetime(2026, 1, 1, 8), "user_id": None, "username": "system",
                   "action": "backup", "table_name": "", "record_id": None, "summary": "cũ", "changes": "{}"}
            row["hash"] = audit._digest(audit.GENESIS, row)
            conn.execute(text("INSERT INTO audit_log (id, at, user_id, username, action, table_name, "
                              "record_id, summary, changes, prev_hash, hash) VALUES (:id, :at, :user_id, "
                              ":username, :action, :table_name, :record_id, :summary, :changes, :p, :hash)"),
                         {**row, "p": audit.GENESIS})
            conn.execute(text("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 1, :h)"),
                         {"h": row["hash"]})
        migrate.upgrade(db, backup=False)
        assert migrate.current_revisions(db) == migrate.head_revisions(db)
        assert audit.verify(db).ok
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_log"))
        with db.engine.begin() as conn:
            ask = "SELECT has_table_privilege(:role, 'audit_log', :p)"
            rights = {p: conn.execute(text(ask), {"role": role, "p": p}).scalar()
                      for p in ("INSERT", "SELECT", "UPDATE", "DELETE", "TRUNCATE")}
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))
        assert rights == {"INSERT": True, "SELECT": True, "UPDATE": False, "DELETE": False, "TRUNCATE": False}
    finally:
        db.dispose()
        pg_server.drop_database(name)
