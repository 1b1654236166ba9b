"""Residence checks (kiểm tra cư trú) of a village or household, and lodging notices received
(thông báo lưu trú): who stays, where, from when."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, insert, select

from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.security import common
from desktop.security.models import LodgingNotice, ResidenceCheck, residence_check_officer
from desktop.security.views import CheckInput, CheckView, LodgingInput, LodgingView
from desktop.text import require_text


def _check_household(uow: UnitOfWork, household_id: int | None) -> int | None:
    if not household_id:
        return None
    from desktop.errors import NotFound
    from desktop.residents.households import get_household

    try:
        get_household(uow, household_id)
    except NotFound as exc:
        raise ValidationError("Hộ", "không còn tồn tại.") from exc
    return household_id


def _officer_ids(uow: UnitOfWork, check_id: int) -> tuple[int, ...]:
    t = residence_check_officer
    stmt = select(t.c.officer_id).where(t.c.check_id == check_id).order_by(t.c.officer_id)
    return tuple(uow.session.scalars(stmt))


def _check_view(uow: UnitOfWork, c: ResidenceCheck) -> CheckView:
    ids = _officer_ids(uow, c.id)
    names = common.officer_names(uow, list(ids))
    return CheckView(
        c.id,
        c.checked_on,
        c.village_id,
        common.village_name(uow, c.village_id),
        c.household_id,
        ids,
        tuple(names.get(i, "") for i in ids),
        c.households_checked,
        c.rooms_checked,
        c.violations,
        c.note,
        c.version,
    )


def _validate_check(uow: UnitOfWork, data: CheckInput) -> tuple[dict, list[int]]:
    on = common.check_date("Ngày kiểm tra", data.checked_on)
    village_id = common.check_village(uow, data.village_id)
    household_id = _check_household(uow, data.household_id)
    if not village_id and not household_id:
        raise ValidationError("Thôn, bon", "hãy chọn thôn, bon hoặc hộ được kiểm tra.")
    officers = list(dict.fromkeys(data.officer_ids))
    if not officers:
        raise ValidationError("Cán bộ kiểm tra", "hãy chọn ít nhất một cán bộ.")
    for oid in officers:
        common.check_officer(uow, "Cán bộ kiểm tra", oid)
    households = common.check_count("Số hộ kiểm tra", data.households_checked)
    if household_id and households == 0:
        households = 1
    values = {
        "checked_on": on,
        "village_id": village_id,
        "household_id": household_id,
        "households_checked": households,
        "rooms_checked": common.check_count("Số phòng trọ kiểm tra", data.rooms_checked),
        "violations": common.check_count("Số vi phạm phát hiện", data.violations),
        "note": require_text("Kết quả, ghi chú", data.note, max_len=4000, required=False),
    }
    if values["households_checked"] == 0 and values["rooms_checked"] == 0:
        raise ValidationError("Số hộ kiểm tra", "cần số hộ hoặc số phòng trọ đã kiểm tra.")
    return values, officers


def _set_officers(uow: UnitOfWork, check_id: int, officers: list[int]) -> None:
    t = residence_check_officer
    uow.session.execute(delete(t).where(t.c.check_id == check_id))
    uow.session.execute(insert(t), [{"check_id": check_id, "officer_id": oid} for oid in officers])


def add_check(uow: UnitOfWork, data: CheckInput) -> CheckView:
    uow.require("write")
    values, officers = _validate_check(uow, data)
    row = uow.add(ResidenceCheck(**values))
    uow.flush()
    _set_officers(uow, row.id, officers)
    return _check_view(uow, row)


def update_check(uow: UnitOfWork, check_id: int, version: int, data: CheckInput) -> CheckView:
    uow.require("write")
    row = uow.get(ResidenceCheck, check_id, version=version)
    values, officers = _validate_check(uow, data)
    for key, value in values.items():
        setattr(row, key, value)
    uow.flush()
    _set_officers(uow, row.id, officers)
    return _check_view(uow, row)


def delete_check(uow: UnitOfWork, check_id: int, version: int) -> None:
    uow.require("write")
    uow.session.delete(uow.get(ResidenceCheck, check_id, version=version))
    uow.flush()


def list_checks(uow: UnitOfWork, start: dt.date | None = None, end: dt.date | None = None) -> list[CheckView]:
    uow.require("read")
    stmt = select(ResidenceCheck)
    if start:
        stmt = stmt.where(ResidenceCheck.checked_on >= start)
    if end:
        stmt = stmt.where(ResidenceCheck.checked_on <= end)
    rows = uow.session.scalars(stmt.order_by(ResidenceCheck.checked_on.desc(), ResidenceCheck.id.desc()))
    return [_check_view(uow, c) for c in rows]


def get_check(uow: UnitOfWork, check_id: int) -> CheckView:
    uow.require("read")
    return _check_view(uow, uow.get(ResidenceCheck, check_id))


def _lodging_view(uow: UnitOfWork, n: LodgingNotice, names: dict[int, str]) -> LodgingView:
    name = names.get(n.guest_person_id, "") if n.guest_person_id else n.guest_name
    return LodgingView(
        n.id,
        n.received_on,
        n.guest_person_id,
        name,
        n.guest_id_number,
        n.place,
        n.village_id,
        common.village_name(uow, n.village_id),
        n.from_date,
        n.to_date,
        n.note,
        n.version,
    )


def _validate_lodging(uow: UnitOfWork, data: LodgingInput) -> dict:
    received = common.check_date("Ngày tiếp nhận", data.received_on)
    guest_id = common.check_person(uow, "Người lưu trú", data.guest_person_id)
    name = "" if guest_id else require_text("Người lưu trú", data.guest_name, max_len=160)
    start = common.check_date("Lưu trú từ ngày", data.from_date, not_future=False)
    end = common.check_date("Đến ngày", data.to_date, required=False, not_future=False)
    if end is not None and end < start:
        raise ValidationError("Đến ngày", "không thể trước ngày bắt đầu lưu trú.")
    return {
        "received_on": received,
        "guest_person_id": guest_id,
        "guest_name": name,
        "guest_id_number": require_text("Số giấy tờ", data.guest_id_number, max_len=20, required=False),
        "place": require_text("Nơi lưu trú", data.place, max_len=200),
        "village_id": common.check_village(uow, data.village_id),
        "from_date": start,
        "to_date": end,
        "note": require_text("Ghi chú", data.note, max_len=4000, required=False),
    }


def add_lodging(uow: UnitOfWork, data: LodgingInput) -> LodgingView:
    uow.require("write")
    row = uow.add(LodgingNotice(**_validate_lodging(uow, data)))
    uow.flush()
    return _lodging_view(uow, row, common.person_names(uow, [row.guest_person_id or 0]))


def update_lodging(uow: UnitOfWork, notice_id: int, version: int, data: LodgingInput) -> LodgingView:
    uow.require("write")
    row = uow.get(LodgingNotice, notice_id, version=version)
    for key, value in _validate_lodging(uow, data).items():
        setattr(row, key, value)
    uow.flush()
    return _lodging_view(uow, row, common.person_names(uow, [row.guest_person_id or 0]))


def delete_lodging(uow: UnitOfWork, notice_id: int, version: int) -> None:
    uow.require("write")
    uow.session.delete(uow.get(LodgingNotice, notice_id, version=version))
    uow.flush()


def list_lodging(
    uow: UnitOfWork, start: dt.date | None = None, end: dt.date | None = None
) -> list[LodgingView]:
    uow.require("read")
    stmt = select(LodgingNotice)
    if start:
        stmt = stmt.where(LodgingNotice.received_on >= start)
    if end:
        stmt = stmt.where(LodgingNotice.received_on <= end)
    rows = list(uow.session.scalars(stmt.order_by(LodgingNotice.received_on.desc(), LodgingNotice.id.desc())))
    names = common.person_names(uow, [n.guest_person_id for n in rows if n.guest_person_id])
    return [_lodging_view(uow, n, names) for n in rows]


def get_lodging(uow: UnitOfWork, notice_id: int) -> LodgingView:
    uow.require("read")
    row = uow.get(LodgingNotice, notice_id)
    return _lodging_view(uow, row, common.person_names(uow, [row.guest_person_id or 0]))
