"""Shared set-up for the weapons tests: a configured station, officers, category ids."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from desktop.db import Actor, Database
from desktop.settings import StationView, save_station
from desktop.staff import service as staff
from desktop.staff.service import OfficerInput
from desktop.weapons import service
from desktop.weapons.views import ItemInput, ReceiptInput

STATION = StationView(
    commune_name="Xã Đắk Nia",
    parent_body="CÔNG AN TỈNH LÂM ĐỒNG",
    issuing_body="CÔNG AN XÃ ĐẮK NIA",
    place_name="Đắk Nia",
    head_name="Y Đức Niê",
    head_title="TRƯỞNG CÔNG AN XÃ",
    doc_symbol="CAX",
)


@dataclass
class World:
    db: Database
    admin: Actor
    officer: int
    officer2: int
    retired: int
    cat: dict[str, int]

    def receipt(self, when: dt.datetime, items: list[ItemInput], **kw) -> ReceiptInput:
        base = {
            "origin": "voluntary",
            "place": "Nhà văn hóa thôn Nia Đơn",
            "person_name": "Y Thuông Niê",
            "person_id_number": "067097106927",
            "person_address": "bon Bu Sir",
            "officer_ids": (self.officer,),
            "witnesses": ("Y Bhin Niê",),
        }
        base.update(kw)
        return ReceiptInput(when, items=tuple(items), **base)

    def item(self, cat: str, qty="1", unit="khẩu", seal: str = "", **kw) -> ItemInput:
        return ItemInput(self.cat[cat], qty, unit, seal_number=seal, **kw)

    def event(self, title: str, starts: dt.datetime, hours: int = 4, kind: str = "forum") -> int:
        """A schedule event (the forum at which weapons are handed in); its id."""
        from desktop.schedule.events import create_event
        from desktop.schedule.views import EventInput

        data = EventInput(kind, title, starts, starts + dt.timedelta(hours=hours), "Nhà văn hóa thôn Nia Đơn")
        return self.run(create_event, data).events[0].id

    def run(self, fn, *args, actor: Actor | None = None, **kwargs):
        return self.db.run(actor or self.admin, fn, *args, **kwargs)


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    with db.uow(admin) as work:
        save_station(work, STATION)
        a = staff.add_officer(work, OfficerInput("Trần Thị Thu Hà", "Thượng úy"))
        b = staff.add_officer(work, OfficerInput("Điểu K'Lung", "Trung úy"))
        c = staff.add_officer(work, OfficerInput("Nguyễn Văn Cũ", "Đại úy", active=False))
        cats = {x.name: x.id for x in service.list_categories(work)}
    return World(db, admin, a.id, b.id, c.id, cats)


def at(y: int, m: int, d: int, h: int = 9, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi)
