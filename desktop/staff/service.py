"""Officers: list, add, edit, make inactive. An officer on any record is never deleted."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.staff.models import OFFICER_KINDS, Officer
from desktop.text import fold, require_text

RANKS = (
    "", "Hạ sĩ", "Trung sĩ", "Thượng sĩ", "Thiếu úy", "Trung úy", "Thượng úy", "Đại úy",
    "Thiếu tá", "Trung tá", "Thượng tá", "Đại tá",
)


@dataclass(frozen=True)
class OfficerView:
    id: int
    full_name: str
    rank: str
    position: str
    phone: str
    kind: str
    active: bool
    version: int

    @property
    def label(self) -> str:
        return f"{self.rank} {self.full_name}".strip()

    @property
    def kind_text(self) -> str:
        return OFFICER_KINDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class OfficerInput:
    full_name: str
    rank: str = ""
    position: str = ""
    phone: str = ""
    kind: str = "station"
    active: bool = True


def _view(o: Officer) -> OfficerView:
    return OfficerView(o.id, o.full_name, o.rank, o.position, o.phone, o.kind, o.active, o.version)


def _validate(data: OfficerInput) -> dict:
    phone = require_text("Số điện thoại", data.phone, max_len=20, required=False)
    if phone and not re.fullmatch(r"\+?[0-9 .]{8,15}", phone):
        raise ValidationError("Số điện thoại", f"«{phone}» không phải số điện thoại.")
    if data.rank not in RANKS:
        raise ValidationError("Cấp bậc", f"«{data.rank}» không phải cấp bậc hợp lệ.")
    if data.kind not in OFFICER_KINDS:
        raise ValidationError("Loại cán bộ", f"«{data.kind}» không hợp lệ.")
    name = require_text("Họ và tên", data.full_name, max_len=120)
    return {
        "full_name": name, "name_key": fold(name), "rank": data.rank,
        "position": require_text("Chức vụ", data.position, max_len=80, required=False),
        "phone": phone, "kind": data.kind, "active": bool(data.active),
    }


def list_officers(uow: UnitOfWork, *, include_inactive: bool = False, text: str = "") -> list[OfficerView]:
    uow.require("read")
    stmt = select(Officer).order_by(Officer.name_key)
    if not include_inactive:
        stmt = stmt.where(Officer.active.is_(True))
    if text:
        stmt = stmt.where(Officer.name_key.contains(fold(text), autoescape=True))
    return [_view(o) for o in uow.session.scalars(stmt)]


def get_officer(uow: UnitOfWork, officer_id: int) -> OfficerView:
    uow.require("read")
    return _view(uow.get(Officer, officer_id))


def add_officer(uow: UnitOfWork, data: OfficerInput) -> OfficerView:
    uow.require("write")
    officer = uow.add(Officer(**_validate(data)))
    uow.flush()
    return _view(officer)


def update_officer(uow: UnitOfWork, officer_id: int, version: int, data: OfficerInput) -> OfficerView:
    uow.require("write")
    officer = uow.get(Officer, officer_id, version=version)
    for key, value in _validate(data).items():
        setattr(officer, key, value)
    uow.flush()
    return _view(officer)


def delete_officer(uow: UnitOfWork, officer_id: int, version: int) -> None:
    """Delete an officer who is on no record; otherwise ask to make them inactive."""
    uow.require("write")
    officer = uow.get(Officer, officer_id, version=version)
    try:
        with uow.session.begin_nested():
            uow.session.delete(officer)
    except IntegrityError:
        raise ValidationError(
            "Cán bộ", f"«{officer.full_name}» đã có tên trong hồ sơ nên không xóa được; hãy chuyển sang "
            "«Không còn công tác» để giữ lịch sử."
        ) from None
