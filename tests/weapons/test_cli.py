import io

from pypdf import PdfReader

from desktop.cli import main


def test_print_commands_write_pdfs(sqlite_db, sqlite_demo, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("demo1234\n" * 10))  # the password of --user admin
    for what, number, expected in (
        ("receipt", "4", "/BB-CAX"),  # numbered from the outgoing register (tests/register)
        ("handover", "2", "PC06"),
        ("labels", "5", "VK-"),
        ("stocktake", None, "Kiểm kê"),
    ):
        out = tmp_path / f"{what}.pdf"
        args = [
            "--db",
            sqlite_db.url,
            "--user",
            "admin",
            "weapons",
            "print",
            what,
            *([number] if number else []),
            "--out",
            str(out),
        ]
        assert main(args) == 0
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
        assert expected in text, what
    assert (
        main(["--db", sqlite_db.url, "--user", "admin", "weapons", "print", "receipt", "99", "--out",
              str(tmp_path / "x.pdf")])
        == 2
    )
    assert "Không có biên bản số 99" in capsys.readouterr().err
