import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop import audit
from desktop.db import now
from desktop.errors import PermissionDenied, StaleRecord, ValidationError
from desktop.register import service as register
from desktop.weapons import receipts, service
from desktop.weapons.common import next_number
from desktop.weapons.models import CustodyEvent, WeaponItem, WeaponReceipt
from desktop.weapons.printouts import print_receipt
from desktop.weapons.views import HandoverInput, ItemInput
from tests.weapons.conftest import at


def count(world, model) -> int:
    with world.db.uow(world.admin) as work:
        return work.session.scalar(select(func.count(model.id)))


def test_numbers_per_year_items_and_received_events(world):
    r1 = world.run(
        service.record_receipt,
        world.receipt(
            at(2024, 12, 20),
            [world.item("súng kíp", seal="NP-1"), world.item("đạn chì", "2,5", "kg", seal="NP-2")],
        ),
    )
    r2 = world.run(
        service.record_receipt, world.receipt(at(2024, 12, 21), [world.item("súng cồn tự chế", "10")])
    )
    r3 = world.run(service.record_receipt, world.receipt(at(2025, 1, 2), [world.item("lựu đạn", "1", "quả")]))
    # the own sequence is the internal id; the label is the register's number, none before printing
    assert [(r.year, r.number, r.label) for r in (r1, r2, r3)] == [
        (2024, 1, "Chưa cấp số"),
        (2024, 2, "Chưa cấp số"),
        (2025, 1, "Chưa cấp số"),
    ]
    assert r1.named == "ngày 20/12/2024 (chưa in)"
    assert [i.code for i in r1.items] == ["VK-2024-0001", "VK-2024-0002"]
    assert r2.items[0].code == "VK-2024-0003" and r3.items[0].code == "VK-2025-0001"
    assert r1.items[1].quantity == Decimal("2.5") and r1.items[1].quantity_text == "2,5 kg"
    assert r2.items[0].quantity_text == "10 khẩu"
    assert all(i.status == "at_station" and i.location == "Kho Công an xã" for i in r1.items)
    assert r1.items[0].holder == "Thượng úy Trần Thị Thu Hà"
    assert [o.label for o in r1.officers] == ["Thượng úy Trần Thị Thu Hà"]
    history = world.run(service.item_history, r1.items[0].id)
    assert [(e.kind, e.at, e.seal_number) for e in history] == [("received", at(2024, 12, 20), "NP-1")]


def test_owner_unknown_and_search(world):
    world.run(service.record_receipt, world.receipt(at(2025, 3, 1), [world.item("súng kíp")]))
    found = world.run(
        service.record_receipt,
        world.receipt(
            at(2025, 3, 2),
            [world.item("lựu đạn", unit="quả")],
            origin="found",
            person_name="Y Bhin Niê",
            person_id_number="",
            event_text="Ra quân tổng kiểm tra",
        ),
    )
    # nobody hands in for an unknown owner: the finder is named (and signs), the owner stays unknown
    assert found.owner_unknown and found.person_text == "Y Bhin Niê"
    assert found.person_role == "Người phát hiện"
    assert [r.label for r in world.run(service.list_receipts, text="thuong")] == ["Chưa cấp số"]
    # two reports go out first: the receipt is printed as the year's third document
    for subject in ("Báo cáo tuần", "Báo cáo tháng"):
        world.run(register.issue, register.IssueInput("BC", dt.date(2025, 3, 2), subject, unit_symbol="CAX"))
    world.run(print_receipt, found.id)
    assert [r.label for r in world.run(service.list_receipts, text="ra quan")] == ["03/BB-CAX"]
    assert [r.label for r in world.run(service.list_receipts, text="03/BB-CAX")] == ["03/BB-CAX"]
    assert [r.label for r in world.run(service.list_receipts, text="3/2025")] == ["03/BB-CAX"]
    assert world.run(service.list_receipts, text="3/2024") == []
    # the own sequence stays searchable
    assert [r.label for r in world.run(service.list_receipts, text="2")] == ["03/BB-CAX"]
    rows = world.run(service.list_receipts)
    assert rows[0].item_summary == "1 quả lựu đạn" and rows[0].origin_text == "Phát hiện vô chủ"


