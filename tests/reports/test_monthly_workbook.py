"""The monthly report's workbook: a sheet per section, the data sheet that reads back as the same
report, check sheets that list exactly the records a provider gives, and crafted files refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop import figures
from desktop.errors import ValidationError
from desktop.figures import RecordRow
from desktop.jobs import Progress
from desktop.reports.monthly import workbook
from desktop.reports.monthly.model import Figure, Item, Section
from tests import xlsx_corpus
from tests.reports.monthly_sample import NOVEMBER, configure, report

PATROLS = [
    RecordRow("Trần Thị Thu Hà", "Tuần tra đêm trục đường 28", dt.datetime(2026, 11, 3, 21, 0), "bon Bu Sir",
              None, "schedule.event", 11),
    RecordRow("Điểu K'Lung", "=cmd|' /C calc'!A0", dt.date(2026, 11, 9), "thôn Nia Đơn", None,
              "schedule.event", 12),
]
MEETINGS = [RecordRow("Y Thuông Niê", "Họp bon Bu Sir", dt.date(2026, 11, 5), "bon Bu Sir", 60),
            RecordRow("", "Họp thôn 3", dt.date(2026, 11, 6), "thôn 3", 45)]


@pytest.fixture
def provider(monkeypatch):
    calls: list[tuple[str, dt.date, dt.date]] = []

    def schedule_records(uow, start, end, path):  # noqa: ANN001
        uow.require("read")
        calls.append((path, start, end))
        return {"patrols": PATROLS, "village_meetings": MEETINGS}.get(path)

    # only this provider: the areas' own (registered or not) do not know the sample's keys
    monkeypatch.setattr(figures, "RECORDS", {"schedule": schedule_records})
    return calls


def _write(db, admin, rep, tmp_path: Path, name: str = "bao-cao.xlsx", progress=None) -> Path:  # noqa: ANN001
    with db.uow(admin) as work:
        data = workbook.workbook_bytes(work, rep, progress)
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _structure(rep):  # noqa: ANN001
    return [(s.number, s.title, [(i.number, i.title, i.figures) for i in s.items if i.figures])
            for s in rep.sections]


def test_the_data_sheet_reads_back_as_the_same_report(db, admin, tmp_path, provider):
    configure(db, admin)
    rep = report(version=2)
    steps: list[tuple[int, int]] = []
    path = _write(db, admin, rep, tmp_path, progress=Progress(lambda d, t, _x: steps.append((d, t))))
    back = workbook.read_workbook(path)
    assert (back.station, back.period, back.version, back.number_label, back.issued_at) == (
        rep.station, rep.period, 2, "15/BC-CAX", rep.issued_at
    )
    assert _structure(back) == _structure(rep)
    kg = next(f for f in back.figures() if f.key == "weapons.received.quantity.kg")
    assert (kg.value, kg.previous, kg.year_to_date) == (Decimal("12.5"), Decimal("0.75"), Decimal("40.125"))
    assert steps[0] == (0, 9) and steps[-1] == (9, 9)
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == ["I. Tình hình an ninh, trật tự", "II. Kết quả các mặt công tác", "Nội dung",
                               "Kiểm tra I", "Kiểm tra II", "Dữ liệu"]
    rows = list(book["II. Kết quả các mặt công tác"].iter_rows(values_only=True))
    assert ("1.", "Tuần tra, kiểm soát") in [r[:2] for r in rows]
    assert next(r for r in rows if r[8] == "schedule.patrols")[:9] == (
        "1", "Tuần tra, kiểm soát", "lượt", 22, 18, 4, 20, 201, "schedule.patrols"
    )
    # a draft reads back as a draft
    draft = workbook.read_workbook(_write(db, admin, report(), tmp_path, "nhap.xlsx"))
    assert (draft.version, draft.number_label, draft.issued_at) == (None, None, None)


def _check_rows(path: Path, sheet: str) -> list[tuple]:
    book = openpyxl.load_workbook(path, read_only=True)
    return [tuple(r) for r in book[sheet].iter_rows(values_only=True)]


def test_check_sheet_lists_exactly_the_provider_rows(db, admin, tmp_path, provider):
    configure(db, admin)
    path = _write(db, admin, report(), tmp_path)
    assert ("patrols", NOVEMBER.start, NOVEMBER.end) in provider
    rows = _check_rows(path, "Kiểm tra II")
    start = rows.index(next(r for r in rows if r[0] == "schedule.patrols"))
    assert rows[start][1] == "Tuần tra, kiểm soát: 22 lượt"
    assert rows[start + 1][:6] == ("STT", "Người liên quan", "Nội dung", "Thời gian", "Thôn, tổ dân phố",
                                   "Số lượng, giá trị")
    listed = rows[start + 2:start + 4]
    assert [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in listed] == [
        (1, "Trần Thị Thu Hà", "Tuần tra đêm trục đường 28", dt.datetime(2026, 11, 3, 21, 0), "bon Bu Sir",
         None),
        (2, "Điểu K'Lung", "=cmd|' /C calc'!A0", dt.datetime(2026, 11, 9), "thôn Nia Đơn", None),
    ]
    assert rows[start + 4][1] == "Cộng: 2 bản ghi — KHÔNG khớp với số liệu (22)."
    meetings = rows.index(next(r for r in rows if r[0] == "schedule.village_meetings"))
    assert [(r[1], r[5]) for r in rows[meetings + 2:meetings + 4]] == [("Y Thuông Niê", 60), (None, 45)]
    assert rows[meetings + 4][1] == "Cộng: 105 — KHÔNG khớp với số liệu (20)."
    files = rows.index(next(r for r in rows if r[0] == "residents.files_arranged"))
    assert rows[files + 1][1] == workbook.NOT_LISTED  # no provider for the area
    # no formula anywhere: the hostile text is a string
    book = openpyxl.load_workbook(path)
    assert all(c.data_type != "f" for ws in book.worksheets for r in ws.iter_rows() for c in r)


def test_matching_records_are_marked_as_such(db, admin, tmp_path, provider):
    configure(db, admin)
    rep = report(sections=(Section("II", "Kết quả các mặt công tác", (Item("1", "Tuần tra", (
        Figure("schedule.patrols", "Tuần tra, kiểm soát", "lượt", 2, 0),
        Figure("schedule.village_meetings", "Người dự họp", "người", 105, 0),
    )),)),))
    rows = _check_rows(_write(db, admin, rep, tmp_path), "Kiểm tra II")
    totals = [r[1] for r in rows if r[1] and str(r[1]).startswith("Cộng:")]
    assert totals == ["Cộng: 2 bản ghi — khớp với số liệu.", "Cộng: 105 — khớp với số liệu."]


def test_a_list_too_long_to_read_is_counted_and_checked_but_not_written(db, admin, tmp_path, provider,
                                                                         monkeypatch):
    configure(db, admin)
    monkeypatch.setattr(workbook, "LISTED_AT_MOST", 1)
    rep = report(sections=(Section("II", "Kết quả các mặt công tác", (Item("1", "Tuần tra", (
        Figure("schedule.patrols", "Tuần tra, kiểm soát", "lượt", 2, 0),
    )),)),))
    rows = _check_rows(_write(db, admin, rep, tmp_path), "Kiểm tra II")
    start = rows.index(next(r for r in rows if r[0] == "schedule.patrols"))
    assert rows[start + 1][1] == "Cộng: 2 bản ghi — khớp với số liệu."
    assert rows[start + 2][1].startswith("Quá 1 bản ghi, không liệt kê ở đây")
    assert not any(r[1] == "Trần Thị Thu Hà" for r in rows)


def _edit_data(path: Path, edit) -> Path:  # noqa: ANN001
    book = openpyxl.load_workbook(path)
    edit(book[workbook.DATA_SHEET])
    book.save(path)
    return path


def _find(ws, key: str) -> int:  # noqa: ANN001
    return next(c.row for c in ws["A"] if c.value == key)


@pytest.mark.parametrize(("edit", "message"), [
    (lambda ws: ws.cell(_find(ws, "format_version"), 2, 2), "phiên bản định dạng 2"),
    (lambda ws: ws.cell(_find(ws, "format"), 2, "other"), "không phải dữ liệu báo cáo tháng CAXA"),
    (lambda ws: ws.cell(_find(ws, "schedule.patrols"), 4, "hai mươi"), "số liệu tháng này không phải số"),
    (lambda ws: ws.cell(_find(ws, "schedule.patrols"), 1, "schedule.village_meetings"), "xuất hiện hai lần"),
    (lambda ws: ws.cell(_find(ws, "schedule.patrols"), 1, "bad key"), "sai mẫu"),
    (lambda ws: ws.cell(_find(ws, "period_to"), 2, "2026-13-01"), "ngày của kỳ báo cáo"),
    (lambda ws: ws.cell(_find(ws, "schedule.patrols"), 4, "=1+1"), "có công thức"),
    (lambda ws: ws.cell(_find(ws, "key"), 2, "ten"), "không đúng mẫu"),
])
def test_a_tampered_data_sheet_is_refused_naming_the_file(sqlite_db, tmp_path, edit, message):
    from tests.conftest import make_user

    admin = make_user(sqlite_db, "quantri", "admin")
    configure(sqlite_db, admin)
    path = _edit_data(_write(sqlite_db, admin, report(), tmp_path), edit)
    with pytest.raises(ValidationError) as err:
        workbook.read_workbook(path)
    assert message in str(err.value) and "«bao-cao.xlsx»" in str(err.value)


def test_crafted_and_foreign_files_are_refused(tmp_path):
    for name in ("far_cell", "far_dimension", "entities_sheet", "not_zip", "bomb_lying"):
        build, said = xlsx_corpus.CORPUS[name]
        path = build(tmp_path)
        with pytest.raises(ValidationError) as err:
            workbook.read_workbook(path)
        assert said in str(err.value) and f"«{path.name}»" in str(err.value)
    other = tmp_path / "danh-sach.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Nhân khẩu"
    book.save(other)
    with pytest.raises(ValidationError, match="không có trang «Dữ liệu»"):
        workbook.read_workbook(other)


def test_a_figure_its_area_cannot_list_is_said_so_and_the_others_are_listed(db, admin, tmp_path, monkeypatch):
    def schedule_records(uow, start, end, path):  # noqa: ANN001
        if path == "village_meetings":
            raise ValidationError("Chỉ tiêu", f"«schedule.{path}» không có trong số liệu lịch công tác.")
        return PATROLS

    monkeypatch.setattr(figures, "RECORDS", {"schedule": schedule_records})
    configure(db, admin)
    rows = _check_rows(_write(db, admin, report(), tmp_path), "Kiểm tra II")
    meetings = rows.index(next(r for r in rows if r[0] == "schedule.village_meetings"))
    assert rows[meetings + 1][1] == (
        "không liệt kê được: Chỉ tiêu: «schedule.village_meetings» không có trong số liệu lịch công tác."
    )
    patrols = rows.index(next(r for r in rows if r[0] == "schedule.patrols"))
    assert rows[patrols + 2][1] == "Trần Thị Thu Hà"


def test_keys_named_after_records_read_back(db, admin, tmp_path, provider):
    """Keys expanded from the records hold names: a category folded with spaces, a campaign's title."""
    configure(db, admin)
    odd = (Figure("weapons.received.by_category.sung con tu che", "Súng cồn tự chế", "khẩu", 10),
           Figure("weapons.received.by_campaign.Ra quân đợt 2. Tháng 10.receipts", "Ra quân đợt 2",
                  "biên bản", 3))
    rep = report(sections=(Section("II", "Kết quả", (Item("5", "Vũ khí", odd),)),))
    back = workbook.read_workbook(_write(db, admin, rep, tmp_path))
    assert back.figures() == list(odd)
