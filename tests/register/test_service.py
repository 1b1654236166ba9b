"""The outgoing-document register: one number per document of a year, whatever its kind."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from desktop.errors import PermissionDenied, ValidationError
from desktop.register import service
from desktop.register.service import IssueInput, RegisterFilter


def _doc(kind: str = "BB", day: dt.date = dt.date(2026, 3, 5), **kw) -> IssueInput:
    return IssueInput(kind_code=kind, doc_date=day, subject=kw.pop("subject", "Tiếp nhận vũ khí"),
                      unit_symbol="CAX", **kw)


def test_one_number_per_document_across_kinds_and_a_new_year_restarts(db, admin):
    issued = [db.run(admin, service.issue, _doc(kind)) for kind in ("BB", "BC", "BB", "TB")]
    assert [e.number for e in issued] == [1, 2, 3, 4]
    assert [e.symbol for e in issued] == ["01/BB-CAX", "02/BC-CAX", "03/BB-CAX", "04/TB-CAX"]
    new_year = db.run(admin, service.issue, _doc("BB", dt.date(2027, 1, 2)))
    assert (new_year.year, new_year.number) == (2027, 1)
    assert db.run(admin, service.next_number, 2026) == 5


def test_a_number_taken_by_hand_is_never_handed_out_again(db, admin):
    db.run(admin, service.issue, _doc())
    hand = db.run(admin, service.issue, _doc("BC", number=7, subject="Báo cáo viết tay"))
    assert hand.hand_entered and hand.number == 7
    assert db.run(admin, service.issue, _doc()).number == 8
    with pytest.raises(ValidationError, match="đã có trong sổ") as caught:
        db.run(admin, service.issue, _doc("TB", number=7))
    assert caught.value.field == "Số văn bản"
    # the same number in another year is free
    assert db.run(admin, service.issue, _doc(number=7, day=dt.date(2025, 12, 1))).number == 7


def test_voiding_keeps_the_number_used(db, admin):
    first = db.run(admin, service.issue, _doc())
    with pytest.raises(ValidationError, match="Lý do hủy"):
        db.run(admin, service.void, first.id, first.version, "  ")
    voided = db.run(admin, service.void, first.id, first.version, "In sai tên người giao")
    assert voided.voided and voided.void_reason == "In sai tên người giao"
    assert db.run(admin, service.issue, _doc()).number == 2
    with pytest.raises(ValidationError, match="số 01"):
        db.run(admin, service.issue, _doc(number=1))
    with pytest.raises(ValidationError, match="đã hủy"):
        db.run(admin, service.void, voided.id, voided.version, "lần nữa")


def test_bad_input_names_the_field_and_a_viewer_cannot_issue(db, admin, viewer):
    for bad, field in ((_doc(kind=""), "Ký hiệu loại văn bản"), (_doc(subject=" "), "Trích yếu"),
                       (_doc(copies=0), "Số bản"), (_doc(number=0), "Số văn bản"),
                       (_doc(kind="B/B"), "Ký hiệu loại văn bản")):
        with pytest.raises(ValidationError) as caught:
            db.run(admin, service.issue, bad)
        assert caught.value.field == field
    with pytest.raises(PermissionDenied):
        db.run(viewer, service.issue, _doc())
    assert db.run(admin, service.list_entries) == []


def test_list_filters_searches_without_diacritics_and_sorts(db, admin):
    db.run(admin, service.issue, _doc("BB", dt.date(2026, 4, 1), subject="Bàn giao vũ khí"))
    db.run(admin, service.issue, _doc("BC", dt.date(2026, 2, 1), subject="Báo cáo tháng 01"))
    e = db.run(admin, service.issue, _doc("BB", dt.date(2026, 3, 1), subject="Tiếp nhận súng kíp"))
    db.run(admin, service.void, e.id, e.version, "hỏng")
    db.run(admin, service.issue, _doc("BB", dt.date(2025, 3, 1), subject="Năm trước"))

    def numbers(**kw):
        return [x.number for x in db.run(admin, service.list_entries, RegisterFilter(**kw))]

    assert numbers(year=2026) == [1, 2, 3]
    assert numbers(year=2026, kind_code="BB") == [1, 3]
    assert numbers(year=2026, status="voided") == [3]
    assert numbers(year=2026, text="sung kip") == [3]
    assert numbers(year=2026, text="2") == [2]
    assert numbers(year=2026, sort="date") == [2, 3, 1]
    assert numbers(year=2026, sort="number", descending=True) == [3, 2, 1]
    assert {2025, 2026} <= set(db.run(admin, service.years))
    assert db.run(admin, service.kind_codes) == ["BB", "BC"]


def test_a_reprint_finds_the_issued_entry_of_its_record_only(db, admin):
    e = db.run(admin, service.issue, _doc(area="weapons.receipt", record_id=5))
    assert db.run(admin, service.find_issued, "weapons.receipt", 5).number == e.number
    assert db.run(admin, service.find_issued, "weapons.handover", 5) is None
    assert db.run(admin, service.find_issued, "weapons.receipt", None) is None
    db.run(admin, service.void, e.id, e.version, "in lại")
    assert db.run(admin, service.find_issued, "weapons.receipt", 5) is None


def test_issued_symbols_of_many_records_skip_voided_and_other_areas(db, admin):
    db.run(admin, service.issue, _doc("BC", subject="Báo cáo tháng"))
    a = db.run(admin, service.issue, _doc(area="weapons.receipt", record_id=5))
    b = db.run(admin, service.issue, _doc(area="weapons.receipt", record_id=7))
    db.run(admin, service.issue, _doc(area="weapons.handover", record_id=9))
    db.run(admin, service.void, b.id, b.version, "in lại")
    got = db.run(admin, service.issued_symbols, "weapons.receipt", [5, 7, 9, 11])
    assert got == {5: a.symbol} and a.symbol == "02/BB-CAX"
    assert db.run(admin, service.issued_symbols, "weapons.receipt", []) == {}


def test_concurrent_issues_get_distinct_numbers(db, admin):
    """Several PCs issue at the same moment (threads, each its own connection): every document gets
    its own number, none is lost, on SQLite (write lock) and PostgreSQL (unique key + retry)."""
    n = 6
    start = threading.Barrier(n)
    results: list = [None] * n

    def one(i: int) -> None:
        start.wait()
        try:
            results[i] = db.run(admin, service.issue, _doc(subject=f"Văn bản {i}"))
        except BaseException as exc:  # noqa: BLE001 (checked below)
            results[i] = exc

    threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not [r for r in results if isinstance(r, BaseException)]
    assert sorted(r.number for r in results) == list(range(1, n + 1))
