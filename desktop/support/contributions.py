"""Contributions (cash and materials, pledged and received) and officers' labour days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.reports.phrases import mid_sentence
from desktop.staff.models import Officer
from desktop.support.models import CONTRIBUTION_KINDS, Contribution, Donor, LabourEntry, Project
from desktop.support.projects import project_span_days
from desktop.support.values import as_date, format_decimal, not_future, parse_decimal, parse_vnd
from desktop.text import format_date, format_vnd, require_text

#: an officer's days on one entry when the project has no start date to measure against
MAX_DAYS_WITHOUT_DATES = Decimal(60)


@dataclass(frozen=True)
class ContributionInput:
    donor_id: int
    kind: str = "cash"
    pledged_vnd: int | str | None = 0
    received_vnd: int | str | None = 0
    received_date: dt.date | str | None = None
    item: str = ""
    quantity: Decimal | str | int | None = None
    unit: str = ""
    note: str = ""


@dataclass(frozen=True)
class ContributionView:
    id: int
    project_id: int
    project_title: str
    donor_id: int
    donor_name: str
    kind: str
    item: str
    quantity: Decimal | None
    unit: str
    pledged_vnd: int
    received_vnd: int
    received_date: dt.date | None
    note: str
    version: int

    @property
    def kind_text(self) -> str:
        return CONTRIBUTION_KINDS.get(self.kind, self.kind)

    @property
    def what(self) -> str:
        """'Tiền mặt' or '2 tấn xi măng'."""
        if self.kind == "cash":
            return "Tiền mặt"
        return f"{format_decimal(self.quantity)} {self.unit} {mid_sentence(self.item)}".strip()

    @property
    def over_received(self) -> bool:
        return bool(self.pledged_vnd) and self.received_vnd > self.pledged_vnd

    @property
    def warning(self) -> str:
        if not self.over_received:
            return ""
        return (f"Đã nhận {format_vnd(self.received_vnd)}, "
                f"nhiều hơn số cam kết {format_vnd(self.pledged_vnd)}.")


def _cview(uow: UnitOfWork, c: Contribution) -> ContributionView:
    project = uow.session.get(Project, c.project_id)
    donor = uow.session.get(Donor, c.donor_id)
    return ContributionView(c.id, c.project_id, project.title if project else "", c.donor_id,
                            donor.name if donor else "", c.kind, c.item, c.quantity, c.unit, c.pledged_vnd,
                            c.received_vnd, c.received_date, c.note, c.version)


def _validate(uow: UnitOfWork, data: ContributionInput, current: Contribution | None) -> dict:
    donor = uow.session.get(Donor, data.donor_id) if data.donor_id else None
    if donor is None:
        raise ValidationError("Nhà hảo tâm", "hãy chọn nhà hảo tâm, đơn vị tài trợ.")
    if not donor.active and (current is None or current.donor_id != donor.id):
        raise ValidationError("Nhà hảo tâm", f"«{donor.name}» đang ở trạng thái ngừng theo dõi.")
    if data.kind not in CONTRIBUTION_KINDS:
        raise ValidationError("Hình thức đóng góp", f"«{data.kind}» không hợp lệ.")
    material = data.kind == "material"
    value_word = "Giá trị ước tính" if material else "Số tiền"
    pledged = parse_vnd(f"{value_word} cam kết", data.pledged_vnd)
    received = parse_vnd(f"{value_word} đã nhận", data.received_vnd)
    if not pledged and not received:
        raise ValidationError(f"{value_word} cam kết", "hãy ghi số cam kết hoặc số đã nhận.")
    received_date = as_date("Ngày nhận", data.received_date)
    if received and received_date is None:
        raise ValidationError("Ngày nhận", "đã nhận thì phải ghi ngày nhận.")
    if not received and received_date is not None:
        raise ValidationError("Ngày nhận", "chưa nhận gì thì để trống ngày nhận.")
    not_future("Ngày nhận", received_date)
    item, quantity, unit = "", None, ""
    if material:
        item = require_text("Hiện vật", data.item, max_len=120)
        quantity = parse_decimal("Số lượng", data.quantity, required=True)
        unit = require_text("Đơn vị tính", data.unit, max_len=20)
    return {"donor_id": donor.id, "kind": data.kind, "item": item, "quantity": quantity, "unit": unit,
            "pledged_vnd": pledged, "received_vnd": received, "received_date": received_date,
            "note": require_text("Ghi chú", data.note, max_len=200, required=False)}


def list_contributions(uow: UnitOfWork, *, project_id: int | None = None,
                       donor_id: int | None = None) -> list[ContributionView]:
    uow.require("read")
    stmt = select(Contribution).order_by(Contribution.received_date.nulls_last(), Contribution.id)
    if project_id is not None:
        stmt = stmt.where(Contribution.project_id == project_id)
    if donor_id is not None:
        stmt = stmt.where(Contribution.donor_id == donor_id)
    return [_cview(uow, c) for c in uow.session.scalars(stmt)]


def add_contribution(uow: UnitOfWork, project_id: int, data: ContributionInput) -> ContributionView:
    uow.require("write")
    project = uow.get(Project, project_id)
    row = uow.add(Contribution(project_id=project.id, **_validate(uow, data, None)))
    uow.flush()
    return _cview(uow, row)


def update_contribution(uow: UnitOfWork, contribution_id: int, version: int,
                        data: ContributionInput) -> ContributionView:
    uow.require("write")
    row = uow.get(Contribution, contribution_id, version=version)
    for key, value in _validate(uow, data, row).items():
        setattr(row, key, value)
    uow.flush()
    return _cview(uow, row)


def delete_contribution(uow: UnitOfWork, contribution_id: int, version: int) -> None:
    uow.require("write")
    uow.session.delete(uow.get(Contribution, contribution_id, version=version))
    uow.flush()


# --------------------------------------------------------------------------- labour


@dataclass(frozen=True)
class LabourInput:
    officer_id: int
    days: Decimal | str | int | float | None
    work_date: dt.date | str | None
    note: str = ""


@dataclass(frozen=True)
class LabourView:
    id: int
    project_id: int
    officer_id: int
    officer_label: str
    days: Decimal
    work_date: dt.date
    note: str
    version: int

    @property
    def days_text(self) -> str:
        return format_decimal(self.days)


def _lview(uow: UnitOfWork, e: LabourEntry) -> LabourView:
    o = uow.session.get(Officer, e.officer_id)
    label = f"{o.rank} {o.full_name}".strip() if o else ""
    return LabourView(e.id, e.project_id, e.officer_id, label, Decimal(e.days), e.work_date, e.note,
                      e.version)


def _validate_labour(uow: UnitOfWork, project: Project, data: LabourInput) -> dict:
    officer = uow.session.get(Officer, data.officer_id) if data.officer_id else None
    if officer is None:
        raise ValidationError("Cán bộ", "hãy chọn cán bộ.")
    span = project_span_days(project.start_date, project.completed_date)
    cap = Decimal(span) if span is not None else MAX_DAYS_WITHOUT_DATES
    days = parse_decimal("Số ngày công", data.days, required=True, maximum=Decimal(10000), places=1)
    assert days is not None
    if days > cap:
        why = (f"thời gian thực hiện công trình là {span} ngày" if span is not None
               else f"công trình chưa có ngày bắt đầu, tối đa {cap} ngày mỗi lần ghi")
        raise ValidationError("Số ngày công", f"{format_decimal(days)} ngày là quá nhiều: {why}.")
    work_date = as_date("Ngày làm", data.work_date, required=True)
    assert work_date is not None
    not_future("Ngày làm", work_date)
    if project.start_date and work_date < project.start_date:
        raise ValidationError("Ngày làm",
                              f"trước ngày bắt đầu công trình ({format_date(project.start_date)}).")
    if project.completed_date and work_date > project.completed_date:
        raise ValidationError("Ngày làm",
                              f"sau ngày hoàn thành công trình ({format_date(project.completed_date)}).")
    return {"officer_id": officer.id, "days": days, "work_date": work_date,
            "note": require_text("Ghi chú", data.note, max_len=200, required=False)}


def list_labour(uow: UnitOfWork, project_id: int) -> list[LabourView]:
    uow.require("read")
    stmt = select(LabourEntry).where(LabourEntry.project_id == project_id).order_by(
        LabourEntry.work_date, LabourEntry.id)
    return [_lview(uow, e) for e in uow.session.scalars(stmt)]


def add_labour(uow: UnitOfWork, project_id: int, data: LabourInput) -> LabourView:
    uow.require("write")
    project = uow.get(Project, project_id)
    entry = uow.add(LabourEntry(project_id=project.id, **_validate_labour(uow, project, data)))
    uow.flush()
    return _lview(uow, entry)


def update_labour(uow: UnitOfWork, entry_id: int, version: int, data: LabourInput) -> LabourView:
    uow.require("write")
    entry = uow.get(LabourEntry, entry_id, version=version)
    project = uow.get(Project, entry.project_id)
    for key, value in _validate_labour(uow, project, data).items():
        setattr(entry, key, value)
    uow.flush()
    return _lview(uow, entry)


def delete_labour(uow: UnitOfWork, entry_id: int, version: int) -> None:
    uow.require("write")
    uow.session.delete(uow.get(LabourEntry, entry_id, version=version))
    uow.flush()