def test_viewer_cannot_write(world, viewer):
    with pytest.raises(PermissionDenied):
        world.run(
            service.record_receipt, world.receipt(at(2025, 3, 1), [world.item("súng kíp")]), actor=viewer
        )
    assert world.run(service.list_receipts, actor=viewer) == []
    assert count(world, WeaponReceipt) == 0


BAD = [
    ({"items": [("súng kíp", "0", "khẩu")]}, "Dòng 1 – Số lượng"),
    ({"items": [("súng kíp", "-1", "khẩu")]}, "Dòng 1 – Số lượng"),
    ({"items": [("súng kíp", "1.5", "khẩu")]}, "Dòng 1 – Số lượng"),
    ({"items": [("đạn", "2,5", "viên")]}, "Dòng 1 – Số lượng"),
    ({"items": [("thuốc nổ", "0", "kg")]}, "Dòng 1 – Số lượng"),
    ({"items": [("thuốc nổ", "abc", "kg")]}, "Dòng 1 – Số lượng"),
    ({"items": [("thuốc nổ", "1", "tấn")]}, "Đơn vị tính"),
    ({"items": []}, "Vật phẩm"),
    ({"when": "future"}, "Thời gian tiếp nhận"),
    ({"officer": "retired"}, "Cán bộ tiếp nhận"),
    ({"officer": "missing"}, "Cán bộ tiếp nhận"),
    ({"officer": "none"}, "Cán bộ tiếp nhận"),
    ({"person_name": ""}, "Người giao nộp"),
    ({"person_id_number": "12345"}, "Số định danh cá nhân"),
    ({"person_id_number": "999097106927"}, "Số định danh cá nhân"),  # no such province code
    ({"person_id_number": "0670971069271"}, "Số định danh cá nhân"),
    ({"owner_unknown": True}, "Hình thức tiếp nhận"),
    ({"sanction_number": "12/QĐ-XPVPHC"}, "Quyết định xử phạt"),
    ({"person_id": 999999}, "Người giao nộp"),
    ({"event_id": 999999}, "Sự kiện"),
    ({"origin": "bought"}, "Hình thức tiếp nhận"),
    ({"place": ""}, "Địa điểm"),
    ({"seals": ("NP-9", "np-9")}, "Dòng 2 – Số niêm phong"),
]


@pytest.mark.parametrize(("case", "field"), BAD)
def test_bad_receipt_input_saves_nothing(world, case, field):
    case = dict(case)
    items = [world.item(c, q, u) for c, q, u in case.pop("items", [("súng kíp", "1", "khẩu")])]
    if "seals" in case:
        items = [world.item("súng kíp", seal=s) for s in case.pop("seals")]
    when = at(2025, 3, 1)
    if case.pop("when", None):
        when = now() + dt.timedelta(days=1)
    officer = case.pop("officer", None)
    if officer:
        case["officer_ids"] = {"retired": (world.retired,), "missing": (99999,), "none": ()}[officer]
    with pytest.raises(ValidationError) as err:
        world.run(service.record_receipt, world.receipt(when, items, **case))
    assert err.value.field == field
    assert (
        count(world, WeaponReceipt) == 0 and count(world, WeaponItem) == 0 and count(world, CustodyEvent) == 0
    )


def test_inactive_officer_message(world):
    with pytest.raises(ValidationError, match="Nguyễn Văn Cũ.*không còn công tác"):
        world.run(
            service.record_receipt,
            world.receipt(at(2025, 3, 1), [world.item("súng kíp")], officer_ids=(world.retired,)),
        )


def test_seal_number_unique_across_register(world):
    world.run(service.record_receipt, world.receipt(at(2025, 3, 1), [world.item("súng kíp", seal="NP-7")]))
    with pytest.raises(ValidationError) as err:
        world.run(
            service.record_receipt, world.receipt(at(2025, 3, 2), [world.item("súng hơi", seal="NP-7")])
        )
    assert err.value.field == "Dòng 1 – Số niêm phong" and "VK-2025-0001" in str(err.value)
    assert count(world, WeaponReceipt) == 1


