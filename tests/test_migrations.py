"""Migrations: from every committed earlier schema to today's, a backup first, data kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import inspect

from desktop import backup, migrate, settings
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
