"""The command line is not a back door: who may run each command, as whom it runs, how it is logged."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys

import pytest
from sqlalchemy import select

from desktop import cli, paths
from desktop.audit import AuditEntry
from desktop.db import Actor, Database
from tests.cli.helpers import caxa

PW = "matkhau123"

#: who may run what; a new command must be added here (the test below fails until it is)
POLICY = {
    "caxa gui": "open", "caxa init": "open", "caxa demo": "open", "caxa check": "open",
    "caxa audit verify": "open", "caxa screenshots": "open", "caxa figures": "open",
    "caxa quality": "open", "caxa template residents": "open", "caxa user recover": "open",
    "caxa backup": "clerk", "caxa export residents": "clerk", "caxa export events": "clerk",
    "caxa export roster": "clerk", "caxa export reinforcement": "clerk",
    "caxa export security-register": "clerk",
    "caxa import residents": "clerk", "caxa support projects": "clerk", "caxa support donors": "clerk",
    "caxa import files": "clerk",
    "caxa support print": "clerk", "caxa weapons print": "clerk",
    "caxa register list": "clerk", "caxa register print": "clerk",
    "caxa report monthly": "clerk", "caxa report merge": "open",
    "caxa restore": "admin", "caxa user add": "admin", "caxa user passwd": "admin",
    "caxa user list": "admin", "caxa user recovery-code": "admin",
}


def _guarded(tmp) -> dict[str, list[str]]:
    """A runnable example of every command that needs an account."""
    return {
        "caxa backup": ["backup", "--to", str(tmp / "out" / "b.sqlite3")],
        "caxa export residents": ["export", "residents", str(tmp / "out" / "ds.xlsx")],
        "caxa export events": ["export", "events", "--ics", str(tmp / "out" / "l.ics"),
                               "--from", "01/01/2025", "--to", "31/01/2025"],
        "caxa export roster": ["export", "roster", "--week", "06/01/2025",
                               "--pdf", str(tmp / "out" / "r.pdf")],
        "caxa export reinforcement": ["export", "reinforcement", "--from", "01/01/2025", "--to", "31/01/2025",
                                      "--pdf", str(tmp / "out" / "t.pdf")],
        "caxa export security-register": ["export", "security-register", "--from", "01/01/2025",
                                          "--to", "31/01/2025", "--pdf", str(tmp / "out" / "tb.pdf")],
        "caxa import residents": ["import", "residents", str(tmp / "in.xlsx")],
        "caxa import files": ["import", "files", str(tmp / "in.xlsx")],
        "caxa support projects": ["support", "projects"],
        "caxa support donors": ["support", "donors"],
        "caxa support print": ["support", "print", "list", "--from", "01/01/2025", "--to", "31/01/2025",
                               "--out", str(tmp / "out" / "s.pdf")],
        "caxa weapons print": ["weapons", "print", "stocktake", "--out", str(tmp / "out" / "w.pdf")],
        "caxa report monthly": ["report", "monthly", "--month", "2026-10", "--json"],
        "caxa restore": ["restore", str(tmp / "in.sqlite3")],
        "caxa user add": ["user", "add", "moi", "--role", "admin"],
        "caxa user passwd": ["user", "passwd", "quantri"],
        "caxa user list": ["user", "list"],
        "caxa user recovery-code": ["user", "recovery-code"],
    }



def _audit(db: Database) -> list[tuple[str, str, str]]:
    with db.uow(Actor.system()) as work:
        rows = work.session.execute(select(AuditEntry.username, AuditEntry.action, AuditEntry.summary)
                                    .order_by(AuditEntry.id))
        return [tuple(r) for r in rows]


def test_every_command_declares_who_may_run_it():
    declared = {c.prog: c.get_default("needs") for c in cli.commands(cli.build_parser())}
    assert declared == POLICY


def test_a_command_that_declares_nothing_needs_an_admin(monkeypatch):
    def register(sub, _groups):
        sub.add_parser("moi").set_defaults(func=lambda a: 0)

    monkeypatch.setattr(cli, "EXTRA_COMMANDS", [*cli.EXTRA_COMMANDS, register])
    declared = {c.prog: c.get_default("needs") for c in cli.commands(cli.build_parser())}
    assert declared["caxa moi"] == "admin"


def test_the_quick_help_lists_the_same_area_commands():
    def top(parser: argparse.ArgumentParser) -> dict[str, str]:
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return {c.dest: c.help for c in action._choices_actions}

    assert top(cli.build_parser(areas=False)) == top(cli.build_parser())


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_import_no_database_code(flag):
    probe = (
        "import sys\n"
        "from desktop.cli import main\n"
        "try:\n"
        f"    main([{flag!r}])\n"
        "except SystemExit as done:\n"
        "    assert done.code == 0\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'PySide6', "
        "'argon2', 'openpyxl', 'reportlab') or m in ('desktop.areas', 'desktop.db', 'desktop.residents'))\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "HEAVY []" in done.stderr
    assert ("CAXA" in done.stdout) if flag == "--version" else ("--user" in done.stdout)


@pytest.mark.parametrize("command", sorted(_guarded(paths.Path("/x"))))
def test_refused_without_credentials(station, capsys, tmp_path, command):
    args = _guarded(tmp_path)[command]
    before = _audit(station)
    code, out, err = caxa(capsys, *args)
    assert code == 2 and "--user" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists() and _audit(station) == before
    # a viewer may not; a clerk may not run an admin's command
    code, _, err = caxa(capsys, *args, "--user", "xem", stdin=PW + "\n")
    assert code == 2 and "không được chạy lệnh" in err
    if POLICY[command] == "admin":
        code, _, err = caxa(capsys, *args, "--user", "canbo", stdin=PW + "\n")
        assert code == 2 and "quản trị viên" in err
    # a wrong password: the common message, the attempt in the audit log, nothing done
    code, _, err = caxa(capsys, *args, "--user", "quantri", stdin="doan-mo\n")
    assert code == 2 and "Sai tên đăng nhập hoặc mật khẩu" in err
    assert not (tmp_path / "out").exists()
    failed = [r for r in _audit(station) if r[1] == "login_failed"]
    assert failed[-1][2] == f"Đăng nhập sai: «quantri» (dòng lệnh «{command}»)"
    # no password at all (no keyboard, empty standard input)
    code, _, err = caxa(capsys, *args, "--user", "quantri")
    assert code == 2 and "Cần mật khẩu" in err


def test_a_password_on_the_command_line_is_refused(station, capsys):
    code, _, err = caxa(capsys, "user", "add", "moi", "--user", "quantri", "--password", "matkhau123")
    assert code == 2 and "không nhận mật khẩu trên dòng lệnh" in err
    assert "matkhau123" not in err
    assert not any("moi" in r[2] for r in _audit(station))


def test_commands_run_and_are_audited_as_the_user(station, capsys, tmp_path):
    code, out, _ = caxa(capsys, "user", "add", "moi", "--full-name", "Người Mới", "--user", "quantri",
                        stdin=f"{PW}\nmatkhaumoi1\n")
    assert code == 0 and "Đã thêm" in out
    code, out, _ = caxa(capsys, "export", "residents", str(tmp_path / "ds.xlsx"), "--user", "canbo",
                        stdin=PW + "\n")
    assert code == 0 and (tmp_path / "ds.xlsx").exists()
    code, _, _ = caxa(capsys, "backup", "--to", str(tmp_path / "b.sqlite3"), "--user", "canbo",
                      stdin=PW + "\n")
    assert code == 0
    rows = _audit(station)
    assert ("quantri", "login", "Đăng nhập: «quantri» (dòng lệnh «caxa user add»)") in rows
    assert ("quantri", "insert", "Người dùng «Người Mới»") in rows
    assert ("canbo", "login", "Đăng nhập: «canbo» (dòng lệnh «caxa export residents»)") in rows
    assert any(r[0] == "canbo" and r[1] == "export" for r in rows)
    assert any(r[0] == "canbo" and r[1] == "backup" for r in rows)
    assert [r for r in rows if r[0] == "system"] == rows[:3], "only the test's own set-up ran as system"
    code, _, _ = caxa(capsys, "audit", "verify")
    assert code == 0


def test_init_prints_a_recovery_code_that_resets_a_lost_admin_password(capsys, caplog):
    code, out, _ = caxa(capsys, "init", "--commune", "Xã Đắk Nia", "--parent", "CÔNG AN TỈNH LÂM ĐỒNG",
                        "--admin", "quantri", stdin=PW + "\n")
    assert code == 0
    recovery = out.split("Mã khôi phục quản trị: ")[1].split()[0]
    code, _, err = caxa(capsys, "user", "recover", "quantri", stdin="AAAA-BBBB-CCCC-DDDD-EEEE\nmatkhaumoi1\n")
    assert code == 2 and "Mã khôi phục không đúng" in err
    code, out, _ = caxa(capsys, "user", "recover", "quantri", stdin=f"{recovery}\nmatkhaumoi1\n")
    assert code == 0 and "Mã khôi phục quản trị mới: " in out
    code, out, _ = caxa(capsys, "user", "list", "--user", "quantri", stdin="matkhaumoi1\n")
    assert code == 0 and "quantri" in out
    code, _, err = caxa(capsys, "user", "recover", "quantri", stdin=f"{recovery}\nmatkhaumoi2\n")
    assert code == 2, "a used code stops working"
    assert recovery not in caplog.text and "matkhaumoi1" not in caplog.text


def test_init_is_open_only_on_an_empty_station(station, capsys):
    code, _, err = caxa(capsys, "init", "--commune", "Xã Khác", "--parent", "CÔNG AN TỈNH X", "--admin", "ke",
                        stdin=PW + "\n")
    assert code == 2 and "đã được cài đặt" in err


def test_restore_needs_no_account_on_a_station_that_has_none(station, capsys, tmp_path, sqlite_template):
    """The disaster case: a new PC has no accounts yet, so the admin of the backup restores it."""
    code, _, _ = caxa(capsys, "backup", "--to", str(tmp_path / "b.sqlite3"), "--user", "canbo",
                      stdin=PW + "\n")
    assert code == 0
    station.dispose()
    paths.set_data_dir(tmp_path / "new-pc")
    paths.ensure_dirs()
    shutil.copyfile(sqlite_template, paths.database_file())  # set up by the program, no account yet
    code, out, err = caxa(capsys, "restore", str(tmp_path / "b.sqlite3"))
    assert code == 0, err
    code, out, _ = caxa(capsys, "user", "list", "--user", "quantri", stdin=PW + "\n")
    assert code == 0 and "canbo" in out
    code, _, err = caxa(capsys, "restore", str(tmp_path / "b.sqlite3"))
    assert code == 2 and "--user" in err, "once restored, the station has accounts again"


def test_an_admin_issues_a_new_recovery_code(capsys):
    code, out, _ = caxa(capsys, "init", "--commune", "Xã Đắk Nia", "--parent", "CÔNG AN TỈNH LÂM ĐỒNG",
                        "--admin", "quantri", stdin=PW + "\n")
    first = out.split("Mã khôi phục quản trị: ")[1].split()[0]
    code, out, _ = caxa(capsys, "user", "recovery-code", "--user", "quantri", stdin=PW + "\n")
    assert code == 0
    second = out.split("Mã khôi phục quản trị mới: ")[1].split()[0]
    assert second != first
    code, _, _ = caxa(capsys, "user", "recover", "quantri", stdin=f"{first}\nmatkhaumoi1\n")
    assert code == 2, "the earlier code stopped working"
    code, _, _ = caxa(capsys, "user", "recover", "quantri", stdin=f"{second}\nmatkhaumoi1\n")
    assert code == 0


def test_a_script_gives_the_password_on_standard_input(station):
    """As a scheduled task would run it: a real process, the password piped in, none on the command line."""
    command = [sys.executable, "-m", "desktop.cli", "--data-dir", str(paths.data_dir()), "--user", "quantri",
               "user", "list"]
    done = subprocess.run(command, input=PW + "\n", capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "canbo" in done.stdout, done.stderr
    done = subprocess.run(command, input="", capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "Cần mật khẩu" in done.stderr


def test_a_backup_from_the_command_line_loads_no_area(station, tmp_path):
    """``caxa backup`` (and restore, check, audit, user) build only the foundation's parser: the
    command costs the backup and the sign-in, not the import of every area."""
    probe = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"code = main(['--data-dir', {str(paths.data_dir())!r}, '--user', 'canbo', 'backup', "
        f"'--to', {str(tmp_path / 'b.sqlite3')!r}])\n"
        "areas = sorted(m for m in sys.modules if m in ('desktop.areas', 'desktop.residents', "
        "'desktop.weapons', 'desktop.schedule', 'desktop.support'))\n"
        "print('CODE', code, 'AREAS', areas, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], input=PW + "\n", capture_output=True, text=True,
                          check=True)
    assert "CODE 0 AREAS []" in done.stderr, done.stderr
    assert (tmp_path / "b.sqlite3").stat().st_size > 0
