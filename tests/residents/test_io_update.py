"""Imports that never erase: blank cells keep what is stored, every change is audited, dry runs
list per person what would change, export → import gives back the same values."""

import json

import openpyxl
import pytest
from sqlalchemy import select

from desktop import audit
from desktop.db import Actor
from desktop.residents import io, service
from desktop.residents.households import HouseholdInput, add_household
from desktop.residents.idcard import make_number
from desktop.residents.models import Person
from desktop.residents.search import SearchFilter
from tests.residents.test_cli_demo import demo_db, run  # noqa: F401  (fixture and CLI runner)

HEADERS = [h for h, *_ in io.PERSON_COLUMNS]
ID = make_number("068", "M", 1990, 1)


def _book(path, rows, headers=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = io.PERSON_SHEET
    ws.append(headers or HEADERS)
    for row in rows:
        ws.append([row.get(h) for h in HEADERS] if isinstance(row, dict) else row)
    wb.save(path)
    return path


@pytest.fixture
def stored(db, admin, villages):
    """One person with every optional field filled in."""
    with db.uow(admin) as work:
        h = add_household(work, HouseholdInput("NĐ-1", villages[0].id))
        view = service.add_person(
            work,
            service.PersonInput(
                "Nguyễn Văn Ấn",
                "Nam",
                "05/03/1990",
                id_number=ID,
                phone="0905111222",
                permanent_address="12 đường Lê Lợi",
                village_id=villages[0].id,
                household_id=h.id,
                relation="Chủ hộ",
                id_card_status="applied",
                id_card_applied_date="01/02/2024",
                vneid_level=2,
                vneid2_date="03/04/2024",
                note="ghi chú cũ",
            ),
        )
    return view


def _person(db, admin, pid):
    with db.uow(admin) as work:
        return service.get_person(work, pid)


def _entries(db, action):
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(audit.AuditEntry).where(
                audit.AuditEntry.table_name == "person", audit.AuditEntry.action == action
            )
        ).all()
    return [(r.username, r.record_id, json.loads(r.changes)) for r in rows]


def test_blank_cells_keep_stored_values_and_every_change_is_logged(db, clerk, admin, stored, tmp_path):
    row = {
        "Họ và tên": "Nguyễn Văn Ấn",
        "Giới tính": "Nam",
        "Ngày sinh": "06/03/1990",
        "Số định danh cá nhân": ID,
        "Nghề nghiệp": "Làm nông",
    }
    path = _book(tmp_path / "a.xlsx", [row])
    before = _person(db, admin, stored.id)
    with db.uow(clerk) as work:
        report = io.import_persons(work, path)
    assert (report.new, report.updated, report.unchanged) == (0, 1, 0)
    after = _person(db, admin, stored.id)
    for field in (
        "phone",
        "permanent_address",
        "village_id",
        "household_id",
        "relation",
        "id_card_status",
        "id_card_applied_date",
        "vneid_level",
        "vneid2_date",
        "note",
        "ethnic",
        "religion",
    ):
        assert getattr(after, field) == getattr(before, field), field
    assert (after.birth_day, after.occupation, after.version) == (6, "Làm nông", before.version + 1)
    updates = _entries(db, "update")
    assert updates == [("canbo", stored.id, {"birth_day": [5, 6], "occupation": ["", "Làm nông"]})]


def test_xoa_clears_a_field_and_is_logged(db, clerk, admin, stored, tmp_path):
    row = {"Số định danh cá nhân": ID, "Số điện thoại": "xóa", "Ghi chú": "XÓA"}
    with db.uow(clerk) as work:
        io.import_persons(work, _book(tmp_path / "a.xlsx", [row]))
    after = _person(db, admin, stored.id)
    assert (after.phone, after.note, after.full_name) == ("", "", "Nguyễn Văn Ấn")
    assert _entries(db, "update") == [
        ("canbo", stored.id, {"note": ["ghi chú cũ", ""], "phone": ["0905111222", ""]})
    ]


def test_required_fields_cannot_be_cleared(db, clerk, stored, tmp_path):
    row = {"Số định danh cá nhân": ID, "Họ và tên": "xóa"}
    with pytest.raises(io.ImportFailed) as err, db.uow(clerk) as work:
        io.import_persons(work, _book(tmp_path / "a.xlsx", [row]))
    assert "cột «Họ và tên»: không xóa được" in str(err.value)


