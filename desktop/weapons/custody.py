"""Chain of custody: where every item is, its movements, handovers and destruction."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select

from desktop import audit
from desktop.db import UnitOfWork, now
from desktop.errors import ValidationError
from desktop.staff.models import Officer
from desktop.text import fold, format_date, require_text
from desktop.weapons.categories import get_weapon_settings
from desktop.weapons.common import (
    append_event,
    check_moment,
    event_views,
    insert_numbered,
    issued_labels,
    item_views,
    officer_by_id,
)
from desktop.weapons.models import CustodyEvent, WeaponHandover, WeaponItem
from desktop.weapons.views import HANDOVER_AREA, EventView, HandoverInput, HandoverView, ItemView, cited

#: the item filters offered by ``list_items``
ITEM_FILTERS = {
    "on_hand": "Đang lưu giữ (kể cả đang giám định)",
    "at_station": "Đang ở kho",
    "out": "Đang mang đi giám định",
    "handed_over": "Đã bàn giao",
    "destroyed": "Đã tiêu hủy",
    "voided": "Thuộc biên bản đã hủy",
    "all": "Tất cả",
}


def list_items(
    uow: UnitOfWork,
    *,
    status: str = "on_hand",
    text: str = "",
    category_id: int | None = None,
    limit: int = 5000,
) -> list[ItemView]:
    uow.require("read")
    if status not in ITEM_FILTERS:
        raise ValidationError("Trạng thái", f"«{status}» không hợp lệ.")
    stmt = select(WeaponItem).order_by(WeaponItem.year.desc(), WeaponItem.seq.desc()).limit(limit)
    if status == "on_hand":
        stmt = stmt.where(WeaponItem.status.in_(("at_station", "out")))
    elif status != "all":
        stmt = stmt.where(WeaponItem.status == status)
    if category_id:
        stmt = stmt.where(WeaponItem.category_id == category_id)
    key = fold(text)
    if key:
        stmt = stmt.where(
            or_(
                WeaponItem.search_key.contains(key, autoescape=True),
                WeaponItem.code.ilike(f"%{key.upper()}%"),
                WeaponItem.location.ilike(f"%{text.strip()}%"),
            )
        )
    return item_views(uow, uow.session.scalars(stmt))


def get_item(uow: UnitOfWork, item_id: int) -> ItemView:
    uow.require("read")
    return item_views(uow, [uow.get(WeaponItem, item_id)])[0]


def item_history(uow: UnitOfWork, item_id: int) -> list[EventView]:
    """Every custody event of an item, oldest first."""
    uow.require("read")
    uow.get(WeaponItem, item_id)
    events = uow.session.scalars(
        select(CustodyEvent).where(CustodyEvent.item_id == item_id).order_by(CustodyEvent.seq)
    )
    return event_views(uow, events)


def _frozen_message(uow: UnitOfWork, item: WeaponItem) -> str:
    last = uow.session.scalars(
        select(CustodyEvent).where(CustodyEvent.item_id == item.id).order_by(CustodyEvent.seq.desc()).limit(1)
    ).first()
    when = format_date(last.at.date()) if last else ""
    if item.status == "handed_over":
        return f"{item.code} đã bàn giao cho {item.holder} ngày {when}"
    if item.status == "destroyed":
        return f"{item.code} đã tiêu hủy ngày {when}"
    if item.status == "voided":
        return f"{item.code} thuộc biên bản đã hủy"
    return f"{item.code} đang mang đi giám định ({item.holder})"


def _when(item: WeaponItem, at: dt.datetime | dt.date | None, field: str) -> dt.datetime:
    moment = at
    if isinstance(at, dt.date) and not isinstance(at, dt.datetime):
        # a date without a time: keep the order of events on the same day
        moment = dt.datetime.combine(at, dt.time(0, 0))
        if item.last_event_at and moment.date() == item.last_event_at.date():
            moment = item.last_event_at
    return check_moment(
        field, moment, not_before=item.last_event_at, not_before_text="diễn biến trước của vật phẩm"
    )


def _check_seal(uow: UnitOfWork, item: WeaponItem, seal: str) -> str | None:
    seal = require_text("Số niêm phong mới", seal, max_len=40, required=False)
    if not seal:
        return None
    other = uow.session.scalar(
        select(WeaponItem.code).where(WeaponItem.seal_number == seal, WeaponItem.id != item.id)
    )
    if other:
        raise ValidationError("Số niêm phong mới", f"«{seal}» đã dùng cho vật phẩm {other}.")
    return seal


def move_item(
    uow: UnitOfWork,
    item_id: int,
    version: int,
    kind: str,
    at: dt.datetime | dt.date,
    *,
    holder: str = "",
    location: str = "",
    note: str = "",
    seal_number: str = "",
) -> ItemView:
    """Move an item that is at the station: ``stored`` (new place), ``taken_out`` (for inspection,
    ``holder`` takes it, ``note`` says why), ``returned`` (back, optionally with a new seal)."""
    uow.require("write")
    item = uow.get(WeaponItem, item_id, version=version)
    if kind not in ("stored", "taken_out", "returned"):
        raise ValidationError("Diễn biến", f"«{kind}» không hợp lệ.")
    if item.status in ("handed_over", "destroyed", "voided"):
        raise ValidationError(
            "Vật phẩm", _frozen_message(uow, item) + "; không di chuyển, không sửa được nữa."
        )
    moment = _when(item, at, "Thời gian")
    note = require_text("Ghi chú", note, max_len=1000, required=kind == "taken_out")
    if kind == "stored":
        if item.status != "at_station":
            raise ValidationError("Vật phẩm", _frozen_message(uow, item) + "; hãy ghi nhận lại trước.")
        place = require_text("Nơi cất giữ", location, max_len=200)
        who = require_text("Người quản lý", holder, max_len=200, required=False) or item.holder
        append_event(uow, item, "stored", moment, status="at_station", holder=who, location=place, note=note)
    elif kind == "taken_out":
        if item.status != "at_station":
            raise ValidationError("Vật phẩm", _frozen_message(uow, item) + ".")
        who = require_text("Người nhận mang đi", holder, max_len=200)
        place = require_text("Nơi mang đến", location, max_len=200, required=False) or item.location
        append_event(uow, item, "taken_out", moment, status="out", holder=who, location=place, note=note)
    else:
        if item.status != "out":
            raise ValidationError("Vật phẩm", f"{item.code} đang ở kho, không có gì để nhận lại.")
        seal = _check_seal(uow, item, seal_number)
        before = uow.session.scalars(
            select(CustodyEvent)
            .where(CustodyEvent.item_id == item.id, CustodyEvent.kind != "taken_out")
            .order_by(CustodyEvent.seq.desc())
        ).first()
        place = require_text("Nơi cất giữ", location, max_len=200, required=False) or (
            before.location if before else item.location
        )
        who = require_text("Người quản lý", holder, max_len=200, required=False) or (
            before.holder if before else item.holder
        )
        append_event(
            uow,
            item,
            "returned",
            moment,
            status="at_station",
            holder=who,
            location=place,
            note=note,
            seal_number=seal or "",
        )
        if seal:
            item.seal_number = seal
            uow.flush()
    return item_views(uow, [item])[0]


def _handover_view(uow: UnitOfWork, h: WeaponHandover, label: str | None = None) -> HandoverView:
    item_ids = select(CustodyEvent.item_id).where(CustodyEvent.handover_id == h.id)
    items = uow.session.scalars(
        select(WeaponItem).where(WeaponItem.id.in_(item_ids)).order_by(WeaponItem.year, WeaponItem.seq)
    )
    return HandoverView(
        h.id,
        h.year,
        h.number,
        issued_labels(uow, HANDOVER_AREA, [h.id])[h.id] if label is None else label,
        h.handed_at,
        h.receiving_unit,
        h.their_number,
        h.receiver_name,
        h.deliverer_name,
        h.notes,
        h.printed_at,
        tuple(item_views(uow, items)),
        h.version,
        h.place,
        h.receiver_rank,
        h.receiver_position,
        officer_by_id(uow, h.deliverer_id),
    )


def record_handover(uow: UnitOfWork, data: HandoverInput) -> HandoverView:
    """Hand items at the station over to PC06, the military or another unit (biên bản bàn giao)."""
    uow.require("write")
    unit = require_text("Đơn vị nhận", data.receiving_unit, max_len=200)
    if not data.item_ids:
        raise ValidationError("Vật phẩm", "hãy chọn ít nhất một vật phẩm để bàn giao.")
    items = []
    for item_id in dict.fromkeys(data.item_ids):
        item = uow.get(WeaponItem, item_id)
        if item.status != "at_station":
            raise ValidationError("Vật phẩm", _frozen_message(uow, item) + "; không bàn giao được.")
        items.append(item)
    moment = check_moment("Ngày bàn giao", data.handed_at)
    latest = max(items, key=lambda i: i.last_event_at or dt.datetime.min)
    if latest.last_event_at and moment < latest.last_event_at:
        if moment.date() == latest.last_event_at.date() and moment.time() == dt.time(0, 0):
            moment = latest.last_event_at
        else:
            raise ValidationError(
                "Ngày bàn giao",
                f"không được trước diễn biến cuối của {latest.code} ({latest.last_event_at:%d/%m/%Y %H:%M}).",
            )
    values = {
        "handed_at": moment,
        "receiving_unit": unit,
        "receiving_unit_key": fold(unit),
        "their_number": require_text(
            "Số biên bản của đơn vị nhận", data.their_number, max_len=60, required=False
        ),
        "receiver_name": require_text("Người nhận", data.receiver_name, max_len=120, required=False),
        "receiver_rank": require_text("Cấp bậc người nhận", data.receiver_rank, max_len=40, required=False),
        "receiver_position": require_text(
            "Chức vụ người nhận", data.receiver_position, max_len=120, required=False
        ),
        "deliverer_name": require_text("Người giao", data.deliverer_name, max_len=120, required=False),
        "deliverer_id": None,
        "place": require_text("Địa điểm bàn giao", data.place, max_len=200, required=False),
        "notes": require_text("Ghi chú", data.notes, max_len=4000, required=False),
    }
    if data.deliverer_id is not None:  # the station's representative, from the staff register
        officer = uow.session.get(Officer, data.deliverer_id)
        if officer is None:
            raise ValidationError("Người giao", "cán bộ đã chọn không còn trong danh sách cán bộ.")
        if not officer.active:
            raise ValidationError("Người giao", f"«{officer.full_name}» không còn công tác.")
        values["deliverer_id"], values["deliverer_name"] = officer.id, officer.full_name

    def build(number: int) -> WeaponHandover:
        h = uow.add(WeaponHandover(year=moment.year, number=number, **values))
        uow.flush()
        holder = f"{unit} ({values['receiver_name']})" if values["receiver_name"] else unit
        for item in items:
            append_event(
                uow,
                item,
                "handed_over",
                moment,
                status="handed_over",
                holder=holder[:200],
                location=unit,
                handover_id=h.id,
                note=f"Số biên bản bên nhận: {values['their_number']}" if values["their_number"] else "",
            )
        return h

    handover = insert_numbered(uow, build, WeaponHandover, moment.year)
    return _handover_view(uow, handover)


def list_handovers(uow: UnitOfWork) -> list[HandoverView]:
    uow.require("read")
    rows = list(uow.session.scalars(select(WeaponHandover).order_by(WeaponHandover.handed_at.desc())))
    labels = issued_labels(uow, HANDOVER_AREA, [h.id for h in rows])
    return [_handover_view(uow, h, labels[h.id]) for h in rows]


def get_handover(uow: UnitOfWork, handover_id: int) -> HandoverView:
    uow.require("read")
    return _handover_view(uow, uow.get(WeaponHandover, handover_id))


def mark_handover_printed(uow: UnitOfWork, handover_id: int) -> HandoverView:
    """Log the print of a handover (after it was printed or saved, so numbered from the outgoing
    register: the log names that number)."""
    uow.require("read")
    h = uow.get(WeaponHandover, handover_id)
    label = cited(issued_labels(uow, HANDOVER_AREA, [h.id])[h.id], h.handed_at)
    audit.record(uow, "print", WeaponHandover.__tablename__, h.id, f"In biên bản bàn giao {label}")
    if h.printed_at is None:
        uow.require("write")
        h.printed_at = now()
        uow.flush()
    return _handover_view(uow, h)


def record_destruction(
    uow: UnitOfWork,
    item_ids: tuple[int, ...] | list[int],
    destroyed_on: dt.date,
    decision_number: str,
    note: str = "",
) -> list[ItemView]:
    """Record that items were destroyed by the council (Hội đồng tiêu hủy). Items must have been
    handed over first, unless the station's policy allows destroying items kept at the station."""
    uow.require("write")
    decision = require_text("Số quyết định/biên bản tiêu hủy", decision_number, max_len=60)
    note = require_text("Ghi chú", note, max_len=1000, required=False)
    if not item_ids:
        raise ValidationError("Vật phẩm", "hãy chọn ít nhất một vật phẩm.")
    direct = get_weapon_settings(uow).allow_direct_destruction
    items = [uow.get(WeaponItem, i) for i in dict.fromkeys(item_ids)]
    for item in items:
        if item.status == "at_station" and not direct:
            raise ValidationError(
                "Vật phẩm",
                f"{item.code} đang lưu giữ tại Công an xã, chưa bàn giao. Theo cài đặt của đơn vị, "
                "vũ khí phải bàn giao (PC06 hoặc cơ quan quân sự) trước khi tiêu hủy; hãy lập biên bản "
                "bàn giao trước, hoặc quản trị viên cho phép tiêu hủy trực tiếp trong cài đặt sổ vũ khí.",
            )
        if item.status not in ("at_station", "handed_over"):
            raise ValidationError("Vật phẩm", _frozen_message(uow, item) + "; không ghi tiêu hủy được.")
    for item in items:
        moment = _when(item, destroyed_on, "Ngày tiêu hủy")
        append_event(
            uow,
            item,
            "destroyed",
            moment,
            status="destroyed",
            holder="Hội đồng tiêu hủy",
            location=item.location,
            decision_number=decision,
            note=note,
        )
    return item_views(uow, items)
