"""The migration scripts read from their header lines (no Alembic import at each start) agree with
Alembic's own reading, and a start on an up-to-date database does not import Alembic."""

from __future__ import annotations

import shutil
import subprocess
import sys

from desktop import migrate


def test_script_headers_agree_with_alembic() -> None:
    scripts = migrate.script_revisions()
    assert scripts is not None
    alembic = {r.revision: set(r._all_down_revisions) for r in migrate.script_directory().walk_revisions()}
    assert {rev: set(down) for rev, down in scripts.items()} == alembic
    assert migrate.quick_heads() == frozenset(migrate.script_directory().get_heads())


def test_unreadable_headers_fall_back_to_alembic(tmp_path, monkeypatch) -> None:
    versions = tmp_path / "migrations" / "versions"
    versions.mkdir(parents=True)
    (versions / "0001_x.py").write_text("revision = compute()\ndown_revision = None\n", encoding="utf-8")
    monkeypatch.setattr(migrate.paths, "package_dir", lambda: tmp_path)
    migrate.script_revisions.cache_clear()
    try:
        assert migrate.script_revisions() is None and migrate.quick_heads() is None
    finally:
        migrate.script_revisions.cache_clear()


def test_an_up_to_date_database_opens_without_alembic(tmp_path, sqlite_template) -> None:
    path = tmp_path / "caxa.sqlite3"
    shutil.copyfile(sqlite_template, path)
    code = (
        "import sys; from desktop.db import Database; from desktop import migrate; "
        f"db = Database('sqlite:///{path}'); "
        "assert migrate.upgrade(db, backup=False) is None; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stderr
