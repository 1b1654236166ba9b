"""A register brought in whole, as it is: malformed and contradictory ID numbers are kept exactly as
written and flagged by their quality rule; only what cannot be stored (no name, a date that does not
exist) stops the import, and the dry run lists both kinds."""

import dataclasses
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.residents import io, quality, search, service
from desktop.residents.idcard import make_number
from desktop.residents.models import Person

HEADERS = [h for h, *_ in io.PERSON_COLUMNS]
ID = "Số định danh cá nhân"

#: planted rows: (ID number as written, sex, birth year) → the rule that must flag exactly them
PLANTED = {
    "id_format": [
        ("0680900012345", "Nam", 1990),  # 13 digits
        ("06809000123A", "Nữ", 1991),  # a letter
        ("068 090001234", "Nam", 1992),  # a space inside
        ("06809000123", "Nữ", 1993),  # 11 digits
        ("CMND 24123456", "Nam", 1960),  # an old card typed with its name
    ],
    "id_province": [
        (make_number("999", "M", 1985, 11), "Nam", 1985),
        (make_number("000", "F", 1986, 12), "Nữ", 1986),
        (make_number("103", "M", 1987, 13), "Nam", 1987),
    ],
    "id_mismatch": [
        (make_number("068", "F", 1975, 21), "Nam", 1975),  # digit says female
        (make_number("066", "M", 1980, 22), "Nam", 1981),  # year digits 80, born 1981
    ],
}


def _row(name: str, number: str, sex: str, year: int, **kw) -> list:
    values = {
        "Họ và tên": name,
        "Giới tính": sex,
        "Ngày sinh": f"05/03/{year}",
        ID: number,
        "Thôn, bon": "thôn Nia Đơn",
        "Tình trạng căn cước": "Đã cấp",
        "Ngày cấp căn cước": "01/06/2022",
        "Ngày nộp hồ sơ căn cước": "01/05/2022",
        "Mức VNeID": "Mức 2",
        "Ngày kích hoạt VNeID mức 2": "02/06/2022",
    }
    values.update(kw)
    return [values.get(h) for h in HEADERS]


def _register(path: Path, extra: list[list] | None = None) -> Path:
    """30 clean persons and the planted rows (numbers written as text cells)."""
    rows = []
    for i in range(30):
        sex = "Nam" if i % 2 else "Nữ"
        rows.append(_row(f"Người Sạch {chr(65 + i % 26)}{i}", make_number("068", "M" if i % 2 else "F",
                                                                        1970 + i, 500 + i), sex, 1970 + i))
    for rule, planted in PLANTED.items():
        for k, (number, sex, year) in enumerate(planted):
            rows.append(_row(f"Người Cắm {rule} {k}", number, sex, year))
    rows += extra or []
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = io.PERSON_SHEET
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    for cells in ws.iter_rows(min_row=2):
        cells[HEADERS.index(ID)].number_format = "@"
    wb.save(path)
    return path


def test_malformed_ids_imported_whole_and_counted_by_their_rule(db, admin, villages, tmp_path):
    path = _register(tmp_path / "so.xlsx")
    with db.uow(admin) as work:
        dry = io.import_persons(work, path, dry_run=True)
    assert dry.errors == [] and not dry.written
    assert dry.flagged == {rule: len(rows) for rule, rows in PLANTED.items()}
    assert len(dry.warnings) == sum(map(len, PLANTED.values()))
    assert {w.column for w in dry.warnings} == {ID}
    with db.uow(admin) as work:
        report = io.import_persons(work, path)
    assert report.written and report.new == 30 + sum(map(len, PLANTED.values()))
    with db.uow(admin) as work:
        stored = dict(work.session.execute(select(Person.full_name, Person.id_number)).all())
        live = quality.summary(work)
        kept = quality.open_counts(work)
    for rule, planted in PLANTED.items():
        # stored exactly as written
        assert [stored[f"Người Cắm {rule} {k}"] for k in range(len(planted))] == [p[0] for p in planted]
        # each rule counts exactly the planted rows, in the live count and in the stored issues
        assert live[rule] == kept[rule] == len(planted), rule
    assert live["wrong_id"] == sum(map(len, PLANTED.values()))
    assert live["id_missing"] == live["id_duplicate"] == 0
    # the imported persons are in the search index (SQLite: written in one statement after the rows)
    with db.uow(admin) as work:
        found = search.search_page(work, search.SearchFilter("cam id_prov"), limit=50).rows
        assert sorted(r.full_name for r in found) == [f"Người Cắm id_province {k}" for k in range(3)]
        found = search.search_page(work, search.SearchFilter("090001234"), limit=50).rows
        assert {r.full_name for r in found} == {"Người Cắm id_format 0", "Người Cắm id_format 2"}
    if db.engine.dialect.name == "sqlite":
        with db.engine.connect() as conn:
            names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            triggers = set(names.scalars())
        assert {"person_fts_ai", "person_fts_ad", "person_fts_au"} <= triggers
        # and a person added afterwards goes through the trigger again
        with db.uow(admin) as work:
            service.add_person(work, service.PersonInput(full_name="Ksor Trigơ", sex="M", birth="1990"))
        with db.uow(admin) as work:
            assert [r.full_name for r in search.search_page(work, search.SearchFilter("trigo")).rows] == [
                "Ksor Trigơ"
            ]


