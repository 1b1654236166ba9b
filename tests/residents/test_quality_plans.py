"""PostgreSQL: the data-quality statements an import and a save send are planned well without fresh
statistics (rows written in the import's own transaction, never analysed): no statement reads the
whole ``person`` table again for each row it looks at. Asserted on EXPLAIN's plans, not on time."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.residents import bulk, io_quality, quality_scope
from desktop.residents.idcard import make_number
from desktop.residents.models import Person

TODAY = dt.date(2026, 6, 15)


def _persons(n: int, start: int) -> list[dict]:
    rows = []
    for i in range(start, start + n):
        sex = "M" if i % 2 else "F"
        rows.append(
            {
                "full_name": f"Nguyễn Văn Thử {i % 700}",  # names repeat: some persons are duplicates
                "sex": sex,
                "birth_year": 1950 + i % 60,
                "birth_month": 1 + i % 12,
                "birth_day": 1 + i % 28,
                "id_number": make_number("068", sex, 1950 + i % 60, i % 2900),  # some numbers twice
            }
        )
    return rows


def _repeated_scans(plan: dict, repeated: bool = False) -> list[str]:
    """The sequential scans of ``person`` that run once per row of an outer plan (the inner side of
    a nested loop, or a correlated sub-plan that is not hashed)."""
    found = []
    if repeated and plan.get("Node Type") == "Seq Scan" and plan.get("Relation Name") == "person":
        found.append(plan.get("Alias", "person"))
    for child in plan.get("Plans", []):
        relation = child.get("Parent Relationship")
        again = repeated or (plan.get("Node Type") == "Nested Loop" and relation == "Inner")
        again = again or (relation == "SubPlan" and not child.get("Subplan Name", "").startswith("hashed"))
        found += _repeated_scans(child, again)
    return found


def _plan(conn, statement) -> dict:  # noqa: ANN001
    sql = statement.compile(conn, compile_kwargs={"literal_binds": True})
    return conn.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {sql}").scalar()[0]["Plan"]


@pytest.mark.parametrize("new", [300, 3000])
def test_quality_statements_need_no_statistics(pg_db, new):
    from desktop.db import Actor

    actor = Actor.system()
    with pg_db.uow(actor) as work:
        bulk.insert_persons(work, _persons(3000, 0))
    with pg_db.uow(actor) as work:
        work.session.connection().exec_driver_sql("ANALYZE person")
    with pg_db.uow(actor) as work:
        conn = work.session.connection()
        first = conn.execute(select(func.max(Person.id))).scalar() + 1
        bulk.insert_persons(work, _persons(new, 3000))  # in this transaction: no statistics for them
        last = conn.execute(select(func.max(Person.id))).scalar()
        bad = {}
        for code, statement in io_quality.new_issue_statements(first, last, TODAY).items():
            scans = _repeated_scans(_plan(conn, statement))
            if scans:
                bad[code] = scans
        ids = list(range(first, first + 50))
        stmt = select(Person.id, *quality_scope.rule_columns(TODAY)).where(Person.id.in_(ids))
        scans = _repeated_scans(_plan(conn, stmt))
        if scans:
            bad["one save's rules"] = scans
        assert not bad, bad


def test_a_full_scans_statements_need_no_fresh_issue_statistics(pg_db):
    """The full scan (which analyses ``person`` first), its issues table grown in the same transaction
    and not analysed again: clearing looks each issue's person up by index; grouping the whole table
    again for each issue was the plan PostgreSQL chose for the duplicate rule without statistics."""
    from sqlalchemy import insert, literal

    from desktop.db import Actor
    from desktop.residents import quality
    from desktop.residents.models import QualityIssue

    with pg_db.uow(Actor.system()) as work:
        conn = work.session.connection()
        bulk.insert_persons(work, _persons(6000, 0))
        quality.analyze(conn)  # as sync_issues does first
        for code in ("adult_no_idcard", "no_vneid2", "id_duplicate"):
            found = select(Person.id, literal(code), literal(TODAY), func.now(), func.now(), literal(1))
            columns = ["person_id", "rule", "found_on", "created_at", "updated_at", "version"]
            conn.execute(insert(QualityIssue).from_select(columns, found.where(quality.failing(code, TODAY))))
        opening, clearing = quality.scan_statements(TODAY)
        bad = {}
        for code, statement in zip([*quality.RULES, *quality.RULES], opening + clearing, strict=True):
            scans = _repeated_scans(_plan(conn, statement))
            if scans:
                bad[f"{code} ({statement.__visit_name__})"] = scans
        assert not bad, bad


def test_the_plan_walker_finds_a_scan_per_row():
    inner = {
        "Node Type": "Seq Scan",
        "Relation Name": "person",
        "Alias": "p2",
        "Parent Relationship": "Inner",
    }
    loop = {
        "Node Type": "Nested Loop",
        "Plans": [{"Node Type": "Index Scan", "Parent Relationship": "Outer"}, inner],
    }
    assert _repeated_scans(loop) == ["p2"]
    hashed = {
        "Node Type": "Seq Scan",
        "Relation Name": "person",
        "Parent Relationship": "SubPlan",
        "Subplan Name": "hashed SubPlan 1",
        "Alias": "p3",
    }
    assert _repeated_scans({"Node Type": "Seq Scan", "Relation Name": "person", "Plans": [hashed]}) == []
    hashed["Subplan Name"] = "SubPlan 1"
    assert _repeated_scans({"Node Type": "Index Scan", "Plans": [hashed]}) == ["p3"]
