"""Period figures of the security register (``caxa figures security``; section I and II.1, II.3
of the monthly report). The previous period and the same period last year are the same function
called with those dates. Keys (stable, documented in the README):

- ``reports``: ``received`` (received in the period), ``by_kind``, ``by_channel``, ``transferred``
  (passed on, by date passed on), ``closed`` (closed at the station, by date closed), ``handled``
  (transferred + closed), ``pending_end`` (received by the period end and not yet passed on or
  closed at the end), ``overdue_end`` (of those, past the deadline at the end)
- ``incidents`` (by time of occurrence): ``count``, ``by_class``; ``crimes`` {count, by_kind,
  resolved (handling other than pending), transferred}; ``violations`` {count, by_field};
  ``fines`` {count, persons, amount} (administrative fines decided); ``drugs`` and ``gambling``
  {crimes, violations}; ``traffic`` {accidents, killed, injured, damage}; ``fire`` {count, damage};
  ``disputes`` {count, mediated}; ``needs_review`` (classified by the migration, not yet confirmed)
- ``managed``: ``end`` (under management on the last day), ``by_category_end``, ``added``
  (periods starting in the period), ``ended`` (periods ending in it), ``contacts``,
  ``contacts_by_kind``
- ``residence``: ``checks``, ``households_checked``, ``rooms_checked``, ``violations``,
  ``lodging_notices`` (received in the period)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, func, or_, select

from desktop import figures
from desktop.db import UnitOfWork
from desktop.schedule.codes import CRIME_KINDS, INCIDENT_CLASSES, VIOLATION_FIELDS
from desktop.schedule.models import Incident
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
)
from desktop.security.reports import deadline_days


def _zeroed(keys: dict[str, str], rows: Any) -> dict[str, int]:
    out = dict.fromkeys(keys, 0)
    for key, n in rows:
        out[key] = out.get(key, 0) + int(n or 0)
    return out


def _group(uow: UnitOfWork, col: Any, keys: dict[str, str], *where: Any) -> dict[str, int]:
    return _zeroed(keys, uow.session.execute(select(col, func.count()).where(*where).group_by(col)))


def _int(uow: UnitOfWork, expr: Any, *where: Any) -> int:
    return int(uow.session.scalar(select(func.coalesce(expr, 0)).where(*where)) or 0)


# The conditions each figure counts by; ``figure_records`` lists the records by the same ones.


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(start, dt.time()), dt.datetime.combine(end + dt.timedelta(days=1), dt.time())


def report_where(uow: UnitOfWork, start: dt.date, end: dt.date) -> dict[str, tuple[Any, ...]]:
    """Reports: ``received`` in the period, ``transferred`` / ``closed`` in it (by the date done),
    ``pending_end`` (open at the period's end) and ``overdue_end`` (of those, past the deadline)."""
    r = CrimeReport
    lo, hi = _bounds(start, end)
    open_at_end = (
        r.received_at < hi,
        ~or_(
            and_(r.status == "transferred", r.transferred_on <= end),
            and_(r.status == "closed", r.closed_on <= end),
        ),
    )
    due_limit = dt.datetime.combine(end - dt.timedelta(days=deadline_days(uow)), dt.time())
    return {
        "received": (r.received_at >= lo, r.received_at < hi),
        "transferred": (r.status == "transferred", r.transferred_on.between(start, end)),
        "closed": (r.status == "closed", r.closed_on.between(start, end)),
        "pending_end": open_at_end,
        "overdue_end": (*open_at_end, r.received_at < due_limit),
    }


def incident_where(start: dt.date, end: dt.date) -> dict[str, tuple[Any, ...]]:
    """Incidents by time of occurrence: all of the period and each class the figures count apart."""
    i = Incident
    lo, hi = _bounds(start, end)
    period = (i.occurred_at >= lo, i.occurred_at < hi)
    return {
        "period": period,
        "crime": (*period, i.klass == "crime"),
        "violation": (*period, i.klass == "violation"),
        "fined": (*period, i.handling == "administrative_fine", i.fine_amount.is_not(None)),
        "traffic": (*period, i.klass == "traffic_accident"),
        "fire": (*period, i.klass == "fire"),
        "dispute": (*period, i.klass == "dispute"),
    }


def managed_where(start: dt.date, end: dt.date) -> dict[str, tuple[Any, ...]]:
    """Management periods ``at_end`` (on the last day), ``added``, ``ended``; ``contacts`` made."""
    m = ManagedPerson
    return {
        "at_end": (m.starts_on <= end, or_(m.ends_on.is_(None), m.ends_on >= end)),
        "added": (m.starts_on.between(start, end),),
        "ended": (m.ends_on.between(start, end),),
        "contacts": (ManagedContact.contact_date.between(start, end),),
    }


def residence_where(start: dt.date, end: dt.date) -> dict[str, tuple[Any, ...]]:
    return {
        "checks": (ResidenceCheck.checked_on.between(start, end),),
        "lodging_notices": (LodgingNotice.received_on.between(start, end),),
    }


def _reports(uow: UnitOfWork, start: dt.date, end: dt.date) -> dict[str, Any]:
    r = CrimeReport
    w = report_where(uow, start, end)
    transferred = _int(uow, func.count(r.id), *w["transferred"])
    closed = _int(uow, func.count(r.id), *w["closed"])
    return {
        "received": _int(uow, func.count(r.id), *w["received"]),
        "by_kind": _group(uow, r.kind, REPORT_KINDS, *w["received"]),
        "by_channel": _group(uow, r.channel, REPORT_CHANNELS, *w["received"]),
        "transferred": transferred,
        "closed": closed,
        "handled": transferred + closed,
        "pending_end": _int(uow, func.count(r.id), *w["pending_end"]),
        "overdue_end": _int(uow, func.count(r.id), *w["overdue_end"]),
    }


def _incidents(uow: UnitOfWork, start: dt.date, end: dt.date) -> dict[str, Any]:
    i = Incident
    w = incident_where(start, end)
    period, crime, violation, fined = w["period"], w["crime"], w["violation"], w["fined"]
    traffic, fire, dispute = w["traffic"], w["fire"], w["dispute"]
    by_class = _group(uow, i.klass, INCIDENT_CLASSES, *period)
    crimes_by_kind = _group(uow, i.crime_kind, CRIME_KINDS, *crime)
    by_field = _group(uow, i.violation_field, VIOLATION_FIELDS, *violation)
    return {
        "count": sum(by_class.values()),
        "by_class": by_class,
        "crimes": {
            "count": by_class["crime"],
            "by_kind": crimes_by_kind,
            "resolved": _int(uow, func.count(i.id), *crime, i.handling != "pending"),
            "transferred": _int(uow, func.count(i.id), *crime, i.handling == "transferred"),
        },
        "violations": {"count": by_class["violation"], "by_field": by_field},
        "fines": {
            "count": _int(uow, func.count(i.id), *fined),
            "persons": _int(uow, func.sum(i.fined_persons), *fined),
            "amount": _int(uow, func.sum(i.fine_amount), *fined),
        },
        "drugs": {"crimes": crimes_by_kind["drugs"], "violations": by_field["drugs"]},
        "gambling": {"crimes": crimes_by_kind["gambling"], "violations": by_field["gambling"]},
        "traffic": {
            "accidents": by_class["traffic_accident"],
            "killed": _int(uow, func.sum(i.killed), *traffic),
            "injured": _int(uow, func.sum(i.injured), *traffic),
            "damage": _int(uow, func.sum(i.damage), *traffic),
        },
        "fire": {"count": by_class["fire"], "damage": _int(uow, func.sum(i.damage), *fire)},
        "disputes": {
            "count": by_class["dispute"],
            "mediated": _int(uow, func.count(i.id), *dispute, i.handling == "mediation"),
        },
        "needs_review": _int(uow, func.count(i.id), *period, i.needs_review.is_(True)),
    }


def _managed(uow: UnitOfWork, start: dt.date, end: dt.date) -> dict[str, Any]:
    m = ManagedPerson
    w = managed_where(start, end)
    by_category = _group(uow, m.category, MANAGED_CATEGORIES, *w["at_end"])
    contacts = _group(uow, ManagedContact.kind, CONTACT_KINDS, *w["contacts"])
    return {
        "end": sum(by_category.values()),
        "by_category_end": by_category,
        "added": _int(uow, func.count(m.id), *w["added"]),
        "ended": _int(uow, func.count(m.id), *w["ended"]),
        "contacts": sum(contacts.values()),
        "contacts_by_kind": contacts,
    }


def _residence(uow: UnitOfWork, start: dt.date, end: dt.date) -> dict[str, Any]:
    c = ResidenceCheck
    w = residence_where(start, end)
    period = w["checks"]
    return {
        "checks": _int(uow, func.count(c.id), *period),
        "households_checked": _int(uow, func.sum(c.households_checked), *period),
        "rooms_checked": _int(uow, func.sum(c.rooms_checked), *period),
        "violations": _int(uow, func.sum(c.violations), *period),
        "lodging_notices": _int(uow, func.count(LodgingNotice.id), *w["lodging_notices"]),
    }


def security_figures(uow: UnitOfWork, start: dt.date, end: dt.date) -> dict[str, Any]:
    """Counts only (no names): the managed-person figures are totals, readable by every role."""
    uow.require("read")
    return {
        "reports": _reports(uow, start, end),
        "incidents": _incidents(uow, start, end),
        "managed": _managed(uow, start, end),
        "residence": _residence(uow, start, end),
    }


figures.register("security", security_figures)