def test_a_change_breaking_a_rule_with_stored_values_is_refused(db, clerk, stored, tmp_path):
    # the stored card status is "applied" with a date: clearing the date breaks the rule
    row = {"Số định danh cá nhân": ID, "Ngày nộp hồ sơ căn cước": "xóa"}
    with pytest.raises(io.ImportFailed) as err, db.uow(clerk) as work:
        io.import_persons(work, _book(tmp_path / "a.xlsx", [row]))
    assert "dòng 2, cột «Ngày nộp hồ sơ căn cước»: đã nộp hồ sơ thì phải có ngày nộp" in str(err.value)


def test_dry_run_lists_what_would_change_and_writes_nothing(db, clerk, admin, stored, tmp_path):
    rows = [
        {
            "Số định danh cá nhân": ID,
            "Số điện thoại": "0911000111",
            "Tình trạng căn cước": "Đã cấp",
            "Ngày cấp căn cước": "05/05/2024",
            "Thôn, bon": "bon Bu Sir",
        },
        {"Họ và tên": "Trần Thị Bé", "Giới tính": "Nữ", "Ngày sinh": "2001"},
        {
            "Số định danh cá nhân": ID.replace(ID[-1], "9" if ID[-1] != "9" else "8"),
            "Họ và tên": "Lê C",
            "Giới tính": "Nam",
        },
    ]
    rows[2]["Số định danh cá nhân"] = make_number("068", "M", 1991, 2)
    with db.uow(clerk) as work:
        report = io.import_persons(work, _book(tmp_path / "a.xlsx", rows), dry_run=True)
    assert (report.new, report.updated, report.written) == (2, 1, False)
    first = report.changes[0]
    assert (first.row, first.person_id, first.is_new) == (2, stored.id, False)
    assert set(first.fields) == {
        ("Số điện thoại", "0905111222", "0911000111"),
        ("Tình trạng căn cước", "Đã nộp hồ sơ", "Đã cấp"),
        ("Ngày cấp căn cước", "", "05/05/2024"),
        ("Thôn, bon", "thôn Nia Đơn", "bon Bu Sir"),
    }
    assert [c.is_new for c in report.changes[1:]] == [True, True]
    text = report.details()
    assert "Dòng 2 · Nguyễn Văn Ấn" in text and "Số điện thoại: 0905111222 → 0911000111" in text
    assert "Dòng 3 · Trần Thị Bé: thêm mới" in text
    assert _person(db, admin, stored.id).phone == "0905111222"
    assert _entries(db, "update") == []


def test_new_persons_are_logged_field_by_field(db, clerk, villages, tmp_path):
    row = {"Họ và tên": "Trần Thị Bé", "Giới tính": "Nữ", "Ngày sinh": "2001", "Thôn, bon": "bon Bu Sir"}
    with db.uow(clerk) as work:
        io.import_persons(work, _book(tmp_path / "a.xlsx", [row]))
    [(user, pid, changes)] = _entries(db, "insert")
    assert user == "canbo" and pid is not None
    assert changes["full_name"] == [None, "Trần Thị Bé"]
    assert changes["birth_year"] == [None, 2001] and changes["sex"] == [None, "F"]
    assert changes["village_id"] == [None, villages[1].id]
    assert not any(k.endswith("_key") for k in changes)


def test_unchanged_rows_write_nothing(db, clerk, admin, stored, tmp_path):
    row = {"Họ và tên": "Nguyễn Văn Ấn", "Số định danh cá nhân": ID, "Số điện thoại": "0905111222"}
    with db.uow(clerk) as work:
        report = io.import_persons(work, _book(tmp_path / "a.xlsx", [row]))
    assert (report.updated, report.unchanged, report.changes) == (0, 1, [])
    assert _person(db, admin, stored.id).version == stored.version
    assert _entries(db, "update") == []


