"""A household is found by its number or by its head's name, whatever the diacritics."""

from __future__ import annotations

from desktop.residents import households, service
from desktop.residents.households import HouseholdInput
from desktop.residents.service import PersonInput


def test_households_found_by_number_or_head(db, admin, villages):
    v = villages[0].id
    with db.uow(admin) as work:
        head = service.add_person(work, PersonInput("Y Đức Niê", "Nam", "1970", village_id=v))
        h = households.add_household(work, HouseholdInput("NĐ-007", v), head.id)
        households.add_household(work, HouseholdInput("NĐ-008", v))
        member = service.add_person(work, PersonInput("Điểu Đức", "Nam", "2001", village_id=v))
        households.set_member(work, h.id, member.id, "Con")
        assert [n for _i, n, _v in households.list_households(work, text="y duc nie")] == ["NĐ-007"]
        assert [n for _i, n, _v in households.list_households(work, text="Đức Niê")] == ["NĐ-007"]
        assert [n for _i, n, _v in households.list_households(work, text="008")] == ["NĐ-008"]
        # a member's name is not the head's: "Điểu" finds nothing
        assert households.list_households(work, text="dieu") == []
