"""Every data-quality rule's count on a hand-built set whose truth is known."""

import datetime as dt

import pytest

from desktop.errors import PermissionDenied, ValidationError
from desktop.residents import bulk, quality, search, service
from desktop.residents.idcard import make_number

TODAY = dt.date(2026, 6, 15)
EXPECTED = {
    "birth_missing": 45,
    "birth_partial": 20,
    "id_missing": 12,
    "id_format": 40,
    "id_province": 30,
    "id_mismatch": 40,
    "id_duplicate": 6,
    "person_duplicate": 8,
    "deceased_registered": 78,
    "adult_no_idcard": 25,
    "no_vneid2": 40,
    "idcard_renewal": 0,
    "wrong_id": 110,
}


def known_rows() -> list[dict]:
    rows: list[dict] = []
    serial = iter(range(1, 10**6))

    def person(
        name: str,
        *,
        sex: str = "M",
        year: int | None = 1980,
        month: int | None = 5,
        day: int | None = 17,
        **kw,
    ) -> dict:
        good = {
            "id_number": make_number("068", sex, year or 1980, next(serial)),
            "id_card_status": "issued",
            "id_card_issued_date": dt.date(2024, 1, 2),
            "vneid_level": 2,
            "vneid2_date": dt.date(2024, 2, 3),
        }
        row = {
            "full_name": name,
            "sex": sex,
            "birth_year": year,
            "birth_month": month,
            "birth_day": day,
            **good,
        }
        row.update(kw)
        rows.append(row)
        return row

    for i in range(500):
        person(f"Nguyễn Văn Sạch {i}", sex="M" if i % 2 else "F")
    for i in range(45):
        person(
            f"Trần Thị Thiếu {i}",
            sex="F",
            year=None,
            month=None,
            day=None,
            id_number=make_number("068", "F", 1975, 500000 + i),
        )
    for i in range(20):
        person(f"H'Bia Niê {i}", sex="F", month=None, day=None)
    for i in range(40):
        person(f"Lê Sai Dạng {i}", id_number=f"0680800{i:04d}")  # 11 digits
    for i in range(30):
        person(f"Phạm Sai Tỉnh {i}", id_number=f"003080{i:06d}")
    for i in range(40):
        person(f"Đỗ Sai Giới {i}", sex="F", id_number=make_number("068", "M", 1980, 600000 + i))
    for i in range(12):
        person(
            f"Điểu Thiếu Số {i}",
            year=2016,
            id_number="",
            id_card_status="none",
            id_card_issued_date=None,
            vneid_level=0,
            vneid2_date=None,
        )
    for i in range(78):
        person(
            f"Y Chết {i}",
            status="deceased",
            death_date=dt.date(2026, 5, 1),
            death_reported_date=dt.date(2026, 5, 4),
        )
    for i in range(10):
        person(
            f"Y Đã Xóa {i}",
            status="deceased",
            death_date=dt.date(2026, 1, 1),
            struck_off_date=dt.date(2026, 1, 2),
            strike_ground="a",
        )
    for i in range(5):
        person(
            f"Chuyển Đi {i}",
            status="moved",
            moved_date=dt.date(2025, 1, 1),
            struck_off_date=dt.date(2025, 1, 2),
            strike_ground="e",
            id_number="123",
        )
    for i in range(3):
        number = make_number("066", "M", 1980, 700000 + i)
        person(f"Trùng Số A {i}", id_number=number)
        person(f"Trùng Số B {i}", id_number=number)
    for i in range(4):
        person(f"Nguyễn Trùng Người {i}", year=1990, month=3, day=i + 1)
        person(f"NGUYEN TRUNG NGUOI {i}", year=1990, month=3, day=i + 1)
    for i in range(25):
        person(
            f"Chưa Làm {i}", id_card_status="none", id_card_issued_date=None, vneid_level=0, vneid2_date=None
        )
    for i in range(15):
        person(f"Mức Một {i}", vneid_level=1, vneid2_date=None)
    for i in range(30):
        person(
            f"Cháu Nhỏ {i}",
            year=2016,
            id_card_status="none",
            id_card_issued_date=None,
            vneid_level=0,
            vneid2_date=None,
        )
    # 14 tomorrow: not yet an adult; 14 today: an adult
    person("Sắp Đủ Tuổi", year=2012, month=6, day=16, id_card_status="none", vneid_level=0)
    person(
        "Vừa Đủ Tuổi",
        year=2012,
        month=6,
        day=15,
        id_card_status="applied",
        id_card_applied_date=dt.date(2026, 6, 15),
        id_card_issued_date=None,
        vneid_level=1,
        vneid2_date=None,
    )
    return rows


@pytest.fixture
def known(db, admin):
    with db.uow(admin) as work:
        bulk.insert_persons(work, known_rows())
    return db


