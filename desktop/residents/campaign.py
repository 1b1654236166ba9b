"""The ID-card and VNeID campaign (Đề án 06): per person — reviewed, mobilised, applied, issued,
VNeID level 2 — and progress by village. Targets are living, registered persons aged 14 or over."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, func, or_, select

from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.residents import bulk, validate
from desktop.residents.models import Person
from desktop.residents.quality import _adult
from desktop.residents.service import PersonView, input_from_view, officer_exists, to_view, update_person
from desktop.settings import Village

STEPS = {
    "reviewed": "Đã rà soát",
    "mobilised": "Đã vận động",
    "applied": "Đã nộp hồ sơ căn cước",
    "issued": "Đã được cấp căn cước",
    "vneid2": "Đã kích hoạt VNeID mức 2",
}


def record_step(
    uow: UnitOfWork,
    person_id: int,
    version: int,
    step: str,
    day: dt.date | str | None,
    officer_id: int | None = None,
) -> PersonView:
    """Record one campaign step for a person on ``day`` (mobilising names the officer)."""
    uow.require("write")
    if step not in STEPS:
        raise ValidationError("Bước", f"«{step}» không có.")
    person = uow.get(Person, person_id, version=version)
    # the day the work was done: today when not given, never in the future nor before the person's birth
    birth = bulk.born(person.birth_year, person.birth_month, person.birth_day)
    when = bulk.work_date("Ngày", day, earliest=birth, what=f"ngày sinh của «{person.full_name}»")
    if person.status != "living" or person.struck_off_date is not None:
        raise ValidationError(
            "Nhân khẩu", f"«{person.full_name}» không còn đăng ký thường trú, đang sinh sống."
        )
    if step == "reviewed":
        person.reviewed_date = when
    elif step == "mobilised":
        if officer_id is None:
            raise ValidationError("Cán bộ vận động", "phải chọn cán bộ.")
        officer_exists(uow, officer_id)
        person.mobilised_date = when
        person.mobilised_by = officer_id
    else:
        view = to_view(uow, person)
        changes: dict[str, object] = {}
        if step == "applied":
            changes = {"id_card_status": "applied", "id_card_applied_date": when}
        elif step == "issued":
            changes = {
                "id_card_status": "issued",
                "id_card_issued_date": when,
                "id_card_applied_date": view.id_card_applied_date or when,
            }
        else:
            changes = {"vneid_level": 2, "vneid2_date": when}
        return update_person(uow, person_id, version, input_from_view(view, **changes))
    uow.flush()
    return to_view(uow, person)


@dataclass(frozen=True)
class VillageProgress:
    village_id: int | None
    village_label: str
    target: int
    reviewed: int
    mobilised: int
    applied: int
    issued: int
    vneid2: int

    @property
    def need_card(self) -> int:
        return self.target - self.applied - self.issued

    @property
    def need_vneid2(self) -> int:
        return self.target - self.vneid2

    @property
    def percent_issued(self) -> float:
        return 100.0 * self.issued / self.target if self.target else 0.0


def progress_by_village(uow: UnitOfWork, *, today: dt.date | None = None) -> list[VillageProgress]:
    """One row per village (and one for persons without a village), counted in SQL."""
    uow.require("read")
    today = today or dt.date.today()
    target = and_(Person.status == "living", Person.struck_off_date.is_(None), _adult(today))

    def n(cond):  # noqa: ANN001, ANN202
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    stmt = (
        select(
            Person.village_id,
            Village.kind,
            Village.name,
            func.count(),
            n(Person.reviewed_date.is_not(None)),
            n(Person.mobilised_date.is_not(None)),
            n(Person.id_card_status == "applied"),
            n(Person.id_card_status == "issued"),
            n(Person.vneid_level >= 2),
        )
        .outerjoin(Village, Village.id == Person.village_id)
        .where(target)
        .group_by(Person.village_id, Village.kind, Village.name)
        .order_by(Village.kind, Village.name)
    )
    return [
        VillageProgress(vid, f"{kind} {name}" if kind else "(chưa có thôn, bon)", *map(int, rest))
        for vid, kind, name, *rest in uow.session.execute(stmt)
    ]


@dataclass(frozen=True)
class NeedRow:
    person_id: int
    full_name: str
    birth_text: str
    id_number: str
    household_number: str
    needs: str


def field_list(
    uow: UnitOfWork, village_id: int | None, *, today: dt.date | None = None, limit: int = 5000
) -> list[NeedRow]:
    """Who in a village still needs the card or VNeID level 2 (for the officers' field visit)."""
    uow.require("read")
    from desktop.residents.models import Household

    today = today or dt.date.today()
    stmt = (
        select(
            Person.id,
            Person.full_name,
            Person.birth_year,
            Person.birth_month,
            Person.birth_day,
            Person.id_number,
            Household.number,
            Person.id_card_status,
            Person.vneid_level,
            Person.mobilised_date,
        )
        .outerjoin(Household, Household.id == Person.household_id)
        .where(
            Person.status == "living",
            Person.struck_off_date.is_(None),
            _adult(today),
            or_(Person.id_card_status == "none", Person.vneid_level < 2),
        )
        .order_by(Household.number, Person.name_key)
        .limit(limit)
    )
    stmt = stmt.where(Person.village_id.is_(None) if village_id is None else Person.village_id == village_id)
    out = []
    for r in uow.session.execute(stmt):
        needs = []
        if r.id_card_status == "none":
            needs.append("làm căn cước")
        if r.vneid_level < 2:
            needs.append("kích hoạt VNeID mức 2")
        if r.mobilised_date is None:
            needs.append("chưa vận động")
        out.append(
            NeedRow(
                r.id,
                r.full_name,
                validate.birth_text(r.birth_year, r.birth_month, r.birth_day),
                r.id_number,
                r.number or "",
                ", ".join(needs),
            )
        )
    return out


#: the period figures of the campaign: figure key → (the date column of the step, its step in STEPS)
PERIOD_STEPS = {
    "reviewed": (Person.reviewed_date, "reviewed"),
    "mobilised": (Person.mobilised_date, "mobilised"),
    "applied": (Person.id_card_applied_date, "applied"),
    "issued": (Person.id_card_issued_date, "issued"),
    "vneid2_activated": (Person.vneid2_date, "vneid2"),
}


def step_where(key: str, start: dt.date, end: dt.date) -> ColumnElement[bool]:
    """Persons whose step ``key`` (of PERIOD_STEPS) is dated in the period: the figures and the
    records behind them select by this."""
    return PERIOD_STEPS[key][0].between(start, end)


def period_figures(uow: UnitOfWork, start: dt.date, end: dt.date) -> dict[str, int]:
    """Campaign steps dated within the period: one count per step, each a range of its date's index
    (``ix_person_<date>``), in one statement."""
    uow.require("read")
    counts = (
        select(func.count()).select_from(Person).where(step_where(k, start, end)).scalar_subquery()
        for k in PERIOD_STEPS
    )
    row = uow.session.execute(select(*counts)).one()
    return dict(zip(PERIOD_STEPS, map(int, row), strict=True))
