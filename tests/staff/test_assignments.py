import datetime as dt

import pytest

from desktop import settings
from desktop.db import now
from desktop.errors import PermissionDenied, ValidationError
from desktop.schedule.events import create_event
from desktop.schedule.views import EventInput
from desktop.staff import assignments as svc
from desktop.staff import service
from desktop.staff.service import OfficerInput


@pytest.fixture
def people(db, admin):
    with db.uow(admin) as work:
        a = service.add_officer(work, OfficerInput("Hoàng Văn Thắng", "Đại úy"))
        v = settings.add_village(work, "Bu Sir", "bon")
    return a, v


def test_assignment_round_trip(db, admin, viewer, people):
    officer, village = people
    data = svc.AssignmentInput(
        officer.id,
        "Phòng Cảnh sát hình sự",
        dt.date(2025, 7, 1),
        dt.date(2025, 9, 30),
        "1234/QĐ-CAT",
        dt.date(2025, 6, 25),
        (village.id,),
    )
    with db.uow(admin) as work:
        a = svc.add_assignment(work, data)
        assert service.get_officer(work, officer.id).kind == "reinforcement"
    assert a.villages_text == "bon Bu Sir" and a.period_text == "01/07/2025 – 30/09/2025"
    with db.uow(viewer) as work:
        assert [
            x.id for x in svc.list_assignments(work, start=dt.date(2025, 9, 1), end=dt.date(2025, 12, 1))
        ] == [a.id]
        assert svc.list_assignments(work, start=dt.date(2025, 10, 1)) == []
        with pytest.raises(PermissionDenied):
            svc.add_assignment(work, data)
    with db.uow(admin) as work:
        b = svc.update_assignment(
            work,
            a.id,
            a.version,
            svc.AssignmentInput(officer.id, "Phòng PC02", dt.date(2025, 7, 1), dt.date(2025, 10, 31)),
        )
        assert b.village_ids == () and b.end_date == dt.date(2025, 10, 31)
        svc.delete_assignment(work, b.id, b.version)
        assert svc.list_assignments(work) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"end_date": dt.date(2025, 6, 1)}, "Đến ngày"),
        ({"end_date": dt.date(2030, 6, 1)}, "Đến ngày"),
        ({"home_unit": ""}, "Đơn vị cử đi"),
        ({"officer_id": 999}, "Cán bộ"),
        ({"village_ids": (999,)}, "Địa bàn phụ trách"),
        ({"decision_date": dt.date(2025, 12, 1)}, "Ngày quyết định"),
    ],
)
def test_bad_assignment(db, admin, people, change, field):
    officer, _ = people
    values = {
        "officer_id": officer.id,
        "home_unit": "PC02",
        "start_date": dt.date(2025, 7, 1),
        "end_date": dt.date(2025, 9, 30),
        **change,
    }
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        svc.add_assignment(work, svc.AssignmentInput(**values))
    assert err.value.field == field
    with db.uow(admin) as work:
        assert svc.list_assignments(work) == []


def test_awards(db, admin, people):
    officer, _ = people
    with db.uow(admin) as work:
        aw = svc.add_award(
            work,
            svc.AwardInput(
                officer.id, "Giám đốc Công an tỉnh", dt.date(2025, 10, 2), decision_number="3051/QĐ-CAT"
            ),
        )
        assert [x.title for x in svc.list_awards(work, officer_id=officer.id)] == ["Giấy khen"]
        with pytest.raises(ValidationError) as err:
            svc.add_award(work, svc.AwardInput(officer.id, "X", now().date() + dt.timedelta(days=5)))
        assert err.value.field == "Ngày khen thưởng"
        with pytest.raises(ValidationError) as err:
            svc.add_award(work, svc.AwardInput(officer.id, "", dt.date(2025, 10, 2)))
        assert err.value.field == "Cơ quan khen thưởng"
        svc.update_award(
            work, aw.id, aw.version, svc.AwardInput(officer.id, "UBND xã", dt.date(2025, 10, 2), "Bằng khen")
        )
        assert svc.list_awards(work)[0].issued_by == "UBND xã"


def test_officer_on_a_record_is_kept(db, admin, people):
    officer, _ = people
    with db.uow(admin) as work:
        create_event(
            work,
            EventInput(
                "patrol",
                "",
                dt.datetime(2025, 3, 4, 20),
                dt.datetime(2025, 3, 4, 23),
                officer_ids=(officer.id,),
            ),
        )
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        service.delete_officer(work, officer.id, officer.version)
    assert "Không còn công tác" in err.value.detail
    with db.uow(admin) as work:
        assert service.get_officer(work, officer.id).full_name == "Hoàng Văn Thắng"
