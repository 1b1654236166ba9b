"""The `caxa` command, run in-process: clear Vietnamese sentences, exit codes, no tracebacks."""

from __future__ import annotations

import sqlite3

import pytest

from desktop import paths
from desktop.cli import main
from tests.cli.helpers import caxa


def run(capsys, *args, stdin=""):
    return caxa(capsys, *args, stdin=stdin)


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and "CAXA" in capsys.readouterr().out


def test_init_user_backup_check_verify(capsys, tmp_path):
    code, out, _ = run(capsys, "init", "--commune", "Xã Đắk Nia", "--parent", "CÔNG AN TỈNH LÂM ĐỒNG",
                       "--village", "bon:Bu Sir", "--village", "Nia Đơn", "--admin", "quantri",
                       stdin="matkhau123\n")
    assert code == 0 and "Xã Đắk Nia" in out and "Mã khôi phục quản trị:" in out
    code, out, _ = run(capsys, "user", "add", "canbo", "--full-name", "Nguyễn Thị Ánh Tuyết",
                       "--user", "quantri", stdin="matkhau123\nmatkhau123\n")
    assert code == 0 and "Cán bộ nhập liệu" in out
    code, out, _ = run(capsys, "--user", "quantri", "user", "list", stdin="matkhau123\n")
    assert "Nguyễn Thị Ánh Tuyết" in out and "quantri" in out
    code, out, _ = run(capsys, "user", "passwd", "canbo", "--user", "quantri",
                       stdin="matkhau123\nmatkhaumoi1\n")
    assert code == 0
    target = tmp_path / "b.sqlite3"
    code, out, _ = run(capsys, "backup", "--to", str(target), "--user", "canbo", stdin="matkhaumoi1\n")
    assert code == 0 and target.exists()
    code, out, _ = run(capsys, "check")
    assert code == 0 and "Cơ sở dữ liệu tốt" in out
    code, out, _ = run(capsys, "audit", "verify")
    assert code == 0 and "toàn vẹn" in out
    conn = sqlite3.connect(paths.database_file())
    conn.execute("DROP TRIGGER audit_log_no_update")  # what someone with the file can do
    conn.execute("UPDATE audit_log SET username = 'ke-gian' WHERE id = 2")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "audit", "verify")
    assert code == 1 and "dòng số 2" in out
    code, out, _ = run(capsys, "restore", str(target), "--user", "quantri", stdin="matkhau123\n")
    assert code == 0 and "Đã phục hồi" in out


def test_errors_are_one_sentence(capsys, tmp_path):
    code, _, err = run(capsys, "init", "--commune", "Xã A", "--parent", "CÔNG AN TỈNH B", "--admin", "qt",
                       stdin="ngan\n")
    assert code == 2 and err.startswith("Lỗi: ") and "Mật khẩu" in err and "Traceback" not in err
    code, _, err = run(capsys, "restore", str(tmp_path / "khong-co.sqlite3"))
    assert code == 2 and "Không tìm thấy" in err


def test_database_that_is_not_a_database(capsys):
    paths.data_dir().mkdir(parents=True)
    paths.database_file().write_bytes(b"hello, this is not sqlite" * 100)
    code, _, err = run(capsys, "check")
    assert code == 2 and "hỏng" in err and "Traceback" not in err


def test_data_folder_that_cannot_be_created(capsys, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code = main(["--data-dir", str(blocker / "data"), "check"])
    err = capsys.readouterr().err
    assert code == 2 and "Không tạo được thư mục dữ liệu" in err and "Traceback" not in err


def test_demo_refuses_a_database_in_use(capsys):
    code, out, _ = run(capsys, "demo")
    assert code == 0 and "admin / demo1234" in out
    code, _, err = run(capsys, "demo")
    assert code == 2 and "đã có dữ liệu" in err


def test_a_closed_pipe_ends_quietly(capsys, monkeypatch):
    """`caxa figures … | head`: the reader closing the pipe is not an error to report."""
    import sys

    from desktop import cli

    def closed(_args):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(cli, "cmd_check", closed)
    monkeypatch.setattr(sys, "stdout", sys.stdout)  # main swaps stdout for devnull; undone after
    assert main(["check"]) == 141
    assert capsys.readouterr().err == ""
