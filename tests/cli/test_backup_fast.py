"""`caxa backup` on a SQLite station takes its copy beside the account check, without the database
layer (desktop.backup_fast): the same files, audit rows and refusals as the usual command, and a
refused account leaves nothing behind, even when its copy was finished first."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import subprocess
import sys
import threading

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, text

from desktop import accounts, audit, backup, backup_fast, demo, paths
from desktop.audit import AuditEntry
from desktop.db import Actor, Database
from tests.cli.helpers import caxa
from tests.conftest import make_user

PW = "matkhau123"
REAL_HASHER = backup_fast.password_hasher


@pytest.fixture(autouse=True)
def _cheap_hasher(monkeypatch):
    """The tests' accounts hash with cheap parameters (tests/conftest.py); the fast path checks with them."""
    monkeypatch.setattr(backup_fast, "password_hasher", lambda: accounts._hasher)



def _entries(db: Database) -> list[tuple]:
    with db.uow(Actor.system()) as work:
        rows = work.session.execute(select(AuditEntry.username, AuditEntry.action, AuditEntry.table_name,
                                           AuditEntry.record_id, AuditEntry.summary).order_by(AuditEntry.id))
        return [tuple(r) for r in rows]


def _user(db: Database, name: str) -> tuple:
    with db.engine.connect() as conn:
        return tuple(conn.execute(text("SELECT version, failed_count, locked_until, last_login_at "
                                       "FROM app_user WHERE username = :n"), {"n": name}).one())


def _taken(monkeypatch) -> list[bool]:
    """Records whether the fast path finished its copy (True) or gave way to the usual command (False)."""
    seen: list[bool] = []
    real = backup_fast.backup_before_login

    def spy(args):
        made = real(args)
        seen.append(made is not None)
        return made

    monkeypatch.setattr(backup_fast, "backup_before_login", spy)
    return seen


def test_the_fast_backup_writes_what_the_usual_one_writes(station, capsys, tmp_path, monkeypatch):
    seen = _taken(monkeypatch)
    out = tmp_path / "usb"
    out.mkdir()
    before = _user(station, "canbo")
    code, said, _ = caxa(capsys, "--user", "canbo", "backup", "--to", str(out),
                         "--also-to", str(tmp_path / "b"), stdin=PW + "\n")
    assert code == 0 and seen == [True] and "Đã sao lưu vào" in said and "Đã chép thêm" in said
    made = sorted(p.name for p in out.iterdir())
    assert len(made) == 2 and made[1] == made[0] + ".caxa.json"  # the backup and its checksum file only
    saved = out / made[0]
    meta = json.loads(backup.sidecar(saved).read_text(encoding="utf-8"))
    assert meta["sha256"] == backup.file_sha256(saved) and meta["size"] == saved.stat().st_size
    assert meta["kind"] == "sqlite3" and meta["revisions"] == sorted(backup_fast.quick_heads())
    backup.check_sqlite_file(saved)
    rows = _entries(station)
    assert rows[-2] == ("canbo", "login", "app_user", 2, "Đăng nhập: «canbo» (dòng lệnh «caxa backup»)")
    assert rows[-1] == ("canbo", "backup", "", None, f"Sao lưu vào {saved.name}")
    assert meta["audit_count"] in (len(rows) - 2, len(rows) - 1)  # the login is written beside the copy
    with station.engine.connect() as conn:
        assert meta["audit_hash"] == conn.execute(text("SELECT hash FROM audit_log WHERE id = :i"),
                                                  {"i": meta["audit_count"]}).scalar()
    version, failed, locked, last_login = _user(station, "canbo")
    assert version == before[0] + 1 and failed == 0 and locked is None and last_login is not None
    assert audit.verify(station).ok  # the chain and the signed head beside the database
    code, _, _ = caxa(capsys, "--user", "quantri", "restore", str(saved), stdin=PW + "\n")
    assert code == 0


