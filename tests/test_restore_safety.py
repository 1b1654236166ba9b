"""The safety backup a restore takes once the backup is proven: kept (and named in the log) when the
restore goes through, never made when the restore is refused, and the foreign-key check that runs
beside the quick check still names the broken row."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from desktop import audit, backup, paths, settings
from desktop.backup_candidate import NewerSchema, check_sqlite_structure
from desktop.db import Actor
from desktop.errors import CaxaError

ADMIN = Actor.system()


def _add(db, name):
    with db.uow(ADMIN) as work:
        settings.add_village(work, name, "thôn")


def _backups_folder() -> set[str]:
    folder = paths.backups_dir()
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def test_refused_restore_leaves_no_safety_copy(sqlite_db):
    _add(sqlite_db, "Giữ nguyên")
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('future_9999')"))
    newer = backup.backup_now(sqlite_db)
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("DELETE FROM alembic_version WHERE version_num = 'future_9999'"))
    before = _backups_folder()
    with pytest.raises(NewerSchema):
        backup.restore(sqlite_db, newer)
    assert _backups_folder() == before  # no safety copy, no checksum file, no partial file
    assert list(sqlite_db.sqlite_path.parent.glob(".caxa-restore-*")) == []  # nor a work folder
    with sqlite_db.uow(ADMIN) as work:
        assert [v.name for v in settings.list_villages(work)] == ["Giữ nguyên"]


def test_restore_keeps_and_names_its_safety_copy(sqlite_db):
    _add(sqlite_db, "Trước")
    saved = backup.backup_now(sqlite_db)
    assert _backups_folder() == {saved.name, backup.sidecar(saved).name}  # nothing else left beside it
    _add(sqlite_db, "Sau")
    safety = backup.restore(sqlite_db, saved)
    assert safety is not None and safety.exists() and backup.sidecar(safety).exists()
    kept = sqlite3.connect(safety)
    try:  # the safety copy holds the data the restore replaced
        assert {r[0] for r in kept.execute("SELECT name FROM village")} == {"Trước", "Sau"}
    finally:
        kept.close()
    with sqlite_db.engine.connect() as conn:
        last = conn.execute(text("SELECT summary FROM audit_log ORDER BY id DESC LIMIT 2"))
        summaries = list(last.scalars())
    assert safety.name in summaries[0] and "Phục hồi" in summaries[0]
    assert audit.verify(sqlite_db).ok


def test_foreign_key_check_beside_the_quick_check_names_the_row(tmp_path):
    path = tmp_path / "broken.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id))")
    conn.execute("INSERT INTO child VALUES (7, 99)")
    conn.commit()
    conn.close()
    with pytest.raises(CaxaError, match="thiếu bảng"):  # not CAXA's tables: named before the keys
        check_sqlite_structure(path, path.name)


def test_a_postgresql_dump_is_named_as_such_and_a_checksum_mismatch_comes_first(sqlite_db, tmp_path):
    import hashlib
    import json

    dump = tmp_path / "caxa-pg.pgdump"
    dump.write_bytes(b"PGDMP" + bytes(4000))
    meta = {"sha256": hashlib.sha256(dump.read_bytes()).hexdigest(), "size": dump.stat().st_size}
    backup.sidecar(dump).write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(CaxaError, match="là bản sao lưu PostgreSQL"):
        backup.restore(sqlite_db, dump)
    backup.sidecar(dump).write_text(json.dumps({**meta, "sha256": "0" * 64}), encoding="utf-8")
    with pytest.raises(CaxaError, match="không khớp mã kiểm tra"):
        backup.restore(sqlite_db, dump)
    assert _backups_folder() == set()
