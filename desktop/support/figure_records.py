"""The records behind each community-support figure (``desktop.figures.records("support.<path>", …)``):
the check sheets of the monthly report and the "records behind this number" lists.

Rows are selected by the very conditions ``desktop.support.figures`` counts by (the ``*_where``
functions and ``household_flags`` there). Paths (keys of ``caxa figures support --json``):

- ``projects_started`` / ``projects_completed`` (every kind), ``….<kind code>``, and the
  ``…_total`` keys: one row per project (when: its start / completion date);
- ``households_helped``, ``households_ethnic_minority``, ``households_poor``, ``households_near_poor``:
  one row per household (its head, the projects completed for it), opening the register's household
  when the projects are linked to one, else the (latest) project;
- ``cash_received_vnd``, ``in_kind_value_vnd``: one row per contribution received, ``amount`` its value
  in VND (who: the donor);
- ``donors``: one row per donor (what they gave in the period), opening the donor (``support.donor``);
- ``officer_labour_days``: one row per labour entry, ``amount`` its days; ``officers``: one row per
  officer with their days, opening the officer (``staff.officer``).

Project rows and contribution and labour rows open the project (``support.project``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from desktop import figures
from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.figures import RecordRow
from desktop.settings import Village
from desktop.staff.models import Officer
from desktop.support import figures as counted
from desktop.support.models import DONOR_KINDS, Contribution, Donor, LabourEntry, Project, ProjectKind
from desktop.support.values import format_decimal
from desktop.text import format_vnd

OPENS = "support.project"
FIELD = "Số liệu"


def _unknown(path: str) -> ValidationError:
    return ValidationError(FIELD, f"không có số liệu «support.{path}» trong sổ an sinh xã hội.")


def _villages(uow: UnitOfWork, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = uow.session.execute(select(Village.id, Village.kind, Village.name).where(Village.id.in_(ids)))
    return {vid: f"{kind} {name}" for vid, kind, name in rows}


def _projects(uow: UnitOfWork, where: tuple[Any, ...], when: Any, kind_id: int | None) -> list[RecordRow]:
    kinds = dict(uow.session.execute(select(ProjectKind.id, ProjectKind.name)).all())
    stmt = select(Project).where(*where).order_by(when, Project.id)
    if kind_id is not None:
        stmt = stmt.where(Project.kind_id == kind_id)
    projects = list(uow.session.scalars(stmt))
    villages = _villages(uow, {p.village_id for p in projects})
    return [
        RecordRow(p.head_name, f"{kinds.get(p.kind_id, '')}: {p.title}",
                  p.start_date if when is Project.start_date else p.completed_date,
                  villages.get(p.village_id, ""), None, OPENS, p.id)
        for p in projects
    ]


def _households(uow: UnitOfWork, start: dt.date, end: dt.date, flag: str | None) -> list[RecordRow]:
    projects = list(uow.session.scalars(
        select(Project).where(*counted.completed_where(start, end))
        .order_by(Project.completed_date, Project.id)
    ))
    flags = counted.household_flags(projects)
    grouped: dict[tuple[Any, ...], list[Project]] = defaultdict(list)
    for p in projects:
        grouped[counted.household_key(p.household_id, p.head_key, p.village_id)].append(p)
    villages = _villages(uow, {p.village_id for p in projects})
    out = []
    for key, done in grouped.items():
        if flag is not None and not flags[key][flag]:
            continue
        last = done[-1]
        linked = last.household_id is not None
        out.append(RecordRow(
            last.head_name,
            "Hộ được hỗ trợ: " + "; ".join(p.title for p in done),
            last.completed_date,
            villages.get(last.village_id, ""),
            None,
            "residents.household" if linked else OPENS,
            last.household_id if linked else last.id,
        ))
    return out


def _contributions(uow: UnitOfWork, start: dt.date, end: dt.date, kind: str) -> list[RecordRow]:
    rows = uow.session.execute(
        select(Contribution, Donor.name, Project.title, Project.village_id)
        .join(Donor, Donor.id == Contribution.donor_id)
        .join(Project, Project.id == Contribution.project_id)
        .where(*counted.received_where(start, end), Contribution.kind == kind)
        .order_by(Contribution.received_date, Contribution.id)
    ).all()
    villages = _villages(uow, {r[3] for r in rows})
    out = []
    for c, donor, title, village_id in rows:
        if kind == "cash":
            what = f"Tiền mặt {format_vnd(c.received_vnd)} cho «{title}»"
        else:
            amount = f" {format_decimal(c.quantity)} {c.unit}".rstrip() if c.quantity is not None else ""
            what = f"{c.item or 'Hiện vật'}{amount} (trị giá {format_vnd(c.received_vnd)}) cho «{title}»"
        out.append(RecordRow(donor, what, c.received_date, villages.get(village_id, ""), int(c.received_vnd),
                             OPENS, c.project_id))
    return out


def _donors(uow: UnitOfWork, start: dt.date, end: dt.date) -> list[RecordRow]:
    rows = uow.session.execute(
        select(Donor.id, Donor.name, Donor.kind, Contribution.received_vnd, Contribution.received_date)
        .join(Donor, Donor.id == Contribution.donor_id)
        .where(*counted.donors_where(start, end))
        .order_by(Donor.name, Donor.id)
    ).all()
    given: dict[int, list] = {}
    for donor_id, name, kind, vnd, day in rows:
        entry = given.setdefault(donor_id, [name, kind, 0, 0, day])
        entry[2] += int(vnd)
        entry[3] += 1
        entry[4] = max(entry[4], day)
    return [
        RecordRow(name, f"{DONOR_KINDS.get(kind, '')}: {n} lần đóng góp, trị giá {format_vnd(total)}",
                  last, "", None, "support.donor", donor_id)
        for donor_id, (name, kind, total, n, last) in given.items()
    ]


def _labour(uow: UnitOfWork, start: dt.date, end: dt.date, *, per_officer: bool) -> list[RecordRow]:
    rows = uow.session.execute(
        select(LabourEntry, Officer.rank, Officer.full_name, Project.title, Project.village_id)
        .join(Officer, Officer.id == LabourEntry.officer_id)
        .join(Project, Project.id == LabourEntry.project_id)
        .where(*counted.labour_where(start, end))
        .order_by(LabourEntry.work_date, LabourEntry.id)
    ).all()
    villages = _villages(uow, {r[4] for r in rows})
    if not per_officer:
        return [
            RecordRow(f"{rank} {name}".strip(), f"{format_decimal(e.days)} ngày công: «{title}»", e.work_date,
                      villages.get(village_id, ""), Decimal(e.days), OPENS, e.project_id)
            for e, rank, name, title, village_id in rows
        ]
    per: dict[int, list] = {}
    for e, rank, name, _title, _village in rows:
        entry = per.setdefault(e.officer_id, [f"{rank} {name}".strip(), Decimal(0), e.work_date])
        entry[1] += Decimal(e.days)
        entry[2] = max(entry[2], e.work_date)
    return [
        RecordRow(name, f"{format_decimal(days)} ngày công hỗ trợ", last, "", None, "staff.officer",
                  officer_id)
        for officer_id, (name, days, last) in sorted(per.items(), key=lambda kv: kv[1][0])
    ]


def support_records(uow: UnitOfWork, start: dt.date, end: dt.date, path: str) -> list[RecordRow]:
    uow.require("read")
    path = (path or "").strip()
    head, _, code = path.partition(".")
    for prefix, where, when in (
        ("projects_started", counted.started_where, Project.start_date),
        ("projects_completed", counted.completed_where, Project.completed_date),
    ):
        if path == f"{prefix}_total" or head == prefix:
            kind_id = None
            if code:
                kind_id = uow.session.scalar(select(ProjectKind.id).where(ProjectKind.code == code))
                if kind_id is None:
                    raise _unknown(path)
            return _projects(uow, where(start, end), when, kind_id)
    if path in counted.HOUSEHOLD_FIGURES:
        return _households(uow, start, end, counted.HOUSEHOLD_FIGURES[path])
    if path == "cash_received_vnd":
        return _contributions(uow, start, end, "cash")
    if path == "in_kind_value_vnd":
        return _contributions(uow, start, end, "material")
    if path == "donors":
        return _donors(uow, start, end)
    if path in ("officer_labour_days", "officers"):
        return _labour(uow, start, end, per_officer=path == "officers")
    raise _unknown(path)


figures.register_records("support", support_records)
