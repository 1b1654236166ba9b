"""Projects: kinds of project, the projects themselves, their totals and warnings."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, or_, select

from desktop.db import UnitOfWork
from desktop.errors import NotFound, ValidationError
from desktop.settings import Village
from desktop.support.models import (
    HARDSHIPS,
    STATUSES,
    Contribution,
    LabourEntry,
    Photo,
    Project,
    ProjectKind,
)
from desktop.support.values import as_date, format_decimal, not_future, parse_decimal
from desktop.text import fold, format_date, format_vnd, require_text

logger = logging.getLogger(__name__)

#: "the same household helped within 12 months" looks this many days either side
REPEAT_WINDOW_DAYS = 365
MAX_SIZE = Decimal("1000000")

# --------------------------------------------------------------------------- kinds


@dataclass(frozen=True)
class KindView:
    id: int
    code: str
    name: str
    active: bool
    version: int


def list_kinds(uow: UnitOfWork, *, include_inactive: bool = False) -> list[KindView]:
    uow.require("read")
    stmt = select(ProjectKind).order_by(ProjectKind.sort_order, ProjectKind.name_key)
    if not include_inactive:
        stmt = stmt.where(ProjectKind.active.is_(True))
    return [KindView(k.id, k.code, k.name, k.active, k.version) for k in uow.session.scalars(stmt)]


def add_kind(uow: UnitOfWork, name: str) -> KindView:
    """A station's own kind of project; its figures key is the name folded to ASCII (``lam_duong``)."""
    uow.require("write")
    clean_name = require_text("Loại công trình", name, max_len=80)
    key = fold(clean_name)
    if uow.session.scalar(select(ProjectKind.id).where(ProjectKind.name_key == key)) is not None:
        raise ValidationError("Loại công trình", f"«{clean_name}» đã có trong danh sách.")
    code = re.sub(r"[^a-z0-9]+", "_", key).strip("_")[:40] or "kind"
    base, n = code, 2
    while uow.session.scalar(select(ProjectKind.id).where(ProjectKind.code == code)) is not None:
        code = f"{base[:36]}_{n}"
        n += 1
    top = uow.session.scalar(select(func.max(ProjectKind.sort_order))) or 0
    kind = uow.add(ProjectKind(code=code, name=clean_name, name_key=key, sort_order=top + 10, active=True))
    uow.flush()
    return KindView(kind.id, kind.code, kind.name, kind.active, kind.version)


# --------------------------------------------------------------------------- projects


@dataclass(frozen=True)
class ProjectInput:
    title: str
    kind_id: int
    head_name: str
    village_id: int
    hardship: str
    address: str = ""
    ethnic_minority: bool = False
    ethnicity: str = ""
    status: str = "proposed"
    start_date: dt.date | str | None = None
    completed_date: dt.date | str | None = None
    size_value: Decimal | str | int | None = None
    size_unit: str = ""
    description: str = ""
    #: the beneficiary household of the register (picked); the head name and village may then be
    #: left empty: they are taken from the household
    household_id: int | None = None
    #: the schedule event at which the project was handed over (optional)
    event_id: int | None = None


@dataclass(frozen=True)
class Totals:
    cash_pledged_vnd: int = 0
    cash_received_vnd: int = 0
    material_pledged_vnd: int = 0
    material_received_vnd: int = 0
    labour_days: Decimal = Decimal(0)
    donors: int = 0

    @property
    def received_vnd(self) -> int:
        return self.cash_received_vnd + self.material_received_vnd

    @property
    def pledged_vnd(self) -> int:
        return self.cash_pledged_vnd + self.material_pledged_vnd


