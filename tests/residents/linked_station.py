"""A small hand-built station for the person's page and the merge: two households, a head with
events, files, a loan, data problems, a mark and campaign steps; each record's id is returned."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.residents import archive, campaign, events, households, loans, quality, service
from desktop.residents.archive import FileInput
from desktop.residents.events import EventInput
from desktop.residents.households import HouseholdInput
from desktop.residents.loans import LoanInput
from desktop.residents.service import PersonInput

GOOD_ID = "068090001234"  # male, born 1990, Lâm Đồng


def build(work: Any, villages: list[Any]) -> dict[str, Any]:
    v = villages[0].id
    head = service.add_person(
        work, PersonInput("Nguyễn Văn Ấn", "Nam", "05/03/1990", id_number=GOOD_ID, village_id=v)
    )
    child = service.add_person(work, PersonInput("Nguyễn Thị Bé", "Nữ", "", village_id=v))
    h = households.add_household(work, HouseholdInput("NĐ-001", v, "thôn Nia Đơn"), head.id)
    households.set_member(work, h.id, child.id, "Con")
    other = households.add_household(work, HouseholdInput("NĐ-002", v))
    e1 = events.add_event(work, head.id, EventInput("permanent", dt.date(2015, 4, 2), "Nhập khẩu", "CT01"))
    e2 = events.add_event(work, child.id, EventInput("temporary", dt.date(2020, 1, 9)))
    f_house = archive.add_file(work, FileInput("68123-000001", household_id=h.id))
    f_own = archive.add_file(work, FileInput("68123-000002", person_id=head.id))
    loan = loans.lend(
        work,
        LoanInput(f_house.id, "Trần Văn Mượn", "Xác minh cư trú", dt.date(2026, 1, 5), dt.date(2026, 1, 12)),
    )
    mark = quality.mark_checked(work, child.id, "birth_missing", "Giấy khai sinh bị mất, đang xin cấp lại")
    head_now = service.get_person(work, head.id)
    step = campaign.record_step(work, head.id, head_now.version, "reviewed", dt.date(2026, 2, 1))
    campaign.record_step(work, head.id, step.version, "applied", dt.date(2026, 2, 3))
    return {
        "head": head.id,
        "child": child.id,
        "household": h.id,
        "other_household": other.id,
        "events": (e1.id, e2.id),
        "file_house": f_house.id,
        "file_own": f_own.id,
        "loan": loan.id,
        "mark": mark.id,
    }
