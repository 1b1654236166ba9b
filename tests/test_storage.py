"""Data at rest and honest messages: owner-only files, no personal data in the log, disk full and
read-only storage in Vietnamese, a read-only database still checked and exported."""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import shutil
import sqlite3
import stat

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from desktop import bootstrap, paths, settings
from desktop.db import Database
from desktop.errors import DatabaseError, storage_message
from desktop.residents.models import Person
from tests.cli.helpers import caxa
from tests.conftest import make_user

ID_NUMBER = "067097106927"
PW = "matkhau123"


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="Windows keeps the data in the user's own profile")
def test_files_and_folders_are_readable_by_the_owner_only(capsys, tmp_path):
    code, _, _ = caxa(capsys, "init", "--commune", "Xã Đắk Nia", "--parent", "CÔNG AN TỈNH LÂM ĐỒNG",
                      "--admin", "quantri", stdin=PW + "\n")
    assert code == 0
    for folder in (paths.data_dir(), paths.backups_dir(), paths.logs_dir(), paths.exports_dir()):
        assert _mode(folder) == 0o700, folder
    assert _mode(paths.database_file()) == 0o600
    code, _, _ = caxa(capsys, "backup", "--user", "quantri", stdin=PW + "\n")
    assert code == 0
    assert {_mode(p) for p in paths.backups_dir().iterdir()} == {0o600}  # the backup and its checksum
    out = tmp_path / "ds.xlsx"
    code, _, _ = caxa(capsys, "export", "residents", str(out), "--user", "quantri", stdin=PW + "\n")
    assert code == 0 and _mode(out) == 0o600
    assert os.umask(0o022) == 0o022, "the command restores the caller's umask"


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_an_existing_open_folder_and_database_are_tightened(tmp_path):
    paths.data_dir().mkdir(mode=0o755)
    os.chmod(paths.data_dir(), 0o755)
    paths.ensure_dirs()
    assert _mode(paths.data_dir()) == 0o700
    db_file = paths.database_file()
    sqlite3.connect(db_file).close()
    os.chmod(db_file, 0o644)
    db = Database(f"sqlite:///{db_file}")
    with db.engine.connect():
        pass
    db.dispose()
    assert _mode(db_file) == 0o600


def test_no_id_number_in_the_log_after_an_integrity_error(db, admin, caplog):
    caplog.set_level(logging.DEBUG)
    with db.uow(admin) as work:
        village = settings.add_village(work, "Nia Đơn", "thôn")
    person = {"full_name": "Y Thuông Niê", "name_key": "y thuong nie",
              "search_key": f"y thuong nie {ID_NUMBER}", "sex": "M", "id_number": ID_NUMBER,
              "village_id": village.id}
    with pytest.raises(DatabaseError) as failed, db.uow(admin) as work:
        work.add(Person(**person, household_id=987654))  # no such household: a foreign-key violation
    assert "ràng buộc" in str(failed.value)
    chain = f"{failed.value!r} {failed.value.__cause__}"
    assert ID_NUMBER not in chain and "hidden" in chain
    assert ID_NUMBER not in caplog.text and "integrity error" in caplog.text
    # and whatever logs a driver's text, the file's formatter masks numbers and PostgreSQL's key values
    record = logging.LogRecord("x", logging.ERROR, __file__, 1,
                               "duplicate key\nDETAIL:  Key (id_number)=(%s) already exists.",
                               (ID_NUMBER,), None)
    text = bootstrap.RedactingFormatter("%(message)s").format(record)
    assert ID_NUMBER not in text and "Key (id_number)=(…)" in text


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device", "/mnt/usb/b.sqlite3"), "ổ đĩa đã đầy"),
        (OSError(errno.EROFS, "Read-only file system"), "chỉ cho đọc"),
        (PermissionError(errno.EACCES, "Permission denied", "/x"), "không có quyền"),
        (sqlite3.OperationalError("database or disk is full"), "ổ đĩa đã đầy"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "chỉ cho đọc"),
        (OperationalError("INSERT …", {}, sqlite3.OperationalError("database or disk is full")),
         "ổ đĩa đã đầy"),
    ],
)
def test_storage_failures_have_vietnamese_messages(exc, expected):
    text = storage_message(exc)
    assert text and expected in text and "disk" not in text and "readonly" not in text


def test_storage_failures_are_not_storage_messages():
    assert storage_message(ValueError("database or disk is full")) is None
    assert storage_message(sqlite3.OperationalError("no such table: x")) is None


def test_a_full_disk_while_saving(sqlite_db, tmp_path):
    """SQLite refusing to grow (as on a full disk) gives the Vietnamese sentence, not SQLite's text."""
    admin = make_user(sqlite_db, "quantri", "admin")
    with sqlite_db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(sqlite_db.engine, "connect")
    def _cap(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    sqlite_db.engine.dispose()
    with pytest.raises(DatabaseError) as full, sqlite_db.uow(admin) as work:
        for i in range(2000):
            settings.add_village(work, f"Thôn số {i} " + "x" * 60, "thôn")
    assert "ổ đĩa đã đầy" in str(full.value) and "disk" not in str(full.value)


def test_a_full_disk_in_a_command(capsys, monkeypatch, tmp_path):
    from desktop.residents import io

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "ds.xlsx"))

    caxa(capsys, "init", "--commune", "Xã A", "--parent", "CÔNG AN TỈNH B", "--admin", "quantri",
         stdin=PW + "\n")
    monkeypatch.setattr(io, "export_persons", full)
    code, _, err = caxa(capsys, "export", "residents", str(tmp_path / "ds.xlsx"), "--user", "quantri",
                        stdin=PW + "\n")
    assert code == 2 and "ổ đĩa đã đầy" in err and "không mong đợi" not in err and "No space" not in err


def test_a_read_only_database_is_checked_and_exported_not_changed(capsys, monkeypatch, tmp_path):
    caxa(capsys, "init", "--commune", "Xã Đắk Nia", "--parent", "CÔNG AN TỈNH LÂM ĐỒNG", "--admin", "quantri",
         stdin=PW + "\n")
    code, _, _ = caxa(capsys, "user", "add", "canbo", "--user", "quantri", stdin=f"{PW}\n{PW}\n")
    assert code == 0
    copy = tmp_path / "ban-sao" / "caxa.sqlite3"
    copy.parent.mkdir()
    shutil.copyfile(paths.database_file(), copy)
    head = paths.database_file().with_name(paths.database_file().name + ".audit-head")
    shutil.copyfile(head, copy.with_name(copy.name + ".audit-head"))  # the log's anchor goes with it
    os.chmod(copy, 0o444)
    os.chmod(copy.parent, 0o555)
    # root may write anyway: the program must treat it as the clerk's account would see it
    monkeypatch.setattr(bootstrap, "writable", lambda path: False)
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    url = f"sqlite:///{copy}"
    try:
        code, out, err = caxa(capsys, "--db", url, "check")
        assert code == 0 and "Cơ sở dữ liệu tốt" in out, err
        code, out, err = caxa(capsys, "--db", url, "audit", "verify")
        assert code == 0, err
        code, out, err = caxa(capsys, "--db", url, "export", "residents", str(tmp_path / "ds.xlsx"),
                              "--user", "canbo", stdin=PW + "\n")
        assert code == 0 and (tmp_path / "ds.xlsx").exists(), err
        code, _, err = caxa(capsys, "--db", url, "user", "add", "ke", "--user", "quantri",
                            stdin=f"{PW}\n{PW}\n")
        assert code == 2 and "chỉ đọc" in err
    finally:
        os.chmod(copy.parent, 0o755)
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before
