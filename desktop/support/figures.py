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


def support_figures(uow: UnitOfWork, start: dt.date, end: dt.date) -> dict[str, Any]:
    uow.require("read")
    codes = dict(uow.session.execute(
        select(ProjectKind.id, ProjectKind.code).order_by(ProjectKind.sort_order, ProjectKind.id)).all())
    started = dict.fromkeys(codes.values(), 0)
    for kind_id, n in uow.session.execute(
        select(Project.kind_id, func.count(Project.id))
        .where(Project.start_date.between(start, end), Project.status != "cancelled")
        .group_by(Project.kind_id)
    ):
        started[codes[kind_id]] = int(n)
    completed = dict.fromkeys(codes.values(), 0)
    households: dict[tuple[Any, ...], dict[str, bool]] = {}
    for p in uow.session.execute(
        select(Project.kind_id, Project.head_key, Project.village_id, Project.ethnic_minority,
               Project.hardship, Project.household_id)
        .where(Project.status == "completed", Project.completed_date.between(start, end))
    ):
        completed[codes[p.kind_id]] += 1
        key = ("household", p.household_id) if p.household_id is not None else (p.head_key, p.village_id)
        flags = households.setdefault(key, {"em": False, "poor": False, "near": False})
        flags["em"] |= bool(p.ethnic_minority)
        flags["poor"] |= p.hardship == "poor"
        flags["near"] |= p.hardship == "near_poor"

    received = dict(uow.session.execute(
        select(Contribution.kind, func.sum(Contribution.received_vnd))
        .where(Contribution.received_date.between(start, end)).group_by(Contribution.kind)
    ).all())
    donors = uow.session.scalar(
        select(func.count(func.distinct(Contribution.donor_id)))
        .where(Contribution.received_date.between(start, end), Contribution.received_vnd > 0)
    )
    days, officers = uow.session.execute(
        select(func.sum(LabourEntry.days), func.count(func.distinct(LabourEntry.officer_id)))
        .where(LabourEntry.work_date.between(start, end))
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
