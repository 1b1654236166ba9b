"""Shared set-up for the security register's tests: two officers, two villages, four persons."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from desktop import settings
from desktop.residents import service as residents
from desktop.residents.service import PersonInput
from desktop.staff import service as staff
from desktop.staff.service import OfficerInput


@pytest.fixture
def base(db, admin):
    with db.uow(admin) as work:
        a = staff.add_officer(work, OfficerInput("Y Đức Niê", "Thiếu tá", "Trưởng Công an xã"))
        b = staff.add_officer(work, OfficerInput("Điểu Lanh", "Trung úy"))
        v1 = settings.add_village(work, "Nia Đơn", "thôn")
        v2 = settings.add_village(work, "Bu Sir", "bon")
        p1 = residents.add_person(work, PersonInput("Điểu Sơn", "Nam", "1990", village_id=v1.id))
        p2 = residents.add_person(work, PersonInput("Nguyễn Văn Tài", "Nam", "1985", village_id=v1.id))
        p3 = residents.add_person(work, PersonInput("Thị Hoa", "Nữ", "1995", village_id=v2.id))
        p4 = residents.add_person(work, PersonInput("Nguyễn Văn Tài", "Nam", "1962", village_id=v2.id))
    return SimpleNamespace(a=a.id, b=b.id, v1=v1.id, v2=v2.id, p1=p1.id, p2=p2.id, p3=p3.id, p4=p4.id)


def at(y: int, m: int, d: int, h: int = 8, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi)
