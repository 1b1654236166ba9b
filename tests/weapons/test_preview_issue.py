"""Rendering a weapons printout for a preview changes nothing; only issuing it (after the clerk
printed or saved it) logs the print and locks a receipt. On SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop import audit
from desktop.errors import PermissionDenied, ValidationError
from desktop.register import issuing
from desktop.weapons import custody, labels, printouts, receipts, service, stocktake
from desktop.weapons.views import HandoverInput
from tests.weapons.conftest import at
from tests.weapons.printing import flat, text_of


def prints(world, table: str) -> list[str]:
    with world.db.uow(world.admin) as work:
        entries = audit.list_entries(work, audit.AuditFilter(table_name=table))
    return [e.summary for e in entries if e.action == "print"]


@pytest.fixture
def receipt(world):
    return world.run(
        service.record_receipt,
        world.receipt(at(2025, 3, 8, 9, 30), [world.item("súng kíp", seal="NP-001")]),
    )


def test_receipt_preview_does_not_lock_it(world, receipt, viewer):
    for _ in range(2):
        text = flat(text_of(world.run(printouts.receipt_pdf, receipt.id)))
        assert "Số: /BB-CAX" in text  # unnumbered: the register gives the number when it is issued
    # a viewer may look at it too: looking is not printing
    assert b"%PDF" in world.run(printouts.receipt_pdf, receipt.id, actor=viewer)[:8]
    fresh = world.run(service.get_receipt, receipt.id)
    assert fresh.printed_at is None and fresh.editable
    assert prints(world, "weapon_receipt") == []
    # still editable after the previews
    item = replace(world.item("súng kíp", seal="NP-001"), id=receipt.items[0].id)
    data = replace(world.receipt(receipt.received_at, [item]), notes="Sửa sau khi xem trước")
    assert world.run(service.update_receipt, fresh.id, fresh.version, data).notes == "Sửa sau khi xem trước"

    with pytest.raises(PermissionDenied):
        world.run(receipts.mark_printed, receipt.id, actor=viewer)
    world.run(issuing.issued_render, printouts.receipt_pdf, receipt.id)  # the print flow numbers it first
    issued = world.run(receipts.mark_printed, receipt.id)
    assert issued.printed_at is not None and not issued.editable
    assert prints(world, "weapon_receipt") == ["In biên bản tiếp nhận 01/BB-CAX"]


def test_voided_receipt_is_neither_previewed_nor_issued(world, receipt):
    world.run(service.void_receipt, receipt.id, receipt.version, "Lập trùng")
    with pytest.raises(ValidationError, match="đã hủy"):
        world.run(printouts.receipt_pdf, receipt.id)
    with pytest.raises(ValidationError, match="đã hủy"):
        world.run(receipts.mark_printed, receipt.id)


def test_handover_stocktake_and_labels_preview_log_nothing(world, receipt):
    h = world.run(
        service.record_handover,
        HandoverInput(at(2025, 3, 20), "Phòng PC06", tuple(i.id for i in receipt.items), "12/BB-PC06"),
    )
    assert "12/BB-PC06" in flat(text_of(world.run(printouts.handover_pdf, h.id)))
    assert world.run(service.get_handover, h.id).printed_at is None
    assert prints(world, "weapon_handover") == []
    world.run(custody.mark_handover_printed, h.id)
    assert world.run(service.get_handover, h.id).printed_at is not None
    assert len(prints(world, "weapon_handover")) == 1

    st = world.run(stocktake.start_stocktake, at(2025, 4, 1).date(), ("Điểu K'Lung",), "")
    assert "Điểu K'Lung" in flat(text_of(world.run(printouts.stocktake_pdf, st.id)))
    assert world.run(stocktake.get_stocktake, st.id).printed_at is None
    world.run(stocktake.mark_stocktake_printed, st.id)
    assert world.run(stocktake.get_stocktake, st.id).printed_at is not None

    ids = [i.id for i in receipt.items]
    assert "VK-2025-0001" in flat(text_of(world.run(labels.labels_for, ids)))
    assert prints(world, "weapon_item") == []
    world.run(labels.log_labels_printed, ids)
    assert prints(world, "weapon_item") == ["In nhãn niêm phong: VK-2025-0001"]
