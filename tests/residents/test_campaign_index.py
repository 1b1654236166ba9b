"""The campaign's step dates are indexed (migration s19_0001): the committed fixture upgrades to it, the
period counts read each step through its date's partial index, and they count what they did before."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from desktop import migrate
from desktop.db import Database
from desktop.residents import bulk, campaign
from desktop.residents.models import CAMPAIGN_DATES, Person

FIXTURE = Path(__file__).parents[1] / "fixtures" / "schema-0001.sqlite3"


def _indexes(db: Database) -> dict[str, list[str]]:
    return {i["name"]: i["column_names"] for i in inspect(db.engine).get_indexes("person")}


def test_the_committed_fixture_upgrades_to_the_indexes(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURE, path)
    db = Database(f"sqlite:///{path}")
    assert "s19_0001" not in migrate.current_revisions(db)  # the foundation's schema: no person table yet
    migrate.upgrade(db)
    assert "s19_0001" in migrate.current_revisions(db)
    found = _indexes(db)
    assert all(found[f"ix_person_{c}"] == [c] for c in CAMPAIGN_DATES)
    with db.engine.connect() as conn:
        sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"),
                           {"n": "ix_person_reviewed_date"}).scalar()
    assert "WHERE reviewed_date IS NOT NULL" in sql  # partial: persons without the step cost nothing
    db.dispose()


@pytest.fixture
def stepped(db, admin):
    """300 persons: every 3rd reviewed on a day of 2026, every 5th mobilised, every 7th issued a card."""
    rows = []
    for i in range(300):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=i)
        rows.append({"full_name": f"Y Jri {i:03d}", "sex": "M", "birth_year": 1980,
                     "reviewed_date": day if i % 3 == 0 else None,
                     "mobilised_date": day if i % 5 == 0 else None,
                     "id_card_status": "issued" if i % 7 == 0 else "none",
                     "id_card_issued_date": day if i % 7 == 0 else None})
    with db.uow(admin) as work:
        bulk.insert_persons(work, rows)
    return db


def test_period_counts_match_a_plain_count(stepped, admin):
    start, end = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    with stepped.uow(admin) as work:
        got = campaign.period_figures(work, start, end)
        for key, (column, _step) in campaign.PERIOD_STEPS.items():
            dates = work.session.scalars(select(column))
            plain = sum(1 for d in dates if d is not None and start <= d <= end)
            assert got[key] == plain, key
        assert got["reviewed"] == 10 and got["vneid2_activated"] == 0
        assert work.session.scalar(select(func.count()).select_from(Person)) == 300


def test_sqlite_counts_each_step_through_its_index(sqlite_db, admin):
    with sqlite_db.uow(admin) as work:
        stmt = select(func.count()).select_from(Person).where(
            campaign.step_where("issued", dt.date(2026, 3, 1), dt.date(2026, 3, 31)))
        sql = str(stmt.compile(work.session.get_bind(), compile_kwargs={"literal_binds": True}))
        plan = " ".join(str(r[-1]) for r in work.session.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
    assert "ix_person_id_card_issued_date" in plan, plan
