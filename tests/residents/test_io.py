import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from desktop.errors import FileRefused, PermissionDenied
from desktop.residents import io, io_import, quality, search, service
from desktop.residents.households import HouseholdInput, add_household
from desktop.residents.idcard import make_number
from desktop.residents.models import Household, Person
from desktop.residents.search import SearchFilter

HEADERS = [h for h, *_ in io.PERSON_COLUMNS]


def _person_row(**kw) -> list:
    values = {
        "Họ và tên": "Nguyễn Văn Ấn",
        "Giới tính": "Nam",
        "Ngày sinh": "05/03/1990",
        "Số định danh cá nhân": make_number("068", "M", 1990, 1),
        "Thôn, bon": "thôn Nia Đơn",
    }
    values.update(kw)
    return [values.get(h) for h in HEADERS]


def _book(path: Path, rows: list[list], households: list[list] | None = None, headers=None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = io.PERSON_SHEET
    ws.append(headers or HEADERS)
    for row in rows:
        ws.append(row)
    if households is not None:
        hs = wb.create_sheet(io.HOUSEHOLD_SHEET)
        hs.append([h for h, _ in io.HOUSEHOLD_COLUMNS])
        for row in households:
            hs.append(row)
    wb.save(path)
    return path


def _count(db, admin) -> int:
    with db.uow(admin) as work:
        return work.session.scalar(select(func.count()).select_from(Person))


def test_template(db, admin, villages, tmp_path):
    with db.uow(admin) as work:
        path = io.write_template(work, tmp_path / "mau.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Hướng dẫn", io.HOUSEHOLD_SHEET, io.PERSON_SHEET, io.LIST_SHEET]
    ws = wb[io.PERSON_SHEET]
    assert ws.cell(1, 1).value == "Họ và tên *"
    id_col = HEADERS.index("Số định danh cá nhân") + 1
    assert ws.cell(2, id_col).number_format == "@"
    validations = {str(dv.sqref).split(":")[0][0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert "D" in validations  # Giới tính
    lists = wb[io.LIST_SHEET]
    assert wb[io.LIST_SHEET].sheet_state == "hidden"
    column = [c.value for c in next(col for col in lists.columns if col[0].value == "Thôn, bon")]
    assert [v for v in column[1:] if v] == ["bon Bu Sir", "thôn Nia Đơn"]
    # the template itself imports as "nothing to do"
    with db.uow(admin) as work:
        report = io.import_persons(work, path, dry_run=True)
    assert report.ok and report.rows == 0


def test_new_member_of_a_household_with_a_file_is_found_by_its_number(db, admin, villages, tmp_path):
    from desktop.residents import archive

    with db.uow(admin) as work:
        h = add_household(work, HouseholdInput("NĐ-7", villages[0].id))
        archive.add_file(work, archive.FileInput("67001-000777", household_id=h.id))
    path = _book(tmp_path / "a.xlsx", [_person_row(**{"Số hộ": "NĐ-7", "Quan hệ với chủ hộ": "Chủ hộ"})])
    with db.uow(admin) as work:
        io.import_persons(work, path)
        rows = search.search_page(work, SearchFilter("67001-000777")).rows
    assert [r.full_name for r in rows] == ["Nguyễn Văn Ấn"]


def test_import_then_update_by_id(db, admin, villages, tmp_path):
    rows = [
        _person_row(),
        _person_row(
            **{
                "Họ và tên": "H'Hen Niê",
                "Giới tính": "Nữ",
                "Ngày sinh": "2001",
                "Số định danh cá nhân": make_number("066", "F", 2001, 7),
                "Dân tộc": "Ê Đê",
                "Thôn, bon": "bon Bu Sir",
                "Số hộ": "BS-01",
                "Quan hệ với chủ hộ": "Chủ hộ",
                "Mức VNeID": "Mức 1",
            }
        ),
    ]
    path = _book(tmp_path / "a.xlsx", rows, households=[["BS-01", "bon Bu Sir", "bon Bu Sir", ""]])
    with db.uow(admin) as work:
        dry = io.import_persons(work, path, dry_run=True)
    assert (dry.new, dry.updated, dry.households_new, dry.written) == (2, 0, 1, False)
    assert _count(db, admin) == 0
    with db.uow(admin) as work:
        report = io.import_persons(work, path)
    assert report.written and report.new == 2
    with db.uow(admin) as work:
        hen = search.search_page(work, SearchFilter("h'hen")).rows[0]
        assert hen.household_number == "BS-01" and hen.village_label == "bon Bu Sir"
        assert quality.summary(work)["birth_partial"] == 1
    again = _book(
        tmp_path / "b.xlsx", [_person_row(**{"Ngày sinh": "06/03/1990", "Số điện thoại": "0905111222"})]
    )
    with db.uow(admin) as work:
        report = io.import_persons(work, again)
    assert (report.new, report.updated) == (0, 1)
    with db.uow(admin) as work:
        an = search.search_page(work, SearchFilter("0905111222")).rows
        assert [r.birth_text for r in an] == ["06/03/1990"]
    assert _count(db, admin) == 2


TOMORROW = (dt.date.today() + dt.timedelta(days=1)).strftime("%d/%m/%Y")


def test_every_bad_row_and_column_listed(db, admin, villages, tmp_path):
    rows = [
        _person_row(),  # 2 good
        _person_row(**{"Số định danh cá nhân": "06809000123"}),  # 3 11 digits
        _person_row(**{"Số định danh cá nhân": "0680900012345"}),  # 4 13 digits
        _person_row(**{"Số định danh cá nhân": "06809000123A"}),  # 5 letters
        _person_row(**{"Số định danh cá nhân": "068 090001234"}),  # 6 space
        _person_row(**{"Số định danh cá nhân": "'068090001239"}),  # 7 apostrophe
        _person_row(**{"Số định danh cá nhân": 68090001238}),  # 8 a number: zeros lost
        _person_row(**{"Ngày sinh": TOMORROW, "Số định danh cá nhân": ""}),  # 9 future
        _person_row(**{"Ngày sinh": "31/02/1990", "Số định danh cá nhân": ""}),  # 10 not a date
        _person_row(
            **{
                "Ngày sinh": "01/01/1990",
                "Số định danh cá nhân": "",
                "Tình trạng": "Đã chết",
                "Ngày chết": "01/01/1980",
            }
        ),  # 11 born after death
        _person_row(**{"Giới tính": "?", "Họ và tên": "", "Số định danh cá nhân": ""}),  # 12 two columns
        _person_row(),  # 13 same ID as row 2
        _person_row(**{"Thôn, bon": "thôn Không Có", "Số định danh cá nhân": ""}),  # 14
        _person_row(**{"Số hộ": "X-99", "Số định danh cá nhân": ""}),  # 15
        [None] * len(HEADERS),  # empty: skipped
    ]
    path = _book(tmp_path / "bad.xlsx", rows)
    with pytest.raises(io.ImportFailed) as err, db.uow(admin) as work:
        io.import_persons(work, path)
    got = {(e.row, e.column) for e in err.value.report.errors}
    # a malformed or repeated ID number is kept and flagged (a warning), never a stop
    warned = {(w.row, w.column) for w in err.value.report.warnings}
    assert warned == {(r, "Số định danh cá nhân") for r in (3, 4, 5, 6, 7, 8, 13)}
    assert got == {
        (9, "Ngày sinh"),
        (10, "Ngày sinh"),
        (11, "Ngày sinh"),
        (12, "Họ và tên"),
        (12, "Giới tính"),
        (14, "Thôn, bon"),
        (15, "Số hộ"),
    }
    text = "\n".join(err.value.report.warning_lines())
    assert "dòng 8, cột «Số định danh cá nhân»: Ô dạng số (68090001238)" in text
    assert "dòng 13" in text and "trùng với dòng 2" in text
    text = str(err.value)
    assert "không nhập dòng nào" in text
    assert _count(db, admin) == 0


def _bad_file(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / "x.xlsx"
    if kind == "not_xlsx":
        path = tmp_path / "x.csv"
        path.write_text("Họ và tên\nA\n", encoding="utf-8")
        return path
    if kind == "fake_xlsx":
        path.write_bytes(b"not a zip file")
        return path
    if kind == "missing_columns":
        return _book(path, [["A", "Nam"]], headers=["Họ và tên", "Giới tính"])
    if kind == "wrong_sheet":
        wb = openpyxl.Workbook()
        wb.active.title = "Sheet1"
        wb.active.append(HEADERS)
        wb.save(path)
        return path
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = io.PERSON_SHEET
    ws.append(HEADERS)
    ws.append(_person_row())
    if kind == "merged":
        ws.merge_cells("A2:B2")
    if kind == "formula":
        ws["H2"] = "=1+1"
    wb.save(path)
    return path


@pytest.mark.parametrize("kind", ["not_xlsx", "fake_xlsx"])
def test_not_excel_files_refused(db, admin, villages, tmp_path, kind):
    path = _bad_file(kind, tmp_path)
    with pytest.raises(FileRefused) as err, db.uow(admin) as work:
        io.import_persons(work, path)
    assert f"Tệp «{path.name}» không phải tệp Excel .xlsx" in str(err.value)
    assert _count(db, admin) == 0


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("missing_columns", "«Ngày sinh», «Dân tộc»"),
        ("wrong_sheet", "không có trang «Nhân khẩu»"),
        ("merged", "ô gộp (vd. A2:B2)"),
        ("formula", "công thức ở ô H2"),
    ],
)
def test_bad_files(db, admin, villages, tmp_path, kind, words):
    path = _bad_file(kind, tmp_path)
    with pytest.raises(io.ImportFailed) as err, db.uow(admin) as work:
        io.import_persons(work, path)
    assert words in str(err.value)
    assert _count(db, admin) == 0


def test_too_many_rows(db, admin, villages, tmp_path, monkeypatch):
    monkeypatch.setattr(io_import, "MAX_ROWS", 20)
    path = _book(tmp_path / "big.xlsx", [_person_row(**{"Số định danh cá nhân": ""})] * 21)
    with pytest.raises(io.ImportFailed) as err, db.uow(admin) as work:
        io.import_persons(work, path)
    assert "có 21 dòng, quá giới hạn 20 dòng" in str(err.value)


def test_viewer_cannot_import(db, viewer, tmp_path):
    path = _book(tmp_path / "a.xlsx", [])
    with pytest.raises(PermissionDenied), db.uow(viewer) as work:
        io.import_persons(work, path)


def test_export_filtered_text_ids_and_injection(db, admin, villages, tmp_path):
    with db.uow(admin) as work:
        h = add_household(work, HouseholdInput('=HYPERLINK("http://x")', villages[0].id))
        service.add_person(
            work,
            service.PersonInput(
                "=cmd|'/c calc'!A1",
                "Nam",
                "1990",
                id_number="000090001234",
                household_id=h.id,
                village_id=villages[0].id,
                note="@SUM(1)",
            ),
        )
        service.add_person(work, service.PersonInput("+Lê Văn", "Nam", "1990", village_id=villages[1].id))
        n = io.export_persons(work, tmp_path / "out.xlsx", SearchFilter(village_id=villages[0].id))
        assert work.session.scalar(select(func.count()).select_from(Household)) == 1
    assert n == 1
    rows = (
        CalamineWorkbook.from_path(str(tmp_path / "out.xlsx")).get_sheet_by_name(io.PERSON_SHEET).to_python()
    )
    assert rows[0] == HEADERS
    row = dict(zip(HEADERS, rows[1], strict=True))
    assert row["Số định danh cá nhân"] == "000090001234"
    assert row["Họ và tên"] == "'=cmd|'/c calc'!A1"
    assert row["Số hộ"].startswith("'=HYPERLINK")
    assert row["Ghi chú"] == "'@SUM(1)"
    wb = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert all(c.data_type != "f" for c in wb.active[2])
