import datetime as dt
import sqlite3

import pytest

from desktop import backup, paths, sessions, settings
from desktop.db import Actor
from desktop.errors import CaxaError


def _villages(db, actor):
    with db.uow(actor) as work:
        return [v.name for v in settings.list_villages(work)]


def test_backup_restore_round_trip(sqlite_db, tmp_path):
    admin = Actor.system()
    with sqlite_db.uow(admin) as work:
        settings.add_village(work, "Trước", "thôn")
    saved = backup.backup_now(sqlite_db)
    assert saved.parent == paths.backups_dir() and saved.suffix == ".sqlite3"
    with sqlite_db.uow(admin) as work:
        settings.add_village(work, "Sau", "thôn")
    safety = backup.restore(sqlite_db, saved)
    assert _villages(sqlite_db, admin) == ["Trước"]
    assert safety.exists() and "truoc-phuc-hoi" in safety.name
    assert backup.check(sqlite_db).ok


def test_backup_while_writing_is_consistent(sqlite_db, tmp_path):
    from desktop.jobs import SILENT

    writer = sqlite3.connect(sqlite_db.sqlite_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    for n in range(50):
        writer.execute("INSERT INTO village (name, name_key, kind, active, created_at, updated_at, version) "
                       "VALUES (?, ?, 'thôn', 1, '2026-01-01', '2026-01-01', 1)", (f"Thôn {n}", f"thon {n}"))
    # the copy taken while another connection's transaction is open holds the last commit only
    path = tmp_path / "during.sqlite3"
    backup._sqlite_backup(sqlite_db, path, SILENT)
    writer.execute("ROLLBACK")
    writer.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM village").fetchone()[0] == 0
    conn.close()


def test_truncated_or_foreign_file_is_refused_and_nothing_changes(sqlite_db, tmp_path):
    admin = Actor.system()
    with sqlite_db.uow(admin) as work:
        settings.add_village(work, "Giữ nguyên", "thôn")
    good = backup.backup_now(sqlite_db)
    truncated = tmp_path / "cut.sqlite3"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    not_db = tmp_path / "notes.sqlite3"
    not_db.write_text("đây không phải cơ sở dữ liệu", encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE x (a)").connection.close()
    for bad, message in ((truncated, "hỏng"), (not_db, "không phải"), (other, "thiếu bảng")):
        with pytest.raises(CaxaError, match=message):
            backup.restore(sqlite_db, bad)
    assert _villages(sqlite_db, admin) == ["Giữ nguyên"]
    assert len(backup.list_backups()) == 1  # no safety copy taken for a refused restore


def test_restore_refused_while_someone_else_is_connected(sqlite_db):
    saved = backup.backup_now(sqlite_db)
    other = sessions.register(sqlite_db, Actor(5, "canbo", "clerk"))
    mine = sessions.register(sqlite_db, Actor(1, "admin", "admin"))
    with pytest.raises(CaxaError, match="canbo"):
        backup.restore(sqlite_db, saved, own_session=mine)
    sessions.end(sqlite_db, other)
    backup.restore(sqlite_db, saved, own_session=mine)


def test_auto_backup_once_a_day_keeps_the_last_n(sqlite_db):
    first = backup.auto_backup(sqlite_db, keep=3)
    assert first is not None and backup.auto_backup(sqlite_db, keep=3) is None
    folder = paths.backups_dir()
    for day in range(1, 6):  # older automatic backups from earlier days
        (folder / f"caxa-2026010{day}-080000-auto.sqlite3").write_bytes(first.read_bytes())
    backup.prune(3)
    autos = [b.path.name for b in backup.list_backups() if b.automatic]
    assert len(autos) == 3 and autos[0] == first.name
    assert backup.auto_backup(sqlite_db, keep=3, today=dt.date(2026, 1, 5)) is None


def test_postgres_backup_and_restore(pg_db, monkeypatch):
    admin = Actor.system()
    with pg_db.uow(admin) as work:
        settings.add_village(work, "Trước", "thôn")
    saved = backup.backup_now(pg_db)
    assert saved.suffix == ".pgdump" and saved.stat().st_size > 0
    with pg_db.uow(admin) as work:
        settings.add_village(work, "Sau", "thôn")
    backup.restore(pg_db, saved)
    assert _villages(pg_db, admin) == ["Trước"]
    monkeypatch.setattr(backup.shutil, "which", lambda _name: None)
    with pytest.raises(CaxaError, match="pg_dump"):
        backup.backup_now(pg_db)


def test_check_reports_broken_foreign_key(sqlite_db):
    conn = sqlite3.connect(sqlite_db.sqlite_path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(
        "INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 99, 'x')"
    )
    conn.commit()
    conn.close()
    result = backup.check(sqlite_db)
    assert not result.ok and "99" in result.audit.message()
