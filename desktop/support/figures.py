"""Period figures for the monthly report (``caxa figures support --from --to --json``).

Keys (stable):
- ``projects_started``: {kind code: n} — projects (not cancelled) whose start date is in the period
- ``projects_started_total``: n
- ``projects_completed``: {kind code: n} — projects completed in the period (completion date)
- ``projects_completed_total``: n
- ``households_helped``: n — distinct households of projects completed in the period (the
  household of the register when linked, else the folded head name + village)
- ``households_ethnic_minority``, ``households_poor``, ``households_near_poor``: n — of those households
- ``cash_received_vnd``: n — cash received in the period (by date received), any project
- ``in_kind_value_vnd``: n — estimated value of materials received in the period
- ``donors``: n — distinct donors who gave something received in the period
- ``officer_labour_days``: x — officers' labour days worked in the period (one decimal)
- ``officers``: n — distinct officers with labour days in the period
Kind codes: house, yard, sanitation, gift, livelihood, scholarship, other, plus each station's own kinds.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from desktop import figures
from desktop.db import UnitOfWork
from desktop.support.models import Contribution, LabourEntry, Project, ProjectKind

# The conditions each figure counts by; ``figure_records`` lists the records by the same ones.


def started_where(start: dt.date, end: dt.date) -> tuple[Any, ...]:
    """Projects (not cancelled) whose start date is in the period."""
    return (Project.start_date.between(start, end), Project.status != "cancelled")


def completed_where(start: dt.date, end: dt.date) -> tuple[Any, ...]:
    return (Project.status == "completed", Project.completed_date.between(start, end))


def household_key(household_id: int | None, head_key: str, village_id: int) -> tuple[Any, ...]:
    """One household helped: the register's household when linked, else the folded head name + village."""
    return ("household", household_id) if household_id is not None else (head_key, village_id)


def household_flags(projects: Any) -> dict[tuple[Any, ...], dict[str, bool]]:
    """household key → {"em", "poor", "near"} over the projects (rows with the columns below)."""
    households: dict[tuple[Any, ...], dict[str, bool]] = {}
    for p in projects:
        key = household_key(p.household_id, p.head_key, p.village_id)
        flags = households.setdefault(key, {"em": False, "poor": False, "near": False})
        flags["em"] |= bool(p.ethnic_minority)
        flags["poor"] |= p.hardship == "poor"
        flags["near"] |= p.hardship == "near_poor"
    return households


#: the figure's key → the flag a household must carry to count in it
HOUSEHOLD_FIGURES = {
    "households_helped": None,
    "households_ethnic_minority": "em",
    "households_poor": "poor",
    "households_near_poor": "near",
}


def received_where(start: dt.date, end: dt.date) -> tuple[Any, ...]:
    """Contributions received in the period (cash and materials, by kind)."""
    return (Contribution.received_date.between(start, end),)


def donors_where(start: dt.date, end: dt.date) -> tuple[Any, ...]:
    """Contributions that make their donor count: something received in the period."""
    return (*received_where(start, end), Contribution.received_vnd > 0)


def labour_where(start: dt.date, end: dt.date) -> tuple[Any, ...]:
    return (LabourEntry.work_date.between(start, end),)


def support_figures(uow: UnitOfWork, start: dt.date, end: dt.date) -> dict[str, Any]:
    uow.require("read")
    codes = dict(uow.session.execute(
        select(ProjectKind.id, ProjectKind.code).order_by(ProjectKind.sort_order, ProjectKind.id)).all())
    started = dict.fromkeys(codes.values(), 0)
    for kind_id, n in uow.session.execute(
        select(Project.kind_id, func.count(Project.id))
        .where(*started_where(start, end))
        .group_by(Project.kind_id)
    ):
        started[codes[kind_id]] = int(n)
    completed = dict.fromkeys(codes.values(), 0)
    projects = uow.session.execute(
        select(Project.kind_id, Project.head_key, Project.village_id, Project.ethnic_minority,
               Project.hardship, Project.household_id)
        .where(*completed_where(start, end))
    ).all()
    for p in projects:
        completed[codes[p.kind_id]] += 1
    households = household_flags(projects)

    received = dict(uow.session.execute(
        select(Contribution.kind, func.sum(Contribution.received_vnd))
        .where(*received_where(start, end)).group_by(Contribution.kind)
    ).all())
    donors = uow.session.scalar(
        select(func.count(func.distinct(Contribution.donor_id)))
        .where(*donors_where(start, end))
    )
    days, officers = uow.session.execute(
        select(func.sum(LabourEntry.days), func.count(func.distinct(LabourEntry.officer_id)))
        .where(*labour_where(start, end))
    ).one()
    return {
        "projects_started": started,
        "projects_started_total": sum(started.values()),
        "projects_completed": completed,
        "projects_completed_total": sum(completed.values()),
        "households_helped": len(households),
        "households_ethnic_minority": sum(1 for f in households.values() if f["em"]),
        "households_poor": sum(1 for f in households.values() if f["poor"]),
        "households_near_poor": sum(1 for f in households.values() if f["near"]),
        "cash_received_vnd": int(received.get("cash") or 0),
        "in_kind_value_vnd": int(received.get("material") or 0),
        "donors": int(donors or 0),
        "officer_labour_days": float(Decimal(days or 0).quantize(Decimal("0.1"))),
        "officers": int(officers or 0),
    }


figures.register("support", support_figures)
