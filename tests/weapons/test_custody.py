import datetime as dt

import pytest
from sqlalchemy import select

from desktop.errors import CaxaError, PermissionDenied, ValidationError
from desktop.weapons import printouts, service
from desktop.weapons.models import CustodyEvent, WeaponItem
from desktop.weapons.views import HandoverInput, WeaponSettingsView
from tests.weapons.conftest import at

STATUS_AFTER = {
    "received": "at_station",
    "stored": "at_station",
    "taken_out": "out",
    "returned": "at_station",
    "handed_over": "handed_over",
    "destroyed": "destroyed",
    "voided": "voided",
}


def assert_state_matches_events(world) -> int:
    """The denormalised current state of every item equals what its last custody event says."""
    with world.db.uow(world.admin) as work:
        items = list(work.session.scalars(select(WeaponItem)))
        for item in items:
            events = list(
                work.session.scalars(
                    select(CustodyEvent).where(CustodyEvent.item_id == item.id).order_by(CustodyEvent.seq)
                )
            )
            assert [e.seq for e in events] == list(range(1, len(events) + 1))
            assert events[0].kind == "received"
            assert [e.at for e in events] == sorted(e.at for e in events)
            last = events[-1]
            assert (item.status, item.holder, item.location, item.last_event_at) == (
                STATUS_AFTER[last.kind],
                last.holder,
                last.location,
                last.at,
            ), item.code
    return len(items)


@pytest.fixture
def two_guns(world):
    r = world.run(
        service.record_receipt,
        world.receipt(
            at(2025, 3, 1), [world.item("súng kíp", seal="NP-1"), world.item("súng cồn tự chế", seal="NP-2")]
        ),
    )
    return r.items


def test_move_inspect_and_return_with_new_seal(world, two_guns):
    gun = two_guns[0]
    gun = world.run(
        service.move_item,
        gun.id,
        gun.version,
        "stored",
        at(2025, 3, 2),
        location="Tủ sắt số 2",
        holder="Trung úy Điểu K'Lung",
    )
    assert (gun.status, gun.location, gun.holder) == ("at_station", "Tủ sắt số 2", "Trung úy Điểu K'Lung")
    gun = world.run(
        service.move_item,
        gun.id,
        gun.version,
        "taken_out",
        at(2025, 3, 3),
        holder="PC09",
        location="Công an tỉnh",
        note="Giám định",
    )
    assert gun.status == "out" and gun.on_hand
    with pytest.raises(ValidationError):
        world.run(service.record_handover, HandoverInput(at(2025, 3, 4), "PC06", (gun.id,)))
    gun = world.run(
        service.move_item, gun.id, gun.version, "returned", dt.date(2025, 3, 5), seal_number="NP-9"
    )
    assert (gun.status, gun.location, gun.holder, gun.seal_number) == (
        "at_station",
        "Tủ sắt số 2",
        "Trung úy Điểu K'Lung",
        "NP-9",
    )
    history = world.run(service.item_history, gun.id)
    assert [e.kind_text for e in history] == [
        "Tiếp nhận",
        "Chuyển nơi cất giữ",
        "Mang đi giám định/kiểm tra",
        "Nhận lại sau giám định",
    ]
    assert assert_state_matches_events(world) == 2


def test_move_bad_input(world, two_guns):
    gun = two_guns[0]
    with pytest.raises(ValidationError) as err:
        world.run(service.move_item, gun.id, gun.version, "stored", at(2025, 2, 1), location="Tủ 2")
    assert err.value.field == "Thời gian"
    with pytest.raises(ValidationError) as err:
        world.run(
            service.move_item,
            gun.id,
            gun.version,
            "stored",
            dt.datetime.now() + dt.timedelta(days=2),
            location="Tủ 2",
        )
    assert err.value.field == "Thời gian"
    with pytest.raises(ValidationError) as err:
        world.run(service.move_item, gun.id, gun.version, "taken_out", at(2025, 3, 2), holder="PC09")
    assert err.value.field == "Ghi chú"
    with pytest.raises(ValidationError) as err:
        world.run(service.move_item, gun.id, gun.version, "returned", at(2025, 3, 2))
    with pytest.raises(ValidationError) as err:
        world.run(
            service.move_item, gun.id, gun.version, "taken_out", at(2025, 3, 2), holder="PC09", note="x"
        )
        world.run(service.move_item, gun.id, gun.version + 1, "returned", at(2025, 3, 3), seal_number="NP-2")
    assert err.value.field == "Số niêm phong mới"
    assert [e.kind for e in world.run(service.item_history, gun.id)] == ["received", "taken_out"]


