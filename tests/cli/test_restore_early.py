"""`caxa restore` on a SQLite station reads and proves the backup beside the sign-in
(backup_payload.EarlyRead): the restore adopts that reading; a refused account or a tampered file
leaves no work folder, no safety copy and the data as it was."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from desktop import accounts, backup, backup_fast, backup_payload, cli_access, paths, settings
from desktop.db import Actor, Database
from tests.cli.helpers import caxa

PW = "matkhau123"


@pytest.fixture(autouse=True)
def signed_in(monkeypatch) -> list[object]:
    """What the plain sign-in beside the reading answered (the tests' accounts hash with cheap
    parameters: the plain sign-in checks with them too)."""
    monkeypatch.setattr(backup_fast, "password_hasher", lambda: accounts._hasher)
    answers: list[object] = []
    real = backup_fast.login

    def spy(*args, **kwargs):
        answers.append(real(*args, **kwargs))
        return answers[-1]

    monkeypatch.setattr(backup_fast, "login", spy)
    return answers



def _villages(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return sorted(conn.execute(text("SELECT name FROM village")).scalars())


def _leftovers() -> list[str]:
    work = [p.name for p in paths.data_dir().glob(".caxa-restore-*")]
    return work + [p.name for p in paths.backups_dir().glob("*truoc-phuc-hoi*")]


def _read_first(monkeypatch) -> list[object]:
    """The reading (copy, checksum, proof) finishes before the sign-in is checked; what it returned."""
    done = threading.Event()
    results: list[object] = []
    real_read, real_auth = backup_payload.read_payload, cli_access.authenticate

    def read(*args, **kwargs):
        try:
            result = real_read(*args, **kwargs)
            results.append(result)
            return result
        except BaseException as exc:
            results.append(exc)
            raise
        finally:
            done.set()

    def authenticate(*args, **kwargs):
        assert done.wait(60)
        return real_auth(*args, **kwargs)

    monkeypatch.setattr(backup_payload, "read_payload", read)
    monkeypatch.setattr(cli_access, "authenticate", authenticate)
    return results


def _backup(station, capsys, tmp_path):
    code, _, _ = caxa(capsys, "--user", "canbo", "backup", "--to", str(tmp_path / "b.sqlite3"),
                      stdin=PW + "\n")
    assert code == 0
    return tmp_path / "b.sqlite3"


def _add(db, name):
    with db.uow(Actor.system()) as work:
        settings.add_village(work, name, "thôn")


def test_the_restore_adopts_the_reading_started_beside_the_sign_in(station, capsys, tmp_path, monkeypatch,
                                                                   signed_in):
    saved = _backup(station, capsys, tmp_path)
    signed_in.clear()
    read_first = _read_first(monkeypatch)
    _add(station, "Sau")
    code, said, err = caxa(capsys, "--user", "quantri", "restore", str(saved), stdin=PW + "\n")
    assert code == 0, err
    assert len(read_first) == 1 and isinstance(read_first[0], tuple)  # read once, beside the sign-in
    assert [a.username for a in signed_in] == ["quantri"]  # signed in with plain SQL, not twice
    with station.engine.connect() as conn:  # the restored log, and the restore, by the account signed in
        last = conn.execute(text("SELECT username, action FROM audit_log ORDER BY id DESC LIMIT 1")).one()
    assert tuple(last) == ("quantri", "restore")
    assert "Sau" not in _villages(station) and "truoc-phuc-hoi" in said
    assert not list(paths.data_dir().glob(".caxa-restore-*"))


@pytest.mark.parametrize("who, password, message", [
    ("canbo", PW, "quản trị viên"), ("quantri", "doan-mo", "Sai tên đăng nhập"),
])
def test_a_refused_account_leaves_nothing_of_the_reading(station, capsys, tmp_path, monkeypatch, who,
                                                         password, message):
    saved = _backup(station, capsys, tmp_path)
    read_first = _read_first(monkeypatch)
    _add(station, "Sau")
    before = _villages(station)
    code, _, err = caxa(capsys, "--user", who, "restore", str(saved), stdin=password + "\n")
    assert code == 2 and message in err
    assert len(read_first) == 1 and isinstance(read_first[0], tuple)  # the copy was whole in the work folder
    assert _leftovers() == [] and _villages(station) == before


def test_a_tampered_backup_is_refused_from_the_command_line(station, capsys, tmp_path, monkeypatch):
    saved = _backup(station, capsys, tmp_path)
    read_first = _read_first(monkeypatch)
    data = bytearray(saved.read_bytes())
    data[len(data) // 2] ^= 0x01
    saved.write_bytes(bytes(data))
    _add(station, "Sau")
    before = _villages(station)
    code, _, err = caxa(capsys, "--user", "quantri", "restore", str(saved), stdin=PW + "\n")
    assert code == 2 and "không khớp mã kiểm tra" in err and "Traceback" not in err
    assert len(read_first) == 1 and isinstance(read_first[0], Exception)
    assert _leftovers() == [] and _villages(station) == before
    backup.check_sqlite_file(paths.database_file())