@dataclass(frozen=True)
class ProjectView:
    id: int
    title: str
    kind_id: int
    kind_code: str
    kind_name: str
    head_name: str
    address: str
    village_id: int
    village_label: str
    hardship: str
    ethnic_minority: bool
    ethnicity: str
    status: str
    start_date: dt.date | None
    completed_date: dt.date | None
    size_value: Decimal | None
    size_unit: str
    description: str
    version: int
    totals: Totals = field(default_factory=Totals)
    warnings: tuple[str, ...] = ()
    household_id: int | None = None
    household_label: str = ""
    household_number: str = ""
    event_id: int | None = None
    event_label: str = ""

    @property
    def needs_household(self) -> bool:
        """Not linked to a household of the register yet (the clerk resolves it: "chưa gắn hộ")."""
        return self.household_id is None

    @property
    def hardship_text(self) -> str:
        return HARDSHIPS.get(self.hardship, self.hardship)

    @property
    def status_text(self) -> str:
        return STATUSES.get(self.status, self.status)

    @property
    def size_text(self) -> str:
        return f"{format_decimal(self.size_value)} {self.size_unit}".strip() if self.size_value else ""

    @property
    def household_text(self) -> str:
        """'hộ ông/bà Y Blim Niê, bon Bu Sir (hộ nghèo, đồng bào dân tộc thiểu số)'."""
        tags = [self.hardship_text.lower()]
        if self.ethnic_minority:
            tags.append(f"dân tộc {self.ethnicity}" if self.ethnicity else "đồng bào dân tộc thiểu số")
        place = ", ".join(x for x in (self.address, self.village_label) if x)
        return f"Hộ {self.head_name}, {place} ({', '.join(tags)})"


@dataclass(frozen=True)
class ProjectFilter:
    text: str = ""
    kind_id: int | None = None
    status: str = ""
    village_id: int | None = None
    ethnic_minority_only: bool = False
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    #: only the projects whose beneficiary is not linked to a household yet
    unlinked_only: bool = False


def _household(uow: UnitOfWork, household_id: int | None) -> Any:
    """The household of the register a project is for, read through the residents' service."""
    if not household_id:
        return None
    from desktop.residents.households import get_household

    try:
        return get_household(uow, household_id)
    except NotFound:
        raise ValidationError("Hộ được hỗ trợ", "hộ đã chọn không còn trong sổ hộ khẩu.") from None


def _event_id(uow: UnitOfWork, event_id: int | None) -> int | None:
    if not event_id:
        return None
    from desktop.schedule.events import get_event

    try:
        return get_event(uow, event_id).id
    except NotFound:
        raise ValidationError("Hoạt động", "hoạt động đã chọn không còn trong lịch công tác.") from None


def _validate(uow: UnitOfWork, data: ProjectInput, current: Project | None) -> dict:
    title = require_text("Tên công trình", data.title, max_len=200)
    kind = uow.session.get(ProjectKind, data.kind_id) if data.kind_id else None
    if kind is None:
        raise ValidationError("Loại công trình", "hãy chọn loại công trình.")
    if not kind.active and (current is None or current.kind_id != kind.id):
        raise ValidationError("Loại công trình", f"«{kind.name}» không còn dùng.")
    household = _household(uow, data.household_id)
    typed = require_text("Chủ hộ được hỗ trợ", data.head_name, max_len=120, required=household is None)
    head = typed or (household.head_name if household else "")
    if not head:
        raise ValidationError("Chủ hộ được hỗ trợ", f"hộ {household.number} chưa có chủ hộ; hãy ghi tên "
                              "người đại diện nhận hỗ trợ.")
    village_id = data.village_id or (household.village_id if household else None)
    village = uow.session.get(Village, village_id) if village_id else None
    if village is None:
        raise ValidationError("Thôn, bon", "hãy chọn thôn, bon nơi hộ sinh sống.")
    if data.hardship not in HARDSHIPS:
        raise ValidationError("Diện hoàn cảnh", "hãy chọn một diện: " + ", ".join(HARDSHIPS.values()) + ".")
    if data.status not in STATUSES:
        raise ValidationError("Trạng thái", f"«{data.status}» không hợp lệ.")
    start = as_date("Ngày bắt đầu", data.start_date)
    done = as_date("Ngày hoàn thành", data.completed_date)
    if data.status == "completed" and done is None:
        raise ValidationError("Ngày hoàn thành", "công trình đã hoàn thành thì phải ghi ngày hoàn thành.")
    if data.status != "completed" and done is not None:
        raise ValidationError("Ngày hoàn thành", "chỉ ghi khi trạng thái là «Đã hoàn thành».")
    if data.status in ("in_progress", "completed") and start is None:
        raise ValidationError("Ngày bắt đầu", "công trình đã bắt đầu thì phải ghi ngày bắt đầu.")
    not_future("Ngày hoàn thành", done)
    if start and done and done < start:
        raise ValidationError("Ngày hoàn thành", "không được trước ngày bắt đầu.")
    if data.status == "in_progress":
        not_future("Ngày bắt đầu", start)
    size = parse_decimal("Quy mô", data.size_value, maximum=MAX_SIZE)
    unit = require_text("Đơn vị quy mô", data.size_unit, max_len=20, required=False)
    if size is not None and not unit:
        raise ValidationError("Đơn vị quy mô", "hãy ghi đơn vị (ví dụ m², căn, suất).")
    return {
        "title": title, "title_key": fold(title), "kind_id": kind.id,
        "head_name": head, "head_key": fold(head),
        "address": require_text("Địa chỉ", data.address, max_len=200, required=False),
        "village_id": village.id, "hardship": data.hardship, "ethnic_minority": bool(data.ethnic_minority),
        "ethnicity": require_text("Dân tộc", data.ethnicity, max_len=40, required=False)
        if data.ethnic_minority else "",
        "status": data.status, "start_date": start, "completed_date": done,
        "size_value": size, "size_unit": unit if size is not None else "",
        "description": require_text("Mô tả", data.description, max_len=4000, required=False),
        "household_id": household.id if household else None, "event_id": _event_id(uow, data.event_id),
    }


