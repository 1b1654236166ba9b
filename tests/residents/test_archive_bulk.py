"""Arranging many files at once: typed ranges into a box, a workbook of file → location (all or
nothing, with a dry run), the date of the work (back-dated, counted in its month), the audit."""

import datetime as dt

import pytest
from openpyxl import Workbook
from sqlalchemy import func, insert, select

from desktop import audit_verify
from desktop.audit import AuditEntry
from desktop.db import now
from desktop.errors import ValidationError
from desktop.residents import archive, archive_bulk, figures, service
from desktop.residents.models import ResidenceFile


def _insert_files(work, person_id, serials, created):
    stamp = now()
    rows = [
        {
            "number": f"68123-{n:06d}",
            "number_key": f"68123-{n:06d}",
            "person_id": person_id,
            "digitised": "none",
            "note": "",
            "created_at": created,
            "updated_at": stamp,
            "version": 1,
        }
        for n in serials
    ]
    work.session.connection().execute(insert(ResidenceFile), rows)


@pytest.fixture
def shelf(db, admin):
    """Two boxes and 300 files 68123-000001 … 68123-000300 that came into CAXA 60 days ago."""
    with db.uow(admin) as work:
        kho = archive.add_location(work, None, "kho", "Tàng thư")
        tu = archive.add_location(work, kho.id, "tủ", "1")
        ngan = archive.add_location(work, tu.id, "ngăn", "2")
        box1 = archive.add_location(work, ngan.id, "hộp", "01")
        box2 = archive.add_location(work, ngan.id, "hộp", "02")
        p = service.add_person(work, service.PersonInput("Nguyễn Văn Hùng", "Nam", "1970"))
        _insert_files(work, p.id, range(1, 301), now() - dt.timedelta(days=60))
    return {"box1": box1, "box2": box2, "ngan": ngan}


def _where(db, admin):
    with db.uow(admin) as work:
        return dict(work.session.execute(select(ResidenceFile.number, ResidenceFile.location_id)).all())


def test_parse_numbers():
    p = "68123-"
    assert archive_bulk.parse_numbers("1-3, 300; 305-306", p) == [
        "68123-000001",
        "68123-000002",
        "68123-000003",
        "68123-000300",
        "68123-000305",
        "68123-000306",
    ]
    assert archive_bulk.parse_numbers("68123-000009\n68123-000010 - 68123-000011 68123-000020-22") == [
        "68123-000009",
        "68123-000010",
        "68123-000011",
        "68123-000020",
        "68123-000021",
        "68123-000022",
    ]
    assert archive_bulk.parse_numbers("7 đến 8, 9–9", p) == ["68123-000007", "68123-000008", "68123-000009"]
    assert archive_bulk.parse_numbers("HK-1234, 12", "") == ["HK-1234", "12"]
    assert archive_bulk.parse_numbers("67001-1-3 67002-45", p) == [
        "67001-000001",
        "67001-000002",
        "67001-000003",
        "67002-000045",
    ]
    with pytest.raises(ValidationError, match="quá"):
        archive_bulk.parse_numbers("1-250000", p)
    with pytest.raises(ValidationError, match="nhỏ hơn"):
        archive_bulk.parse_numbers("250-1", p)


def test_arrange_a_typed_list_into_a_box(db, admin, shelf):
    box = shelf["box1"].id
    with db.uow(admin) as work:
        done = archive_bulk.arrange_text(work, box, "1-250, 300, 305-310")
    assert len(done.placed) == 251 and done.unknown == tuple(f"68123-{n:06d}" for n in range(305, 311))
    assert done.day == dt.date.today() and "Đã xếp 251 hồ sơ" in done.text()
    assert done.prefix == "68123-" and "68123-xxxxxx" in done.text()
    where = _where(db, admin)
    assert sum(1 for loc in where.values() if loc == box) == 251 and where["68123-000251"] is None
    with db.uow(admin) as work:
        again = archive_bulk.arrange_text(work, shelf["box2"].id, "1-2")
        assert again.moved_from == (("68123-000001", "Kho Tàng thư › Tủ 1 › Ngăn 2 › Hộp 01"),) * 1 + (
            ("68123-000002", "Kho Tàng thư › Tủ 1 › Ngăn 2 › Hộp 01"),
        )
        logged = work.session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.table_name == "residence_file")
        )
        assert logged == 253  # one entry per file placed or moved
    assert audit_verify.verify_database(db).ok


def test_dates_of_arranging(db, admin, shelf):
    today = dt.date.today()
    last_month_end = today.replace(day=1) - dt.timedelta(days=1)
    with db.uow(admin) as work:
        with pytest.raises(ValidationError) as err:
            archive_bulk.arrange_text(work, shelf["box1"].id, "1-5", today + dt.timedelta(days=1))
        assert err.value.field == "Ngày xếp" and "tương lai" in err.value.detail
    assert set(_where(db, admin).values()) == {None}
    with db.uow(admin) as work:
        archive_bulk.arrange_text(work, shelf["box1"].id, "1-40", last_month_end)
        archive.arrange(work, shelf["box1"].id, ["68123-000041"])
    with db.uow(admin) as work:
        month = figures.residents_figures(work, last_month_end.replace(day=1), last_month_end)
        assert month["files_arranged"] == 40
        assert figures.residents_figures(work, today.replace(day=1), today)["files_arranged"] == 1
        f = archive.get_file(
            work, work.session.scalar(select(ResidenceFile.id).where(ResidenceFile.number == "68123-000001"))
        )
        assert f.arranged_date == last_month_end


