"""A station built by hand for the monthly report's tests: October 2026 with known counts in the
schedule, security, residents and weapons areas, plus records in September 2026 (previous period),
October 2025 (same period last year), March 2026 (year to date only) and a planned event in November.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from desktop.db import Actor, Database
from desktop.residents import events as residence
from desktop.residents import service as residents
from desktop.residents.events import EventInput as ResidenceInput
from desktop.residents.service import PersonInput
from desktop.schedule import events as ev
from desktop.schedule import incidents
from desktop.schedule.views import EventInput, IncidentInput, OutcomeInput
from desktop.settings import StationView, add_village, save_station
from desktop.staff import service as staff
from desktop.staff.service import OfficerInput
from desktop.weapons import service as weapons
from desktop.weapons.views import ItemInput, ReceiptInput

STATION = StationView(
    commune_name="Xã Đắk Nia",
    commune_code="24620",
    parent_body="CÔNG AN TỈNH LÂM ĐỒNG",
    issuing_body="CÔNG AN XÃ ĐẮK NIA",
    place_name="Đắk Nia",
    head_name="Y Đức Niê",
    head_title="TRƯỞNG CÔNG AN XÃ",
    doc_symbol="CAX",
    period_start_day=1,  # the hand-built months here are calendar months (a new station's default is 15)
)
OCT = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


def at(y: int, m: int, d: int, h: int = 8) -> dt.datetime:
    return dt.datetime(y, m, d, h)


def _event(work, kind: str, when: dt.datetime, officers: tuple[int, ...], *, done: bool = True,
           attendance: int | None = None, violations: int = 0, title: str = "") -> int:
    data = EventInput(kind, title or f"Công việc {kind}", when, when + dt.timedelta(hours=2),
                      "Thôn Nia Đơn", officer_ids=officers)
    view = ev.create_event(work, data).events[0]
    if done:
        ev.complete_event(work, view.id, view.version, OutcomeInput(attendance, violations))
    return view.id


def build(db: Database, admin: Actor) -> SimpleNamespace:
    with db.uow(admin) as work:
        save_station(work, STATION)
        a = staff.add_officer(work, OfficerInput("Y Đức Niê", "Thiếu tá", "Trưởng Công an xã")).id
        r = staff.add_officer(work, OfficerInput("Trần Văn Tăng", "Đại úy", kind="reinforcement")).id
        v1 = add_village(work, "Nia Đơn", "thôn").id
        p1 = residents.add_person(work, PersonInput("Điểu Sơn", "Nam", "1990", village_id=v1)).id
        p2 = residents.add_person(work, PersonInput("Thị Hoa", "Nữ", "1995", village_id=v1)).id

        # residence events: Oct 2026 two temporary, one absence; Sep one permanent; Oct 2025 one
        # temporary; Mar 2026 one absence (year to date only)
        for person, kind, day in (
            (p1, "temporary", dt.date(2026, 10, 5)),
            (p2, "temporary", dt.date(2026, 10, 31)),
            (p1, "absence", dt.date(2026, 10, 20)),
            (p2, "permanent", dt.date(2026, 9, 10)),
            (p1, "temporary", dt.date(2025, 10, 15)),
            (p2, "absence", dt.date(2026, 3, 1)),
        ):
            residence.add_event(work, person, ResidenceInput(kind, day))

        # schedule: Oct 2026 two patrols done (3 violations), one cancelled-never-done planned patrol,
        # a village meeting of 40; Sep one patrol; Oct 2025 one patrol; Mar 2026 one patrol
        _event(work, "patrol", at(2026, 10, 3, 20), (a, r), violations=3)
        _event(work, "patrol", at(2026, 10, 31, 21), (r,))
        _event(work, "patrol", at(2026, 10, 15, 20), (a,), done=False)
        _event(work, "village_meeting", at(2026, 10, 10, 19), (a, r), attendance=40)
        _event(work, "patrol", at(2026, 9, 30, 20), (a,))
        _event(work, "patrol", at(2025, 10, 12, 20), (a,))
        _event(work, "patrol", at(2026, 3, 12, 20), (r,))
        planned = _event(work, "village_meeting", at(2026, 11, 6, 19), (a,), done=False,
                         title="Họp thôn Nia Đơn tháng 11")

        # security: Oct 2026 a theft (transferred) and a traffic accident (1 killed, 2 injured);
        # Sep a theft pending; Oct 2025 a fraud
        incidents.add_incident(work, IncidentInput(at(2026, 10, 8), klass="crime", crime_kind="theft",
                                                   handling="transferred"))
        incidents.add_incident(work, IncidentInput(at(2026, 10, 9), klass="traffic_accident", killed=1,
                                                   injured=2))
        incidents.add_incident(work, IncidentInput(at(2026, 9, 9), klass="crime", crime_kind="theft"))
        incidents.add_incident(work, IncidentInput(at(2025, 10, 9), klass="crime", crime_kind="fraud",
                                                   handling="warning"))

        # weapons: Oct 2026 one receipt of 1 súng kíp and 10 súng cồn tự chế; Sep one súng hơi
        cats = {c.name: c.id for c in weapons.list_categories(work)}

        def receipt(when: dt.datetime, items: list[tuple[str, str]]) -> int:
            data = ReceiptInput(
                when, origin="voluntary", place="Nhà văn hóa thôn Nia Đơn", person_name="Y Thuông Niê",
                person_id_number="067097106927", person_address="thôn Nia Đơn", officer_ids=(a,),
                witnesses=("Y Bhin Niê",),
                items=tuple(ItemInput(cats[name], qty, "khẩu") for name, qty in items),
            )
            return weapons.record_receipt(work, data).id

        oct_receipt = receipt(at(2026, 10, 12), [("súng kíp", "1"), ("súng cồn tự chế", "10")])
        receipt(at(2026, 9, 2), [("súng hơi", "1")])
    return SimpleNamespace(officer=a, reinforcement=r, village=v1, p1=p1, p2=p2, planned=planned,
                           receipt=oct_receipt)
