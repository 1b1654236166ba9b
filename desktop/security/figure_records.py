"""The records behind each security figure (``desktop.figures.records("security.<path>", …)``): the
check sheets of the monthly report and the "records behind this number" lists.

Rows are selected by the very conditions ``desktop.security.figures`` counts by (its ``*_where``
functions). Paths are the keys of ``caxa figures security --json``:

- a count (``reports.received``, ``incidents.crimes.resolved``, ``managed.added``,
  ``residence.checks`` …): one row per record counted;
- a count by code (``reports.by_kind``, ``reports.by_channel``, ``incidents.by_class``,
  ``incidents.crimes.by_kind``, ``incidents.violations.by_field``, ``managed.by_category_end``,
  ``managed.contacts_by_kind``): ``<key>.<code>`` lists that code's records, ``<key>`` all of them;
- a sum (``incidents.fines.persons`` and ``.amount``, ``incidents.traffic.killed``, ``.injured``,
  ``.damage``, ``incidents.fire.damage``, ``residence.households_checked``, ``.rooms_checked``,
  ``.violations``): one row per record the sum runs over, ``amount`` its share (0 when it adds none).

Rows open the report (``security.report``), the incident (``schedule.incident``), the person or
household of the register concerned (``residents.person``, ``residents.household``), else the
residence check or lodging notice itself (``security.check``, ``security.lodging``).

Managed persons (``managed.*``): the list names persons under police management, which only admins
and clerks may see (``desktop.security.managed``). For those roles a row names the person (name,
village; no ID number), opens the person's form, and each listing is written to the audit log under
the user who read it, as the managed-person page's reads are. For any other role the rows are the
same records without the person: ``who`` and ``village`` empty, nothing to open, no record id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select

from desktop import audit, figures
from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.figures import RecordRow
from desktop.schedule.codes import CRIME_KINDS, INCIDENT_CLASSES, VIOLATION_FIELDS
from desktop.schedule.models import Incident, IncidentPerson
from desktop.security import common, managed
from desktop.security import figures as counted
from desktop.security.codes import (
    CONTACT_KINDS,
    MANAGED_CATEGORIES,
    REPORT_CHANNELS,
    REPORT_KINDS,
)
from desktop.security.models import (
    CrimeReport,
    LodgingNotice,
    ManagedContact,
    ManagedPerson,
    ResidenceCheck,
    residence_check_officer,
)
from desktop.settings import Village
from desktop.text import format_vnd

FIELD = "Số liệu"
MAX_TEXT = 120


@dataclass(frozen=True)
class _Rule:
    source: str  # report, incident, managed, contact, check, lodging
    where: tuple[Any, ...]
    amount: Any = None  # the column a sum adds up (None for a count)
    when: str = ""  # for reports: the date shown (received, transferred, closed, handled)


def _unknown(path: str) -> ValidationError:
    return ValidationError(FIELD, f"không có số liệu «security.{path}» trong sổ an ninh, trật tự.")


def _short(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def _rules(uow: UnitOfWork, start: dt.date, end: dt.date) -> tuple[dict[str, _Rule], dict[str, tuple]]:
    """(path → rule) for the plain figures, (path → (rule, grouping column, codes)) for counts by code."""
    r, i, m, c, k = CrimeReport, Incident, ManagedPerson, ManagedContact, ResidenceCheck
    rw = counted.report_where(uow, start, end)
    iw = counted.incident_where(start, end)
    mw = counted.managed_where(start, end)
    sw = counted.residence_where(start, end)
    crime, violation, fined, traffic = iw["crime"], iw["violation"], iw["fined"], iw["traffic"]
    plain = {
        "reports.received": _Rule("report", rw["received"]),
        "reports.transferred": _Rule("report", rw["transferred"], when="transferred"),
        "reports.closed": _Rule("report", rw["closed"], when="closed"),
        "reports.handled": _Rule(
            "report", (or_(and_(*rw["transferred"]), and_(*rw["closed"])),), when="handled"
        ),
        "reports.pending_end": _Rule("report", rw["pending_end"]),
        "reports.overdue_end": _Rule("report", rw["overdue_end"]),
        "incidents.count": _Rule("incident", iw["period"]),
        "incidents.crimes.count": _Rule("incident", crime),
        "incidents.crimes.resolved": _Rule("incident", (*crime, i.handling != "pending")),
        "incidents.crimes.transferred": _Rule("incident", (*crime, i.handling == "transferred")),
        "incidents.violations.count": _Rule("incident", violation),
        "incidents.fines.count": _Rule("incident", fined),
        "incidents.fines.persons": _Rule("incident", fined, i.fined_persons),
        "incidents.fines.amount": _Rule("incident", fined, i.fine_amount),
        "incidents.drugs.crimes": _Rule("incident", (*crime, i.crime_kind == "drugs")),
        "incidents.drugs.violations": _Rule("incident", (*violation, i.violation_field == "drugs")),
        "incidents.gambling.crimes": _Rule("incident", (*crime, i.crime_kind == "gambling")),
        "incidents.gambling.violations": _Rule("incident", (*violation, i.violation_field == "gambling")),
        "incidents.traffic.accidents": _Rule("incident", traffic),
        "incidents.traffic.killed": _Rule("incident", traffic, i.killed),
        "incidents.traffic.injured": _Rule("incident", traffic, i.injured),
        "incidents.traffic.damage": _Rule("incident", traffic, i.damage),
        "incidents.fire.count": _Rule("incident", iw["fire"]),
        "incidents.fire.damage": _Rule("incident", iw["fire"], i.damage),
        "incidents.disputes.count": _Rule("incident", iw["dispute"]),
        "incidents.disputes.mediated": _Rule("incident", (*iw["dispute"], i.handling == "mediation")),
        "incidents.needs_review": _Rule("incident", (*iw["period"], i.needs_review.is_(True))),
        "managed.end": _Rule("managed", mw["at_end"]),
        "managed.added": _Rule("managed", mw["added"]),
        "managed.ended": _Rule("managed", mw["ended"], when="ended"),
        "managed.contacts": _Rule("contact", mw["contacts"]),
        "residence.checks": _Rule("check", sw["checks"]),
        "residence.households_checked": _Rule("check", sw["checks"], k.households_checked),
        "residence.rooms_checked": _Rule("check", sw["checks"], k.rooms_checked),
        "residence.violations": _Rule("check", sw["checks"], k.violations),
        "residence.lodging_notices": _Rule("lodging", sw["lodging_notices"]),
    }
    grouped = {
        "reports.by_kind": (_Rule("report", rw["received"]), r.kind, REPORT_KINDS),
        "reports.by_channel": (_Rule("report", rw["received"]), r.channel, REPORT_CHANNELS),
        "incidents.by_class": (_Rule("incident", iw["period"]), i.klass, INCIDENT_CLASSES),
        "incidents.crimes.by_kind": (_Rule("incident", crime), i.crime_kind, CRIME_KINDS),
        "incidents.violations.by_field": (_Rule("incident", violation), i.violation_field, VIOLATION_FIELDS),
        "managed.by_category_end": (_Rule("managed", mw["at_end"]), m.category, MANAGED_CATEGORIES),
        "managed.contacts_by_kind": (_Rule("contact", mw["contacts"]), c.kind, CONTACT_KINDS),
    }
    return plain, grouped


class _Rows:
    """Builds the rows of one source from the records the rule selects."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def villages(self, ids: set[int]) -> dict[int, str]:
        ids = {v for v in ids if v}
        if not ids:
            return {}
        stmt = select(Village.id, Village.kind, Village.name).where(Village.id.in_(ids))
        return {vid: f"{kind} {name}" for vid, kind, name in self.uow.session.execute(stmt)}

    def persons(self, ids: set[int]) -> dict[int, Any]:
        return common.person_rows(self.uow, [p for p in ids if p])

    def report(self, rule: _Rule, where: tuple[Any, ...]) -> list[RecordRow]:
        reports = list(self.uow.session.scalars(
            select(CrimeReport).where(*where).order_by(CrimeReport.received_at, CrimeReport.id)))
        people = self.persons({x.source_person_id for x in reports if x.source_person_id})
        out = []
        for x in reports:
            person = people.get(x.source_person_id) if x.source_person_id else None
            when: Any = x.received_at
            if rule.when == "transferred" or (rule.when == "handled" and x.status == "transferred"):
                when = x.transferred_on
            elif rule.when in ("closed", "handled"):
                when = x.closed_on
            what = (f"Số {x.number}/{x.year} – {REPORT_KINDS.get(x.kind, x.kind)} "
                    f"({REPORT_CHANNELS.get(x.channel, x.channel).lower()}): {_short(x.content)}")
            out.append(RecordRow(
                getattr(person, "full_name", "") if person else x.source_name, what, when,
                getattr(person, "village_label", "") if person else "", None, "security.report", x.id,
            ))
        return out

    def incident(self, rule: _Rule, where: tuple[Any, ...]) -> list[RecordRow]:
        amount = rule.amount if rule.amount is not None else Incident.id
        rows = self.uow.session.execute(
            select(Incident, amount).where(*where).order_by(Incident.occurred_at, Incident.id)).all()
        ids = [x.id for x, _ in rows]
        involved: dict[int, list[tuple[int | None, str]]] = {}
        for inc_id, person_id, name in self.uow.session.execute(
            select(IncidentPerson.incident_id, IncidentPerson.person_id, IncidentPerson.name)
            .where(IncidentPerson.incident_id.in_(ids)).order_by(IncidentPerson.id)
        ) if ids else ():
            involved.setdefault(inc_id, []).append((person_id, name))
        people = self.persons({p for names in involved.values() for p, _ in names if p})
        villages = self.villages({x.village_id for x, _ in rows})
        out = []
        for x, value in rows:
            names = [getattr(people.get(p), "full_name", "") if p else n for p, n in involved.get(x.id, [])]
            if x.people:
                names.append(x.people)
            what = INCIDENT_CLASSES.get(x.klass, x.klass)
            detail = CRIME_KINDS.get(x.crime_kind, "") if x.klass == "crime" else (
                VIOLATION_FIELDS.get(x.violation_field, "") if x.klass == "violation" else "")
            if detail:
                what += f" – {detail}"
            if x.fine_amount is not None and x.handling == "administrative_fine":
                what += f"; phạt {format_vnd(x.fine_amount)}"
                if x.decision_number:
                    what += f" (QĐ {x.decision_number})"
            if x.summary or x.place:
                what += f": {_short(x.summary or x.place)}"
            out.append(RecordRow(
                ", ".join(n for n in names if n), what, x.occurred_at, villages.get(x.village_id, ""),
                int(value or 0) if rule.amount is not None else None, "schedule.incident", x.id,
            ))
        return out

    def managed(self, rule: _Rule, where: tuple[Any, ...], private: bool) -> list[RecordRow]:
        periods = list(self.uow.session.scalars(
            select(ManagedPerson).where(*where).order_by(ManagedPerson.starts_on, ManagedPerson.id)))
        people = self.persons({x.person_id for x in periods}) if private else {}
        out = []
        for x in periods:
            label = MANAGED_CATEGORIES.get(x.category, x.category)
            if x.category_note:
                label += f" – {x.category_note}"
            span = f"từ {x.starts_on:%d/%m/%Y}" + (f" đến {x.ends_on:%d/%m/%Y}" if x.ends_on else "")
            person = people.get(x.person_id)
            out.append(RecordRow(
                getattr(person, "full_name", ""), f"Quản lý đối tượng: {label}, {span}",
                x.ends_on if rule.when == "ended" else x.starts_on, getattr(person, "village_label", ""),
                None, "residents.person" if private else "", x.person_id if private else None,
            ))
        return out

    def contact(self, where: tuple[Any, ...], private: bool) -> list[RecordRow]:
        rows = self.uow.session.execute(
            select(ManagedContact, ManagedPerson.person_id, ManagedPerson.category)
            .join(ManagedPerson, ManagedPerson.id == ManagedContact.managed_id)
            .where(*where).order_by(ManagedContact.contact_date, ManagedContact.id)).all()
        people = self.persons({pid for _, pid, _ in rows}) if private else {}
        out = []
        for x, person_id, category in rows:
            person = people.get(person_id)
            what = f"{CONTACT_KINDS.get(x.kind, x.kind)} ({MANAGED_CATEGORIES.get(category, category)})"
            if private and x.note:
                what += f": {_short(x.note)}"
            out.append(RecordRow(
                getattr(person, "full_name", ""), what, x.contact_date, getattr(person, "village_label", ""),
                None, "residents.person" if private else "", person_id if private else None,
            ))
        return out

    def check(self, rule: _Rule, where: tuple[Any, ...]) -> list[RecordRow]:
        checks = list(self.uow.session.scalars(
            select(ResidenceCheck).where(*where).order_by(ResidenceCheck.checked_on, ResidenceCheck.id)))
        officers: dict[int, list[int]] = {}
        if checks:
            t = residence_check_officer
            for check_id, officer_id in self.uow.session.execute(
                select(t.c.check_id, t.c.officer_id).where(t.c.check_id.in_([x.id for x in checks]))
            ):
                officers.setdefault(check_id, []).append(officer_id)
        names = common.officer_names(self.uow, [o for ids in officers.values() for o in ids])
        villages = self.villages({x.village_id for x in checks})
        out = []
        for x in checks:
            what = (f"Kiểm tra cư trú: {x.households_checked} hộ, {x.rooms_checked} phòng trọ, "
                    f"{x.violations} vi phạm")
            if x.note:
                what += f"; {_short(x.note)}"
            value = getattr(x, rule.amount.key) if rule.amount is not None else None
            out.append(RecordRow(
                ", ".join(names[o] for o in sorted(officers.get(x.id, [])) if o in names), what, x.checked_on,
                villages.get(x.village_id, ""), value,
                "residents.household" if x.household_id else "security.check", x.household_id or x.id,
            ))
        return out

    def lodging(self, where: tuple[Any, ...]) -> list[RecordRow]:
        notices = list(self.uow.session.scalars(
            select(LodgingNotice).where(*where).order_by(LodgingNotice.received_on, LodgingNotice.id)))
        people = self.persons({x.guest_person_id for x in notices if x.guest_person_id})
        villages = self.villages({x.village_id for x in notices})
        out = []
        for x in notices:
            person = people.get(x.guest_person_id) if x.guest_person_id else None
            span = f"từ {x.from_date:%d/%m/%Y}" + (f" đến {x.to_date:%d/%m/%Y}" if x.to_date else "")
            out.append(RecordRow(
                getattr(person, "full_name", "") if person else x.guest_name,
                f"Thông báo lưu trú tại {x.place}, {span}", x.received_on, villages.get(x.village_id, ""),
                None, "residents.person" if x.guest_person_id else "security.lodging",
                x.guest_person_id or x.id,
            ))
        return out


