"""`caxa backup`, `restore` and `audit verify` from the command line: passphrases prompted, anchors."""

from __future__ import annotations

import pytest

from desktop import cli, paths
from desktop.cli import main


def run(capsys, *args):
    code = main(["--data-dir", str(paths.data_dir()), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def station(capsys):
    code, _, _ = run(capsys, "init", "--commune", "Xã Đắk Nia", "--parent", "CÔNG AN TỈNH LÂM ĐỒNG",
                     "--village", "bon:Bu Sir", "--admin", "quantri", "--password", "matkhau123")
    assert code == 0


def answers(monkeypatch, *replies):
    queue = list(replies)
    monkeypatch.setattr(cli.getpass, "getpass", lambda _prompt="": queue.pop(0))


def test_encrypted_backup_to_a_folder_and_restore_with_a_prompt(capsys, monkeypatch, tmp_path, station):
    usb = tmp_path / "usb"
    usb.mkdir()
    answers(monkeypatch, "mật khẩu dài", "mật khẩu dài")
    code, out, _ = run(capsys, "backup", "--to", str(usb), "--encrypt")
    made = list(usb.glob("caxa-*.enc"))
    assert code == 0 and len(made) == 1 and "mã hóa" in out
    answers(monkeypatch, "sai mật khẩu")
    code, _, err = run(capsys, "restore", str(made[0]))
    assert code == 2 and "không đúng" in err and "Traceback" not in err
    answers(monkeypatch, "mật khẩu dài")
    code, out, _ = run(capsys, "restore", str(made[0]))
    assert code == 0 and "Đã phục hồi" in out


def test_short_or_mismatched_passphrase_is_refused(capsys, monkeypatch, station):
    answers(monkeypatch, "ngắn")
    code, _, err = run(capsys, "backup", "--encrypt")
    assert code == 2 and "8 ký tự" in err
    answers(monkeypatch, "mật khẩu dài", "khác hẳn rồi")
    code, _, err = run(capsys, "backup", "--encrypt")
    assert code == 2 and "không khớp" in err


def test_second_location_and_verify_against_an_anchor(capsys, tmp_path, station):
    code, out, _ = run(capsys, "backup", "--also-to", str(tmp_path / "usb"))
    assert code == 0 and "Đã chép thêm" in out
    assert len(list((tmp_path / "usb").glob("caxa-*.sqlite3.caxa.json"))) == 1
    code, out, _ = run(capsys, "audit", "verify")
    fingerprint = out.split("Mã kiểm chứng hiện tại: ")[1].split()[0].rstrip(".")
    code, out, _ = run(capsys, "audit", "verify", "--anchor", fingerprint)
    assert code == 0
    count, rest = fingerprint.split("-", 1)
    wrong = f"{count}-{'0000-0000-0000' if not rest.startswith('0000') else '1111-1111-1111'}"
    code, out, _ = run(capsys, "audit", "verify", "--anchor", wrong)
    assert code == 1 and "viết lại" in out
    code, _, err = run(capsys, "audit", "verify", "--anchor", "không-phải-mã")
    assert code == 2 and "mã kiểm chứng" in err
