"""The import's column-wise reading gives what the cell-by-cell rules give: cleaning, parsing each
distinct value once, a new person's record made for all rows at once; and odd cells as Excel writes
them (numbers, date serials, blank rows, 15-digit floats) read as before."""

import datetime as dt
import unicodedata

import openpyxl
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.residents import io, io_check, io_rows, validate
from desktop.residents.models import Person
from tests.residents.test_io_fuzz import FUZZ, TRICKY

TODAY = dt.date(2026, 6, 1)
HEADERS = [h for h, *_ in io.PERSON_COLUMNS]
DATES = st.one_of(
    TRICKY,
    st.from_regex(r"[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}", fullmatch=True),
    st.from_regex(r"[0-9]{1,2}[/.-][0-9]{4}|[0-9]{4}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}", fullmatch=True),
    st.text(alphabet="0123456789/.-٣ ", max_size=12),
)


def _outcome(parse, text):
    try:
        return parse(text)
    except ValidationError as exc:
        return ("error", exc.field, exc.detail)


@FUZZ
@given(DATES)
def test_date_parsers_agree_with_validate(text):
    text = " ".join(text.split())
    if not text:
        return
    parsers = io_rows.field_parsers(TODAY)
    birth = parsers["birth"][1]
    assert _outcome(birth, text) == _outcome(
        lambda t: validate.parse_birth("Ngày sinh", t, today=TODAY), text
    )
    death = parsers["death_date"][1]
    assert _outcome(death, text) == _outcome(lambda t: validate.to_date("Ngày chết", t, today=TODAY), text)


@FUZZ
@given(st.lists(st.one_of(TRICKY, st.text(max_size=12), st.none()), max_size=20))
def test_clean_column_is_the_cell_by_cell_rule(values):
    errors = []
    out = io_rows.clean_column(values, header="X", first_row=2, errors=errors)
    if errors:
        return
    for got, value in zip(out, values, strict=True):
        if value is None or value == "":
            assert got == ""
        else:
            text = value.translate(io_rows._DROP)
            assert got == io_rows.unquote(" ".join(unicodedata.normalize("NFC", text).split()))


@FUZZ
@given(st.lists(st.one_of(TRICKY, st.text(max_size=15)), max_size=25))
def test_many_is_each_cell_parsed(texts):
    texts = [" ".join(t.split()) for t in texts]
    for key, (label, parse, cache) in io_rows.field_parsers(TODAY).items():
        values, bad = io_rows.ColumnParser(key, label, parse, cache).many(texts)
        one = io_rows.ColumnParser(key, label, parse, cache)
        wrong = dict(bad)
        for j, text in enumerate(texts):
            if not text:
                assert values[j] is io_rows.BLANK
                continue
            expected = one(text)
            if isinstance(expected, ValidationError):
                assert values[j] is io_rows.BLANK and wrong[j] == expected.detail
            else:
                assert j not in wrong and values[j] == expected or values[j] is expected


def test_new_records_are_the_merge_of_nothing():
    parsed = {
        "full_name": ["An", "Bình", io_rows.BLANK],
        "birth": [(1990, 3, 5), io_rows.CLEAR, io_rows.BLANK],
        "sex": ["M", "F", "M"],
        "ethnic": [io_rows.BLANK, "Ê Đê", io_rows.CLEAR],
        "village": [3, io_rows.BLANK, io_rows.CLEAR],
        "household": [io_rows.BLANK, 7, None],
        "mobilised_by": [io_rows.BLANK, io_rows.BLANK, 2],
        "note": ["x", io_rows.CLEAR, io_rows.BLANK],
    }
    fresh = io_check._new_records(parsed, 3)
    for j in range(3):
        row = {k: v[j] for k, v in parsed.items() if v[j] is not io_rows.BLANK}
        row.setdefault("full_name", None)
        expected = io_check._merge(None, row, "068090001234")
        got = {**fresh(j), "id_number": "068090001234"}
        got["id_issue"] = io_check._issue_code("068090001234", got["sex"], got["birth_year"])
        expected.setdefault("full_name", None)
        assert got == expected