def _book(tmp_path, rows, name="kiemke.xlsx"):
    wb = Workbook()
    ws = wb.active
    ws.append(["Số hồ sơ", "Vị trí", "Ngày xếp"])
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def test_arrange_from_a_workbook_all_or_nothing(db, admin, shelf, tmp_path):
    box1 = "Kho Tàng thư › Tủ 1 › Ngăn 2 › Hộp 01"
    rows = [[f"68123-{n:06d}", box1 if n % 2 else "Ngăn 2 / Hộp 02", None] for n in range(1, 201)]
    rows[5][2] = (dt.date.today() - dt.timedelta(days=3)).strftime("%d/%m/%Y")
    bad = [
        *rows,
        ["68123-999999", box1, None],
        ["68123-000250", "Hộp 09", None],
        ["68123-000251", "Ngăn 2", None],
    ]
    with db.uow(admin) as work:
        report = archive_bulk.arrange_workbook(work, _book(tmp_path, bad))
    assert not report.written and "không xếp hồ sơ nào" in report.text()
    assert [(p.row, p.column) for p in report.problems] == [
        (202, "Số hồ sơ"),
        (203, "Vị trí"),
        (204, "Vị trí"),
    ]
    assert "không phải hộp" in report.problems[2].message
    assert set(_where(db, admin).values()) == {None}, "a bad row: nothing written"
    with db.uow(admin) as work:
        dry = archive_bulk.arrange_workbook(work, _book(tmp_path, rows), dry_run=True)
    assert (
        not dry.written
        and dry.placed == 200
        and dict(dry.by_box) == {box1: 100, "Kho Tàng thư › Tủ 1 › Ngăn 2 › Hộp 02": 100}
    )
    assert set(_where(db, admin).values()) == {None}, "a dry run writes nothing"
    with db.uow(admin) as work:
        done = archive_bulk.arrange_workbook(work, _book(tmp_path, rows))
    assert done.written and done.placed == 200 and "Đã xếp 200 hồ sơ vào 2 hộp" in done.text()
    where = _where(db, admin)
    assert where["68123-000001"] == shelf["box1"].id and where["68123-000002"] == shelf["box2"].id
    with db.uow(admin) as work:
        f6 = work.session.scalar(
            select(ResidenceFile.arranged_date).where(ResidenceFile.number == "68123-000006")
        )
        assert f6 == dt.date.today() - dt.timedelta(days=3)
    assert audit_verify.verify_database(db).ok


def test_import_files_from_the_command_line(capsys, tmp_path):
    import sys
    from io import StringIO

    from desktop import paths
    from desktop.cli import main
    from desktop.db import Database
    from desktop.migrate import upgrade
    from tests.conftest import make_user

    paths.ensure_dirs()
    db = Database("sqlite:///" + str(paths.database_file()))
    upgrade(db, backup=False)
    clerk = make_user(db, "canbo", "clerk")
    with db.uow(clerk) as work:
        kho = archive.add_location(work, None, "kho", "1")
        box = archive.add_location(work, kho.id, "hộp", "01")
        p = service.add_person(work, service.PersonInput("Y Jri Niê", "Nam", "1970"))
        _insert_files(work, p.id, range(1, 4), now() - dt.timedelta(days=30))
    book = _book(
        tmp_path,
        [[f"68123-00000{n}", "Hộp 01", None] for n in (1, 2, 3)] + [["68123-000009", "Hộp 01", None]],
    )

    def run(*args):
        saved = sys.stdin
        sys.stdin = StringIO("matkhau123\n")
        try:
            code = main(["--data-dir", str(paths.data_dir()), "--user", "canbo", *args])
        finally:
            sys.stdin = saved
        return code, capsys.readouterr().out

    code, out = run("import", "files", str(book), "--dry-run")
    assert code == 1 and "Dòng 5, cột «Số hồ sơ»: «68123-000009» không có trong tàng thư." in out
    good = _book(tmp_path, [[f"68123-00000{n}", "Hộp 01", None] for n in (1, 2, 3)], "dung.xlsx")
    code, out = run(
        "import", "files", str(good), "--date", (dt.date.today() - dt.timedelta(days=2)).strftime("%d/%m/%Y")
    )
    assert code == 0 and "Đã xếp 3 hồ sơ vào 1 hộp" in out and "Kho 1 › Hộp 01: 3" in out
    with db.uow(clerk) as work:
        where = {f.number: f.location_path for f in archive.list_files(work)}
    assert set(where.values()) == {box.path}
    db.dispose()
