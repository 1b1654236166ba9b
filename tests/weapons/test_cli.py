import io

from pypdf import PdfReader

from desktop.cli import main
from desktop.weapons import custody, receipt_list
from desktop.weapons.views import NOT_ISSUED


def _print(db, capsys, tmp_path, *args: str) -> tuple[int, str, str]:
    out = tmp_path / "out.pdf"
    code = main(["--db", db.url, "--user", "admin", "weapons", "print", *args, "--out", str(out)])
    said = capsys.readouterr()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split()) if code == 0 else ""
    return code, said.out + said.err, text


def test_print_commands_write_pdfs(sqlite_db, sqlite_demo, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("demo1234\n" * 20))  # the password of --user admin
    handover = sqlite_db.run(sqlite_demo, custody.list_handovers)[0]
    for args, expected in (
        (("receipt", "4"), "Số: 04/BB-CAX"),  # the number the receipt carries in the outgoing register
        (("handover", "--date", f"{handover.handed_at:%d/%m/%Y}"), "PC06"),  # not issued yet: by its day
        (("labels", "5"), "VK-"),
        (("stocktake",), "Kiểm kê"),
    ):
        code, said, text = _print(sqlite_db, capsys, tmp_path, *args)
        assert code == 0, said
        assert expected in text, args
        assert said.startswith("Đã in "), said


def test_receipt_is_named_by_the_number_it_carries(sqlite_db, sqlite_demo, tmp_path, capsys, monkeypatch):
    """'4', '04/BB-CAX' and '4/bb-cax' name the receipt printed as 04/BB-CAX; the command says which it
    printed; a number of another kind of document, of another year, or of no document is refused."""
    monkeypatch.setattr("sys.stdin", io.StringIO("demo1234\n" * 20))
    rows = sqlite_db.run(sqlite_demo, receipt_list.list_receipts)
    four = next(r for r in rows if r.label == "04/BB-CAX")
    year = four.received_at.year
    for number in ("4", "04/BB-CAX", "4/bb-cax"):
        code, said, text = _print(sqlite_db, capsys, tmp_path, "receipt", number)
        assert code == 0, said
        assert "Số: 04/BB-CAX" in text
        when = f"{four.received_at:%d/%m/%Y %H:%M}"
        assert f"biên bản tiếp nhận số 04/BB-CAX ({when}, {four.person_text}" in said
    code, said, _ = _print(sqlite_db, capsys, tmp_path, "receipt", "4", "--year", str(year))
    assert code == 0, said
    for args, message in (
        (("receipt", "7"), "không có biên bản tiếp nhận nào đã cấp số 07"),  # 07/BC-CAX: a report
        (("receipt", "4/BC-CAX"), "không có biên bản tiếp nhận nào đã cấp số 04/BC-CAX"),
        (("receipt", "4", "--year", str(year - 1)), f"số 04 năm {year - 1}"),
        (("receipt", "99"), "số 99"),
        (("receipt", "số bốn"), "không phải số biên bản"),
        (("receipt",), "Cho biết số biên bản"),
    ):
        code, said, _ = _print(sqlite_db, capsys, tmp_path, *args)
        assert code == 2 and message in said, (args, said)


def test_a_receipt_not_issued_yet_is_named_by_its_day(sqlite_db, sqlite_demo, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("demo1234\n" * 20))
    rows = sqlite_db.run(sqlite_demo, receipt_list.list_receipts, include_voided=False)
    new = next(r for r in rows if r.label == NOT_ISSUED)
    same_day = [r for r in rows if r.label == NOT_ISSUED and r.received_at.date() == new.received_at.date()]
    args = ["receipt", "--date", f"{new.received_at:%d/%m/%Y}"]
    if len(same_day) > 1:
        code, said, _ = _print(sqlite_db, capsys, tmp_path, *args)
        assert code == 2 and "--time" in said and f"{new.received_at:%H:%M}" in said
        args += ["--time", f"{new.received_at:%H:%M}"]
    code, said, text = _print(sqlite_db, capsys, tmp_path, *args)
    assert code == 0, said
    label = sqlite_db.run(sqlite_demo, receipt_list.get_receipt, new.id).label
    assert label != NOT_ISSUED and f"Số: {label}" in text
    assert f"biên bản tiếp nhận số {label} ({new.received_at:%d/%m/%Y %H:%M}" in said  # the number it took
    code, said, _ = _print(sqlite_db, capsys, tmp_path, *args)  # issued now: named by its number
    assert code == 2 and "không có biên bản tiếp nhận nào chưa cấp số" in said
    code, said, _ = _print(sqlite_db, capsys, tmp_path, "receipt", "4", "--date", "01/01/2026")
    assert code == 2 and "không dùng cả hai" in said
