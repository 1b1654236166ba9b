"""ID cards due for renewal at 14, 25, 40 and 60 (Luật Căn cước 2023 Điều 21): hand-built boundary cases."""

from __future__ import annotations

import datetime as dt

from desktop.residents import quality, service
from desktop.residents.service import PersonInput

TODAY = dt.date(2026, 6, 15)


def _person(work, name: str, birth: str, issued: dt.date | None, **kw) -> int:
    data = PersonInput(
        name, "Nam", birth, id_card_status="issued" if issued else "none", id_card_issued_date=issued, **kw
    )
    return service.add_person(work, data).id


def test_renewal_counts_exactly_the_cards_past_their_age(db, admin):
    with db.uow(admin) as work:
        due = {
            _person(work, "Đủ 25 Hôm Nay", "15/06/2001", dt.date(2015, 1, 1)),
            _person(work, "Cấp Trước Hạn Một Ngày", "15/06/2001", dt.date(2024, 6, 14)),
            _person(work, "Đủ 40 Hôm Nay", "15/06/1986", dt.date(2021, 3, 1)),
            _person(work, "Đủ 60 Cấp Sớm", "15/06/1966", dt.date(2024, 6, 14)),
            _person(work, "Đủ 14 Thẻ Trẻ Em", "15/06/2012", dt.date(2020, 1, 1)),
            _person(work, "Chỉ Có Năm Sinh", "1990", dt.date(2012, 5, 1)),
        }
        fine = {
            _person(work, "Mai Mới Đủ 25", "16/06/2001", dt.date(2015, 1, 1)),
            _person(work, "Cấp Đúng Hai Năm Trước", "15/06/2001", dt.date(2024, 6, 15)),
            _person(work, "Đủ 60 Cấp Trong Hạn", "15/06/1966", dt.date(2024, 7, 1)),
            _person(work, "Đổi Sau Tuổi 25", "01/01/2000", dt.date(2025, 2, 1)),
            _person(work, "Năm Sinh 2001", "2001", dt.date(2023, 3, 1)),
            _person(work, "Chưa Có Thẻ", "01/01/1980", None),
            _person(
                work, "Đã Chuyển Đi", "15/06/1986", dt.date(2010, 1, 1), status="moved", moved_date="1/1/2026"
            ),
            _person(
                work,
                "Đã Xóa Thường Trú",
                "15/06/1986",
                dt.date(2010, 1, 1),
                struck_off_date="01/02/2026",
                strike_ground="b",
            ),
        }
        found = set(work.session.scalars(quality.failing_ids("idcard_renewal", TODAY)))
        counted = {c.code: c.count for c in quality.counts(work, today=TODAY)}["idcard_renewal"]
    assert found == due
    assert not found & fine
    assert counted == len(due) == 6


def test_the_rule_is_listed_with_the_law():
    rule = quality.RULES["idcard_renewal"]
    assert rule.label == "Đến tuổi đổi thẻ căn cước"
    assert "Luật Căn cước 2023 Điều 21" in rule.hint
