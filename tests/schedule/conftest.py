"""Shared set-up for schedule tests: three officers and two villages."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from desktop import settings
from desktop.schedule.views import EventInput
from desktop.staff import service
from desktop.staff.service import OfficerInput


@pytest.fixture
def base(db, admin):
    with db.uow(admin) as work:
        settings.save_station(
            work,
            settings.StationView(
                commune_name="Xã Đắk Nia",
                parent_body="CÔNG AN TỈNH LÂM ĐỒNG",
                issuing_body="CÔNG AN XÃ ĐẮK NIA",
                place_name="Đắk Nia",
                head_name="Y Đức Niê",
                head_title="TRƯỞNG CÔNG AN XÃ",
                period_start_day=1,  # the schedule's periods here are calendar months
            ),
        )
        a = service.add_officer(work, OfficerInput("Y Đức Niê", "Thiếu tá", "Trưởng Công an xã"))
        b = service.add_officer(work, OfficerInput("Điểu Lanh", "Trung úy"))
        c = service.add_officer(work, OfficerInput("Hoàng Văn Thắng", "Đại úy", kind="reinforcement"))
        v1 = settings.add_village(work, "Nia Đơn", "thôn")
        v2 = settings.add_village(work, "Bu Sir", "bon")
    return SimpleNamespace(a=a.id, b=b.id, c=c.id, v1=v1.id, v2=v2.id)


def at(y: int, m: int, d: int, h: int = 0, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi)


def event(
    kind: str = "patrol",
    start: dt.datetime | None = None,
    hours: float = 3,
    officers=(),
    villages=(),
    title: str = "",
    topics=(),
    place: str = "",
) -> EventInput:
    start = start or at(2025, 3, 4, 20)
    return EventInput(
        kind,
        title,
        start,
        start + dt.timedelta(hours=hours),
        place,
        tuple(villages),
        tuple(officers),
        "",
        tuple(topics),
    )
