"""Receipts (biên bản tiếp nhận): record, edit until printed, delete if never printed, void."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select

from desktop import audit
from desktop.db import UnitOfWork, now
from desktop.errors import ValidationError
from desktop.staff.models import Officer
from desktop.text import clean, fold, require_text
from desktop.weapons.common import (
    append_event,
    check_moment,
    insert_numbered,
    parse_quantity,
    receipt_named,
    receipt_view,
)
from desktop.weapons.models import (
    ORIGINS,
    PURGE_FLAG,
    CustodyEvent,
    WeaponCategory,
    WeaponItem,
    WeaponItemCounter,
    WeaponReceipt,
    WeaponReceiptOfficer,
    WeaponStocktakeLine,
)
from desktop.weapons.receipt_checks import (
    PERSON_FIELD,
    check_drafter,
    check_event,
    check_person,
    check_sanction,
    person_from_register,
)
from desktop.weapons.views import (
    OWNER_UNKNOWN_TEXT,
    ItemInput,
    ReceiptInput,
    ReceiptView,
)

STATION_STORE = "Kho Công an xã"


def _check_officers(uow: UnitOfWork, ids: tuple[int, ...], already: set[int]) -> list[int]:
    if not ids:
        raise ValidationError("Cán bộ tiếp nhận", "hãy chọn ít nhất một cán bộ tiếp nhận.")
    out: list[int] = []
    for oid in ids:
        officer = uow.session.get(Officer, oid)
        if officer is None:
            raise ValidationError("Cán bộ tiếp nhận", "cán bộ đã chọn không còn trong danh sách cán bộ.")
        if not officer.active and oid not in already:
            raise ValidationError(
                "Cán bộ tiếp nhận",
                f"«{officer.full_name}» không còn công tác nên không chọn làm người tiếp nhận.",
            )
        if oid not in out:
            out.append(oid)
    return out


def _check_item(
    uow: UnitOfWork, line: int, item: ItemInput, seals: dict[str, int], existing: WeaponItem | None
) -> dict[str, Any]:
    where = f"Dòng {line}"
    cat = uow.session.get(WeaponCategory, item.category_id) if item.category_id else None
    if cat is None:
        raise ValidationError(f"{where} – Loại", "hãy chọn loại vũ khí, vật liệu nổ.")
    if not cat.active and (existing is None or existing.category_id != cat.id):
        raise ValidationError(f"{where} – Loại", f"loại «{cat.name}» không còn dùng.")
    quantity = parse_quantity(item.quantity, item.unit, f"{where} – Số lượng")
    seal = require_text(f"{where} – Số niêm phong", item.seal_number, max_len=40, required=False)
    if seal:
        if fold(seal) in seals:
            raise ValidationError(
                f"{where} – Số niêm phong", f"«{seal}» trùng với dòng {seals[fold(seal)]} của biên bản này."
            )
        seals[fold(seal)] = line
        stmt = select(WeaponItem.code).where(func.lower(WeaponItem.seal_number) == seal.lower())
        if existing is not None:
            stmt = stmt.where(WeaponItem.id != existing.id)
        other = uow.session.scalar(stmt)
        if other:
            raise ValidationError(f"{where} – Số niêm phong", f"«{seal}» đã dùng cho vật phẩm {other}.")
    description = require_text(f"{where} – Mô tả", item.description, max_len=2000, required=False)
    markings = require_text(f"{where} – Ký hiệu, số hiệu", item.markings, max_len=250, required=False)
    condition = require_text(f"{where} – Tình trạng", item.condition, max_len=250, required=False)
    location = (
        require_text(f"{where} – Nơi cất giữ", item.location, max_len=200, required=False) or STATION_STORE
    )
    photos = "\n".join(require_text(f"{where} – Ảnh", p, max_len=400) for p in item.photos)
    return {
        "category_id": cat.id,
        "quantity": quantity,
        "unit": item.unit,
        "description": description,
        "markings": markings,
        "condition": condition,
        "seal_number": seal or None,
        "photos": photos,
        "search_key": fold(" ".join([cat.name, description, markings, seal])),
        "_location": location,
    }


def _validate(uow: UnitOfWork, data: ReceiptInput, receipt: WeaponReceipt | None) -> dict[str, Any]:
    received_at = check_moment("Thời gian tiếp nhận", data.received_at)
    if data.origin not in ORIGINS:
        raise ValidationError("Hình thức tiếp nhận", f"«{data.origin}» không hợp lệ.")
    values: dict[str, Any] = {
        "received_at": received_at,
        "origin": data.origin,
        "place": require_text("Địa điểm", data.place, max_len=200),
        **check_event(uow, data),
        **check_person(uow, data),
        **check_sanction(data),
        "witnesses": "\n".join(
            require_text("Người chứng kiến", w, max_len=120) for w in data.witnesses if clean(w)
        ),
        "notes": require_text("Ghi chú", data.notes, max_len=4000, required=False),
        "photos": "\n".join(require_text("Ảnh", p, max_len=400) for p in data.photos),
    }
    already: set[int] = set()
    if receipt is not None:
        already = set(
            uow.session.scalars(
                select(WeaponReceiptOfficer.officer_id).where(WeaponReceiptOfficer.receipt_id == receipt.id)
            )
        )
    values["_officers"] = _check_officers(uow, data.officer_ids, already)
    values["drafted_by"] = check_drafter(uow, data.drafted_by, values["_officers"], receipt)
    if not data.items:
        raise ValidationError("Vật phẩm", "biên bản phải có ít nhất một vật phẩm.")
    seals: dict[str, int] = {}
    existing = {}
    if receipt is not None:
        existing = {
            i.id: i
            for i in uow.session.scalars(select(WeaponItem).where(WeaponItem.receipt_id == receipt.id))
        }
    lines = []
    for n, item in enumerate(data.items, start=1):
        if item.id is not None and item.id not in existing:
            raise ValidationError(f"Dòng {n}", "vật phẩm này không thuộc biên bản đang sửa.")
        lines.append((item.id, _check_item(uow, n, item, seals, existing.get(item.id) if item.id else None)))
    values["_items"] = lines
    return values


def _holder(uow: UnitOfWork, officer_ids: list[int]) -> str:
    names = [uow.session.get(Officer, oid) for oid in officer_ids]
    return ", ".join(f"{o.rank} {o.full_name}".strip() for o in names if o is not None)[:200]


def _next_item_seq(uow: UnitOfWork, year: int) -> int:
    counter = uow.session.scalars(
        select(WeaponItemCounter).where(WeaponItemCounter.year == year).with_for_update()
    ).first()
    if counter is None:
        counter = uow.add(WeaponItemCounter(year=year, last=0))
    highest = uow.session.scalar(select(func.max(WeaponItem.seq)).where(WeaponItem.year == year)) or 0
    counter.last = max(counter.last or 0, highest) + 1
    uow.flush()
    return counter.last


def _new_item(
    uow: UnitOfWork, receipt: WeaponReceipt, line_no: int, fields: dict[str, Any], holder: str
) -> None:
    seq = _next_item_seq(uow, receipt.year)
    location = fields.pop("_location")
    item = uow.add(
        WeaponItem(
            receipt_id=receipt.id,
            line_no=line_no,
            year=receipt.year,
            seq=seq,
            code=f"VK-{receipt.year}-{seq:04d}",
            status="at_station",
            holder=holder,
            location=location,
            **fields,
        )
    )
    uow.flush()
    append_event(
        uow,
        item,
        "received",
        receipt.received_at,
        status="at_station",
        holder=holder,
        location=location,
        seal_number=item.seal_number or "",
        note=f"Tiếp nhận theo biên bản số {receipt.number}/{receipt.year}",
    )


def _set_officers(uow: UnitOfWork, receipt: WeaponReceipt, ids: list[int]) -> None:
    current = {
        o.officer_id: o
        for o in uow.session.scalars(
            select(WeaponReceiptOfficer).where(WeaponReceiptOfficer.receipt_id == receipt.id)
        )
    }
    for oid, link in current.items():
        if oid not in ids:
            uow.session.delete(link)
    for pos, oid in enumerate(ids):
        if oid in current:
            current[oid].position = pos
        else:
            uow.add(WeaponReceiptOfficer(receipt_id=receipt.id, officer_id=oid, position=pos))


def record_receipt(uow: UnitOfWork, data: ReceiptInput, *, numbering: Any = None) -> ReceiptView:
    """Save a new receipt with its items; its number (per calendar year) is assigned now."""
    uow.require("write")
    values = _validate(uow, data, None)
    officers, lines = values.pop("_officers"), values.pop("_items")
    year = values["received_at"].year
    holder = _holder(uow, officers)

    def build(number: int) -> WeaponReceipt:
        receipt = uow.add(WeaponReceipt(year=year, number=number, **values))
        uow.flush()
        _set_officers(uow, receipt, officers)
        for n, (_id, fields) in enumerate(lines, start=1):
            _new_item(uow, receipt, n, dict(fields), holder)
        return receipt

    receipt = insert_numbered(uow, build, WeaponReceipt, year, numbering)
    return receipt_view(uow, receipt)


def _editable(uow: UnitOfWork, receipt: WeaponReceipt, action: str) -> None:
    label = receipt_named(uow, receipt)
    if receipt.voided_at is not None:
        raise ValidationError("Biên bản", f"biên bản {label} đã hủy nên không {action} được.")
    if receipt.printed_at is not None:
        raise ValidationError(
            "Biên bản",
            f"biên bản {label} đã in (đã ký) nên không {action} được; "
            "nếu sai, hãy hủy biên bản (ghi rõ lý do) và lập biên bản mới.",
        )


def _why_kept(uow: UnitOfWork, item: WeaponItem) -> str:
    """Why an item must stay in the register ("" when it may still be removed with its draft receipt)."""
    kinds = set(uow.session.scalars(select(CustodyEvent.kind).where(CustodyEvent.item_id == item.id)))
    if not kinds <= {"received", "stored"} or item.status != "at_station":
        return f"{item.code} đã có diễn biến lưu giữ"
    counted = select(WeaponStocktakeLine.id).where(WeaponStocktakeLine.item_id == item.id).limit(1)
    if uow.session.scalar(counted):
        return f"{item.code} đã có tên trong biên bản kiểm kê"
    return ""


def _purge_item(uow: UnitOfWork, item: WeaponItem) -> None:
    conn = uow.session.connection()
    conn.info[PURGE_FLAG] = True
    try:
        for ev in uow.session.scalars(select(CustodyEvent).where(CustodyEvent.item_id == item.id)):
            uow.session.delete(ev)
        uow.flush()
        uow.session.delete(item)
        uow.flush()
    finally:
        conn.info.pop(PURGE_FLAG, None)


def update_receipt(uow: UnitOfWork, receipt_id: int, version: int, data: ReceiptInput) -> ReceiptView:
    """Edit a receipt that was never printed. Items keep their codes; removed lines must not have moved."""
    uow.require("write")
    receipt = uow.get(WeaponReceipt, receipt_id, version=version)
    _editable(uow, receipt, "sửa")
    values = _validate(uow, data, receipt)
    officers, lines = values.pop("_officers"), values.pop("_items")
    values.pop("photos")  # photos are added with desktop.weapons.photos, never replaced by an edit
    if values["received_at"].year != receipt.year:
        raise ValidationError(
            "Thời gian tiếp nhận",
            f"biên bản đã mang số của năm {receipt.year}; không đổi sang "
            "năm khác được (hãy xóa và lập biên bản mới).",
        )
    items = {
        i.id: i for i in uow.session.scalars(select(WeaponItem).where(WeaponItem.receipt_id == receipt.id))
    }
    kept = {item_id for item_id, _ in lines if item_id is not None}
    for item_id, item in items.items():
        if item_id not in kept:
            why = _why_kept(uow, item)
            if why:
                raise ValidationError("Vật phẩm", f"{why} nên không bỏ khỏi biên bản được.")
            _purge_item(uow, item)
    for key, value in values.items():
        setattr(receipt, key, value)
    _set_officers(uow, receipt, officers)
    holder = _holder(uow, officers)
    uow.flush()
    for n, (item_id, fields) in enumerate(lines, start=1):
        fields = dict(fields)
        if item_id is None:
            _new_item(uow, receipt, n, fields, holder)
            continue
        item = items[item_id]
        location = fields.pop("_location")
        fields.pop("photos")
        item.line_no = n
        for key, value in fields.items():
            setattr(item, key, value)
        uow.flush()
        if location != item.location:
            append_event(
                uow,
                item,
                "stored",
                now(),
                status=item.status,
                location=location,
                note="Sửa nơi cất giữ khi chỉnh biên bản",
            )
    receipt.updated_at = now()
    uow.flush()
    return receipt_view(uow, receipt)


def delete_receipt(uow: UnitOfWork, receipt_id: int, version: int) -> None:
    """Delete a receipt that was never printed and whose items never moved (the audit log keeps it)."""
    uow.require("write")
    receipt = uow.get(WeaponReceipt, receipt_id, version=version)
    _editable(uow, receipt, "xóa")
    items = list(uow.session.scalars(select(WeaponItem).where(WeaponItem.receipt_id == receipt.id)))
    for item in items:
        why = _why_kept(uow, item)
        if why:
            raise ValidationError(
                "Biên bản", f"vật phẩm {why} nên không xóa được; hãy hủy biên bản (ghi lý do)."
            )
    for item in items:
        _purge_item(uow, item)
    uow.session.execute(delete(WeaponReceiptOfficer).where(WeaponReceiptOfficer.receipt_id == receipt.id))
    uow.session.delete(receipt)
    uow.flush()


def void_receipt(uow: UnitOfWork, receipt_id: int, version: int, reason: str) -> ReceiptView:
    """Void a receipt (printed or not) with a reason; it stays listed and its items leave the stock."""
    uow.require("write")
    receipt = uow.get(WeaponReceipt, receipt_id, version=version)
    label = receipt_named(uow, receipt)
    why = require_text("Lý do hủy", reason, max_len=1000)
    if receipt.voided_at is not None:
        raise ValidationError("Biên bản", f"biên bản {label} đã hủy từ {receipt.voided_at:%d/%m/%Y}.")
    items = list(uow.session.scalars(select(WeaponItem).where(WeaponItem.receipt_id == receipt.id)))
    blocked = {"handed_over": "đã bàn giao", "destroyed": "đã tiêu hủy", "out": "đang mang đi giám định"}
    for item in items:
        if item.status in blocked:
            raise ValidationError(
                "Biên bản", f"vật phẩm {item.code} {blocked[item.status]} nên không hủy biên bản được."
            )
    moment = now()
    receipt.voided_at, receipt.void_reason, receipt.voided_by = moment, why, uow.actor.username
    uow.flush()
    for item in items:
        append_event(
            uow,
            item,
            "voided",
            max(moment, item.last_event_at or moment),
            status="voided",
            note=f"Biên bản {label} bị hủy: {why}"[:2000],
        )
    return receipt_view(uow, receipt)


def link_receipt(
    uow: UnitOfWork, receipt_id: int, version: int, *, person_id: int | None, event_id: int | None
) -> ReceiptView:
    """Resolve a receipt's links to the register, printed or not (the printed text stays as signed):
    ``person_id`` the person the giver is (None: a named outsider, or nobody for an unknown owner),
    ``event_id`` the schedule event (None: the typed event text stays as it is)."""
    uow.require("write")
    receipt = uow.get(WeaponReceipt, receipt_id, version=version)
    if person_id is not None:
        if receipt.owner_unknown and not receipt.person_name:
            raise ValidationError(PERSON_FIELD, f"biên bản ghi «{OWNER_UNKNOWN_TEXT}», không gắn người được.")
        person_id = person_from_register(uow, person_id).id
    if event_id is not None:
        event_id = check_event(uow, ReceiptInput(receipt.received_at, receipt.origin, event_id=event_id))[
            "event_id"
        ]
    receipt.person_id, receipt.person_unlinked = person_id, False
    receipt.event_id, receipt.event_unlinked = event_id, False
    receipt.updated_at = now()
    uow.flush()
    return receipt_view(uow, receipt)


def check_printable(view: ReceiptView) -> None:
    """A voided receipt is neither previewed nor printed."""
    if view.voided_at is not None:
        raise ValidationError("Biên bản", f"biên bản {view.named} đã hủy, không in được.")


def mark_printed(uow: UnitOfWork, receipt_id: int) -> ReceiptView:
    """Log the print of a receipt (after the clerk printed or saved it, so it was numbered from the
    outgoing register and the log names that number); from now on it cannot be edited or deleted,
    only voided."""
    uow.require("read")
    receipt = uow.get(WeaponReceipt, receipt_id)
    label = receipt_named(uow, receipt)
    if receipt.voided_at is not None:
        raise ValidationError("Biên bản", f"biên bản {label} đã hủy, không in được.")
    audit.record(uow, "print", WeaponReceipt.__tablename__, receipt.id, f"In biên bản tiếp nhận {label}")
    if receipt.printed_at is None:
        uow.require("write")
        receipt.printed_at = now()
        uow.flush()
    return receipt_view(uow, receipt)