def _check_labour_still_fits(uow: UnitOfWork, project: Project) -> None:
    """New dates must still cover the officers' labour already recorded."""
    first, last, most = uow.session.execute(
        select(func.min(LabourEntry.work_date), func.max(LabourEntry.work_date), func.max(LabourEntry.days))
        .where(LabourEntry.project_id == project.id)
    ).one()
    if first is None:
        return
    if project.start_date and first < project.start_date:
        raise ValidationError("Ngày bắt đầu",
                              f"đã có ngày công ghi ngày {format_date(first)}, trước ngày bắt đầu.")
    if project.completed_date and last > project.completed_date:
        raise ValidationError("Ngày hoàn thành",
                              f"đã có ngày công ghi ngày {format_date(last)}, sau ngày hoàn thành.")
    span = project_span_days(project.start_date, project.completed_date)
    if span is not None and most > span:
        raise ValidationError("Ngày hoàn thành", f"đã có cán bộ ghi {format_decimal(most)} ngày công, "
                              f"dài hơn thời gian thực hiện ({span} ngày).")


def project_span_days(start: dt.date | None, done: dt.date | None) -> int | None:
    """Days from start to completion (or to today while in progress), inclusive; None without a start."""
    if start is None:
        return None
    end = done or max(dt.date.today(), start)
    return (end - start).days + 1


def _household_label(uow: UnitOfWork, household_id: int | None) -> tuple[str, str]:
    """("Hộ 0123 — Thị Hơn — bon Bu Sir", "0123"): the label (number, head, village) and the number
    of a linked household."""
    if household_id is None:
        return "", ""
    from desktop.residents.households import get_household

    try:
        h = get_household(uow, household_id)
    except NotFound:
        return "", ""
    label = " — ".join(x for x in (f"Hộ {h.number}" if h.number else "Hộ", h.head_name, h.village_label) if x)
    return label, h.number


def _event_label(uow: UnitOfWork, event_id: int | None) -> str:
    if event_id is None:
        return ""
    from desktop.schedule.events import get_event

    try:
        e = get_event(uow, event_id)
    except NotFound:
        return ""
    return f"{format_date(e.starts_at.date())} — {e.title}"