def test_odd_cells_as_excel_writes_them(db, admin, villages, tmp_path):
    """A number cell holding an ID number (15 digits as a float, or one that lost its leading zero),
    a date cell (an Excel serial), a birth year as a number, and blank rows in between: read as the
    person form would take them, and the row numbers of the report are the sheet's."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = io.PERSON_SHEET
    ws.append(HEADERS)

    def row(**values):
        return [values.get(h) for h in HEADERS]

    ws.append(row(**{"Họ và tên": "Lê Văn Số", "Giới tính": "Nam", "Số định danh cá nhân": 68090001234.0}))
    ws.append([None] * len(HEADERS))
    ws.append(
        row(
            **{
                "Họ và tên": "Trần Thị Lịch",
                "Giới tính": "Nữ",
                "Ngày sinh": dt.datetime(1991, 7, 4),
                "Số định danh cá nhân": "068191001235",
                "Ngày chuyển đi": dt.date(2020, 1, 2),
                "Tình trạng": "Đã chuyển đi",
            }
        )
    )
    ws.append(
        row(**{"Họ và tên": "Đinh Năm", "Giới tính": "Nam", "Ngày sinh": 1985, "Số điện thoại": 912345678})
    )
    ws.append([None] * len(HEADERS))
    ws.append(row(**{"Họ và tên": "Mười Lăm", "Giới tính": "Nam", "Số định danh cá nhân": 123456789012345.0}))
    ws.append(row(**{"Họ và tên": "Sai Ngày", "Giới tính": "Nam", "Ngày sinh": "31/02/1990"}))
    path = tmp_path / "odd.xlsx"
    wb.save(path)
    with db.uow(admin) as work:
        report, _plan = io.read_import(work, path)
    assert [str(e) for e in report.errors] == [
        "Trang «Nhân khẩu», dòng 8, cột «Ngày sinh»: ngày «31/02/1990» không có thật trên lịch."
    ]
    ws.delete_rows(8)
    wb.save(path)
    with db.uow(admin) as work:
        report = io.import_persons(work, path)
    assert (report.rows, report.new) == (4, 4)
    warned = {w.row: w.message for w in report.warnings}
    assert sorted(warned) == [2, 7]
    assert warned[2].startswith("Ô dạng số (68090001234), có thể đã mất số 0 ở đầu.")
    assert warned[7].startswith("Ô dạng số (123456789012345), có thể đã mất số 0 ở đầu.")
    with db.uow(admin) as work:
        got = {
            p.full_name: p
            for p in work.session.scalars(
                select(Person).where(
                    Person.full_name.in_(["Lê Văn Số", "Trần Thị Lịch", "Đinh Năm", "Mười Lăm"])
                )
            )
        }
        assert got["Lê Văn Số"].id_number == "68090001234"
        assert got["Mười Lăm"].id_number == "123456789012345"
        lich = got["Trần Thị Lịch"]
        assert (lich.birth_year, lich.birth_month, lich.birth_day) == (1991, 7, 4)
        assert (lich.moved_date, lich.status) == (dt.date(2020, 1, 2), "moved")
        nam = got["Đinh Năm"]
        assert (nam.birth_year, nam.birth_month, nam.phone) == (1985, None, "912345678")


def test_values_every_row_shares_are_stored_as_given(db, admin, villages, tmp_path):
    """SQLite takes a column every row of a batch shares as a literal of the INSERT: quotes, accents
    and SQL-looking text come back exactly, and the audit log verifies."""
    from desktop import audit
    from desktop.residents.idcard import make_number

    note = "O'Brien's \"nhà\" — Ê; DROP TABLE person;--"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = io.PERSON_SHEET
    ws.append(HEADERS)
    for i in range(4):
        values = {"Họ và tên": f"Người Giống {i}", "Giới tính": "Nam", "Ghi chú": note, "Nghề nghiệp": "'"}
        values.update({"Số định danh cá nhân": make_number("068", "M", 1990, 10 + i), "Ngày sinh": "1990"})
        ws.append([values.get(h) for h in HEADERS])
    path = tmp_path / "same.xlsx"
    wb.save(path)
    with db.uow(admin) as work:
        assert io.import_persons(work, path).new == 4
    with db.uow(admin) as work:
        rows = work.session.execute(select(Person.note, Person.occupation, Person.birth_year)).all()
    assert rows == [(note, "'", 1990)] * 4
    assert audit.verify(db).ok


def test_bulk_insert_fills_defaults_as_sqlalchemy_would(db):
    """The column-wise INSERT (SQLite) and COPY (PostgreSQL): a column left out gets its scalar
    default; a default made per row (a function) sends the rows through SQLAlchemy instead."""
    from sqlalchemy import Boolean, Column, Date, Integer, MetaData, String, Table

    from desktop.residents import io_audit

    meta = MetaData()
    table = Table(
        "bulk_probe",
        meta,
        Column("id", Integer, primary_key=True),
        Column("name", String(20)),
        Column("day", Date),
        Column("flag", Boolean),
        Column("kind", String(10), default="thường"),
        Column("stamp", String(30), default=lambda: "made per row"),
    )
    meta.create_all(db.engine)
    try:
        with db.engine.begin() as conn:
            io_audit.bulk_insert(
                conn,
                table,
                {
                    "id": [1, 2],
                    "name": ["An", "O'Bình"],
                    "day": [dt.date(2024, 2, 29), None],
                    "flag": [True, True],
                },
            )
            io_audit.bulk_insert(
                conn, table.c.stamp.table, {"id": [3, 4], "name": ["x", "x"], "kind": ["k", "k"]}
            )
        with db.engine.connect() as conn:
            rows = conn.execute(select(table).order_by(table.c.id)).all()
        assert [tuple(r) for r in rows[:2]] == [
            (1, "An", dt.date(2024, 2, 29), True, "thường", "made per row"),
            (2, "O'Bình", None, True, "thường", "made per row"),
        ]
        assert [tuple(r) for r in rows[2:]] == [
            (3, "x", None, None, "k", "made per row"),
            (4, "x", None, None, "k", "made per row"),
        ]
    finally:
        meta.drop_all(db.engine)
