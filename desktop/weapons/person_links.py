"""What the weapons register knows about a person, for the person's page (``desktop.links``): the
receipts they handed in, the items found by them or taken from them; and the merge of duplicates,
which moves those receipts to the person kept."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import links
from desktop.register.service import session_issued_symbols
from desktop.weapons.models import PERSON_ROLES, WeaponCategory, WeaponItem, WeaponReceipt
from desktop.weapons.views import RECEIPT_AREA, format_quantity

SECTION = "Vũ khí, vật liệu nổ đã giao nộp"
OPENS = "weapons.receipt"
ORDER = 60


def _summaries(session: Session, receipt_ids: list[int]) -> dict[int, str]:
    """receipt id → '1 khẩu súng kíp; 20 viên đạn'."""
    names = dict(session.execute(select(WeaponCategory.id, WeaponCategory.name)).all())
    totals: dict[int, dict[tuple[str, str], object]] = defaultdict(dict)
    rows = session.execute(
        select(WeaponItem.receipt_id, WeaponItem.category_id, WeaponItem.unit, WeaponItem.quantity)
        .where(WeaponItem.receipt_id.in_(receipt_ids))
        .order_by(WeaponItem.receipt_id, WeaponItem.line_no)
    )
    for receipt_id, category_id, unit, quantity in rows:
        key = (names.get(category_id, ""), unit)
        totals[receipt_id][key] = totals[receipt_id].get(key, 0) + quantity  # type: ignore[operator]
    return {
        rid: "; ".join(
            f"{format_quantity(q)} {unit} {cat}"  # type: ignore[arg-type]
            for (cat, unit), q in parts.items()
        )
        for rid, parts in totals.items()
    }


def person_records(session: Session, person_id: int) -> list[links.LinkedRecord]:
    receipts = list(
        session.scalars(
            select(WeaponReceipt).where(WeaponReceipt.person_id == person_id).order_by(WeaponReceipt.id)
        )
    )
    if not receipts:
        return []
    found = session_issued_symbols(session, RECEIPT_AREA, [r.id for r in receipts])
    summaries = _summaries(session, [r.id for r in receipts])
    out = []
    for r in receipts:
        paper = f"số {found[r.id]}" if r.id in found else f"ngày {r.received_at:%d/%m/%Y} (chưa in)"
        text = f"Biên bản {paper}: {summaries.get(r.id, '')}".rstrip(": ")
        if r.voided_at is not None:
            text += " (đã hủy)"
        out.append(
            links.LinkedRecord(
                SECTION, OPENS, r.id, r.received_at, text, PERSON_ROLES.get(r.origin, ""), ORDER
            )
        )
    return out


def merge_person(session: Session, from_id: int, into_id: int) -> int:
    """Move the receipts of a duplicate person to the person kept (each change audited)."""
    moved = 0
    for receipt in session.scalars(select(WeaponReceipt).where(WeaponReceipt.person_id == from_id)):
        receipt.person_id = into_id
        moved += 1
    session.flush()
    return moved


links.register("weapons", person=person_records, merge_person=merge_person)