def test_export_then_import_is_lossless(db, admin, villages, tmp_path):
    tricky = ["=1+1", "+84 x", "-", "@me", "'quoted", "''two", "0123", '=HYPERLINK("http://x")']
    with db.uow(admin) as work:
        for i, text in enumerate(tricky):
            service.add_person(
                work,
                service.PersonInput(
                    f"Người {i}",
                    "Nam",
                    "1990",
                    id_number=make_number("068", "M", 1990, 100 + i),
                    note=text,
                    occupation=text,
                    village_id=villages[0].id,
                ),
            )
        io.export_persons(work, tmp_path / "out.xlsx", SearchFilter())
    with db.uow(admin) as work:
        report = io.import_persons(work, tmp_path / "out.xlsx", dry_run=True)
    assert (report.rows, report.updated, report.new, report.unchanged) == (8, 0, 0, 8), report.details()
    with db.uow(admin) as work:
        notes = sorted(work.session.scalars(select(Person.note)))
    assert notes == sorted(tricky)


def test_invisible_characters_cleaned_bidi_refused(db, clerk, admin, villages, tmp_path):
    rows = [
        {"Họ và tên": "\ufeffTrần\u200b Thị\u00ad Bé\u200d", "Giới tính": "Nữ"},
        {"Họ và tên": "Lê \u202eVăn", "Giới tính": "Nam"},
    ]
    with pytest.raises(io.ImportFailed) as err, db.uow(clerk) as work:
        io.import_persons(work, _book(tmp_path / "a.xlsx", rows))
    assert [(e.row, e.column) for e in err.value.report.errors] == [(3, "Họ và tên")]
    assert "đảo thứ tự chữ" in str(err.value)
    with db.uow(clerk) as work:
        io.import_persons(work, _book(tmp_path / "b.xlsx", rows[:1]))
    with db.uow(admin) as work:
        assert list(work.session.scalars(select(Person.full_name))) == ["Trần Thị Bé"]


def test_duplicate_headers_refused(db, clerk, villages, tmp_path):
    headers = [*HEADERS, "Số điện thoại"]
    path = _book(tmp_path / "a.xlsx", [["A", None, None, "Nam"]], headers=headers)
    with pytest.raises(io.ImportFailed) as err, db.uow(clerk) as work:
        io.import_persons(work, path)
    from openpyxl.utils import get_column_letter

    assert f"có hai cột cùng tên (cột H và {get_column_letter(len(headers))})" in str(err.value)


def test_cli_dry_run_prints_each_change(demo_db, capsys, tmp_path):  # noqa: F811
    with demo_db.uow(Actor.system()) as work:
        person = work.session.scalars(select(Person).where(Person.id_number != "").limit(1)).one()
        number, phone = person.id_number, person.phone
    path = _book(tmp_path / "a.xlsx", [{"Số định danh cá nhân": number, "Số điện thoại": "0977000111"}])
    code, out, _ = run(capsys, "import", "residents", str(path), "--dry-run")
    assert code == 0
    assert f"({number}): cập nhật 1 trường" in out
    assert f"Số điện thoại: {phone or '∅'} → 0977000111" in out
    assert "Sẽ nhập (thử, chưa ghi) 1 dòng: 0 nhân khẩu mới, 1 cập nhật" in out


def test_export_keeps_the_templates_drop_downs_and_text_cells(db, admin, stored, tmp_path):
    with db.uow(admin) as work:
        io.export_persons(work, tmp_path / "out.xlsx", SearchFilter())
    wb = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert wb.sheetnames == [io.HOUSEHOLD_SHEET, io.PERSON_SHEET, io.LIST_SHEET]
    assert wb.active.title == io.PERSON_SHEET
    assert wb[io.LIST_SHEET].sheet_state == "hidden"
    ws = wb[io.PERSON_SHEET]
    lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    letter = {h: openpyxl.utils.get_column_letter(i + 1) for i, h in enumerate(HEADERS)}
    for header in ("Giới tính", "Thôn, bon", "Tình trạng", "Mức VNeID", "Quan hệ với chủ hộ"):
        assert f"{letter[header]}2" in lists, header
    id_cell = ws.cell(2, HEADERS.index("Số định danh cá nhân") + 1)
    assert (id_cell.value, id_cell.data_type) == (ID, "s")
    assert ws.cell(2, HEADERS.index("Mức VNeID") + 1).value == "Mức 2"


def test_an_id_number_held_by_two_persons_is_not_guessed(db, clerk, admin, stored, tmp_path):
    with db.uow(admin) as work:
        service.add_person(
            work, service.PersonInput("Nguyễn Văn Ấn", "Nam", "1990", id_number=ID, accept_id_warning=True)
        )
    row = {"Số định danh cá nhân": ID, "Số điện thoại": "0911000111"}
    with pytest.raises(io.ImportFailed) as err, db.uow(clerk) as work:
        io.import_persons(work, _book(tmp_path / "a.xlsx", [row]))
    assert "đang ghi cho 2 người trong CAXA" in str(err.value)
    assert _person(db, admin, stored.id).phone == "0905111222"


