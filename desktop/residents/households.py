"""Households (hộ): members and their relationship to the head, splits and merges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select

from desktop import links
from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.residents import search, validate
from desktop.residents.events import EventInput, add_event
from desktop.residents.models import HOUSEHOLD_CHANGES, RELATIONS, Household, HouseholdChange, Person
from desktop.residents.service import village_label
from desktop.settings import Village
from desktop.text import clean, fold, format_date, require_text


@dataclass(frozen=True)
class HouseholdInput:
    number: str
    village_id: int | None
    address: str = ""
    note: str = ""


@dataclass(frozen=True)
class MemberView:
    person_id: int
    full_name: str
    birth_text: str
    relation: str
    status: str
    struck_off: bool


@dataclass(frozen=True)
class ChangeView:
    id: int
    kind: str
    change_date: dt.date
    from_household: str
    to_household: str
    person_names: str
    reason: str

    @property
    def text(self) -> str:
        return (
            f"{format_date(self.change_date)}: {HOUSEHOLD_CHANGES.get(self.kind, self.kind)} "
            f"{self.person_names} từ hộ {self.from_household} sang hộ {self.to_household}"
        )


@dataclass(frozen=True)
class HouseholdView:
    id: int
    number: str
    village_id: int | None
    village_label: str
    address: str
    active: bool
    note: str
    version: int
    head_name: str
    members: tuple[MemberView, ...]
    changes: tuple[ChangeView, ...]


def _validate(uow: UnitOfWork, data: HouseholdInput, household_id: int | None = None) -> dict:
    number = require_text("Số hộ", data.number, max_len=40)
    clash = select(Household.id).where(Household.number == number)
    if household_id is not None:
        clash = clash.where(Household.id != household_id)
    if uow.session.scalar(clash.limit(1)):
        raise ValidationError("Số hộ", f"«{number}» đã có.")
    if data.village_id is None or uow.session.get(Village, data.village_id) is None:
        raise ValidationError("Thôn, bon", "phải chọn thôn, bon của hộ.")
    return {
        "number": number,
        "village_id": data.village_id,
        "address": require_text("Địa chỉ", data.address, max_len=250, required=False),
        "note": require_text("Ghi chú", data.note, max_len=2000, required=False),
    }


def get_household(uow: UnitOfWork, household_id: int) -> HouseholdView:
    uow.require("read")
    h = uow.get(Household, household_id)
    members = []
    head = ""
    order = {r: i for i, r in enumerate(RELATIONS)}
    for p in uow.session.scalars(select(Person).where(Person.household_id == household_id)):
        members.append(
            MemberView(
                p.id,
                p.full_name,
                validate.birth_text(p.birth_year, p.birth_month, p.birth_day),
                p.relation,
                p.status,
                p.struck_off_date is not None,
            )
        )
        if p.relation == "Chủ hộ" and p.struck_off_date is None:
            head = p.full_name
    members.sort(key=lambda m: (order.get(m.relation, 99), m.birth_text[-4:], m.full_name))
    found = list(
        uow.session.scalars(
            select(HouseholdChange)
            .where(
                or_(
                    HouseholdChange.from_household_id == household_id,
                    HouseholdChange.to_household_id == household_id,
                )
            )
            .order_by(HouseholdChange.change_date)
        )
    )
    wanted = {c.from_household_id for c in found} | {c.to_household_id for c in found}
    numbers = dict(
        uow.session.execute(select(Household.id, Household.number).where(Household.id.in_(wanted))).all()
    )
    changes = [
        ChangeView(
            c.id,
            c.kind,
            c.change_date,
            numbers.get(c.from_household_id, ""),
            numbers.get(c.to_household_id, ""),
            c.person_names,
            c.reason,
        )
        for c in found
    ]
    return HouseholdView(
        h.id,
        h.number,
        h.village_id,
        village_label(uow, h.village_id),
        h.address,
        h.active,
        h.note,
        h.version,
        head,
        tuple(members),
        tuple(changes),
    )


def add_household(uow: UnitOfWork, data: HouseholdInput, head_id: int | None = None) -> HouseholdView:
    """A new household; with ``head_id`` that person moves into it as its head (chủ hộ)."""
    uow.require("write")
    h = uow.add(Household(**_validate(uow, data), active=True))
    uow.flush()
    if head_id is not None:
        return set_member(uow, h.id, head_id, "Chủ hộ")
    return get_household(uow, h.id)


def update_household(uow: UnitOfWork, household_id: int, version: int, data: HouseholdInput) -> HouseholdView:
    uow.require("write")
    h = uow.get(Household, household_id, version=version)
    for key, value in _validate(uow, data, household_id).items():
        setattr(h, key, value)
    uow.flush()
    return get_household(uow, h.id)


def set_member(uow: UnitOfWork, household_id: int, person_id: int, relation: str) -> HouseholdView:
    """Put a person in a household with their relationship to the head (one head per household)."""
    uow.require("write")
    h = uow.get(Household, household_id)
    person = uow.get(Person, person_id)
    rel = validate.choice("Quan hệ với chủ hộ", relation, RELATIONS)
    if rel == "Chủ hộ":
        other = uow.session.scalar(
            select(Person.full_name).where(
                Person.household_id == household_id,
                Person.relation == "Chủ hộ",
                Person.id != person_id,
                Person.struck_off_date.is_(None),
            )
        )
        if other:
            raise ValidationError("Quan hệ với chủ hộ", f"hộ {h.number} đã có chủ hộ là {other}.")
    person.household_id = household_id
    person.relation = rel
    if person.village_id is None:
        person.village_id = h.village_id
    uow.flush()
    search.refresh_keys(uow, [person_id])
    return get_household(uow, household_id)


def _names(uow: UnitOfWork, ids: Sequence[int]) -> str:
    return ", ".join(
        uow.session.scalars(select(Person.full_name).where(Person.id.in_(ids)).order_by(Person.id))
    )


def split_household(
    uow: UnitOfWork,
    household_id: int,
    person_ids: Sequence[int],
    new_number: str,
    new_head_id: int,
    change_date: dt.date | str,
    reason: str = "",
    form_ref: str = "",
) -> HouseholdView:
    """Tách hộ: the chosen members form a new household headed by ``new_head_id``."""
    uow.require("write")
    source = uow.get(Household, household_id)
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        raise ValidationError("Thành viên tách hộ", "phải chọn ít nhất một người.")
    if new_head_id not in ids:
        raise ValidationError("Chủ hộ mới", "phải là một trong những người tách hộ.")
    members = set(uow.session.scalars(select(Person.id).where(Person.household_id == household_id)))
    if not set(ids) <= members:
        raise ValidationError("Thành viên tách hộ", "có người không thuộc hộ này.")
    day = validate.to_date("Ngày tách hộ", change_date, today=dt.date.today())
    if day is None:
        raise ValidationError("Ngày tách hộ", "không được để trống.")
    new = uow.add(
        Household(
            **_validate(uow, HouseholdInput(new_number, source.village_id, source.address)), active=True
        )
    )
    uow.flush()
    for pid in ids:
        person = uow.get(Person, pid)
        person.household_id = new.id
        person.relation = (
            "Chủ hộ" if pid == new_head_id else (person.relation if person.relation != "Chủ hộ" else "Khác")
        )
        add_event(
            uow, pid, EventInput("split", day, clean(reason) or f"Tách từ hộ {source.number}", form_ref)
        )
    uow.add(
        HouseholdChange(
            kind="split",
            change_date=day,
            from_household_id=household_id,
            to_household_id=new.id,
            person_names=_names(uow, ids),
            reason=require_text("Lý do", reason, max_len=250, required=False),
        )
    )
    uow.flush()
    search.refresh_keys(uow, ids)
    return get_household(uow, new.id)


def merge_households(
    uow: UnitOfWork, from_id: int, into_id: int, change_date: dt.date | str, reason: str = ""
) -> HouseholdView:
    """Nhập hộ: every member of ``from_id`` joins ``into_id``; the old household becomes inactive."""
    uow.require("write")
    if from_id == into_id:
        raise ValidationError("Hộ nhập vào", "phải khác hộ được nhập.")
    source = uow.get(Household, from_id)
    uow.get(Household, into_id)
    day = validate.to_date("Ngày nhập hộ", change_date, today=dt.date.today())
    if day is None:
        raise ValidationError("Ngày nhập hộ", "không được để trống.")
    ids = list(uow.session.scalars(select(Person.id).where(Person.household_id == from_id)))
    for pid in ids:
        person = uow.get(Person, pid)
        person.household_id = into_id
        if person.relation == "Chủ hộ":
            person.relation = "Khác"
    source.active = False
    links.move_household_links(uow.session, from_id, into_id)
    uow.add(
        HouseholdChange(
            kind="merge",
            change_date=day,
            from_household_id=from_id,
            to_household_id=into_id,
            person_names=_names(uow, ids),
            reason=require_text("Lý do", reason, max_len=250, required=False),
        )
    )
    uow.flush()
    search.refresh_keys(uow, ids)
    return get_household(uow, into_id)


def list_households(
    uow: UnitOfWork, *, village_id: int | None = None, text: str = "", limit: int = 500
) -> list[tuple[int, str, str]]:
    """(id, number, village label) of active households, for pickers; ``text`` finds a household by
    its number or by its head's name, whatever the diacritics ("y duc nie" finds Y Đức Niê's)."""
    uow.require("read")
    stmt = (
        select(Household.id, Household.number, Village.kind, Village.name)
        .outerjoin(Village, Village.id == Household.village_id)
        .where(Household.active.is_(True))
        .order_by(Household.number)
        .limit(limit)
    )
    if village_id is not None:
        stmt = stmt.where(Household.village_id == village_id)
    if text:
        headed = select(Person.household_id).where(
            Person.relation == "Chủ hộ",
            Person.struck_off_date.is_(None),
            Person.name_key.contains(fold(text), autoescape=True),
        )
        stmt = stmt.where(
            or_(Household.number.contains(clean(text), autoescape=True), Household.id.in_(headed))
        )
    return [(i, n, f"{k} {v}" if k else "") for i, n, k, v in uow.session.execute(stmt)]
