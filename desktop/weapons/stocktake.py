"""Stocktake (kiểm kê): list what should be at the station, tick what is found, close, print."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop import audit
from desktop.db import UnitOfWork, now
from desktop.errors import ValidationError
from desktop.text import clean, format_date, require_text
from desktop.weapons.common import item_views, split_lines
from desktop.weapons.models import WeaponItem, WeaponStocktake, WeaponStocktakeLine
from desktop.weapons.views import StocktakeLineView, StocktakeView


def _view(uow: UnitOfWork, st: WeaponStocktake) -> StocktakeView:
    lines = list(
        uow.session.scalars(select(WeaponStocktakeLine).where(WeaponStocktakeLine.stocktake_id == st.id))
    )
    items = {
        i.id: i
        for i in item_views(
            uow,
            uow.session.scalars(select(WeaponItem).where(WeaponItem.id.in_([ln.item_id for ln in lines]))),
        )
    }
    ordered = sorted(lines, key=lambda ln: (items[ln.item_id].received_at, items[ln.item_id].code))
    return StocktakeView(
        st.id,
        st.held_on,
        split_lines(st.members),
        st.notes,
        st.closed_at,
        st.printed_at,
        tuple(
            StocktakeLineView(ln.id, items[ln.item_id], ln.expected_status, ln.found, ln.note, ln.version)
            for ln in ordered
        ),
        st.version,
        st.started_at,
    )


def start_stocktake(
    uow: UnitOfWork,
    held_on: dt.date,
    members: tuple[str, ...] = (),
    notes: str = "",
    started_at: dt.time | None = None,
) -> StocktakeView:
    """Open a stocktake listing every item that should be at the station (or out for inspection).
    ``started_at``: the time of day it began (printed on the record); now, for a stocktake of today."""
    uow.require("write")
    if held_on is None:
        raise ValidationError("Ngày kiểm kê", "không được để trống.")
    if held_on > now().date():
        raise ValidationError("Ngày kiểm kê", f"{format_date(held_on)} là ngày trong tương lai.")
    open_one = uow.session.scalar(select(WeaponStocktake).where(WeaponStocktake.closed_at.is_(None)))
    if open_one is not None:
        raise ValidationError(
            "Kiểm kê",
            f"đợt kiểm kê ngày {format_date(open_one.held_on)} chưa kết thúc; hãy kết thúc đợt đó trước.",
        )
    st = uow.add(
        WeaponStocktake(
            held_on=held_on,
            members="\n".join(
                require_text("Thành phần kiểm kê", m, max_len=120) for m in members if clean(m)
            ),
            notes=require_text("Ghi chú", notes, max_len=4000, required=False),
            started_at=_start_moment(held_on, started_at),
        )
    )
    uow.flush()
    items = uow.session.scalars(select(WeaponItem).where(WeaponItem.status.in_(("at_station", "out"))))
    for item in items:
        uow.add(WeaponStocktakeLine(stocktake_id=st.id, item_id=item.id, expected_status=item.status))
    uow.flush()
    return _view(uow, st)


def _start_moment(held_on: dt.date, started_at: dt.time | None) -> dt.datetime | None:
    if started_at is not None:
        return dt.datetime.combine(held_on, started_at.replace(second=0, microsecond=0))
    moment = now()
    return moment.replace(second=0, microsecond=0) if held_on == moment.date() else None


def get_stocktake(uow: UnitOfWork, stocktake_id: int) -> StocktakeView:
    uow.require("read")
    return _view(uow, uow.get(WeaponStocktake, stocktake_id))


def list_stocktakes(uow: UnitOfWork) -> list[StocktakeView]:
    uow.require("read")
    return [
        _view(uow, st)
        for st in uow.session.scalars(
            select(WeaponStocktake).order_by(WeaponStocktake.held_on.desc(), WeaponStocktake.id.desc())
        )
    ]


def tick(
    uow: UnitOfWork, line_id: int, version: int, found: bool | None, note: str = ""
) -> StocktakeLineView:
    """Mark one line found (True), missing (False) or not yet checked (None)."""
    uow.require("write")
    line = uow.get(WeaponStocktakeLine, line_id, version=version)
    st = uow.get(WeaponStocktake, line.stocktake_id)
    if st.closed_at is not None:
        raise ValidationError("Kiểm kê", "đợt kiểm kê đã kết thúc, không sửa được.")
    line.found = found
    line.note = require_text("Ghi chú", note, max_len=250, required=False)
    uow.flush()
    item = item_views(uow, [uow.get(WeaponItem, line.item_id)])[0]
    return StocktakeLineView(line.id, item, line.expected_status, line.found, line.note, line.version)


def close_stocktake(
    uow: UnitOfWork, stocktake_id: int, version: int, notes: str | None = None
) -> StocktakeView:
    """End the stocktake; every line must have been ticked found or missing."""
    uow.require("write")
    st = uow.get(WeaponStocktake, stocktake_id, version=version)
    if st.closed_at is not None:
        raise ValidationError("Kiểm kê", "đợt kiểm kê đã kết thúc.")
    unchecked = uow.session.scalar(
        select(WeaponStocktakeLine.id)
        .where(WeaponStocktakeLine.stocktake_id == st.id, WeaponStocktakeLine.found.is_(None))
        .limit(1)
    )
    if unchecked is not None:
        raise ValidationError("Kiểm kê", "còn vật phẩm chưa đánh dấu có/không; hãy kiểm hết rồi kết thúc.")
    if notes is not None:
        st.notes = require_text("Ghi chú", notes, max_len=4000, required=False)
    st.closed_at = now()
    uow.flush()
    return _view(uow, st)


def mark_stocktake_printed(uow: UnitOfWork, stocktake_id: int) -> StocktakeView:
    uow.require("read")
    st = uow.get(WeaponStocktake, stocktake_id)
    audit.record(
        uow,
        "print",
        WeaponStocktake.__tablename__,
        st.id,
        f"In biên bản kiểm kê vũ khí ngày {format_date(st.held_on)}",
    )
    if st.printed_at is None:
        uow.require("write")
        st.printed_at = now()
        uow.flush()
    return _view(uow, st)
