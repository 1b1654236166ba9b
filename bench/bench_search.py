"""Residents' search, the month figures and the PostgreSQL plans on a big station (200,000 residents,
``CAXA_BENCH_RESIDENTS`` to change), on SQLite and — when its binaries are installed — PostgreSQL.

``python -m bench.bench_search`` (or ``make bench``). Each query kind is timed as the residents page
runs it (``search_page``: a unit of work, the first page of 100 rows) and against its bare baseline
in the same run: one raw indexed query on the driver returning the same page of rows (the same
columns, the village and household joined), on the same data —

- substring, partial ID number, phone: SQLite's FTS5 trigram table joined back and sorted by name
  (``… WHERE id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?) ORDER BY …``), PostgreSQL's
  ``LIKE '%…%'`` served by the GIN trigram index;
- prefix: the range of ``name_key`` on its ordered index (both databases);
- whole ID number: ``id_number = ?`` on its b-tree index.

Each query runs ``REPEAT`` times paired with its baseline; its median is its time, and p50/p95 are
taken over the queries of a kind. Goals (issue #15): p95 ≤ 30 ms for every kind, and ≤ 2× the bare
query (or within ``FLOOR_MS`` of it). Prints figures and ratios,
asserts nothing. ``CAXA_BENCH_SQLITE=path`` reuses an existing station file (a copy is migrated);
``CAXA_BENCH_PG=0`` skips PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

N_RESIDENTS = int(os.environ.get("CAXA_BENCH_RESIDENTS", "200000"))
REPEAT = 5
GOAL_MS = 30.0
#: a page costs a unit of work and a second query for its rows (about 1–2 ms) whatever the search:
#: within this of the bare query counts as met even when the ratio of two tiny numbers is above 2
FLOOR_MS = 2.0
KINDS = ("substring", "prefix", "whole ID", "partial ID", "phone")


def _p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def _station(db):  # noqa: ANN001, ANN202 — (admin Actor, seconds spent generating or None)
    from desktop import demo, firstrun
    from desktop.migrate import upgrade
    from desktop.residents import generate, quality

    upgrade(db, backup=False)
    from desktop.accounts import login_user

    try:
        return login_user(db, "admin", "demo1234"), None
    except Exception:  # noqa: BLE001 — a new database: set up a station and fill it
        pass
    admin = firstrun.set_up_station(
        db, demo.DEMO_STATION, demo.DEMO_VILLAGES, "admin", "Quản trị", "demo1234"
    )
    t = time.perf_counter()
    with db.uow(admin) as work:
        generate.generate(work, N_RESIDENTS, seed=7)
        quality.sync_issues(work)
    made = time.perf_counter() - t
    if not db.is_sqlite:
        # what autovacuum does within a minute of the commit: until the visibility map is set an
        # index-only scan of ix_person_search is costed as 200,000 heap fetches, and the planner
        # picks plans that take 200 ms for a common word (measured; not the state a clerk searches in)
        from sqlalchemy import text

        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE person"))
    return admin, made


def _queries(db, admin) -> dict[str, list[tuple[str, str]]]:  # noqa: ANN001
    """(query, mode) per kind, sampled from the data (seeded)."""
    from sqlalchemy import select

    from desktop.residents.models import Person

    rng = random.Random(3)
    with db.uow(admin) as work:
        sample = list(
            work.session.execute(
                select(Person.name_key, Person.id_number, Person.phone)
                .where(Person.id % 997 == 0, Person.id_number != "", Person.phone != "")
                .limit(300)
            )
        )
    out: dict[str, list[tuple[str, str]]] = {k: [] for k in KINDS}
    out["substring"] += [(q, "contains") for q in ("nguyen", "thi", "nguyen van an", "dak", "h'hen", "ksor")]
    out["prefix"] += [(q, "prefix") for q in ("ng", "tran thi", "y", "dieu k")]
    for name, number, phone in rng.sample(sample, min(24, len(sample))):
        words = name.split()
        out["substring"].append((" ".join(words[-2:]) if len(words) > 1 else name, "contains"))
        out["prefix"].append((name[: rng.randrange(3, 10)], "prefix"))
        out["whole ID"].append((number, "contains"))
        out["partial ID"].append((number[rng.randrange(0, 6) :][: rng.randrange(6, 10)], "contains"))
        out["phone"].append((phone, "contains"))
    return out


def _bare(db, kind: str, q: str) -> Callable[[], object]:  # noqa: ANN001
    """The raw indexed query for ``q`` on the driver (ids only)."""
    from desktop.text import fold

    raw = db.engine.raw_connection()
    cur = raw.cursor()
    words = fold(q).split()
    if kind == "whole ID":
        where, args = "p.id_number = %s", [q]
    elif kind == "prefix":
        key = fold(q)
        where, args = "p.name_key >= %s AND p.name_key < %s", [key, key + "\U0010ffff"]
    elif db.is_sqlite:
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        where, args = "p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH %s)", [match]
    else:
        where = " AND ".join(["p.search_key LIKE %s"] * len(words))
        args = [f"%{w}%" for w in words]
    # the same page of rows the residents page shows, in one query
    sql = (
        "SELECT p.id, p.full_name, p.birth_year, p.birth_month, p.birth_day, p.sex, p.id_number, p.phone, "
        "v.kind, v.name, h.number, p.relation, p.status, p.struck_off_date, p.id_issue, p.name_key "
        "FROM person p LEFT JOIN village v ON v.id = p.village_id "
        f"LEFT JOIN household h ON h.id = p.household_id WHERE {where} ORDER BY p.name_key, p.id LIMIT 101"
    )
    if db.is_sqlite:
        sql = sql.replace("%s", "?")

    def run() -> object:
        cur.execute(sql, args)
        rows = cur.fetchall()
        raw.rollback()
        return rows

    run.close = raw.close  # type: ignore[attr-defined]
    return run


def bench_search(db, admin, label: str) -> None:  # noqa: ANN001
    from desktop.residents import search
    from desktop.residents.search import SearchFilter

    queries = _queries(db, admin)
    print(f"search on {label}, first page of 100 rows as the residents page gets it, vs the bare query:")
    worst = 0.0
    for kind in KINDS:
        ours: list[float] = []
        bare: list[float] = []
        slowest: list[tuple[float, str]] = []
        for q, mode in queries[kind]:
            base = _bare(db, kind, q)
            mine: list[float] = []
            theirs: list[float] = []
            for _ in range(REPEAT):  # paired: ours then bare, so the machine's load hits both alike
                t = time.perf_counter()
                with db.uow(admin) as work:
                    search.search_page(work, SearchFilter(q, mode=mode), limit=100)
                mine.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                base()
                theirs.append((time.perf_counter() - t) * 1000)
            base.close()  # type: ignore[attr-defined]
            # each query's median of its paired runs: a spike of the shared machine is not a query
            ours.append(statistics.median(mine))
            bare.append(statistics.median(theirs))
            slowest.append((ours[-1], q))
        p50, p95, b50, b95 = (
            statistics.median(ours), _p(ours, 0.95), statistics.median(bare), _p(bare, 0.95)
        )
        worst = max(worst, p95)
        # below a couple of milliseconds a ratio measures the unit of work, not the search
        ok = "met" if p95 <= GOAL_MS and p95 <= max(2 * b95, b95 + FLOOR_MS) else "MISSED"
        print(
            f"  {kind:10} n={len(ours):3}  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms | bare p50 {b50:6.1f} ms "
            f"p95 {b95:6.1f} ms | ratio p95 {p95 / max(b95, 0.001):5.2f}x "
            f"(goal ≤ {GOAL_MS:.0f} ms, ≤ 2x): {ok}"
        )
        print("             slowest: " + ", ".join(f"{q!r} {t:.0f} ms" for t, q in sorted(slowest)[-3:]))
    print(f"  every kind p95 ≤ {worst:.1f} ms")
    with db.uow(admin) as work:
        t = time.perf_counter()
        n = search.count(work, SearchFilter("nguyen"), cap=10_000)
        capped = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        total = search.count(work, SearchFilter("nguyen"))
        full = (time.perf_counter() - t) * 1000
    print(
        f"  count «nguyen»: capped at 10,000 {capped:.1f} ms ({search.count_text(n, 10_000)}), "
        f"exact {full:.1f} ms ({total:,})"
    )


def pg_plans(db, admin) -> None:  # noqa: ANN001
    """The index each kind's page query uses on PostgreSQL at this size (the planner's own choice)."""
    from desktop.residents import search
    from desktop.residents.search import SearchFilter

    queries = _queries(db, admin)
    print("PostgreSQL plans (indexes named in EXPLAIN of the page query, first query of each kind):")
    for kind in KINDS:
        q, mode = queries[kind][-1]
        with db.uow(admin) as work:
            conn = work.session.connection()
            stmt = search.page_statement(work, SearchFilter(q, mode=mode))
            sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
            plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql))
        used = sorted({w for w in plan.replace("\n", " ").split() if w.startswith(("ix_", "pk_"))})
        print(f"  {kind:10} {q!r:24} {', '.join(used) or 'no index (sequential scan)'}")


def bench_figures(db, admin) -> None:  # noqa: ANN001
    from desktop import figures
    from desktop.residents import quality

    start, end = figures.period_for(dt.date.today())
    with db.uow(admin) as work:
        t = time.perf_counter()
        recount = quality.summary(work)
        t_recount = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        stored = quality.open_counts(work)
        t_stored = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    with db.uow(admin) as work:
        for fn in figures.PROVIDERS.values():
            fn(work, start, end)
    total = time.perf_counter() - t
    print(
        f"  month figures, {len(figures.PROVIDERS)} areas in one process: {total:.2f} s (goal ≤ 2 s); "
        f"residents' open quality counts stored {t_stored:.0f} ms vs recounted {t_recount:.0f} ms "
        f"(same numbers: {stored == recount})"
    )


def _run(db, label: str) -> None:  # noqa: ANN001
    admin, made = _station(db)
    if made is not None:
        print(f"{label}: {N_RESIDENTS:,} residents generated and scanned in {made:.1f} s")
    bench_search(db, admin, label)
    bench_figures(db, admin)
    if not db.is_sqlite:
        pg_plans(db, admin)


def main() -> None:
    import logging

    import desktop.areas  # noqa: F401
    from desktop import paths
    from desktop.db import Database

    logging.disable(logging.WARNING)
    tmp = Path(tempfile.mkdtemp(prefix="caxa-bench-search-"))
    try:
        paths.set_data_dir(tmp / "data")
        path = tmp / "search.sqlite3"
        if os.environ.get("CAXA_BENCH_SQLITE"):
            shutil.copyfile(os.environ["CAXA_BENCH_SQLITE"], path)
        db = Database(f"sqlite:///{path}")
        _run(db, "SQLite")
        db.dispose()
        if os.environ.get("CAXA_BENCH_PG", "1") != "0":
            _postgresql()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _postgresql() -> None:
    from sqlalchemy import text

    from desktop.db import Database
    from tests import pgserver

    url = os.environ.get("CAXA_BENCH_PG_URL")
    server = None
    if not url:
        server, reason = pgserver.start()
        if server is None:
            print(f"PostgreSQL: skipped ({reason})")
            return
        admin_db = Database(server.base_url)
        with admin_db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("CREATE DATABASE caxa_bench"))
        admin_db.dispose()
        url = server.url_for("caxa_bench")
    try:
        db = Database(url)
        _run(db, "PostgreSQL")
        db.dispose()
    finally:
        if server is not None and callable(server.stop):
            server.stop()


if __name__ == "__main__":
    main()