def _view(uow: UnitOfWork, p: Project, *, with_warnings: bool = False) -> ProjectView:
    kind = uow.session.get(ProjectKind, p.kind_id)
    village = uow.session.get(Village, p.village_id)
    totals = project_totals(uow, [p.id]).get(p.id, Totals())
    view = ProjectView(
        p.id, p.title, p.kind_id, kind.code if kind else "", kind.name if kind else "", p.head_name,
        p.address,
        p.village_id, f"{village.kind} {village.name}" if village else "", p.hardship, p.ethnic_minority,
        p.ethnicity, p.status, p.start_date, p.completed_date, p.size_value, p.size_unit, p.description,
        p.version, totals, household_id=p.household_id, event_id=p.event_id,
        event_label=_event_label(uow, p.event_id),
    )
    label, number = _household_label(uow, p.household_id)
    if label:
        view = replace(view, household_label=label, household_number=number)
    if not with_warnings:
        return view
    warnings = household_warnings(uow, p.head_key, p.village_id, _ref_date(p), exclude_id=p.id,
                                  household_id=p.household_id)
    if totals.cash_pledged_vnd and totals.cash_received_vnd > totals.cash_pledged_vnd:
        warnings.append(f"Tiền mặt đã nhận ({format_vnd(totals.cash_received_vnd)}) nhiều hơn số cam kết "
                        f"({format_vnd(totals.cash_pledged_vnd)}).")
    if totals.material_pledged_vnd and totals.material_received_vnd > totals.material_pledged_vnd:
        warnings.append(f"Giá trị hiện vật đã nhận ({format_vnd(totals.material_received_vnd)}) nhiều hơn "
                        f"số cam kết ({format_vnd(totals.material_pledged_vnd)}).")
    return ProjectView(**{**view.__dict__, "warnings": tuple(warnings)})


def _ref_date(p: Project) -> dt.date:
    return p.completed_date or p.start_date or (p.created_at.date() if p.created_at else dt.date.today())


def household_warnings(uow: UnitOfWork, head_key: str, village_id: int, ref: dt.date,
                       *, exclude_id: int | None = None, household_id: int | None = None) -> list[str]:
    """Other projects (not cancelled) for the same household within 12 months of ``ref``.

    A project linked to a household of the register is compared with the projects linked to it;
    one not linked yet on the folded name of its head and the village, so namesakes in one village
    are reported too."""
    if household_id is not None:
        same = Project.household_id == household_id
        how = "Hộ này"
    else:
        same = (Project.head_key == head_key) & (Project.village_id == village_id)
        how = ""
    stmt = select(Project).where(same, Project.status != "cancelled")
    if exclude_id is not None:
        stmt = stmt.where(Project.id != exclude_id)
    out = []
    for other in uow.session.scalars(stmt.order_by(Project.id)):
        when = _ref_date(other)
        if abs((when - ref).days) <= REPEAT_WINDOW_DAYS:
            what = "hoàn thành" if other.completed_date else "bắt đầu" if other.start_date else "ghi nhận"
            if how:
                out.append(f"{how} đã được hỗ trợ trong vòng 12 tháng: «{other.title}» ({what} "
                           f"{format_date(when)}).")
                continue
            out.append(f"Hộ «{other.head_name}» ở cùng thôn, bon đã được hỗ trợ trong vòng 12 tháng: "
                       f"«{other.title}» ({what} {format_date(when)}). "
                       "So khớp theo họ tên chủ hộ và thôn, bon — hãy kiểm tra có đúng là một hộ không.")
    return out


def project_totals(uow: UnitOfWork, project_ids: list[int]) -> dict[int, Totals]:
    """Pledged and received cash and materials, labour days and donors per project."""
    if not project_ids:
        return {}
    is_cash = Contribution.kind == "cash"
    rows = uow.session.execute(
        select(
            Contribution.project_id,
            func.sum(case((is_cash, Contribution.pledged_vnd), else_=0)),
            func.sum(case((is_cash, Contribution.received_vnd), else_=0)),
            func.sum(case((is_cash, 0), else_=Contribution.pledged_vnd)),
            func.sum(case((is_cash, 0), else_=Contribution.received_vnd)),
            func.count(func.distinct(Contribution.donor_id)),
        ).where(Contribution.project_id.in_(project_ids)).group_by(Contribution.project_id)
    ).all()
    money = {r[0]: r[1:] for r in rows}
    days = dict(uow.session.execute(
        select(LabourEntry.project_id, func.sum(LabourEntry.days))
        .where(LabourEntry.project_id.in_(project_ids)).group_by(LabourEntry.project_id)
    ).all())
    out = {}
    for pid in project_ids:
        m = money.get(pid, (0, 0, 0, 0, 0))
        out[pid] = Totals(int(m[0] or 0), int(m[1] or 0), int(m[2] or 0), int(m[3] or 0),
                          Decimal(days.get(pid) or 0), int(m[4] or 0))
    return out


