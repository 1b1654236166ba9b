import datetime as dt
import os
import shutil
import sqlite3
import uuid

import pytest
from sqlalchemy import event, text

from desktop import audit, backup, paths, sessions, settings
from desktop.backup_candidate import NewerSchema
from desktop.backup_crypto import PassphraseRequired, WrongPassphrase
from desktop.db import Actor, Database
from desktop.errors import CaxaError

ADMIN = Actor.system()


def _villages(db):
    with db.uow(ADMIN) as work:
        return [v.name for v in settings.list_villages(work)]


def _add(db, name):
    with db.uow(ADMIN) as work:
        settings.add_village(work, name, "thôn")


def _damaged_copy(good, target, how):
    """A copy of ``good`` (with its checksum file) with one byte flipped, or cut in half."""
    data = bytearray(good.read_bytes())
    if how == "flip":
        data[len(data) // 2] ^= 0x01
    else:
        data = data[: len(data) // 2]
    target.write_bytes(bytes(data))
    if backup.sidecar(good).exists():
        shutil.copyfile(backup.sidecar(good), backup.sidecar(target))
    return target


@pytest.fixture
def empty_db(db, tmp_path, request):
    """An empty database of the same kind: a new PC's data folder, a new PostgreSQL database."""
    if db.is_sqlite:
        fresh = Database(f"sqlite:///{tmp_path / 'may-moi' / 'caxa.sqlite3'}")
        yield fresh
        fresh.dispose()
        return
    server = request.getfixturevalue("pg_server")
    name = f"caxa_empty_{uuid.uuid4().hex[:8]}"
    server.execute(f"CREATE DATABASE {name}")
    fresh = Database(server.url_for(name))
    yield fresh
    fresh.dispose()
    server.drop_database(name)


def test_backup_restore_round_trip(db):
    _add(db, "Trước")
    saved = backup.backup_now(db)
    assert saved.parent == paths.backups_dir() and backup.sidecar(saved).exists()
    assert saved.suffix == (".sqlite3" if db.is_sqlite else ".pgdump")
    _add(db, "Sau")
    safety = backup.restore(db, saved)
    assert _villages(db) == ["Trước"]
    assert safety is not None and safety.exists() and "truoc-phuc-hoi" in safety.name
    assert backup.check(db).ok
    _add(db, "Sau khi phục hồi")  # saves go on, the signed head follows the restored log
    assert audit.verify(db).ok


@pytest.mark.parametrize("how", ["flip", "cut"])
def test_damaged_backup_is_refused_and_nothing_changes(db, tmp_path, how):
    _add(db, "Giữ nguyên")
    good = backup.backup_now(db)
    bad = _damaged_copy(good, tmp_path / f"bad{good.suffix}", how)
    before = len(backup.list_backups())
    with pytest.raises(CaxaError, match="không khớp mã kiểm tra"):
        backup.restore(db, bad)
    assert _villages(db) == ["Giữ nguyên"]
    assert len(backup.list_backups()) == before  # no safety copy taken for a refused restore
    assert audit.verify(db).ok


def test_backup_without_checksum_file_is_refused_unless_asked(sqlite_db, tmp_path):
    good = backup.backup_now(sqlite_db)
    alone = tmp_path / "alone.sqlite3"
    shutil.copyfile(good, alone)
    with pytest.raises(CaxaError, match="tệp kiểm tra"):
        backup.restore(sqlite_db, alone)
    assert backup.restore(sqlite_db, alone, allow_unverified=True) is not None


def test_foreign_and_look_alike_files_are_refused(sqlite_db, tmp_path):
    _add(sqlite_db, "Giữ nguyên")
    not_db = tmp_path / "notes.sqlite3"
    not_db.write_text("đây không phải cơ sở dữ liệu", encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE x (a)").connection.close()
    look_alike = tmp_path / "look.sqlite3"
    conn = sqlite3.connect(look_alike)
    for table in ("alembic_version", "app_user", "audit_log", "audit_head", "station", "village",
                  "app_session"):
        conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, version_num TEXT, name TEXT)")
    conn.execute("INSERT INTO alembic_version (version_num) VALUES ('0001')")
    conn.commit()
    conn.close()
    for bad, message in ((not_db, "không phải"), (other, "thiếu bảng"), (look_alike, "thiếu cột")):
        with pytest.raises(CaxaError, match=message):
            backup.restore(sqlite_db, bad, allow_unverified=True)
    assert _villages(sqlite_db) == ["Giữ nguyên"]
    assert backup.list_backups() == []


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_postgres_look_alike_dump_is_refused(db, empty_db, tmp_path):
    pg_db, other = db, empty_db
    _add(pg_db, "Giữ nguyên")
    with other.engine.begin() as conn:
        for table in ("alembic_version", "app_user", "audit_log", "audit_head", "station", "village",
                      "app_session"):
            conn.execute(text(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, version_num TEXT)"))
        conn.execute(text("INSERT INTO alembic_version (id, version_num) VALUES (1, '0001')"))
    dump = tmp_path / "look.pgdump"
    backup.run_pg("pg_dump", other.url, ["--format=custom", "--file", str(dump)])
    with pytest.raises(CaxaError, match="thiếu cột"):
        backup.restore(pg_db, dump, allow_unverified=True)
    assert _villages(pg_db) == ["Giữ nguyên"]


def test_backup_of_a_newer_caxa_is_refused(db):
    _add(db, "Giữ nguyên")
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('future_9999')"))
        conn.execute(text("UPDATE caxa_schema SET program_version = '9.9.0'"))
    newer = backup.backup_now(db)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM alembic_version WHERE version_num = 'future_9999'"))
        conn.execute(text("UPDATE caxa_schema SET program_version = '0.1.0'"))
    _add(db, "Sau")
    with pytest.raises(NewerSchema, match="phiên bản CAXA mới hơn 9.9.0"):
        backup.restore(db, newer)
    assert _villages(db) == ["Giữ nguyên", "Sau"]


def test_backup_of_an_older_schema_is_upgraded_in_the_copy(sqlite_db):
    from desktop.accounts import login_user

    old = sorted((paths.package_dir().parent / "tests" / "fixtures").glob("schema-*.sqlite3"))[0]
    backup.restore(sqlite_db, old, allow_unverified=True)
    assert login_user(sqlite_db, "admin", "demo1234").role == "admin"
    assert len(_villages(sqlite_db)) == 10 and backup.check(sqlite_db).ok


def test_restore_into_an_empty_folder_or_database(db, empty_db, tmp_path):
    _add(db, "Bu Sir")
    saved = backup.backup_now(db)
    paths.set_data_dir(tmp_path / "du-lieu-moi")  # the new PC has nothing: no key, no head file
    assert backup.restore(empty_db, saved) is None  # nothing to keep on a new PC
    assert _villages(empty_db) == ["Bu Sir"]
    assert backup.check(empty_db).ok


def test_encrypted_backup_round_trip_and_refusals(db, tmp_path):
    _add(db, "Trước")
    usb = tmp_path / "usb"
    saved = backup.backup_now(db, passphrase="mật khẩu sao lưu", also_to=usb)
    assert saved.suffix == ".enc" and (usb / saved.name).read_bytes() == saved.read_bytes()
    assert b"Tr\xc6\xb0\xe1\xbb\x9bc" not in saved.read_bytes()  # "Trước" is not readable in the file
    _add(db, "Sau")
    with pytest.raises(PassphraseRequired):
        backup.restore(db, saved)
    with pytest.raises(WrongPassphrase, match="không đúng"):
        backup.restore(db, saved, passphrase="sai rồi")
    for how in ("flip", "cut"):
        bad = _damaged_copy(saved, tmp_path / f"{how}.enc", how)
        with pytest.raises(CaxaError, match="bị sửa"):
            backup.restore(db, bad, passphrase="mật khẩu sao lưu")
    assert _villages(db) == ["Sau", "Trước"]
    backup.restore(db, usb / saved.name, passphrase="mật khẩu sao lưu")
    assert _villages(db) == ["Trước"]


def test_second_location_gets_a_checked_copy(sqlite_db, tmp_path):
    saved = backup.backup_now(sqlite_db, also_to=tmp_path / "usb")
    copy = tmp_path / "usb" / saved.name
    assert copy.read_bytes() == saved.read_bytes() and backup.sidecar(copy).exists()
    backup.restore(sqlite_db, copy)


def test_backup_of_a_read_only_database_ends(sqlite_db):
    _add(sqlite_db, "Chỉ đọc")
    sqlite_db.engine.dispose()

    @event.listens_for(sqlite_db.engine, "connect")
    def _read_only(dbapi_conn, _record):
        dbapi_conn.execute("PRAGMA query_only = ON")

    saved = backup.backup_now(sqlite_db)  # the copy is made; the log cannot grow, and it says so in the log
    backup.check_sqlite_file(saved)
    conn = sqlite3.connect(saved)
    assert conn.execute("SELECT count(*) FROM village").fetchone()[0] == 1
    conn.close()


def test_leftovers_of_killed_backups_are_cleaned_at_start(tmp_path):
    from desktop.bootstrap import open_database

    folder = paths.backups_dir()
    folder.mkdir(parents=True)
    old = folder / "caxa-20260101-080000-auto.sqlite3.partial"
    fresh = folder / "caxa-20260102-080000.sqlite3.partial"
    old.write_bytes(b"x")
    fresh.write_bytes(b"x")
    hour_ago = (dt.datetime.now() - dt.timedelta(hours=1)).timestamp()
    os.utime(old, (hour_ago, hour_ago))
    open_database().dispose()
    assert not old.exists() and fresh.exists()  # a backup running in another window keeps its file


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
        backup.sidecar(folder / f"caxa-2026010{day}-080000-auto.sqlite3").write_text("{}")
    backup.prune(3)
    autos = [b.path.name for b in backup.list_backups() if b.automatic]
    assert len(autos) == 3 and autos[0] == first.name
    assert len(list(folder.glob("*.caxa.json"))) == 3  # checksum files go with their backups
    assert backup.auto_backup(sqlite_db, keep=3, today=dt.date(2026, 1, 5)) is None


def test_postgres_backup_needs_pg_dump(pg_db, monkeypatch):
    monkeypatch.setattr(backup.shutil, "which", lambda _name: None)
    with pytest.raises(CaxaError, match="pg_dump"):
        backup.backup_now(pg_db)


def test_check_reports_broken_audit_head(sqlite_db):
    conn = sqlite3.connect(sqlite_db.sqlite_path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 99, 'x')")
    conn.commit()
    conn.close()
    result = backup.check(sqlite_db)
    assert not result.ok and "99" in result.audit.message()


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_postgres_dump_of_an_older_schema_is_upgraded_before_the_swap(db, empty_db, tmp_path):
    from alembic import command

    from desktop import accounts, migrate
    from desktop.accounts import login_user

    cfg = migrate._config(empty_db)
    with empty_db.engine.begin() as conn:  # a station still on the foundation schema
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with empty_db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO app_user (id, username, full_name, role, password_hash, active, failed_count, "
            "created_at, updated_at, version) VALUES (1, 'cu', 'Người cũ', 'admin', :h, true, 0, :t, :t, 1)"
        ), {"h": accounts._hasher.hash("matkhau123"), "t": dt.datetime(2026, 1, 1, 8)})
    dump = tmp_path / "old.pgdump"
    backup.run_pg("pg_dump", empty_db.url, ["--format=custom", "--file", str(dump)])
    assert backup.restore(db, dump, allow_unverified=True) is not None
    assert migrate.current_revisions(db) == migrate.head_revisions(db)
    assert login_user(db, "cu", "matkhau123").role == "admin"
