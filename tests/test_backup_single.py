"""A SQLite backup copies the station's file in one pass under the write lock, hashing what it writes
(desktop.backup_single), and falls back to the backup API whenever the file is not a consistent
snapshot: a reader on an older snapshot, a writer that keeps the lock."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading

import pytest

from desktop import backup, backup_single, paths, settings
from desktop.backup_files import file_sha256, sidecar
from desktop.backup_single import BACKUP_API, SINGLE_PASS, copy_database
from desktop.db import Actor
from desktop.errors import CaxaError
from desktop.jobs import SILENT, Cancelled, Progress

ADMIN = Actor.system()


def _add(db, name):
    with db.uow(ADMIN) as work:
        settings.add_village(work, name, "thôn")


def _rows(path, sql):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _villages(path):
    return sorted(r[0] for r in _rows(path, "SELECT name FROM village"))


def _no_api(raw):
    raise AssertionError("the backup API ran")


def _api(db):
    return lambda raw: backup._sqlite_backup(db, raw, SILENT)


def _spy(monkeypatch) -> list:
    """The ``Copied`` of every copy ``backup.backup_now`` makes."""
    made = []

    def spy(*args, **kwargs):
        made.append(copy_database(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(backup, "copy_database", spy)
    return made


def test_the_one_pass_copy_holds_the_data_and_the_checksum_restore_checks(sqlite_db, tmp_path):
    for n in range(40):
        _add(sqlite_db, f"Thôn {n:02d}")
    live, raw = sqlite_db.sqlite_path, tmp_path / "copy.sqlite3"
    wal = live.with_name(live.name + "-wal")
    assert wal.stat().st_size > 0  # the commits went to the WAL (checkpointed before the file is read)
    copied = copy_database(live, raw, _no_api)
    assert copied.method == SINGLE_PASS and copied.reason == ""
    assert list(copied.took) == ["copy with checksum"]
    assert copied.meta["sha256"] == file_sha256(raw) and copied.meta["size"] == raw.stat().st_size
    page_size, pages = (_rows(live, f"PRAGMA {p}")[0][0] for p in ("page_size", "page_count"))
    assert copied.meta["size"] == page_size * pages
    revisions = sorted(r[0] for r in _rows(live, "SELECT version_num FROM alembic_version"))
    assert copied.meta["revisions"] == revisions
    last = _rows(live, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")[0]
    assert (copied.meta["audit_count"], copied.meta["audit_hash"]) == last
    assert _rows(raw, "PRAGMA integrity_check") == [("ok",)]
    for table in ("village", "audit_log", "app_user", "alembic_version"):
        every = f"SELECT * FROM {table} ORDER BY 1"
        assert _rows(raw, every) == _rows(live, every)


@pytest.mark.parametrize("posix", [True, False])
def test_the_file_is_read_through_a_descriptor_kept_open_on_posix_and_a_handle_closed_after_elsewhere(
        sqlite_db, tmp_path, monkeypatch, posix):
    monkeypatch.setattr(backup_single, "POSIX_LOCKS", posix)
    live = sqlite_db.sqlite_path
    key = (live.stat().st_dev, live.stat().st_ino)
    first = copy_database(live, tmp_path / "a.sqlite3", _no_api)
    _add(sqlite_db, "Sau")
    second = copy_database(live, tmp_path / "b.sqlite3", _no_api)
    assert first.method == second.method == SINGLE_PASS and first.meta["sha256"] != second.meta["sha256"]
    assert _villages(tmp_path / "b.sqlite3") == ["Sau"]
    assert (key in backup_single._held) is posix  # one descriptor per file, kept: SQLite's locks stay


def test_the_copy_leaves_this_process_s_locks_on_the_database_in_place(sqlite_db, tmp_path):
    """Closing a descriptor of the file would drop this process's SQLite locks: another program could
    then take the database out of WAL mode under the connections still open here."""
    live = sqlite_db.sqlite_path
    here = sqlite3.connect(live)
    switch = ("import sqlite3, sys\ntry:\n    sqlite3.connect(sys.argv[1], timeout=0).execute("
              "'PRAGMA journal_mode=DELETE').fetchone()\n    print('switched')\n"
              "except sqlite3.OperationalError as exc:\n    print(exc)\n")
    try:
        assert here.execute("SELECT count(*) FROM village").fetchone() == (0,)
        copied = copy_database(live, tmp_path / "copy.sqlite3", _no_api)
        other = subprocess.run([sys.executable, "-c", switch, str(live)], capture_output=True, text=True,
                               check=True)
    finally:
        here.close()
    assert copied.method == SINGLE_PASS
    assert other.stdout.strip() == "database is locked"


def test_backup_now_copies_in_one_pass_and_its_backup_restores(sqlite_db, monkeypatch):
    made = _spy(monkeypatch)
    _add(sqlite_db, "Trước")
    saved = backup.backup_now(sqlite_db)
    assert [c.method for c in made] == [SINGLE_PASS]
    meta = json.loads(sidecar(saved).read_text(encoding="utf-8"))
    assert meta["sha256"] == file_sha256(saved) and meta["size"] == saved.stat().st_size
    assert meta["kind"] == "sqlite3"
    _add(sqlite_db, "Sau")
    backup.restore(sqlite_db, saved)
    assert _villages(sqlite_db.sqlite_path) == ["Trước"]
    assert backup.check(sqlite_db).ok


def test_a_writer_during_the_copy_waits_for_it_and_is_wholly_out(sqlite_db, tmp_path):
    _add(sqlite_db, "Trước")
    live, raw = sqlite_db.sqlite_path, tmp_path / "copy.sqlite3"
    probe = sqlite3.connect(live, timeout=0, isolation_level=None)
    failed: list[BaseException] = []

    def write() -> None:
        try:
            _add(sqlite_db, "Trong lúc sao lưu")  # waits on the copy's lock (busy timeout), then commits
        except BaseException as exc:
            failed.append(exc)

    writer = threading.Thread(target=write)

    def during(done: int, total: int, _text: str) -> None:
        if writer.ident is None:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                probe.execute("BEGIN IMMEDIATE")  # nobody writes while the file is read
            writer.start()

    try:
        copied = copy_database(live, raw, _no_api, progress=Progress(during))
    finally:
        probe.close()
    writer.join()
    assert failed == [] and copied.method == SINGLE_PASS
    assert _villages(raw) == ["Trước"]
    assert _villages(live) == ["Trong lúc sao lưu", "Trước"]
    assert _rows(raw, "PRAGMA integrity_check") == [("ok",)]


def test_a_reader_on_an_older_snapshot_sends_the_copy_through_the_backup_api(sqlite_db, monkeypatch):
    made = _spy(monkeypatch)
    _add(sqlite_db, "A")
    live = sqlite_db.sqlite_path
    reader = sqlite3.connect(live, isolation_level=None)
    try:
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM village").fetchone() == (1,)
        _add(sqlite_db, "B")  # committed after the reader's snapshot: the checkpoint cannot take it
        saved = backup.backup_now(sqlite_db)
    finally:
        reader.close()
    assert [c.method for c in made] == [BACKUP_API] and "older snapshot" in made[0].reason
    assert list(made[0].took) == ["copy", "checksum"]
    assert _villages(saved) == ["A", "B"]
    assert json.loads(sidecar(saved).read_text(encoding="utf-8"))["sha256"] == file_sha256(saved)
    backup.check_sqlite_file(saved)


def test_a_writer_keeping_the_lock_sends_the_copy_through_the_backup_api(sqlite_db, tmp_path, monkeypatch):
    monkeypatch.setattr(backup_single, "LOCK_SECONDS", 0)
    _add(sqlite_db, "A")
    live, raw = sqlite_db.sqlite_path, tmp_path / "copy.sqlite3"
    holder = sqlite3.connect(live, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        copied = copy_database(live, raw, _api(sqlite_db))
    finally:
        holder.close()
    assert copied.method == BACKUP_API and "locked" in copied.reason
    assert _villages(raw) == ["A"] and copied.meta["sha256"] == file_sha256(raw)


def test_a_rollback_journal_database_is_copied_under_the_lock_alone(sqlite_db, tmp_path):
    _add(sqlite_db, "A")
    sqlite_db.engine.dispose()
    live, raw = sqlite_db.sqlite_path, tmp_path / "copy.sqlite3"
    conn = sqlite3.connect(live)
    assert conn.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)
    conn.close()
    copied = copy_database(live, raw, _no_api)
    assert copied.method == SINGLE_PASS
    assert _villages(raw) == ["A"] and _rows(raw, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(raw, "PRAGMA journal_mode") == [("delete",)]


@pytest.mark.parametrize("how", ["cancel", "disk full"])
def test_an_interrupted_copy_leaves_nothing_and_releases_the_lock(sqlite_db, monkeypatch, how):
    _add(sqlite_db, "A")
    progress = Progress()
    if how == "cancel":
        progress.cancel()
        expected: type[Exception] = Cancelled
    else:
        def full(_fd):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(backup_single.os, "fsync", full)
        expected = CaxaError
    with pytest.raises(expected):
        backup.backup_now(sqlite_db, progress=progress)
    assert list(paths.backups_dir().iterdir()) == []
    probe = sqlite3.connect(sqlite_db.sqlite_path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")  # the copy let go of the write lock
        probe.execute("ROLLBACK")
    finally:
        probe.close()
    _add(sqlite_db, "B")


def test_a_copy_that_would_hold_writers_too_long_lets_go_for_the_backup_api(sqlite_db, tmp_path, monkeypatch):
    monkeypatch.setattr(backup_single, "HOLD_SECONDS", -1)  # any copy is already too slow
    _add(sqlite_db, "A")
    live, raw = sqlite_db.sqlite_path, tmp_path / "copy.sqlite3"
    copied = copy_database(live, raw, _api(sqlite_db))
    assert copied.method == BACKUP_API and "writers held" in copied.reason
    assert _villages(raw) == ["A"] and copied.meta["sha256"] == file_sha256(raw)