def list_projects(uow: UnitOfWork, flt: ProjectFilter = ProjectFilter()) -> list[ProjectView]:
    """Projects matching the filter, newest first, with their totals."""
    uow.require("read")
    stmt = select(Project)
    if flt.text:
        key = fold(flt.text)
        stmt = stmt.where(or_(Project.title_key.contains(key, autoescape=True),
                              Project.head_key.contains(key, autoescape=True)))
    if flt.kind_id:
        stmt = stmt.where(Project.kind_id == flt.kind_id)
    if flt.status:
        stmt = stmt.where(Project.status == flt.status)
    if flt.village_id:
        stmt = stmt.where(Project.village_id == flt.village_id)
    if flt.ethnic_minority_only:
        stmt = stmt.where(Project.ethnic_minority.is_(True))
    if flt.unlinked_only:
        stmt = stmt.where(Project.household_id.is_(None))
    day = func.coalesce(Project.completed_date, Project.start_date)
    if flt.date_from:
        stmt = stmt.where(day >= flt.date_from)
    if flt.date_to:
        stmt = stmt.where(day <= flt.date_to)
    projects = list(uow.session.scalars(stmt.order_by(day.desc().nulls_first(), Project.id.desc())))
    totals = project_totals(uow, [p.id for p in projects])
    kinds = {k.id: k for k in uow.session.scalars(select(ProjectKind))}
    villages = {v.id: f"{v.kind} {v.name}" for v in uow.session.scalars(select(Village))}
    return [
        ProjectView(
            p.id, p.title, p.kind_id, kinds[p.kind_id].code, kinds[p.kind_id].name, p.head_name, p.address,
            p.village_id, villages.get(p.village_id, ""), p.hardship, p.ethnic_minority, p.ethnicity,
            p.status,
            p.start_date, p.completed_date, p.size_value, p.size_unit, p.description, p.version,
            totals[p.id], household_id=p.household_id, event_id=p.event_id,
        )
        for p in projects
    ]


def get_project(uow: UnitOfWork, project_id: int) -> ProjectView:
    """One project with its totals and warnings."""
    uow.require("read")
    return _view(uow, uow.get(Project, project_id), with_warnings=True)


def add_project(uow: UnitOfWork, data: ProjectInput) -> ProjectView:
    uow.require("write")
    project = uow.add(Project(**_validate(uow, data, None)))
    uow.flush()
    logger.info("support project %s added", project.id)
    return _view(uow, project, with_warnings=True)


def update_project(uow: UnitOfWork, project_id: int, version: int, data: ProjectInput) -> ProjectView:
    uow.require("write")
    project = uow.get(Project, project_id, version=version)
    for key, value in _validate(uow, data, project).items():
        setattr(project, key, value)
    _check_labour_still_fits(uow, project)
    uow.flush()
    return _view(uow, project, with_warnings=True)


def delete_project(uow: UnitOfWork, project_id: int, version: int) -> None:
    """Delete a project with its contributions, labour days and photos (the photo files go
    after the transaction commits)."""
    uow.require("write")
    from desktop.support.photos import remove_files_after_commit

    project = uow.get(Project, project_id, version=version)
    photos = list(uow.session.scalars(select(Photo).where(Photo.project_id == project.id)))
    for model in (Contribution, LabourEntry):
        for row in uow.session.scalars(select(model).where(model.project_id == project.id)):
            uow.session.delete(row)
    for photo in photos:
        uow.session.delete(photo)
    uow.session.delete(project)
    uow.flush()
    remove_files_after_commit(uow, [(project.id, p.file_name) for p in photos])
