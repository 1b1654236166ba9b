"""The residents' part of ``caxa demo``: households, persons, files in boxes, loans, defects.

``caxa demo --residents N`` sets ``desktop.demo.OPTIONS["residents"]`` for large stations.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import select, update

from desktop import audit, demo
from desktop.db import UnitOfWork
from desktop.residents import generate, quality
from desktop.residents.households import split_household
from desktop.residents.models import Household, Person

logger = logging.getLogger(__name__)

#: residents per unit of ``caxa demo --scale``
PER_SCALE = 1500


def step(uow: UnitOfWork, scale: int) -> None:
    options = getattr(demo, "OPTIONS", {})
    count = int(options.get("residents") or PER_SCALE * max(1, scale))
    today = dt.date.today()
    result = generate.generate(uow, count, seed=2026, today=today)
    audit.record(
        uow,
        "import",
        "person",
        None,
        f"Dữ liệu mẫu: {result.persons} nhân khẩu, {result.households} hộ, {result.files} hồ sơ cư trú",
    )
    # the clean-up campaign as it went: problems found 10 weeks ago, some fixed 3 weeks ago
    quality.sync_issues(uow, today=today - dt.timedelta(days=70))
    dead = list(
        uow.session.scalars(
            select(Person.id)
            .where(Person.status == "deceased", Person.struck_off_date.is_(None))
            .order_by(Person.id)
            .limit(max(1, count // 400))
        )
    )
    uow.session.execute(
        update(Person)
        .where(Person.id.in_(dead))
        .values(struck_off_date=today - dt.timedelta(days=21), strike_ground="a")
    )
    quality.sync_issues(uow, today=today - dt.timedelta(days=21))
    _marks(uow)
    _split(uow, today)
    quality.sync_issues(uow, today=today)
    logger.info("demo residents: %s", result)


def _marks(uow: UnitOfWork) -> None:
    rows = quality.queue(uow, "id_province", limit=2)
    for row in rows:
        quality.mark_checked(
            uow, row.person_id, "id_province", "Khai sinh tại Lào; đã đối chiếu giấy khai sinh."
        )


def _split(uow: UnitOfWork, today: dt.date) -> None:
    """One household split the way a clerk does it (a married son and his wife)."""
    for hh in uow.session.scalars(select(Household.id).order_by(Household.id).limit(50)):
        sons = list(
            uow.session.scalars(
                select(Person.id).where(
                    Person.household_id == hh,
                    Person.relation == "Con",
                    Person.sex == "M",
                    Person.birth_year < 2000,
                )
            )
        )
        if sons:
            split_household(
                uow,
                hh,
                sons[:1],
                f"T-{hh:04d}",
                sons[0],
                today - dt.timedelta(days=30),
                "Lập gia đình, có chỗ ở riêng",
            )
            return


demo.STEPS.append(step)
