"""Many data problems at once: one reason for all, the date of the check (counted in its month)."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop import audit_verify
from desktop.audit import AuditEntry
from desktop.errors import PermissionDenied, ValidationError
from desktop.residents import bulk, quality, quality_bulk, search
from desktop.residents.search import SearchFilter

LONG_AGO = dt.datetime(2025, 1, 1)


@pytest.fixture
def missing_births(db, admin, villages):
    """12 persons without a birth date (found at the start of last month), 3 with one."""
    today = dt.date.today()
    found = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    rows = [
        {
            "full_name": f"Điểu {chr(65 + i)}",
            "sex": "M",
            "village_id": villages[i % 2].id,
            "created_at": LONG_AGO,
        }
        for i in range(12)
    ]
    rows += [
        {"full_name": f"Thị Có {i}", "sex": "F", "birth_year": 1990, "created_at": LONG_AGO} for i in range(3)
    ]
    with db.uow(admin) as work:
        bulk.insert_persons(work, rows)
        quality.run_scan(work, today=found)
        ids = search.search_ids(work, SearchFilter("dieu"))
        others = search.search_ids(work, SearchFilter("thi co"))
    return {"ids": ids, "others": others, "found": found}


def test_mark_many_back_dated(db, admin, missing_births):
    ids = missing_births["ids"]
    last_month_end = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    with db.uow(admin) as work:
        quality.mark_checked(work, ids[0], "birth_missing", "Giấy khai sinh bị mất, đã xác minh")
        report = quality_bulk.mark_many(
            work,
            [*ids[:8], missing_births["others"][0]],
            "birth_missing",
            "Người già, không nhớ ngày sinh",
            last_month_end,
        )
    assert len(report.marked) == 7 and report.already == ("Điểu A",) and report.not_failing == ("Thị Có 0",)
    assert "Đã đánh dấu 7 người" in report.text()
    with db.uow(admin) as work:
        counts = {c.code: c for c in quality.counts(work)}
        assert counts["birth_missing"].count == 4 and counts["birth_missing"].marked == 8
        marks = quality.list_marks(work, code="birth_missing")
        assert sorted(m.marked_at.date() for m in marks)[0] == last_month_end
        month = quality.period_figures(work, last_month_end.replace(day=1), last_month_end)["birth_missing"]
        assert month == {"found": 12, "cleared": 7}
        assert quality.open_counts(work)["birth_missing"] == 4
        logged = work.session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.table_name == "quality_mark")
        )
        assert logged == 8
    assert audit_verify.verify_database(db).ok


def test_mark_many_refusals(db, admin, viewer, missing_births):
    ids = missing_births["ids"]
    with db.uow(admin) as work:
        with pytest.raises(ValidationError) as err:
            quality_bulk.mark_many(work, ids, "birth_missing", "x", dt.date.today() + dt.timedelta(days=2))
        assert err.value.field == "Ngày kiểm tra"
        with pytest.raises(ValidationError) as err:
            quality_bulk.mark_many(work, ids, "birth_missing", "  ")
        assert err.value.field == "Lý do"
        with pytest.raises(ValidationError):
            quality_bulk.mark_many(work, ids, "no_such_rule", "x")
    with pytest.raises(PermissionDenied), db.uow(viewer) as work:
        quality_bulk.mark_many(work, ids, "birth_missing", "x")