def security_records(uow: UnitOfWork, start: dt.date, end: dt.date, path: str) -> list[RecordRow]:
    uow.require("read")
    path = (path or "").strip()
    plain, grouped = _rules(uow, start, end)
    rule = plain.get(path)
    where: tuple[Any, ...] = rule.where if rule is not None else ()
    if rule is None:
        prefix, _, code = path.rpartition(".")
        if path in grouped:
            rule = grouped[path][0]
            where = rule.where
        elif prefix in grouped:
            rule, column, codes = grouped[prefix]
            where = (*rule.where, column == code)
            if code not in codes and not uow.session.scalar(select(func.count()).select_from(
                    column.class_).where(*where)):
                raise _unknown(path)
        else:
            raise _unknown(path)
    rows = _Rows(uow)
    handlers: dict[str, Callable[[], list[RecordRow]]] = {
        "report": lambda: rows.report(rule, where),  # type: ignore[arg-type]
        "incident": lambda: rows.incident(rule, where),  # type: ignore[arg-type]
        "check": lambda: rows.check(rule, where),  # type: ignore[arg-type]
        "lodging": lambda: rows.lodging(where),
    }
    if rule.source in handlers:
        return handlers[rule.source]()
    private = uow.actor.role in managed.ALLOWED_ROLES
    found = rows.managed(rule, where, private) if rule.source == "managed" else rows.contact(where, private)
    if private and not figures.collect_view(f"security.{path}", found):  # the workbook logs its reads once
        audit.record(uow, "view", ManagedPerson.__tablename__, None,
                     f"Xem danh sách đối tượng quản lý sau số liệu «security.{path}», kỳ "
                     f"{start:%d/%m/%Y}–{end:%d/%m/%Y}: {len(found)} dòng")
    return found


figures.register_records("security", security_records)