def test_number_taken_by_another_pc_is_retried(world):
    world.run(service.record_receipt, world.receipt(at(2025, 3, 1), [world.item("súng kíp")]))
    calls = []

    def stale_numbering(uow, model, year):  # what a second PC computed before the first one committed
        calls.append(year)
        return 1

    with world.db.uow(world.admin) as work:
        r = receipts.record_receipt(
            work, world.receipt(at(2025, 3, 2), [world.item("súng hơi")]), numbering=stale_numbering
        )
    assert calls == [2025] and r.number == 2
    with world.db.uow(world.admin) as work:
        assert next_number(work, WeaponReceipt, 2025) == 3
        assert [i.code for i in service.get_receipt(work, r.id).items] == ["VK-2025-0002"]


def test_edit_until_printed_then_locked(world):
    r = world.run(
        service.record_receipt,
        world.receipt(at(2025, 3, 1), [world.item("súng kíp", seal="A1"), world.item("súng hơi", seal="A2")]),
    )
    keep = r.items[0]
    data = world.receipt(
        at(2025, 3, 1, 10),
        [
            ItemInput(
                keep.category_id,
                "1",
                "khẩu",
                "Súng kíp báng gỗ",
                seal_number="A1",
                location="Tủ sắt 2",
                id=keep.id,
            ),
            world.item("đạn", "12", "viên", seal="A3"),
        ],
        person_name="Điểu Xiêng",
        officer_ids=(world.officer2,),
    )
    r2 = world.run(service.update_receipt, r.id, r.version, data)
    assert [(i.code, i.category) for i in r2.items] == [("VK-2025-0001", "súng kíp"), ("VK-2025-0003", "đạn")]
    assert r2.person_name == "Điểu Xiêng" and [o.id for o in r2.officers] == [world.officer2]
    assert r2.items[0].location == "Tủ sắt 2" and r2.items[0].description == "Súng kíp báng gỗ"
    assert count(world, WeaponItem) == 2
    with pytest.raises(StaleRecord):
        world.run(service.update_receipt, r.id, r.version, data)
    world.run(print_receipt, r.id)
    with pytest.raises(ValidationError, match="đã in"):
        world.run(service.update_receipt, r2.id, r2.version + 1, data)
    printed = world.run(service.get_receipt, r.id)
    assert printed.printed_at is not None and not printed.editable
    with pytest.raises(ValidationError, match="đã in"):
        world.run(service.delete_receipt, r.id, printed.version)
    with world.db.uow(world.admin) as work:
        prints = audit.list_entries(work, audit.AuditFilter(table_name="weapon_receipt"))
    assert [e.summary for e in prints if e.action == "print"] == ["In biên bản tiếp nhận 01/BB-CAX"]


def test_delete_unprinted_receipt(world):
    r = world.run(service.record_receipt, world.receipt(at(2025, 3, 1), [world.item("súng kíp")]))
    world.run(service.delete_receipt, r.id, r.version)
    assert count(world, WeaponReceipt) == 0 and count(world, CustodyEvent) == 0
    with world.db.uow(world.admin) as work:
        deleted = audit.list_entries(work, audit.AuditFilter(table_name="weapon_item"))
    assert deleted[0].action == "delete" and deleted[-1].action == "insert"


def test_void_keeps_receipt_listed_and_removes_items_from_stock(world):
    r = world.run(service.record_receipt, world.receipt(at(2025, 3, 1), [world.item("súng kíp")]))
    with pytest.raises(ValidationError) as err:
        world.run(service.void_receipt, r.id, r.version, "  ")
    assert err.value.field == "Lý do hủy"
    v = world.run(service.void_receipt, r.id, r.version, "Lập trùng")
    assert v.voided_at is not None and v.void_reason == "Lập trùng" and v.state_text == "Đã hủy"
    assert v.items[0].status == "voided" and v.items[0].frozen
    assert [row.state_text for row in world.run(service.list_receipts)] == ["Đã hủy"]
    assert world.run(service.list_items) == []
    assert [e.kind for e in world.run(service.item_history, v.items[0].id)] == ["received", "voided"]
    with pytest.raises(ValidationError, match="đã hủy"):
        world.run(service.void_receipt, r.id, v.version, "lần nữa")


def test_cannot_void_after_handover(world):
    r = world.run(service.record_receipt, world.receipt(at(2025, 3, 1), [world.item("súng kíp")]))
    world.run(service.record_handover, HandoverInput(at(2025, 3, 5), "PC06", (r.items[0].id,)))
    with pytest.raises(ValidationError, match="đã bàn giao"):
        world.run(service.void_receipt, r.id, r.version, "nhầm")
