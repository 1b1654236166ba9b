"""After an import the data-quality queue is what a sync over every resident gives, though the
import checks only its new persons and the stored persons they duplicate."""

from pathlib import Path

import openpyxl
from sqlalchemy import select

from desktop.residents import io, quality
from desktop.residents.idcard import make_number
from desktop.residents.models import Person, QualityIssue

HEADERS = [h for h, *_ in io.PERSON_COLUMNS]


def _book(path: Path, rows: list[dict]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = io.PERSON_SHEET
    ws.append(HEADERS)
    for values in rows:
        ws.append([values.get(h) for h in HEADERS])
    for cells in ws.iter_rows(min_row=2):
        cells[HEADERS.index("Số định danh cá nhân")].number_format = "@"
    wb.save(path)
    return path


def _person(name: str, birth: str, sex: str = "Nam", number: str = "", **kw: str) -> dict:
    return {
        "Họ và tên": name,
        "Ngày sinh": birth,
        "Giới tính": sex,
        "Số định danh cá nhân": number,
        "Thôn, bon": "thôn Nia Đơn",
        **kw,
    }


def _open(db) -> set[tuple[int, str]]:  # noqa: ANN001
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(QualityIssue.person_id, QualityIssue.rule).where(QualityIssue.cleared_on.is_(None))
        )
        return set(map(tuple, rows))


def test_an_imports_issues_are_a_full_syncs(db, admin, villages, tmp_path):
    stored = [
        _person("Nguyễn Văn An", "05/03/1990", number=make_number("068", "M", 1990, 1)),
        _person("Y Bhin Niê", "1985"),  # a year only: month and day count as 0 for duplicates
        _person("H'Hen Êban", "07/1979", "Nữ", make_number("066", "F", 1979, 2)),
        _person("Trần Thị Bé", "01/01/2015", "Nữ"),  # a child: no ID card rules
        _person(
            "Lê Văn Cũ",
            "02/02/1950",
            number=make_number("068", "M", 1950, 3),
            **{
                "Tình trạng căn cước": "Đã cấp",
                "Ngày cấp căn cước": "01/06/2022",
                "Ngày nộp hồ sơ căn cước": "01/05/2022",
            },
        ),
    ]
    with db.uow(admin) as work:
        io.import_persons(work, _book(tmp_path / "a.xlsx", stored))
    with db.uow(admin) as work:
        quality.sync_issues(work)
    before = _open(db)
    with db.engine.connect() as conn:
        first = dict(conn.execute(select(Person.full_name, Person.id)).all())
    same = make_number("068", "F", 2001, 9)
    new = [
        _person("Nguyễn Văn An", "05/03/1990"),  # the same name and birth as a stored person, no number
        _person("Y Bhin Niê", "1985", number=make_number("068", "M", 1985, 4)),  # ditto, a year only
        _person("H'Hen Êban", "07/1979", "Nữ"),  # month and year
        _person("Đinh Thị Một", "03/04/2001", "Nữ", same),
        _person("Đinh Thị Hai", "04/04/2001", "Nữ", same),  # the same number twice in the file
        _person("Ksor Sai", "05/05/1970", number="06809000123A"),  # malformed: kept and flagged
        _person("Rơ Châm Trẻ", "01/01/2020"),
    ]
    with db.uow(admin) as work:
        report = io.import_persons(work, _book(tmp_path / "b.xlsx", new))
    assert report.new == len(new) and report.updated == 0
    after_import = _open(db)
    with db.uow(admin) as work:
        quality.sync_issues(work)
    assert _open(db) == after_import
    # the stored persons the file duplicates got their issue too, and nothing stored was cleared
    for name in ("Nguyễn Văn An", "Y Bhin Niê", "H'Hen Êban"):
        assert (first[name], "person_duplicate") in after_import - before, name
    assert before <= after_import
    rules = {rule for _pid, rule in after_import - before}
    assert {"person_duplicate", "id_duplicate", "id_format", "id_missing"} <= rules


def test_an_updates_issues_are_a_full_syncs(db, admin, villages, tmp_path):
    n = [make_number("068", "M", 1990, i) for i in range(1, 7)]
    stored = [
        _person("Nguyễn Văn An", "05/03/1990", number=n[0]),
        _person("Nguyễn Văn An", "05/03/1990", number=n[1]),  # a pair of suspected duplicates
        _person("Y Bhin Niê", "1990", number=n[2]),
        _person("Y Bhim Niê", "1990", number=n[3]),  # becomes a duplicate of the one above
        _person("Ksor Chưa Sinh", "", number=n[4]),
        _person("Rơ Chưa Thẻ", "01/01/1990", number=n[5]),
    ]
    with db.uow(admin) as work:
        io.import_persons(work, _book(tmp_path / "a.xlsx", stored))
    with db.uow(admin) as work:
        quality.sync_issues(work)
        ids = dict(work.session.execute(select(Person.id_number, Person.id)).all())
    before = _open(db)
    assert {(ids[n[0]], "person_duplicate"), (ids[n[1]], "person_duplicate")} <= before
    changes = [
        {"Số định danh cá nhân": n[0], "Ngày sinh": "06/03/1990"},  # no longer the other's duplicate
        {"Số định danh cá nhân": n[3], "Họ và tên": "Y Bhin Niê"},  # now a duplicate of n[2]
        {"Số định danh cá nhân": n[4], "Ngày sinh": "02/02/1992"},  # the birth date filled in
        {
            "Số định danh cá nhân": n[5],
            "Tình trạng căn cước": "Đã cấp",
            "Ngày cấp căn cước": "01/06/2022",
            "Ngày nộp hồ sơ căn cước": "01/05/2022",
        },
    ]
    with db.uow(admin) as work:
        report = io.import_persons(work, _book(tmp_path / "b.xlsx", changes))
    assert report.updated == len(changes) and report.new == 0
    after_import = _open(db)
    with db.uow(admin) as work:
        quality.sync_issues(work)
    assert _open(db) == after_import
    assert (ids[n[1]], "person_duplicate") not in after_import  # the stored peer's issue was cleared
    assert {(ids[n[2]], "person_duplicate"), (ids[n[3]], "person_duplicate")} <= after_import
    assert (ids[n[4]], "birth_missing") in before - after_import
    assert (ids[n[5]], "adult_no_idcard") in before - after_import
