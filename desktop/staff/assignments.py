"""Reinforcement assignments (đợt tăng cường) and awards (khen thưởng) of officers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.settings import Village
from desktop.staff.models import Award, Officer, ReinforcementAssignment
from desktop.text import format_date, require_text

MAX_ROUND_DAYS = 3 * 366
AWARD_TITLES = ("Giấy khen", "Bằng khen", "Thư khen", "Khác")


@dataclass(frozen=True)
class AssignmentView:
    id: int
    officer_id: int
    officer_name: str
    officer_label: str
    home_unit: str
    decision_number: str
    decision_date: dt.date | None
    start_date: dt.date
    end_date: dt.date
    village_ids: tuple[int, ...]
    village_names: tuple[str, ...]
    notes: str
    version: int

    @property
    def period_text(self) -> str:
        return f"{format_date(self.start_date)} – {format_date(self.end_date)}"

    @property
    def villages_text(self) -> str:
        return ", ".join(self.village_names)


@dataclass(frozen=True)
class AssignmentInput:
    officer_id: int
    home_unit: str
    start_date: dt.date
    end_date: dt.date
    decision_number: str = ""
    decision_date: dt.date | None = None
    village_ids: tuple[int, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class AwardView:
    id: int
    officer_id: int
    officer_name: str
    title: str
    issued_by: str
    decision_number: str
    award_date: dt.date
    reason: str
    assignment_id: int | None
    version: int


@dataclass(frozen=True)
class AwardInput:
    officer_id: int
    issued_by: str
    award_date: dt.date
    title: str = "Giấy khen"
    decision_number: str = ""
    reason: str = ""
    assignment_id: int | None = None


def _officer(uow: UnitOfWork, officer_id: int) -> Officer:
    officer = uow.session.get(Officer, officer_id) if officer_id else None
    if officer is None:
        raise ValidationError("Cán bộ", "hãy chọn một cán bộ có trong danh sách.")
    return officer


def _assignment_view(a: ReinforcementAssignment, officer: Officer) -> AssignmentView:
    villages = sorted(a.villages, key=lambda v: v.name)
    return AssignmentView(
        a.id,
        a.officer_id,
        officer.full_name,
        f"{officer.rank} {officer.full_name}".strip(),
        a.home_unit,
        a.decision_number,
        a.decision_date,
        a.start_date,
        a.end_date,
        tuple(v.id for v in villages),
        tuple(f"{v.kind} {v.name}" for v in villages),
        a.notes,
        a.version,
    )


def _validate_assignment(uow: UnitOfWork, data: AssignmentInput) -> tuple[dict, list[Village]]:
    officer = _officer(uow, data.officer_id)
    if not isinstance(data.start_date, dt.date):
        raise ValidationError("Từ ngày", "không được để trống.")
    if not isinstance(data.end_date, dt.date):
        raise ValidationError("Đến ngày", "không được để trống.")
    if data.end_date < data.start_date:
        raise ValidationError("Đến ngày", "phải sau hoặc bằng ngày bắt đầu đợt tăng cường.")
    if (data.end_date - data.start_date).days > MAX_ROUND_DAYS:
        raise ValidationError("Đến ngày", "một đợt tăng cường không dài quá 3 năm; kiểm tra lại năm.")
    if data.decision_date and data.decision_date > data.end_date:
        raise ValidationError("Ngày quyết định", "không thể sau ngày kết thúc đợt tăng cường.")
    villages = []
    for vid in dict.fromkeys(data.village_ids):
        village = uow.session.get(Village, vid)
        if village is None:
            raise ValidationError("Địa bàn phụ trách", "có thôn/bon không còn tồn tại.")
        villages.append(village)
    values = {
        "officer_id": officer.id,
        "home_unit": require_text("Đơn vị cử đi", data.home_unit, max_len=160),
        "decision_number": require_text("Số quyết định", data.decision_number, max_len=60, required=False),
        "decision_date": data.decision_date,
        "start_date": data.start_date,
        "end_date": data.end_date,
        "notes": require_text("Ghi chú", data.notes, max_len=2000, required=False),
    }
    return values, villages


def list_assignments(
    uow: UnitOfWork,
    *,
    officer_id: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[AssignmentView]:
    """Assignments, newest first; with ``start``/``end`` only those overlapping that period."""
    uow.require("read")
    stmt = select(ReinforcementAssignment, Officer).join(
        Officer, Officer.id == ReinforcementAssignment.officer_id
    )
    if officer_id:
        stmt = stmt.where(ReinforcementAssignment.officer_id == officer_id)
    if start:
        stmt = stmt.where(ReinforcementAssignment.end_date >= start)
    if end:
        stmt = stmt.where(ReinforcementAssignment.start_date <= end)
    stmt = stmt.order_by(ReinforcementAssignment.start_date.desc(), Officer.name_key)
    return [_assignment_view(a, o) for a, o in uow.session.execute(stmt)]


def add_assignment(uow: UnitOfWork, data: AssignmentInput) -> AssignmentView:
    uow.require("write")
    values, villages = _validate_assignment(uow, data)
    row = uow.add(ReinforcementAssignment(**values))
    row.villages = villages
    officer = uow.session.get(Officer, values["officer_id"])
    assert officer is not None
    if officer.kind != "reinforcement":
        officer.kind = "reinforcement"
    uow.flush()
    return _assignment_view(row, officer)


def update_assignment(
    uow: UnitOfWork, assignment_id: int, version: int, data: AssignmentInput
) -> AssignmentView:
    uow.require("write")
    row = uow.get(ReinforcementAssignment, assignment_id, version=version)
    values, villages = _validate_assignment(uow, data)
    for key, value in values.items():
        setattr(row, key, value)
    row.villages = villages
    uow.flush()
    officer = uow.session.get(Officer, row.officer_id)
    assert officer is not None
    return _assignment_view(row, officer)


def delete_assignment(uow: UnitOfWork, assignment_id: int, version: int) -> None:
    uow.require("write")
    row = uow.get(ReinforcementAssignment, assignment_id, version=version)
    uow.session.delete(row)
    uow.flush()


def _award_view(a: Award, officer: Officer) -> AwardView:
    return AwardView(
        a.id,
        a.officer_id,
        officer.full_name,
        a.title,
        a.issued_by,
        a.decision_number,
        a.award_date,
        a.reason,
        a.assignment_id,
        a.version,
    )


def _validate_award(uow: UnitOfWork, data: AwardInput) -> dict:
    officer = _officer(uow, data.officer_id)
    if not isinstance(data.award_date, dt.date):
        raise ValidationError("Ngày khen thưởng", "không được để trống.")
    if data.award_date > dt.date.today():
        raise ValidationError("Ngày khen thưởng", "không thể là ngày trong tương lai.")
    title = require_text("Hình thức khen thưởng", data.title, max_len=80)
    if data.assignment_id is not None:
        a = uow.session.get(ReinforcementAssignment, data.assignment_id)
        if a is None or a.officer_id != officer.id:
            raise ValidationError("Đợt tăng cường", "không phải đợt tăng cường của cán bộ này.")
    return {
        "officer_id": officer.id,
        "title": title,
        "issued_by": require_text("Cơ quan khen thưởng", data.issued_by, max_len=160),
        "decision_number": require_text("Số quyết định", data.decision_number, max_len=60, required=False),
        "award_date": data.award_date,
        "reason": require_text("Thành tích", data.reason, max_len=2000, required=False),
        "assignment_id": data.assignment_id,
    }


def list_awards(uow: UnitOfWork, *, officer_id: int | None = None) -> list[AwardView]:
    uow.require("read")
    stmt = select(Award, Officer).join(Officer, Officer.id == Award.officer_id)
    if officer_id:
        stmt = stmt.where(Award.officer_id == officer_id)
    stmt = stmt.order_by(Award.award_date.desc(), Award.id.desc())
    return [_award_view(a, o) for a, o in uow.session.execute(stmt)]


def add_award(uow: UnitOfWork, data: AwardInput) -> AwardView:
    uow.require("write")
    row = uow.add(Award(**_validate_award(uow, data)))
    uow.flush()
    officer = uow.session.get(Officer, row.officer_id)
    assert officer is not None
    return _award_view(row, officer)


def update_award(uow: UnitOfWork, award_id: int, version: int, data: AwardInput) -> AwardView:
    uow.require("write")
    row = uow.get(Award, award_id, version=version)
    for key, value in _validate_award(uow, data).items():
        setattr(row, key, value)
    uow.flush()
    officer = uow.session.get(Officer, row.officer_id)
    assert officer is not None
    return _award_view(row, officer)


def delete_award(uow: UnitOfWork, award_id: int, version: int) -> None:
    uow.require("write")
    uow.session.delete(uow.get(Award, award_id, version=version))
    uow.flush()