def test_counts_exact(known, admin):
    with known.uow(admin) as work:
        got = quality.summary(work, today=TODAY)
    expected = dict(EXPECTED)
    expected["no_vneid2"] += 1  # "Vừa Đủ Tuổi": adult today, VNeID level 1
    assert got == expected


def test_queue_and_filter_match_counts(known, admin):
    with known.uow(admin) as work:
        rows = quality.queue(work, "deceased_registered", today=TODAY)
        assert len(rows) == 78
        assert "3 ngày làm việc" in rows[0].detail or "ngày làm việc" in rows[0].detail
        assert all(r.overdue for r in rows)
        assert search.count(work, search.SearchFilter(problem="id_province")) == 30
        wrong = quality.queue(work, "id_mismatch", today=TODAY)
        assert "giới tính" in wrong[0].detail


def test_marks_found_and_cleared(known, admin, clerk):
    d1, d2 = dt.date(2026, 6, 1), dt.date(2026, 6, 10)
    with known.uow(admin) as work:
        quality.sync_issues(work, today=d1)
        figures = quality.period_figures(work, d1, d1)
    assert figures["deceased_registered"] == {"found": 78, "cleared": 0}
    assert figures["wrong_id"] == {"found": 110, "cleared": 0}
    with known.uow(clerk) as work:
        rows = quality.queue(work, "id_province", today=TODAY)
        mark = quality.mark_checked(work, rows[0].person_id, "id_province", "Khai sinh ở nước ngoài (Lào)")
        with pytest.raises(ValidationError):
            quality.mark_checked(work, rows[0].person_id, "id_province", "lần hai")
        with pytest.raises(ValidationError) as err:
            quality.mark_checked(work, rows[1].person_id, "id_province", "")
        assert err.value.field == "Lý do"
        dead = quality.queue(work, "deceased_registered", today=TODAY)[:3]
        for r in dead:
            service.strike_off(work, r.person_id, r.version, d2, "a", "CT01")
    with known.uow(clerk) as work:
        quality.sync_issues(work, today=d2)
        got = quality.summary(work, today=TODAY)
        assert got["id_province"] == 29
        assert got["deceased_registered"] == 75
        assert quality.counts(work, today=TODAY)[4].marked == 1
        figures = quality.period_figures(work, dt.date(2026, 6, 2), max(dt.date.today(), d2))
        with pytest.raises(PermissionDenied):
            quality.revoke_mark(work, mark.id, mark.version)
    # strike-offs and the mark are cleared on the day they happened (the service syncs at once)
    assert figures["deceased_registered"]["cleared"] == 3
    assert figures["id_province"]["cleared"] == 1
    assert figures["deceased_registered"]["found"] == 0
    with known.uow(admin) as work:
        back = quality.revoke_mark(work, mark.id, mark.version)
        assert not back.active and back.revoked_by == "quantri"
        assert quality.summary(work, today=TODAY)["id_province"] == 30
        assert [m.reason for m in quality.list_marks(work, person_id=mark.person_id)] == [
            "Khai sinh ở nước ngoài (Lào)"
        ]


def test_fixing_a_duplicate_clears_both(db, admin):
    with db.uow(admin) as work:
        n = make_number("068", "M", 1980, 1)
        a = service.add_person(work, service.PersonInput("A", "Nam", "1980", id_number=n))
        service.add_person(work, service.PersonInput("B", "Nam", "1980", id_number=n))
        assert quality.summary(work)["id_duplicate"] == 2
        service.update_person(
            work, a.id, a.version, service.input_from_view(a, id_number=make_number("068", "M", 1980, 2))
        )
        assert quality.summary(work)["id_duplicate"] == 0
        figures = quality.period_figures(work, dt.date.today(), dt.date.today())
    assert figures["id_duplicate"] == {"found": 2, "cleared": 2}


def test_working_days():
    friday = dt.date(2026, 6, 12)
    assert quality.working_days_between(friday, dt.date(2026, 6, 15)) == 1
    assert quality.working_days_between(friday, dt.date(2026, 6, 16)) == 2


def test_stored_open_counts_match_a_recount(known, admin, clerk):
    with known.uow(admin) as work:
        assert set(quality.open_counts(work).values()) == {0}  # nothing synced yet
        quality.sync_issues(work, today=TODAY)
        assert quality.open_counts(work) == quality.summary(work, today=TODAY)
    with known.uow(clerk) as work:
        row = quality.queue(work, "id_province", today=TODAY)[0]
        quality.mark_checked(work, row.person_id, "id_province", "Khai sinh ở nước ngoài")
        assert quality.open_counts(work) == quality.summary(work, today=TODAY)
        assert quality.open_counts(work)["id_province"] == 29