@pytest.mark.parametrize("who, password, message", [
    ("canbo", "doan-mo", "Sai tên đăng nhập"), ("khong-co", PW, "Sai tên đăng nhập"),
    ("xem", PW, "không được chạy lệnh"),
])
def test_a_refused_account_leaves_no_file_even_when_its_copy_was_finished(
        station, capsys, tmp_path, monkeypatch, who, password, message):
    out = tmp_path / "usb"
    out.mkdir()
    copied = threading.Event()
    real_copy, real_login = backup_fast.copy_database, backup_fast.login

    def copy(source, raw, api_copy):
        made = real_copy(source, raw, api_copy)
        assert raw.exists()
        copied.set()
        return made

    def login(*args, **kwargs):
        assert copied.wait(60)  # the whole copy lies in the destination folder when the check refuses
        return real_login(*args, **kwargs)

    monkeypatch.setattr(backup_fast, "copy_database", copy)
    monkeypatch.setattr(backup_fast, "login", login)
    before = _entries(station)
    code, _, err = caxa(capsys, "--user", who, "backup", "--to", str(out), stdin=password + "\n")
    assert code == 2 and message in err and "Traceback" not in err
    assert copied.is_set() and list(out.iterdir()) == []
    new = _entries(station)[len(before):]  # the usual sign-in recorded the attempt, once
    assert [r[1] for r in new] == (["login"] if who == "xem" else ["login_failed"])


def test_a_locked_account_and_another_schema_take_the_usual_path(station, capsys, tmp_path, monkeypatch):
    seen = _taken(monkeypatch)
    with station.engine.begin() as conn:
        conn.execute(text("UPDATE app_user SET locked_until = :t WHERE username = 'canbo'"),
                     {"t": dt.datetime.now() + dt.timedelta(minutes=5)})
    code, _, err = caxa(capsys, "--user", "canbo", "backup", "--to", str(tmp_path), stdin=PW + "\n")
    assert code == 2 and "bị khóa" in err and seen == [False]
    with station.engine.begin() as conn:  # a station a newer CAXA migrated: the usual command refuses it
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('future_9999')"))
        conn.execute(text("UPDATE caxa_schema SET program_version = '9.9.0'"))
    code, _, err = caxa(capsys, "--user", "quantri", "backup", "--to", str(tmp_path), stdin=PW + "\n")
    assert code == 2 and "9.9.0" in err and seen == [False, False]
    assert list(tmp_path.glob("caxa-*")) == []


def test_a_command_line_backup_loads_no_database_layer(station, tmp_path):
    with station.engine.begin() as conn:  # the program's own parameters, not the tests' cheap ones
        conn.execute(text("UPDATE app_user SET password_hash = :h WHERE username = 'canbo'"),
                     {"h": PasswordHasher().hash(PW)})
    probe = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"code = main(['--data-dir', {str(paths.data_dir())!r}, '--user', 'canbo', 'backup', "
        f"'--to', {str(tmp_path)!r}])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic') "
        "or m in ('desktop.db', 'desktop.accounts', 'desktop.audit', 'desktop.backup'))\n"
        "print('CODE', code, 'HEAVY', heavy, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], input=PW + "\n", capture_output=True, text=True,
                          check=True)
    assert "CODE 0 HEAVY []" in done.stderr, done.stderr
    assert len(list(tmp_path.glob("caxa-*.sqlite3"))) == 1


