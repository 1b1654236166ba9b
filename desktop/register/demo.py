"""The demo station's outgoing register: the weapons records the demo printed get their numbers in
the order they went out, a report written outside CAXA is entered by hand, a wrong one voided."""

from __future__ import annotations

import datetime as dt

from desktop import demo
from desktop.db import UnitOfWork, now
from desktop.register import issuing, service


def demo_step(uow: UnitOfWork, scale: int) -> None:  # noqa: ARG001 - the register grows with the areas
    from desktop.weapons import custody
    from desktop.weapons import printouts as weapons
    from desktop.weapons import service as weapons_service

    printed = [
        (r.received_at, "receipt", r.id)
        for r in weapons_service.list_receipts(uow)
        if r.printed and not r.voided
    ]
    printed += [(h.handed_at, "handover", h.id) for h in custody.list_handovers(uow) if h.printed_at]
    with issuing.issuing():
        for _when, kind, record_id in sorted(printed):
            if kind == "receipt":
                view = weapons_service.get_receipt(uow, record_id)
                issuing.numbered(uow, weapons.receipt_document(uow, view)[0], "weapons.receipt", record_id)
            else:
                view = custody.get_handover(uow, record_id)
                issuing.numbered(uow, weapons.handover_document(uow, view)[0], "weapons.handover", record_id)
    today = now().date()
    start = today.replace(day=1) - dt.timedelta(days=1)
    hand = service.issue(
        uow,
        service.IssueInput(
            kind_code="BC",
            doc_date=today - dt.timedelta(days=3),
            subject=(f"Kết quả công tác bảo đảm an ninh, trật tự tháng {start.month:02d} năm {start.year}"),
            title="BÁO CÁO",
            signer="Y Đức Niê",
            recipients=("Công an tỉnh Lâm Đồng", "Đảng ủy xã", "Lưu: VT"),
            copies=3,
            number=service.next_number(uow, today.year),
            note="Soạn bằng Word, lấy số tại văn thư",
        ),
    )
    wrong = service.issue(
        uow,
        service.IssueInput(
            kind_code="TB",
            doc_date=hand.doc_date,
            subject="Lịch tiếp công dân (bản in nhầm tháng)",
            title="THÔNG BÁO",
            signer="Y Đức Niê",
            recipients=("Các thôn, bon", "Lưu: VT"),
            copies=1,
            number=service.next_number(uow, today.year),
        ),
    )
    service.void(uow, wrong.id, wrong.version, "In nhầm tháng; đã lập thông báo khác")


demo_step.order = 90  # type: ignore[attr-defined]  # after the areas whose records it numbers
demo.STEPS.append(demo_step)
