"""Small checks shared by the security register's services: other areas' records are looked up
through their own services (persons, officers, villages, households), never their tables."""

from __future__ import annotations

import datetime as dt

from desktop.db import UnitOfWork
from desktop.errors import NotFound, ValidationError
from desktop.settings import Village


def person_rows(uow: UnitOfWork, ids: list[int]) -> dict[int, object]:
    """The residents area's rows (name, birth, village) for ``ids``."""
    from desktop.residents.search import fetch_rows

    ids = [i for i in dict.fromkeys(ids) if i]
    return {r.id: r for r in fetch_rows(uow, ids)} if ids else {}


def person_names(uow: UnitOfWork, ids: list[int]) -> dict[int, str]:
    return {pid: row.full_name for pid, row in person_rows(uow, ids).items()}  # type: ignore[attr-defined]


def check_person(uow: UnitOfWork, field: str, person_id: int | None, *, required: bool = False) -> int | None:
    if not person_id:
        if required:
            raise ValidationError(field, "hãy chọn một người trong danh sách nhân khẩu.")
        return None
    if person_id not in person_names(uow, [person_id]):
        raise ValidationError(field, "nhân khẩu này không còn tồn tại.")
    return person_id


def officer_names(uow: UnitOfWork, ids: list[int]) -> dict[int, str]:
    from desktop.staff.service import get_officer

    out: dict[int, str] = {}
    for oid in dict.fromkeys(i for i in ids if i):
        try:
            out[oid] = get_officer(uow, oid).full_name
        except NotFound:
            continue
    return out


def check_officer(
    uow: UnitOfWork, field: str, officer_id: int | None, *, required: bool = True
) -> int | None:
    if not officer_id:
        if required:
            raise ValidationError(field, "hãy chọn cán bộ.")
        return None
    if officer_id not in officer_names(uow, [officer_id]):
        raise ValidationError(field, "không còn trong danh sách cán bộ.")
    return officer_id


def village_name(uow: UnitOfWork, village_id: int | None) -> str:
    village = uow.session.get(Village, village_id) if village_id else None
    return f"{village.kind} {village.name}" if village else ""


def check_village(uow: UnitOfWork, village_id: int | None) -> int | None:
    if village_id and uow.session.get(Village, village_id) is None:
        raise ValidationError("Thôn, bon", "không còn tồn tại.")
    return village_id or None


def check_date(
    field: str,
    value: dt.date | None,
    *,
    required: bool = True,
    today: dt.date | None = None,
    not_future: bool = True,
) -> dt.date | None:
    if value is None:
        if required:
            raise ValidationError(field, "không được để trống.")
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValidationError(field, "không phải ngày hợp lệ.")
    if value.year < 1950:
        raise ValidationError(field, f"năm {value.year} không hợp lệ.")
    if not_future and value > (today or dt.date.today()):
        raise ValidationError(field, "không thể là ngày trong tương lai.")
    return value


def check_count(field: str, value: int | None) -> int:
    if value is None:
        return 0
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(field, "phải là số nguyên.")
    if value < 0:
        raise ValidationError(field, "không được nhỏ hơn 0.")
    return value