def test_what_the_fast_path_copies_from_the_usual_code_agrees_with_it():
    row = {"id": 7, "at": dt.datetime(2026, 11, 29, 8, 30), "user_id": 2, "username": "canbo",
           "action": "login", "table_name": "app_user", "record_id": 2, "summary": "Đăng nhập: «canbo»",
           "changes": "{}", "state_hash": None}
    assert backup_fast.digest("ab" * 32, row) == audit._digest("ab" * 32, row)
    with_state = {**row, "state_hash": "cd" * 32}
    assert backup_fast.digest("ab" * 32, with_state) == audit._digest("ab" * 32, with_state)
    assert backup_fast.DEMO_DONE == demo.DEMO_DONE
    params = ("time_cost", "memory_cost", "parallelism", "hash_len", "salt_len", "type")
    program = PasswordHasher()  # accounts._hasher, outside the tests
    assert [getattr(REAL_HASHER(), p) for p in params] == [getattr(program, p) for p in params]
    assert not PasswordHasher().check_needs_rehash(backup_fast._DUMMY_HASH)  # a miss costs a wrong one's time
    assert backup_fast.sqlite_file(None) == paths.database_file()
    assert backup_fast.sqlite_file("postgresql://u@/caxa") is None
    assert backup_fast.sqlite_file("sqlite:///x.db?mode=ro") is None


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_a_postgresql_station_backs_up_the_usual_way(db, capsys, tmp_path, monkeypatch):
    seen = _taken(monkeypatch)
    make_user(db, "canbo", "clerk")
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    code, said, err = caxa(capsys, "--db", db.url, "--user", "canbo", "backup", "--to", str(tmp_path),
                           stdin=PW + "\n")
    assert code == 0, err
    assert seen == [False] and len(list(tmp_path.glob("caxa-*.pgdump"))) == 1


def _logged(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "desktop.backup_fast"]


def test_the_command_copies_in_one_pass_and_says_so_in_its_log(station, capsys, tmp_path, caplog):
    caplog.set_level("INFO", logger="desktop.backup_fast")
    code, _, _ = caxa(capsys, "--user", "canbo", "backup", "--to", str(tmp_path), stdin=PW + "\n")
    assert code == 0
    (line,) = _logged(caplog)
    assert "copy with checksum" in line and "account check" in line and line.endswith("(single pass)")
    (saved,) = tmp_path.glob("caxa-*.sqlite3")
    code, _, _ = caxa(capsys, "--user", "quantri", "restore", str(saved), stdin=PW + "\n")
    assert code == 0
    code, said, _ = caxa(capsys, "check")  # the restored station: integrity, keys and the audit chain
    assert code == 0, said


def test_a_reader_on_an_older_snapshot_makes_the_command_copy_through_the_backup_api(
        station, capsys, tmp_path, caplog):
    caplog.set_level("INFO", logger="desktop.backup_fast")
    reader = sqlite3.connect(paths.database_file(), isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM app_user").fetchone()
        make_user(station, "moi", "clerk")  # committed after the reader's snapshot
        code, _, _ = caxa(capsys, "--user", "canbo", "backup", "--to", str(tmp_path), stdin=PW + "\n")
    finally:
        reader.close()
    assert code == 0
    (line,) = _logged(caplog)
    assert "copy " in line and "checksum " in line and line.endswith("(backup API)")
    (saved,) = tmp_path.glob("caxa-*.sqlite3")
    meta = json.loads(backup.sidecar(saved).read_text(encoding="utf-8"))
    assert meta["sha256"] == backup.file_sha256(saved)
    conn = sqlite3.connect(saved)
    assert conn.execute("SELECT count(*) FROM app_user WHERE username = 'moi'").fetchone() == (1,)
    conn.close()
    code, _, _ = caxa(capsys, "--user", "quantri", "restore", str(saved), stdin=PW + "\n")
    assert code == 0


def test_a_full_disk_during_the_copy_says_so_and_leaves_no_file(station, capsys, tmp_path, monkeypatch):
    from desktop import backup_single

    def full(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_single.os, "fsync", full)
    out = tmp_path / "usb"
    out.mkdir()
    code, _, err = caxa(capsys, "--user", "canbo", "backup", "--to", str(out), stdin=PW + "\n")
    assert code == 2 and "Không ghi được tệp sao lưu" in err and "No space left" in err
    assert "Traceback" not in err and list(out.iterdir()) == []
