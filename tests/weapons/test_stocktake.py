import datetime as dt

import pytest

from desktop.errors import PermissionDenied, ValidationError
from desktop.weapons import printouts, service
from desktop.weapons.views import HandoverInput
from tests.weapons.conftest import at
from tests.weapons.printing import flat, text_of


def test_stocktake_lists_what_should_be_here_and_prints_the_discrepancy(world, viewer):
    r = world.run(
        service.record_receipt,
        world.receipt(
            at(2025, 3, 1),
            [
                world.item("súng kíp", seal="NP-1"),
                world.item("súng cồn tự chế", seal="NP-2"),
                world.item("đạn", "20", "viên", seal="NP-3"),
                world.item("súng hơi", seal="NP-4"),
            ],
        ),
    )
    gun, alcohol, bullets, air = r.items
    world.run(service.record_handover, HandoverInput(at(2025, 3, 2), "PC06", (air.id,)))
    world.run(service.move_item, gun.id, gun.version, "taken_out", at(2025, 3, 3), holder="PC09", note="GĐ")
    with pytest.raises(PermissionDenied):
        world.run(service.start_stocktake, dt.date(2025, 3, 4), actor=viewer)
    with pytest.raises(ValidationError) as err:
        world.run(service.start_stocktake, dt.date.today() + dt.timedelta(days=3))
    assert err.value.field == "Ngày kiểm kê"
    st = world.run(service.start_stocktake, dt.date(2025, 3, 4), ("Nguyễn Văn Hùng", "Điểu K'Lung"))
    assert [(ln.item.code, ln.expected_status) for ln in st.lines] == [
        ("VK-2025-0001", "out"),
        ("VK-2025-0002", "at_station"),
        ("VK-2025-0003", "at_station"),
    ]
    with pytest.raises(ValidationError, match="chưa kết thúc"):
        world.run(service.start_stocktake, dt.date(2025, 3, 4))
    lines = {ln.item.code: ln for ln in st.lines}
    world.run(
        service.tick, lines["VK-2025-0001"].id, lines["VK-2025-0001"].version, True, "Đang ở PC09, có giấy"
    )
    world.run(service.tick, lines["VK-2025-0002"].id, lines["VK-2025-0002"].version, True)
    with pytest.raises(ValidationError, match="chưa đánh dấu"):
        world.run(service.close_stocktake, st.id, st.version)
    world.run(
        service.tick, lines["VK-2025-0003"].id, lines["VK-2025-0003"].version, False, "Túi niêm phong trống"
    )
    st = world.run(service.get_stocktake, st.id)
    assert [ln.item.code for ln in st.missing] == ["VK-2025-0003"] and st.unchecked == ()
    st = world.run(service.close_stocktake, st.id, st.version)
    assert st.closed_at is not None
    with pytest.raises(ValidationError, match="đã kết thúc"):
        world.run(service.tick, st.lines[0].id, st.lines[0].version, False)
    text = flat(text_of(world.run(printouts.print_stocktake, st.id)))
    for expected in (
        "BIÊN BẢN",
        "Kiểm kê vũ khí, vật liệu nổ, công cụ hỗ trợ đang lưu giữ",
        "Nguyễn Văn Hùng, Điểu K'Lung",
        "Theo sổ: 3 vật phẩm",
        "Kiểm thấy đủ: 2. Không thấy: 1",
        "Chênh lệch",
        "VK-2025-0003",
        "Túi niêm phong trống",
        "Không thấy",
        "THÀNH VIÊN KIỂM KÊ",
        "TRƯỞNG CÔNG AN XÃ",
    ):
        assert expected in text, expected
    assert [s.id for s in world.run(service.list_stocktakes)] == [st.id]
    # the next stocktake can start once this one is closed
    assert world.run(service.start_stocktake, dt.date(2025, 3, 5)).lines


def test_counted_item_stays_in_the_register(world):
    r = world.run(service.record_receipt, world.receipt(at(2025, 3, 1), [world.item("súng kíp")]))
    world.run(service.start_stocktake, dt.date(2025, 3, 4))
    with pytest.raises(ValidationError, match="biên bản kiểm kê"):
        world.run(service.delete_receipt, r.id, r.version)
    assert len(world.run(service.list_items)) == 1
