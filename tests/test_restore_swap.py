"""The SQLite restore swaps by renaming the proven copy over the live file, the live file kept as the
safety backup (a hard link, no copy); with another connection open it copies through SQLite's backup
API as before; a restore stopped or killed at the swap leaves the old data or the new, whole."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from desktop import audit, backup, backup_swap, paths, settings
from desktop.db import Actor, Database

ADMIN = Actor.system()


def _add(db, name):
    with db.uow(ADMIN) as work:
        settings.add_village(work, name, "thôn")


def _villages(path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM village")}
    finally:
        conn.close()


def _safety_is_proven(safety) -> None:
    meta = json.loads(backup.sidecar(safety).read_text(encoding="utf-8"))
    assert meta["sha256"] == backup.file_sha256(safety) and meta["size"] == safety.stat().st_size
    assert meta["revisions"] and meta["audit_count"] > 0
    backup.check_sqlite_file(safety)


def test_the_live_file_becomes_the_safety_backup_and_the_copy_takes_its_place(sqlite_db):
    _add(sqlite_db, "Trước")
    saved = backup.backup_now(sqlite_db)
    _add(sqlite_db, "Sau")
    live = sqlite_db.sqlite_path
    old = os.stat(live)
    safety = backup.restore(sqlite_db, saved)
    assert safety is not None and _villages(safety) == {"Trước", "Sau"}
    if os.name == "posix":
        assert os.stat(safety).st_ino == old.st_ino  # the old file itself, kept under the backup's name
        assert os.stat(live).st_ino != old.st_ino and os.stat(live).st_mode & 0o777 == old.st_mode & 0o777
    _safety_is_proven(safety)
    assert _villages(live) == {"Trước"}
    assert not any(p.name.startswith(".caxa-restore") for p in live.parent.iterdir())
    assert not live.with_name(live.name + "-journal").exists()
    assert backup.check(sqlite_db).ok and audit.verify(sqlite_db).ok
    _add(sqlite_db, "Sau khi phục hồi")  # the live database works on (in WAL mode again)
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    backup.restore(sqlite_db, safety)  # the safety backup restores, proven by its checksum file
    assert _villages(live) == {"Trước", "Sau"}


def test_another_open_connection_gets_the_copy_through_the_backup_api(sqlite_db):
    _add(sqlite_db, "Trước")
    saved = backup.backup_now(sqlite_db)
    _add(sqlite_db, "Sau")
    live = sqlite_db.sqlite_path
    other = sqlite3.connect(live)  # a connection the restore cannot close (another program, a window)
    try:
        assert {r[0] for r in other.execute("SELECT name FROM village")} == {"Trước", "Sau"}
        old = os.stat(live).st_ino
        safety = backup.restore(sqlite_db, saved)
        assert os.stat(live).st_ino == old  # written into the same file: the other connection sees it
        assert {r[0] for r in other.execute("SELECT name FROM village")} == {"Trước"}
    finally:
        other.close()
    assert safety is not None and _villages(safety) == {"Trước", "Sau"}
    _safety_is_proven(safety)
    assert audit.verify(sqlite_db).ok


def test_a_restore_stopped_at_the_swap_leaves_the_data_whole_and_no_file(sqlite_db, monkeypatch):
    _add(sqlite_db, "Trước")
    saved = backup.backup_now(sqlite_db)
    _add(sqlite_db, "Sau")
    before = sorted(paths.backups_dir().iterdir())

    def stopped(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(backup_swap.os, "replace", stopped)
    with pytest.raises(KeyboardInterrupt):
        backup.restore(sqlite_db, saved)
    monkeypatch.undo()
    assert sorted(paths.backups_dir().iterdir()) == before  # no safety copy left from a stopped restore
    assert not any(p.name.startswith(".caxa-restore") for p in sqlite_db.sqlite_path.parent.iterdir())
    assert _villages(sqlite_db.sqlite_path) == {"Trước", "Sau"}
    assert backup.check(sqlite_db).ok and audit.verify(sqlite_db).ok


@pytest.mark.parametrize("when", ["before", "after"])
def test_a_restore_killed_at_the_rename_leaves_old_or_new_data_whole(sqlite_db, when):
    """A real process killed (os._exit: no clean-up runs) just before or just after the rename."""
    _add(sqlite_db, "Trước")
    saved = backup.backup_now(sqlite_db)
    _add(sqlite_db, "Sau")
    sqlite_db.dispose()
    live = sqlite_db.sqlite_path
    script = textwrap.dedent(f"""
        import os
        from desktop import backup, backup_swap, paths
        from desktop.db import Database
        paths.set_data_dir({str(paths.data_dir())!r})
        real = os.replace
        def replace(src, dst):
            if {when!r} == "after":
                real(src, dst)
            os._exit(9)
        backup_swap.os.replace = replace
        backup.restore(Database({sqlite_db.url!r}), {str(saved)!r})
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 9, done.stderr
    reopened = Database(sqlite_db.url)
    try:
        assert backup.check(reopened).problems == ()
        assert _villages(live) == ({"Trước", "Sau"} if when == "before" else {"Trước"})
        backup.clean_leftovers()  # (a real start removes the work folder once it is old)
    finally:
        reopened.dispose()


def test_a_connection_opened_on_the_old_file_during_the_swap_cannot_write_into_either(tmp_path):
    """A program that opened the database between the lock and the rename (and waited for the lock)
    is left on the old file, now the safety backup: SQLite refuses its writes (the file has moved), so
    it neither changes the safety backup nor leaves a WAL beside the new live file."""
    live_path, new = tmp_path / "caxa.sqlite3", tmp_path / "payload"
    conn = sqlite3.connect(live_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('cũ')")
    conn.close()
    conn = sqlite3.connect(new)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('mới')")
    conn.commit()
    conn.close()
    live = backup_swap.LiveFile.take(live_path)
    assert live is not None
    late = sqlite3.connect(live_path, isolation_level=None, timeout=0)  # opened before the rename
    safety = tmp_path / "safety.sqlite3"
    live.keep_as(safety)
    kept = backup.file_sha256(safety)
    live.replace_with(new)
    live.release()
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            late.execute("PRAGMA journal_mode=WAL")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            late.execute("INSERT INTO t VALUES ('muộn')")
    finally:
        late.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["caxa.sqlite3", "safety.sqlite3"]
    assert backup.file_sha256(safety) == kept
    assert {r[0] for r in sqlite3.connect(live_path).execute("SELECT x FROM t")} == {"mới"}


def test_where_the_system_will_not_rename_over_an_open_file_the_copy_is_written_through_the_lock(
        sqlite_db, monkeypatch):
    """Windows refuses to rename over a file SQLite holds open: the proven copy then goes in through
    the backup API, into the locked live database; the safety backup is kept all the same."""
    _add(sqlite_db, "Trước")
    saved = backup.backup_now(sqlite_db)
    _add(sqlite_db, "Sau")
    live = sqlite_db.sqlite_path
    real = os.replace

    def refuse(src, dst):
        if os.fspath(dst) == os.fspath(live):
            raise PermissionError(13, "the file is open")
        return real(src, dst)

    monkeypatch.setattr(backup_swap.os, "replace", refuse)
    old = os.stat(live).st_ino
    safety = backup.restore(sqlite_db, saved)
    assert os.stat(live).st_ino == old and _villages(live) == {"Trước"}
    assert safety is not None and _villages(safety) == {"Trước", "Sau"}
    _safety_is_proven(safety)
    assert backup.check(sqlite_db).ok and audit.verify(sqlite_db).ok
