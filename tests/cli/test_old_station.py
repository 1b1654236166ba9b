"""A command run as a user on a station whose schema an older CAXA wrote (a scheduled `caxa backup`
right after an update, before anyone opened the program): the station is brought up to date first,
so the sign-in's audit entry fits the log, instead of failing with a database error."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop import backup, migrate, paths
from desktop.db import Database
from tests.cli.helpers import caxa

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema-0001.sqlite3"


def test_a_backup_of_an_older_station_upgrades_it_and_backs_it_up(capsys, tmp_path):
    paths.ensure_dirs()
    shutil.copyfile(FIXTURE, paths.database_file())
    out = tmp_path / "saved"
    out.mkdir()
    code, printed, err = caxa(capsys, "--user", "admin", "backup", "--to", str(out), stdin="demo1234\n")
    assert code == 0, err
    assert "Đã sao lưu vào" in printed
    copies = list(out.glob("*.sqlite3"))
    assert len(copies) == 1
    backup.check_sqlite_file(copies[0])
    db = Database("sqlite:///" + str(paths.database_file()))
    try:
        assert not migrate.needs_upgrade(db)
        kept = list(paths.backups_dir().glob("*-truoc-nang-cap.sqlite3"))
        assert kept, "the upgrade kept the data from before it"
    finally:
        db.dispose()
    code, printed, err = caxa(capsys, "--user", "admin", "audit", "verify", stdin="demo1234\n")
    assert code == 0, err
