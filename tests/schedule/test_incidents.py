import datetime as dt

import pytest

from desktop.db import now
from desktop.errors import PermissionDenied, ValidationError
from desktop.schedule import incidents as svc
from desktop.schedule.events import create_event
from desktop.schedule.views import HotspotInput, IncidentInput
from tests.schedule.conftest import at, event


def test_incident_round_trip(db, admin, viewer, base):
    with db.uow(admin) as work:
        ev = create_event(work, event()).event
        inc = svc.add_incident(
            work,
            IncidentInput(
                at(2025, 3, 4, 21, 30),
                "fight",
                "alcohol",
                base.v1,
                "Quán tạp hóa",
                "Điểu Sơn, Nguyễn Văn Tài",
                "Xô xát sau khi uống rượu",
                "mediation",
                "Hòa giải thành",
                ev.id,
            ),
        )
    assert (inc.kind_text, inc.cause_text, inc.handling_text) == ("Đánh nhau", "Rượu bia", "Hòa giải")
    assert inc.village_name == "thôn Nia Đơn" and inc.event_title == "Tuần tra, kiểm soát"
    with db.uow(viewer) as work:
        assert [i.id for i in svc.list_incidents(work, text="dieu son")] == [inc.id]
        assert svc.list_incidents(work, dt.date(2025, 3, 5), dt.date(2025, 3, 31)) == []
        assert len(svc.list_incidents(work, dt.date(2025, 3, 4), dt.date(2025, 3, 4), kind="fight")) == 1
        with pytest.raises(PermissionDenied):
            svc.add_incident(work, IncidentInput(at(2025, 3, 4), "fight"))
    with db.uow(admin) as work:
        changed = svc.update_incident(
            work,
            inc.id,
            inc.version,
            IncidentInput(
                at(2025, 3, 4, 21, 30), "fight", "other", None, people="Điểu Sơn", cause_note="nợ tiền"
            ),
        )
        assert changed.cause_text == "Khác (nợ tiền)" and changed.event_id is None
        svc.delete_incident(work, changed.id, changed.version)
        assert svc.list_incidents(work) == []


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (IncidentInput(now() + dt.timedelta(days=1), "fight"), "Thời gian xảy ra"),
        (IncidentInput(None, "fight"), "Thời gian xảy ra"),
        (IncidentInput(at(2025, 3, 4), "murder"), "Loại vụ việc"),
        (IncidentInput(at(2025, 3, 4), "fight", "moon"), "Nguyên nhân"),
        (IncidentInput(at(2025, 3, 4), "fight", handling="ignore"), "Hình thức giải quyết"),
        (IncidentInput(at(2025, 3, 4), "fight", village_id=999), "Thôn, bon"),
        (IncidentInput(at(2025, 3, 4), "fight", event_id=999), "Phát sinh trong công việc"),
    ],
)
def test_bad_incident(db, admin, base, data, field):
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        svc.add_incident(work, data)
    assert err.value.field == field
    with db.uow(admin) as work:
        assert svc.list_incidents(work) == []


def test_hotspots(db, admin, base):
    with db.uow(admin) as work:
        h = svc.add_hotspot(
            work,
            HotspotInput(
                "Km 52 Quốc lộ 28", dt.date(2025, 3, 1), "Cua gấp", base.v1, "UBND xã", "Cắm biển cảnh báo"
            ),
        )
        assert h.status_text == "Chưa khắc phục" and h.fixed_on is None
        with pytest.raises(ValidationError) as err:
            svc.update_hotspot(
                work, h.id, h.version, HotspotInput("Km 52", dt.date(2025, 3, 1), status="fixed")
            )
        assert err.value.field == "Ngày khắc phục"
        fixed = svc.update_hotspot(
            work,
            h.id,
            h.version,
            HotspotInput(
                "Km 52 Quốc lộ 28", dt.date(2025, 3, 1), status="fixed", fixed_on=dt.date(2025, 4, 2)
            ),
        )
        assert fixed.status == "fixed" and fixed.fixed_on == dt.date(2025, 4, 2)
        assert [x.id for x in svc.list_hotspots(work, status="fixed", text="quoc lo")] == [h.id]
        assert svc.list_hotspots(work, status="open") == []


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (HotspotInput("", dt.date(2025, 3, 1)), "Vị trí"),
        (HotspotInput("Ngã ba", now().date() + dt.timedelta(days=3)), "Ngày phát hiện"),
        (
            HotspotInput("Ngã ba", dt.date(2025, 3, 1), status="fixed", fixed_on=dt.date(2025, 2, 1)),
            "Ngày khắc phục",
        ),
        (HotspotInput("Ngã ba", dt.date(2025, 3, 1), status="gone"), "Tình trạng"),
    ],
)
def test_bad_hotspot(db, admin, base, data, field):
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        svc.add_hotspot(work, data)
    assert err.value.field == field
