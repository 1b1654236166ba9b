"""Every figure the monthly report prints has its records: the list behind its key (what the check
sheets and the "records behind this number" dialog show) counts or sums exactly to the figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop import figures
from desktop.reports.monthly import service
from desktop.reports.monthly.model import Period
from tests.reports import monthly_world
from tests.reports.monthly_world import OCT

#: figures counted over the whole population, which list no records by design
WHOLE_POPULATION = {"residents.residents.registered"}


def _check(work, period: Period) -> int:
    report = service.compose(work, period)
    checked = 0
    for f in report.figures():
        rows = figures.records(work, f.key, period.start, period.end)
        if f.key in WHOLE_POPULATION:
            assert rows is None
            continue
        assert rows is not None, f.key
        amounts = [Decimal(str(r.amount)) for r in rows if r.amount is not None]
        total = sum(amounts) if amounts else len(rows)
        assert total == f.value, (f.key, f.value, total)
        checked += 1
    return checked


def test_every_figure_of_a_hand_built_month_lists_its_records(db, admin):
    monthly_world.build(db, admin)
    with db.uow(admin) as work:
        assert _check(work, Period(*OCT)) > 120


@pytest.mark.parametrize("month", [(2026, 10), (2026, 11)])
def test_every_figure_of_the_demo_station_lists_its_records(sqlite_db, sqlite_demo, month):
    with sqlite_db.uow(sqlite_demo) as work:
        period = service.month_period(work, *month)
        assert _check(work, period) > 150
