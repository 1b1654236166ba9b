"""``caxa register list/print`` on the demo station."""

import io

from pypdf import PdfReader

from desktop.cli import main


def test_register_list_and_print(sqlite_db, sqlite_demo, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("demo1234\n" * 10))  # the password of --user admin
    base = ["--db", sqlite_db.url, "--user", "admin"]
    assert main([*base, "register", "list"]) == 0
    before = capsys.readouterr().out.splitlines()
    assert "Lấy số tay" not in before[-1] and "lấy số tay" in "".join(before)  # the demo's hand number
    assert main([*base, "weapons", "print", "stocktake", "--out", str(tmp_path / "s.pdf")]) == 0
    capsys.readouterr()
    assert main([*base, "register", "list", "--kind", "BB", "--text", "kiem ke"]) == 0
    out = capsys.readouterr().out
    assert "Kiểm kê vũ khí" in out and out.rstrip().endswith("1 văn bản.")
    assert main([*base, "register", "list", "--status", "voided"]) == 0
    assert "ĐÃ HỦY: In nhầm tháng" in capsys.readouterr().out
    assert main([*base, "register", "print", "--out", str(tmp_path / "so.pdf")]) == 0
    book = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "so.pdf").pages).split())
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in book and "Kiểm kê vũ khí" in book
