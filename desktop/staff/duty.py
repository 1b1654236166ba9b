"""Daily duty at the station (lịch trực ban): for each day the duty leader (lãnh đạo trực ban) and
the duty officer (cán bộ trực ban), set a week at a time and printed on the weekly roster."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.staff.models import DutyDay, Officer
from desktop.text import format_date

WEEKDAY_NAMES = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


@dataclass(frozen=True)
class DutyInput:
    day: dt.date
    leader_id: int | None = None
    officer_id: int | None = None


@dataclass(frozen=True)
class DutyView:
    day: dt.date
    leader_id: int | None
    leader_label: str
    officer_id: int | None
    officer_label: str

    @property
    def day_text(self) -> str:
        return f"{WEEKDAY_NAMES[self.day.weekday()]}, {format_date(self.day)}"


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _label(o: Officer | None) -> str:
    return f"{o.rank} {o.full_name}".strip() if o else ""


def week_duty(uow: UnitOfWork, day: dt.date) -> list[DutyView]:
    """The seven days (Monday to Sunday) of the week containing ``day``; a day not set has no names."""
    uow.require("read")
    monday = monday_of(day)
    days = [monday + dt.timedelta(days=i) for i in range(7)]
    stmt = select(DutyDay).where(DutyDay.day.between(days[0], days[-1]))
    rows = {r.day: r for r in uow.session.scalars(stmt)}
    wanted = {i for r in rows.values() for i in (r.leader_id, r.officer_id) if i}
    officers = {o.id: o for o in uow.session.scalars(select(Officer).where(Officer.id.in_(wanted)))}
    out = []
    for d in days:
        r = rows.get(d)
        leader, officer = (r.leader_id, r.officer_id) if r else (None, None)
        out.append(DutyView(d, leader, _label(officers.get(leader)), officer, _label(officers.get(officer))))
    return out


def _officer(uow: UnitOfWork, field: str, officer_id: int | None, current: int | None) -> int | None:
    if not officer_id:
        return None
    o = uow.session.get(Officer, officer_id)
    if o is None:
        raise ValidationError(field, "hãy chọn một cán bộ có trong danh sách.")
    if not o.active and officer_id != current:
        raise ValidationError(field, f"đồng chí {o.full_name} không còn công tác.")
    return o.id


def set_week(uow: UnitOfWork, entries: list[DutyInput]) -> list[DutyView]:
    """Set the duty of several days at once (a week from the roster dialog); a day with neither name
    is cleared. Returns the week of the first entry."""
    uow.require("write")
    if not entries:
        raise ValidationError("Trực ban", "không có ngày nào để ghi.")
    seen: set[dt.date] = set()
    for e in entries:
        if not isinstance(e.day, dt.date):
            raise ValidationError("Ngày", "không được để trống.")
        if e.day in seen:
            raise ValidationError("Ngày", f"ngày {format_date(e.day)} được ghi hai lần.")
        seen.add(e.day)
        row = uow.session.scalar(select(DutyDay).where(DutyDay.day == e.day))
        where = f"{WEEKDAY_NAMES[e.day.weekday()]} {format_date(e.day)}"
        leader = _officer(uow, f"Lãnh đạo trực ban ({where})", e.leader_id, row.leader_id if row else None)
        officer = _officer(uow, f"Cán bộ trực ban ({where})", e.officer_id, row.officer_id if row else None)
        if leader is not None and leader == officer:
            raise ValidationError(f"Cán bộ trực ban ({where})",
                                  "phải là người khác với lãnh đạo trực ban trong ngày.")
        if leader is None and officer is None:
            if row is not None:
                uow.session.delete(row)
            continue
        if row is None:
            uow.add(DutyDay(day=e.day, leader_id=leader, officer_id=officer))
        else:
            row.leader_id, row.officer_id = leader, officer
    uow.flush()
    return week_duty(uow, entries[0].day)
