"""A receipt's giver and event are links to the register: made, shown on the person's page, followed
back, moved when duplicates merge, resolved by the clerk when the migration could not match them."""

from __future__ import annotations

import pytest

from desktop import audit, links
from desktop.errors import ValidationError
from desktop.residents import service as residents
from desktop.residents.service import PersonInput
from desktop.settings import add_village
from desktop.weapons import service
from desktop.weapons.models import WeaponReceipt
from desktop.weapons.person_links import OPENS, SECTION
from desktop.weapons.printouts import print_receipt
from desktop.weapons.receipts import link_receipt, mark_printed
from tests.weapons.conftest import at


def _person(world, name: str, id_number: str = "", village: int | None = None) -> int:
    data = PersonInput(
        name, "M", "1997", id_number=id_number, village_id=village, permanent_address="bon Bu Sir"
    )
    return world.run(residents.add_person, data).id


def test_giver_picked_from_register_is_shown_on_the_persons_page(world):
    village = world.run(add_village, "Bu Sir", "bon").id
    pid = _person(world, "Y Thuông Niê", "067097106927", village)
    forum = world.event("Ngày hội giao nộp vũ khí", at(2025, 3, 1, 8))
    r = world.run(
        service.record_receipt,
        world.receipt(
            at(2025, 3, 1, 9),
            [world.item("súng kíp")],
            person_id=pid,
            person_name="tên gõ tay bị bỏ qua",
            person_id_number="",
            person_address="",
            event_id=forum,
        ),
    )
    # the register's name and number are what the receipt prints; the event's title names the event
    assert (r.person_id, r.person_name, r.person_id_number) == (pid, "Y Thuông Niê", "067097106927")
    assert r.person_address == "bon Bu Sir" and not r.outsider
    assert (r.event_id, r.event_text) == (forum, "Ngày hội giao nộp vũ khí")
    seized = world.run(
        service.record_receipt,
        world.receipt(
            at(2025, 3, 5), [world.item("vũ khí thô sơ", unit="cái")], origin="seized", person_id=pid
        ),
    )
    with world.db.uow(world.admin) as work:
        shown = [x for x in links.for_person(work.session, pid) if x.opens == OPENS]
    assert [(x.record_id, x.section, x.role) for x in shown] == [
        (seized.id, SECTION, "Người vi phạm / người có đồ vật"),
        (r.id, SECTION, "Người giao nộp"),
    ]
    assert shown[1].text == "Biên bản ngày 01/03/2025 (chưa in): 1 khẩu súng kíp"
    world.run(print_receipt, r.id)
    with world.db.uow(world.admin) as work:
        shown = [x for x in links.for_person(work.session, pid) if x.opens == OPENS]
    assert shown[1].text == "Biên bản số 01/BB-CAX: 1 khẩu súng kíp"
    # followed back: the record the page opens is the receipt naming that person
    assert world.run(service.get_receipt, shown[1].record_id).person_id == pid


def test_named_outsider_is_not_linked(world):
    r = world.run(
        service.record_receipt,
        world.receipt(at(2025, 3, 1), [world.item("súng kíp")], person_name="Ông Khách"),
    )
    assert r.person_id is None and r.outsider and r.person_name == "Ông Khách"


def test_doubtful_id_number_is_kept_after_the_warning(world):
    data = world.receipt(at(2025, 3, 1), [world.item("súng kíp")], person_id_number="999097106927")
    with pytest.raises(ValidationError, match="không phải mã tỉnh"):
        world.run(service.record_receipt, data)
    kept = world.run(
        service.record_receipt,
        world.receipt(
            at(2025, 3, 1), [world.item("súng kíp")], person_id_number="999097106927", accept_id_warning=True
        ),
    )
    assert kept.person_id_number == "999097106927"


def test_merging_duplicate_persons_moves_the_receipts(world):
    keep = _person(world, "Điểu Xiêng", "067097106927")
    dup = _person(world, "Điểu Xiêng")
    data = world.receipt(at(2025, 3, 1), [world.item("súng kíp")], person_id=dup)
    r = world.run(service.record_receipt, data)
    with world.db.uow(world.admin) as work:
        moved = links.move_person_links(work.session, dup, keep)
    assert moved["weapons"] == 1
    assert world.run(service.get_receipt, r.id).person_id == keep
    with world.db.uow(world.admin) as work:
        assert [x.record_id for x in links.for_person(work.session, keep) if x.opens == OPENS] == [r.id]
        assert not [x for x in links.for_person(work.session, dup) if x.opens == OPENS]
        entries = audit.list_entries(work, audit.AuditFilter(table_name="weapon_receipt"))
    moved = [e for e in entries if e.changes.get("Người trong sổ nhân khẩu") == [dup, keep]]
    assert [e.action for e in moved] == ["update"]


def test_clerk_resolves_a_flagged_receipt_even_once_printed(world):
    pid = _person(world, "Y Thuông Niê", "067097106927")
    forum = world.event("Ngày hội", at(2025, 3, 1, 8))
    r = world.run(service.record_receipt, world.receipt(at(2025, 3, 1, 9), [world.item("súng kíp")]))
    with world.db.uow(world.admin) as work:  # as the migration leaves an unmatched receipt
        row = work.session.get(WeaponReceipt, r.id)
        row.person_unlinked = row.event_unlinked = True
    r = world.run(mark_printed, r.id)
    assert [x.id for x in world.run(service.list_receipts, unlinked_only=True)] == [r.id]
    assert world.run(service.list_receipts)[0].unlinked
    done = world.run(link_receipt, r.id, r.version, person_id=pid, event_id=forum)
    assert (done.person_id, done.event_id) == (pid, forum)
    assert not done.person_unlinked and not done.event_unlinked
    assert done.person_name == "Y Thuông Niê" and done.printed_at is not None  # the signed text stays
    assert world.run(service.list_receipts, unlinked_only=True) == []
    # an outsider after all: confirmed without a link
    again = world.run(link_receipt, done.id, done.version, person_id=None, event_id=None)
    assert again.person_id is None and again.outsider
