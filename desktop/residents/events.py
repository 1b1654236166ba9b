"""Residence events: permanent and temporary registration, absence, split, correction, strike-off."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select

from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.residents import validate
from desktop.residents.models import EVENT_KINDS, Person, ResidenceEvent
from desktop.text import require_text


@dataclass(frozen=True)
class EventInput:
    kind: str
    event_date: dt.date | str | None
    reason: str = ""
    form_ref: str = ""
    note: str = ""


@dataclass(frozen=True)
class EventView:
    id: int
    person_id: int
    kind: str
    event_date: dt.date
    reason: str
    form_ref: str
    note: str
    version: int

    @property
    def kind_text(self) -> str:
        return EVENT_KINDS.get(self.kind, self.kind)


def _view(e: ResidenceEvent) -> EventView:
    return EventView(e.id, e.person_id, e.kind, e.event_date, e.reason, e.form_ref, e.note, e.version)


def add_event(uow: UnitOfWork, person_id: int, data: EventInput, *, _apply: bool = True) -> EventView:
    """Log an event. A strike-off through here also strikes the person off (use service.strike_off)."""
    uow.require("write")
    person = uow.get(Person, person_id)
    kind = validate.choice("Loại biến động", data.kind, EVENT_KINDS)
    day = validate.to_date("Ngày biến động", data.event_date, today=dt.date.today())
    if day is None:
        raise ValidationError("Ngày biến động", "không được để trống.")
    if person.birth_year and day < dt.date(person.birth_year, person.birth_month or 1, person.birth_day or 1):
        raise ValidationError("Ngày biến động", "trước ngày sinh của nhân khẩu.")
    form_ref = require_text("Số biểu mẫu (CT)", data.form_ref, max_len=60, required=False)
    reason = require_text("Lý do", data.reason, max_len=250, required=kind in ("correction", "strike_off"))
    if kind == "strike_off" and _apply:
        from desktop.residents.service import strike_off

        strike_off(uow, person_id, person.version, day, reason, form_ref)
        return _view(
            uow.session.scalars(
                select(ResidenceEvent)
                .where(ResidenceEvent.person_id == person_id)
                .order_by(ResidenceEvent.id.desc())
                .limit(1)
            ).one()
        )
    event = uow.add(
        ResidenceEvent(
            person_id=person_id,
            kind=kind,
            event_date=day,
            reason=reason,
            form_ref=form_ref,
            note=require_text("Ghi chú", data.note, max_len=2000, required=False),
        )
    )
    uow.flush()
    return _view(event)


def list_events(uow: UnitOfWork, person_id: int) -> list[EventView]:
    uow.require("read")
    stmt = (
        select(ResidenceEvent)
        .where(ResidenceEvent.person_id == person_id)
        .order_by(ResidenceEvent.event_date.desc(), ResidenceEvent.id.desc())
    )
    return [_view(e) for e in uow.session.scalars(stmt)]


def delete_event(uow: UnitOfWork, event_id: int, version: int) -> None:
    uow.require("write")
    event = uow.get(ResidenceEvent, event_id, version=version)
    if event.kind == "strike_off":
        raise ValidationError("Biến động", "không xóa được việc xóa đăng ký thường trú; hãy ghi điều chỉnh.")
    uow.session.delete(event)
    uow.flush()


def in_period(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    """Events dated in the period (the figures and the records behind them select by this)."""
    return ResidenceEvent.event_date.between(start, end)


def counts_by_kind(uow: UnitOfWork, start: dt.date, end: dt.date) -> dict[str, int]:
    uow.require("read")
    rows = uow.session.execute(
        select(ResidenceEvent.kind, func.count())
        .where(in_period(start, end))
        .group_by(ResidenceEvent.kind)
    ).all()
    found = dict(rows)
    return {kind: int(found.get(kind, 0)) for kind in EVENT_KINDS}
