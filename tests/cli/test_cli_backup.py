"""`caxa backup`, `restore` and `audit verify` from the command line: passphrases prompted, anchors."""

from __future__ import annotations

import pytest

from tests.cli.helpers import caxa

ADMIN = "matkhau123\n"  # the password of --user quantri, first line of standard input


def run(capsys, *args, stdin=""):
    return caxa(capsys, *args, stdin=stdin)


@pytest.fixture
def station(capsys):
    code, _, _ = run(capsys, "init", "--commune", "Xã Đắk Nia", "--parent", "CÔNG AN TỈNH LÂM ĐỒNG",
                     "--village", "bon:Bu Sir", "--admin", "quantri", stdin=ADMIN)
    assert code == 0


def test_encrypted_backup_to_a_folder_and_restore_with_a_prompt(capsys, tmp_path, station):
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, _ = run(capsys, "--user", "quantri", "backup", "--to", str(usb), "--encrypt",
                       stdin=ADMIN + "mật khẩu dài\n")
    made = list(usb.glob("caxa-*.enc"))
    assert code == 0 and len(made) == 1 and "mã hóa" in out
    code, _, err = run(capsys, "--user", "quantri", "restore", str(made[0]), stdin=ADMIN + "sai mật khẩu\n")
    assert code == 2 and "không đúng" in err and "Traceback" not in err
    code, out, _ = run(capsys, "--user", "quantri", "restore", str(made[0]), stdin=ADMIN + "mật khẩu dài\n")
    assert code == 0 and "Đã phục hồi" in out


def test_short_passphrase_is_refused(capsys, station):
    code, _, err = run(capsys, "--user", "quantri", "backup", "--encrypt", stdin=ADMIN + "ngắn\n")
    assert code == 2 and "8 ký tự" in err


def test_second_location_and_verify_against_an_anchor(capsys, tmp_path, station):
    code, out, _ = run(capsys, "--user", "quantri", "backup", "--also-to", str(tmp_path / "usb"), stdin=ADMIN)
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