def test_the_form_saves_what_the_import_keeps(db, admin, villages):
    """The person form and the import apply one rule: after the warning, the number is stored."""
    number = PLANTED["id_format"][0][0]
    data = service.PersonInput(full_name="Y Bhin", sex="M", birth="1990", id_number=number,
                               village_id=villages[0].id)
    with db.uow(admin) as work, pytest.raises(ValidationError):
        service.add_person(work, data)
    with db.uow(admin) as work:
        view = service.add_person(work, dataclasses.replace(data, accept_id_warning=True))
    assert view.id_number == number
    with db.uow(admin) as work:
        assert quality.summary(work)["id_format"] == 1


@pytest.mark.parametrize(
    ("bad", "column", "words"),
    [
        ({"Họ và tên": ""}, "Họ và tên", "không được để trống"),
        ({"Ngày sinh": "31/02/1990"}, "Ngày sinh", ""),
        ({ID: "0" * 40}, ID, "không lưu được"),
    ],
)
def test_what_cannot_be_stored_stops_the_import(db, admin, villages, tmp_path, bad, column, words):
    extra = _row("Người Lỗi", make_number("068", "M", 1990, 99), "Nam", 1990)
    for key, value in bad.items():
        extra[HEADERS.index(key)] = value
    path = _register(tmp_path / "loi.xlsx", [extra])
    row = 2 + 30 + sum(map(len, PLANTED.values()))
    for dry_run in (True, False):
        with pytest.raises(io.ImportFailed) as err, db.uow(admin) as work:
            io.import_persons(work, path, dry_run=dry_run)
        report = err.value.report
        assert [(e.row, e.column) for e in report.errors] == [(row, column)]
        assert words in str(report.errors[0])
        # the dry run lists both kinds: the error that stops, and the rows that would be kept
        assert report.flagged == {rule: len(rows) for rule, rows in PLANTED.items()}
        assert f"dòng {row}" in str(err.value)
    with db.uow(admin) as work:
        assert work.session.scalar(select(Person.id).limit(1)) is None


@pytest.mark.parametrize(
    "name",
    ["Nguyễn Văn Ấn", "Đào Thị Ánh Tuyết", "Y", "H'Bla Niê", "Điểu K'Lung", "Ksor Y Đức", "Ông Ích Khiêm",
     "Nguyễn Thị Hương Giang", "Lê ĐẶNG ĐƯỜNG", "A B", "Trần Quốc Toản Ư"],
)
def test_the_imports_order_key_is_the_registers(name):
    from desktop.residents.io_write import order_key
    from desktop.text import register_order_key

    assert order_key(name) == register_order_key(name)


def test_the_imports_state_hash_is_the_audits(db, admin, villages, tmp_path):
    """The import hashes each new person's state itself (fast); it must be audit_state's hash, or
    `caxa audit verify` would call every imported person changed behind CAXA's back."""
    from desktop.audit_state import state_hash
    from desktop.residents.io_write import _fast_state_hash

    path = _register(tmp_path / "so.xlsx")
    with db.uow(admin) as work:
        io.import_persons(work, path)
    table = Person.__table__
    with db.engine.connect() as conn:
        rows = conn.execute(select(table)).mappings().all()
    assert len(rows) > 30
    fast = _fast_state_hash(table)
    assert all(fast(dict(r)) == state_hash(table, r) for r in rows)
    from desktop import audit

    assert audit.verify(db).ok


def test_id_number_width_migration_both_ways_on_postgresql(pg_server):
    """import_0001 widens person.id_number on PostgreSQL; its downgrade refuses to cut a longer
    number (that would change a record behind the audit log) and narrows the column once none is left."""
    import uuid

    from alembic import command
    from sqlalchemy import inspect, text

    from desktop import migrate
    from desktop.db import Database

    name = f"caxa_idw_{uuid.uuid4().hex[:8]}"
    pg_server.execute(f"CREATE DATABASE {name}")
    db = Database(pg_server.url_for(name))
    try:
        cfg = migrate._config(db)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "import_0001")

        def width() -> int:
            columns = {c["name"]: c["type"] for c in inspect(db.engine).get_columns("person")}
            return columns["id_number"].length

        assert width() == 32
        with db.engine.begin() as conn:
            values = {"full_name": "A", "name_key": "a", "order_key": "a", "search_key": "a", "sex": "M",
                      "ethnic": "Kinh", "religion": "Không", "id_number": "0680900012345",
                      "id_issue": "format",
                      "phone": "", "occupation": "", "permanent_address": "", "temporary_address": "",
                      "relation": "", "status": "living", "strike_ground": "", "id_card_status": "none",
                      "vneid_level": 0, "note": "", "version": 1, "other_name": ""}
            names = ", ".join(values)
            conn.execute(text(f"INSERT INTO person ({names}, created_at, updated_at) "
                              f"VALUES ({', '.join(':' + k for k in values)}, now(), now())"), values)
        with pytest.raises(RuntimeError, match="longer than 12"), db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "links_0001")
        assert width() == 32
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE person SET id_number = '068090001234'"))
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "links_0001")
        assert width() == 12
    finally:
        db.dispose()
        pg_server.drop_database(name)


def test_the_imports_id_issue_is_idcards():
    """The import answers the usual number itself; every number gets idcard's code."""
    from desktop.residents.idcard import issue_code
    from desktop.residents.io_import import _issue_code

    years = (1899, 1990, 2005)
    numbers = [make_number(p, s, y, 7) for p in ("001", "068", "096", "999") for s in "MF" for y in years]
    numbers += ["", "12345678901", "0680900012345", "06809000123A", "068 09000123"]
    numbers.append("０６８１９０００１２３４")  # full-width digits: isdigit() but not ASCII
    for number in numbers:
        for sex in ("M", "F", None, ""):
            for year in (None, 1890, 1990, 1991, 2005, 2105):
                assert _issue_code(number, sex, year) == issue_code(number, sex, year), (number, sex, year)
