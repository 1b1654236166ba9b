"""Donors (nhà hảo tâm, doanh nghiệp, tổ chức) and what each has given."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import case, func, select

from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.support.models import DONOR_KINDS, DONOR_SEXES, Contribution, Donor
from desktop.text import fold, require_text


@dataclass(frozen=True)
class DonorInput:
    name: str
    kind: str = "person"
    contact_person: str = ""
    phone: str = ""
    address: str = ""
    note: str = ""
    active: bool = True
    #: "M" or "F" for a person donor ("ông", "bà" in letters of thanks); "" for a body
    sex: str = ""


@dataclass(frozen=True)
class DonorView:
    id: int
    name: str
    kind: str
    contact_person: str
    phone: str
    address: str
    note: str
    active: bool
    version: int
    contributions: int = 0
    projects: int = 0
    cash_pledged_vnd: int = 0
    cash_received_vnd: int = 0
    material_pledged_vnd: int = 0
    material_received_vnd: int = 0
    sex: str = ""

    @property
    def is_person(self) -> bool:
        return self.kind == "person"

    @property
    def kind_text(self) -> str:
        return DONOR_KINDS.get(self.kind, self.kind)

    @property
    def received_vnd(self) -> int:
        return self.cash_received_vnd + self.material_received_vnd

    @property
    def contact_text(self) -> str:
        return " — ".join(x for x in (self.contact_person, self.phone, self.address) if x)


def _validate(data: DonorInput) -> dict:
    name = require_text("Tên nhà hảo tâm", data.name, max_len=200)
    if data.kind not in DONOR_KINDS:
        raise ValidationError("Loại nhà hảo tâm", f"«{data.kind}» không hợp lệ.")
    sex = (data.sex or "").strip().upper()
    if sex and sex not in DONOR_SEXES:
        raise ValidationError("Giới tính", f"«{data.sex}» không hợp lệ (Nam hoặc Nữ).")
    if sex and data.kind != "person":
        sex = ""  # a business or a body has no sex: it is addressed by its name
    phone = require_text("Số điện thoại", data.phone, max_len=20, required=False)
    if phone and not re.fullmatch(r"\+?[0-9 .]{8,15}", phone):
        raise ValidationError("Số điện thoại", f"«{phone}» không phải số điện thoại.")
    return {
        "name": name, "name_key": fold(name), "kind": data.kind, "sex": sex,
        "contact_person": require_text("Người liên hệ", data.contact_person, max_len=120, required=False),
        "phone": phone, "address": require_text("Địa chỉ", data.address, max_len=200, required=False),
        "note": require_text("Ghi chú", data.note, max_len=2000, required=False), "active": bool(data.active),
    }


def _totals_stmt():
    is_cash = Contribution.kind == "cash"
    return select(
        Contribution.donor_id,
        func.count(Contribution.id),
        func.count(func.distinct(Contribution.project_id)),
        func.sum(case((is_cash, Contribution.pledged_vnd), else_=0)),
        func.sum(case((is_cash, Contribution.received_vnd), else_=0)),
        func.sum(case((is_cash, 0), else_=Contribution.pledged_vnd)),
        func.sum(case((is_cash, 0), else_=Contribution.received_vnd)),
    ).group_by(Contribution.donor_id)


def _view(d: Donor, totals: tuple | None) -> DonorView:
    t = [int(x or 0) for x in (totals or (0, 0, 0, 0, 0, 0))]
    return DonorView(d.id, d.name, d.kind, d.contact_person, d.phone, d.address, d.note, d.active, d.version,
                     *t, sex=d.sex)


def list_donors(uow: UnitOfWork, *, text: str = "", include_inactive: bool = False) -> list[DonorView]:
    """Donors by name, with their totals over all projects."""
    uow.require("read")
    stmt = select(Donor).order_by(Donor.name_key)
    if not include_inactive:
        stmt = stmt.where(Donor.active.is_(True))
    if text:
        stmt = stmt.where(Donor.name_key.contains(fold(text), autoescape=True))
    donors = list(uow.session.scalars(stmt))
    totals = {r[0]: r[1:] for r in uow.session.execute(
        _totals_stmt().where(Contribution.donor_id.in_([d.id for d in donors])))} if donors else {}
    return [_view(d, totals.get(d.id)) for d in donors]


def get_donor(uow: UnitOfWork, donor_id: int) -> DonorView:
    uow.require("read")
    donor = uow.get(Donor, donor_id)
    row = uow.session.execute(_totals_stmt().where(Contribution.donor_id == donor_id)).first()
    return _view(donor, row[1:] if row else None)


def add_donor(uow: UnitOfWork, data: DonorInput) -> DonorView:
    uow.require("write")
    donor = uow.add(Donor(**_validate(data)))
    uow.flush()
    return _view(donor, None)


def update_donor(uow: UnitOfWork, donor_id: int, version: int, data: DonorInput) -> DonorView:
    uow.require("write")
    donor = uow.get(Donor, donor_id, version=version)
    for key, value in _validate(data).items():
        setattr(donor, key, value)
    uow.flush()
    return get_donor(uow, donor.id)


def delete_donor(uow: UnitOfWork, donor_id: int, version: int) -> None:
    """Delete a donor who has given nothing; a donor with contributions is kept (make them inactive)."""
    uow.require("write")
    donor = uow.get(Donor, donor_id, version=version)
    count = uow.session.scalar(select(func.count(Contribution.id)).where(Contribution.donor_id == donor.id))
    if count:
        raise ValidationError(
            "Nhà hảo tâm", f"«{donor.name}» đã có {count} khoản đóng góp nên không xóa được (sẽ mất số liệu "
            "đã báo cáo). Hãy bỏ chọn «Còn theo dõi» để ẩn khỏi danh sách mà vẫn giữ lịch sử."
        )
    uow.session.delete(donor)
    uow.flush()