def test_an_import_leaves_the_log_verifiable_and_a_later_hand_edit_is_caught(db, clerk, stored, tmp_path):
    """Bulk import writes carry the row's state like any edit: the log verifies after them, and a
    change made in the table behind CAXA's back afterwards is named."""
    from sqlalchemy import update

    row = {"Họ và tên": "Nguyễn Văn Ấn", "Giới tính": "Nam", "Số định danh cá nhân": ID,
           "Nghề nghiệp": "Thợ xây"}
    new = {"Họ và tên": "Trần Thị Bích", "Giới tính": "Nữ", "Ngày sinh": "01/01/1991"}
    with db.uow(clerk) as work:
        io.import_persons(work, _book(tmp_path / "b.xlsx", [row, new]))
    assert audit.verify(db).ok
    with db.engine.begin() as conn:
        conn.execute(update(Person).where(Person.id == stored.id).values(occupation="Sửa tay"))
    result = audit.verify(db)
    assert not result.ok


def test_cli_dry_run_lists_what_stops_and_what_is_kept(demo_db, capsys, tmp_path):  # noqa: F811
    rows = [
        {"Họ và tên": "Ksor Nhập Thử", "Giới tính": "Nam", "Số định danh cá nhân": "06609000123A"},  # kept
        {"Họ và tên": "", "Giới tính": "Nữ"},  # stops
        {"Họ và tên": "H'Hen Niê", "Giới tính": "Nữ", "Ngày sinh": "30/02/1990"},  # stops
    ]
    path = _book(tmp_path / "a.xlsx", rows)
    code, out, _ = run(capsys, "import", "residents", str(path), "--dry-run")
    assert code == 1
    stops, kept = out.split("Cảnh báo")
    assert "Lỗi (không lưu được, dừng nhập):" in stops
    assert "dòng 3, cột «Họ và tên»: không được để trống." in stops
    assert "dòng 4, cột «Ngày sinh»" in stops
    assert "dòng 2, cột «Số định danh cá nhân»" in kept and "Số định danh sai định dạng" in kept
    assert "Có 2 lỗi không lưu được; không nhập dòng nào. 1 dòng có cảnh báo" in out
    # without the stopping rows, the same row is imported as it is, flagged
    path = _book(tmp_path / "b.xlsx", rows[:1])
    code, out, _ = run(capsys, "import", "residents", str(path))
    assert code == 0 and "Đã nhập 1 dòng: 1 nhân khẩu mới" in out and "Số định danh sai định dạng: 1" in out
    with demo_db.uow(Actor.system()) as work:
        person = work.session.scalars(select(Person).where(Person.full_name == "Ksor Nhập Thử")).one()
        assert (person.id_number, person.id_issue) == ("06609000123A", "format")


def test_export_formats_as_text_what_excel_would_turn_into_numbers_or_dates(db, admin, stored, tmp_path):
    """ID numbers, phones, birth dates and dates are text-formatted columns whose cells carry the
    text style (edited in Excel they stay text); name and label columns carry no style."""
    with db.uow(admin) as work:
        io.export_persons(work, tmp_path / "out.xlsx", SearchFilter())
    ws = openpyxl.load_workbook(tmp_path / "out.xlsx")[io.PERSON_SHEET]
    letter = {h: openpyxl.utils.get_column_letter(i + 1) for i, h in enumerate(HEADERS)}
    for header in ("Số định danh cá nhân", "Số điện thoại", "Ngày sinh", "Số hộ", "Ngày rà soát", "Ghi chú"):
        assert ws.column_dimensions[letter[header]].number_format == "@", header
    for header in ("Số định danh cá nhân", "Số điện thoại", "Ngày sinh"):
        cell = ws[f"{letter[header]}2"]
        assert (cell.data_type, cell.number_format) == ("s", "@"), header
    for header in ("Họ và tên", "Giới tính", "Thôn, bon", "Mức VNeID"):
        cell = ws[f"{letter[header]}2"]
        assert cell.data_type == "s" and cell.value, header
        assert cell.number_format == "General", header
