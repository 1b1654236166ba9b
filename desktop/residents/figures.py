"""Period figures for the monthly report: ``caxa figures residents --from --to --json``.

Keys (stable): ``events`` (per kind: permanent, temporary, absence, split, correction, strike_off),
``files_arranged``, ``loans`` (lent, returned, overdue_at_end), ``quality`` (per rule and
``wrong_id``: found, cleared), ``quality_open`` (open problems per rule, as the last quality sync
stored them), ``campaign`` (reviewed, mobilised, applied, issued, vneid2_activated), ``residents``
(registered, living).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from desktop import figures
from desktop.db import UnitOfWork
from desktop.residents import archive, campaign, events, loans, quality
from desktop.residents.models import Person


def residents_figures(uow: UnitOfWork, start: dt.date, end: dt.date) -> dict[str, Any]:
    uow.require("read")
    registered = uow.session.scalar(
        select(func.count()).select_from(Person).where(Person.struck_off_date.is_(None))
    )
    living = uow.session.scalar(
        select(func.count())
        .select_from(Person)
        .where(Person.struck_off_date.is_(None), Person.status == "living")
    )
    return {
        "residents": {"registered": int(registered or 0), "living": int(living or 0)},
        "events": events.counts_by_kind(uow, start, end),
        "files_arranged": archive.arranged_count(uow, start, end),
        "loans": loans.period_figures(uow, start, end),
        "quality": quality.period_figures(uow, start, end),
        "quality_open": quality.open_counts(uow),
        "campaign": campaign.period_figures(uow, start, end),
    }


figures.register("residents", residents_figures)