def test_handover_freezes_items(world, two_guns, viewer):
    ids = tuple(i.id for i in two_guns)
    with pytest.raises(PermissionDenied):
        world.run(service.record_handover, HandoverInput(at(2025, 3, 4), "PC06", ids), actor=viewer)
    with pytest.raises(ValidationError) as err:
        world.run(service.record_handover, HandoverInput(at(2025, 3, 4), " ", ids))
    assert err.value.field == "Đơn vị nhận"
    with pytest.raises(ValidationError) as err:
        world.run(service.record_handover, HandoverInput(at(2025, 2, 4), "PC06", ids))
    assert err.value.field == "Ngày bàn giao"
    h = world.run(
        service.record_handover,
        HandoverInput(
            at(2025, 3, 4),
            "Phòng PC06 Công an tỉnh",
            ids,
            "112/BB-PC06",
            "Đại úy Phan Minh Tuấn",
            "Y Đức Niê",
        ),
    )
    assert (h.label, [i.status for i in h.items]) == ("Chưa cấp số", ["handed_over", "handed_over"])
    assert h.named == "ngày 04/03/2025 (chưa in)"
    assert h.items[0].holder == "Phòng PC06 Công an tỉnh (Đại úy Phan Minh Tuấn)"
    with pytest.raises(ValidationError, match="đã bàn giao cho Phòng PC06"):
        world.run(service.record_handover, HandoverInput(at(2025, 3, 5), "PC06", ids[:1]))
    gun = world.run(service.get_item, ids[0])
    with pytest.raises(ValidationError, match="không di chuyển"):
        world.run(service.move_item, gun.id, gun.version, "stored", at(2025, 3, 6), location="Tủ 3")
    assert [h.label for h in world.run(service.list_handovers)] == ["Chưa cấp số"]
    world.run(printouts.print_handover, h.id)  # issued: the register's first number of 2025
    assert [h.label for h in world.run(service.list_handovers)] == ["01/BB-CAX"]
    assert world.run(service.list_items) == []
    assert [i.code for i in world.run(service.list_items, status="handed_over")] == [
        "VK-2025-0002",
        "VK-2025-0001",
    ]
    history = world.run(service.item_history, ids[0])
    assert (history[-1].kind, history[-1].handover_label) == ("handed_over", "01/BB-CAX")
    assert assert_state_matches_events(world) == 2


def test_destruction_policy(world, two_guns):
    ids = [i.id for i in two_guns]
    with pytest.raises(ValidationError, match="chưa bàn giao") as err:
        world.run(service.record_destruction, ids[:1], dt.date(2025, 3, 6), "27/QĐ-HĐTH")
    assert err.value.field == "Vật phẩm"
    with pytest.raises(ValidationError) as err:
        world.run(service.record_destruction, ids[:1], dt.date(2025, 3, 6), "")
    assert err.value.field == "Số quyết định/biên bản tiêu hủy"
    world.run(service.record_handover, HandoverInput(at(2025, 3, 4), "PC06", (ids[0],)))
    done = world.run(service.record_destruction, ids[:1], dt.date(2025, 3, 6), "27/QĐ-HĐTH")
    assert done[0].status == "destroyed" and done[0].frozen
    with pytest.raises(ValidationError, match="đã tiêu hủy"):
        world.run(service.record_destruction, ids[:1], dt.date(2025, 3, 7), "28/QĐ-HĐTH")
    settings = world.run(service.get_weapon_settings)
    world.run(
        service.save_weapon_settings,
        WeaponSettingsView(
            settings.receipt_intro, settings.receipt_closing, settings.handover_intro, True, settings.version
        ),
    )
    direct = world.run(service.record_destruction, ids[1:], dt.date(2025, 3, 6), "29/QĐ-HĐTH")
    assert direct[0].status == "destroyed"
    history = world.run(service.item_history, ids[1])
    assert (history[-1].kind, history[-1].decision_number) == ("destroyed", "29/QĐ-HĐTH")
    assert assert_state_matches_events(world) == 2


def test_policy_needs_admin(world, clerk):
    s = world.run(service.get_weapon_settings)
    with pytest.raises(PermissionDenied):
        world.run(service.save_weapon_settings, s, actor=clerk)


def test_custody_events_are_append_only(world, two_guns):
    with pytest.raises(CaxaError, match="không sửa được"), world.db.uow(world.admin) as work:
        ev = work.session.scalars(select(CustodyEvent)).first()
        ev.location = "nơi khác"
        work.flush()
    with pytest.raises(CaxaError, match="không xóa được"), world.db.uow(world.admin) as work:
        work.session.delete(work.session.scalars(select(CustodyEvent)).first())
        work.flush()
    assert len(world.run(service.item_history, two_guns[0].id)) == 1


def test_items_search_and_categories(world, two_guns):
    assert [i.code for i in world.run(service.list_items, text="sung con")] == ["VK-2025-0002"]
    assert [i.code for i in world.run(service.list_items, text="vk-2025-0001")] == ["VK-2025-0001"]
    assert [i.code for i in world.run(service.list_items, text="NP-2")] == ["VK-2025-0002"]
    added = world.run(service.add_category, service.CategoryInput("Súng bắn đạn cao su", "khẩu"))
    assert added.name in [c.name for c in world.run(service.list_categories)]
    with pytest.raises(ValidationError) as err:
        world.run(service.add_category, service.CategoryInput("súng kíp", "khẩu"))
    assert err.value.field == "Tên loại"
    with pytest.raises(ValidationError):
        world.run(service.add_category, service.CategoryInput("Bẫy thú", "tấn"))
