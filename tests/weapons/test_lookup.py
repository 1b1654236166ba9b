import datetime as dt

import pytest

from desktop.errors import ValidationError
from desktop.weapons import lookup, printouts, service
from tests.weapons.conftest import at


def test_a_number_of_two_years_needs_the_year(world):
    """Register numbers restart each year: '01' of 2025 and of 2026 are two receipts; the module's own
    sequence number (which no paper shows) is not accepted."""
    ids = {}
    for year in (2025, 2026):
        r = world.run(service.record_receipt, world.receipt(at(year, 3, 8), [world.item("súng kíp")]))
        world.run(printouts.print_receipt, r.id)
        ids[year] = r.id
    extra = world.run(service.record_receipt, world.receipt(at(2026, 4, 1), [world.item("súng kíp")]))
    with pytest.raises(ValidationError, match="các năm 2026, 2025: thêm --year"):
        world.run(lookup.by_number, "receipt", "1")
    assert world.run(lookup.by_number, "receipt", "01/BB-CAX", 2025) == lookup.Found(ids[2025], "01/BB-CAX")
    assert world.run(lookup.by_number, "receipt", "1", 2026).record_id == ids[2026]
    with pytest.raises(ValidationError, match="số 02 năm 2026"):  # receipt 2 of 2026 was never printed
        world.run(lookup.by_number, "receipt", "2", 2026)
    with pytest.raises(ValidationError, match="01/KH-CAX"):
        world.run(lookup.by_number, "receipt", "01/KH-CAX", 2025)
    assert world.run(lookup.by_day, "receipt", dt.date(2026, 4, 1)) == lookup.Found(extra.id, "")
    with pytest.raises(ValidationError, match="chưa cấp số lập ngày 08/03/2026"):
        world.run(lookup.by_day, "receipt", dt.date(2026, 3, 8))  # printed: named by its number


def test_several_receipts_of_a_day_need_the_time(world):
    for hour in (9, 14):
        world.run(service.record_receipt, world.receipt(at(2025, 5, 2, hour, 30), [world.item("súng kíp")]))
    several = r"có 2 biên bản tiếp nhận chưa cấp số \(09:30 .*; 14:30 .*--time"
    with pytest.raises(ValidationError, match=several):
        world.run(lookup.by_day, "receipt", dt.date(2025, 5, 2))
    found = world.run(lookup.by_day, "receipt", dt.date(2025, 5, 2), lookup.parse_time("14:30"))
    assert world.run(service.get_receipt, found.record_id).received_at == at(2025, 5, 2, 14, 30)
    with pytest.raises(ValidationError, match="GIỜ:PHÚT"):
        lookup.parse_time("25:99")


def test_a_handover_is_named_by_its_number_or_its_day(world):
    from desktop.weapons.views import HandoverInput

    r = world.run(service.record_receipt, world.receipt(at(2025, 3, 8), [world.item("súng kíp")]))
    world.run(printouts.print_receipt, r.id)  # 01/BB-CAX
    data = HandoverInput(at(2025, 3, 20), "Phòng PC06", (r.items[0].id,), "", "", "Y Đức Niê")
    h = world.run(service.record_handover, data)
    assert world.run(lookup.by_day, "handover", dt.date(2025, 3, 20)) == lookup.Found(h.id, "")
    world.run(printouts.print_handover, h.id)  # the year's second document: 02/BB-CAX
    assert world.run(lookup.by_number, "handover", "02/BB-CAX") == lookup.Found(h.id, "02/BB-CAX")
    with pytest.raises(ValidationError, match="không có biên bản bàn giao nào đã cấp số 01"):
        world.run(lookup.by_number, "handover", "1")  # 01 is the receipt
