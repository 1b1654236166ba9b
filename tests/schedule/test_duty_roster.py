"""The weekly roster names the duty leader and the duty officer of each day (read back from the PDF)."""

import datetime as dt
import re

import pytest

from desktop.errors import ValidationError
from desktop.reports.official import render_bytes
from desktop.schedule.printouts import NOT_SET, duty_roster
from desktop.staff import service
from desktop.staff.duty import DutyInput, set_week, week_duty
from desktop.staff.service import OfficerInput
from tests.schedule.test_printouts import pdf_text

MONDAY = dt.date(2025, 3, 3)
TUESDAY = MONDAY + dt.timedelta(days=1)


def _week(base, **days) -> list[DutyInput]:
    return [DutyInput(MONDAY + dt.timedelta(days=i), *days.get(f"d{i}", (None, None))) for i in range(7)]


def test_duty_is_set_for_a_week_and_printed(db, admin, base):
    with db.uow(admin) as work:
        deputy = OfficerInput("Nguyễn Văn Thành", "Đại úy", "Phó Trưởng Công an xã")
        deputy = service.add_officer(work, deputy).id
        week = set_week(work, _week(base, d0=(base.a, base.b), d1=(deputy, base.c), d5=(base.a, None)))
    assert [(d.day.weekday(), d.leader_label, d.officer_label) for d in week] == [
        (0, "Thiếu tá Y Đức Niê", "Trung úy Điểu Lanh"),
        (1, "Đại úy Nguyễn Văn Thành", "Đại úy Hoàng Văn Thắng"),
        (2, "", ""), (3, "", ""), (4, "", ""),
        (5, "Thiếu tá Y Đức Niê", ""),
        (6, "", ""),
    ]
    with db.uow(admin) as work:
        text = " ".join(pdf_text(render_bytes(duty_roster(work, MONDAY + dt.timedelta(days=3)))).split())
    assert "II. LỊCH TRỰC BAN" in text and "Lãnh đạo trực ban" in text and "Cán bộ trực ban" in text
    assert re.search(r"Thứ Hai 03/03/2025 Thiếu tá Y Đức Niê Trung úy Điểu Lanh", text), text
    assert re.search(r"Thứ Ba 04/03/2025 Đại úy Nguyễn Văn Thành Đại úy Hoàng Văn Thắng", text), text
    assert re.search(rf"Thứ Bảy 08/03/2025 Thiếu tá Y Đức Niê {re.escape(NOT_SET)}", text), text
    assert text.count(NOT_SET) == 2 * 4 + 1  # four days with nobody, Saturday without an officer


def test_changing_and_clearing_a_day(db, admin, base):
    with db.uow(admin) as work:
        set_week(work, _week(base, d0=(base.a, base.b)))
        set_week(work, [DutyInput(MONDAY, base.a, base.c), DutyInput(TUESDAY, None, base.b)])
        changed = week_duty(work, MONDAY)
        set_week(work, [DutyInput(MONDAY, None, None)])
        cleared = week_duty(work, MONDAY + dt.timedelta(days=6))
    assert (changed[0].leader_id, changed[0].officer_id) == (base.a, base.c)
    assert (changed[1].leader_id, changed[1].officer_id) == (None, base.b)
    assert (cleared[0].leader_id, cleared[0].officer_id) == (None, None)
    assert cleared[1].officer_id == base.b


def test_bad_duty_names_its_field_and_saves_nothing(db, admin, base):
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        set_week(work, [DutyInput(MONDAY, base.a, base.b), DutyInput(TUESDAY, base.a, base.a)])
    assert err.value.field == "Cán bộ trực ban (Thứ Ba 04/03/2025)"
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        set_week(work, [DutyInput(MONDAY, 9999, None)])
    assert err.value.field == "Lãnh đạo trực ban (Thứ Hai 03/03/2025)"
    with db.uow(admin) as work:
        assert all(d.leader_id is None and d.officer_id is None for d in week_duty(work, MONDAY))
