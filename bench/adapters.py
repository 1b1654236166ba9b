"""Rows from the benchmark modules that print their figures (bench_startup, bench_residents): their
own functions run here on the shared station, and what they print is read back into rows, so
those modules keep running on their own (``python -m bench.bench_residents``) and can change
their measurements without this file copying them.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import re
import statistics
import time
from pathlib import Path

from bench.harness import PASSWORD, USER, Bench, Row, compare, median_pair, skipped


def startup(bench: Bench) -> list[Row]:
    """Launch to the login painted (``bench_startup.time_to_paint``) on the shared station."""
    from bench import bench_startup

    data = str(bench.station())
    caxa, bare = median_pair(lambda: bench_startup.time_to_paint(bench_startup.CAXA, data),
                             lambda: bench_startup.time_to_paint(bench_startup.BARE), bench.runs)
    return [compare("GUI launch to the login painted", caxa, bare, bare_what="bare QMainWindow",
                    max_ratio=3, note=f"the station of {bench.residents:,} residents")]


def _station(bench: Bench):  # -> (Database, Actor)
    """The shared station opened in this process, signed in as its administrator."""
    import desktop.areas  # noqa: F401
    from desktop import paths
    from desktop.accounts import login_user
    from desktop.bootstrap import open_database

    paths.set_data_dir(bench.station())
    db = open_database()
    return db, login_user(db, USER, PASSWORD)


def _residents(bench: Bench):  # -> the bench_residents module
    """bench_residents, imported with its import size set for this run (it reads it on import)."""
    os.environ.setdefault("CAXA_BENCH_IMPORT", str(min(50_000, bench.residents)))
    from bench import bench_residents

    return bench_residents


def _printed(fn, *args) -> str:  # noqa: ANN001
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        fn(*args)
    text = out.getvalue()
    print("   " + text.strip().replace("\n", "\n   "), flush=True)
    return text


def _number(pattern: str, text: str) -> float | None:
    found = re.search(pattern, text, re.S)
    return float(found.group(1).replace(",", "")) if found else None


def export(bench: Bench) -> list[Row]:
    """``bench_residents.bench_export``: the whole list to xlsx vs the bare writer it names."""
    bench_residents = _residents(bench)
    db, admin = _station(bench)
    folder = bench.tmp / "export"
    folder.mkdir(exist_ok=True)
    try:
        text = _printed(bench_residents.bench_export, db, admin, folder)
    finally:
        db.dispose()
    n = _number(r"export ([\d,]+) rows", text)
    ours = _number(r"export [^:]*: ([\d.]+) s", text)
    bare = _number(r"the same cells ([\d.]+) s", text)
    writer = "xlsxwriter constant_memory" if "xlsxwriter" in text else "openpyxl write-only"
    if ours is None or bare is None:
        raise RuntimeError(f"bench_residents.bench_export printed no figures: {text!r}")
    row = compare(f"export {int(n or 0):,} residents", ours, bare, bare_what=writer, max_ratio=1.2)
    if writer != "xlsxwriter constant_memory":
        row.goal, row.met = "≤ 1.2× the faster writer (xlsxwriter)", None
        row.note = "not judged: this bench_residents times openpyxl only (R3's version times xlsxwriter)"
    return [row]


def import_(bench: Bench) -> list[Row]:
    """``bench_residents.bench_import`` into the shared station vs python-calamine reading the file
    (timed here on the file it wrote when that module's version prints no reader figure)."""
    bench_residents = _residents(bench)
    db, admin = _station(bench)
    folder = bench.tmp / "import"
    folder.mkdir(exist_ok=True)
    try:
        text = _printed(bench_residents.bench_import, db, admin, folder)
    finally:
        db.dispose()
    n = _number(r"import ([\d,]+) rows", text)
    ours = _number(r"import [^:]*: ([\d.]+) s", text)
    bare = _number(r"python-calamine read of the same file ([\d.]+) s", text)
    note = ""
    if bare is None:
        bare, note = _calamine(folder / "import.xlsx"), "reader timed by the harness"
    if ours is None:
        raise RuntimeError(f"bench_residents.bench_import printed no figures: {text!r}")
    note = "; ".join(x for x in (note, _import_phases(text, "import")) if x)
    row = compare(f"import {int(n or 0):,} rows", ours, bare, bare_what="python-calamine read",
                  max_ratio=3, note=note)
    if row.met is False:
        row.note = f"{IMPORT_WHY}; {row.note}" if row.note else IMPORT_WHY
    return [row]


#: why the 50,000-row import stays over 3× the reader (the row's note when it does)
IMPORT_WHY = ("why missed: every imported person keeps its own audit row (with its state hash) and the data-"
              "quality check runs in the import's own transaction, so no half-checked or unlogged person is "
              "ever committed; SQLite's share alone (person rows under 13 indexes, one audit row a person, "
              "the quality issues, the commit's fsync) is about 3× the read before any Python runs")


def _import_phases(text: str, what: str) -> str:
    """The phase breakdown bench_residents prints after an import (``import phases: guard …``)."""
    found = re.search(rf"^{what} phases: (.*)$", text, re.M)
    return f"phases (× the bare read): {found[1]}" if found else ""


def register(bench: Bench) -> list[Row]:
    """``bench_residents.bench_register``: a commune's 4,000-person register with its 110 flagged ID
    numbers into a new station vs python-calamine reading the file (medians of 3)."""
    bench_residents = _residents(bench)
    folder = bench.tmp / "register"
    folder.mkdir(exist_ok=True)
    text = _printed(bench_residents.bench_register, folder)
    n = _number(r"register ([\d,]+) rows", text)
    ours = _number(r"register [^:]*: ([\d.]+) s", text)
    bare = _number(r"python-calamine read of the same file ([\d.]+) s", text)
    if ours is None or bare is None:
        raise RuntimeError(f"bench_residents.bench_register printed no figures: {text!r}")
    flagged = _number(r"with (\d+) flagged", text)
    return [compare(f"import a {int(n or 0):,}-person register ({int(flagged or 0)} flagged IDs)", ours, bare,
                    bare_what="python-calamine read", max_value=1.0, goal="about 1 s (#15)",
                    note=_import_phases(text, "register"))]


def _calamine(path: Path) -> float:
    from python_calamine import CalamineWorkbook

    from desktop.residents.io import PERSON_SHEET

    def read() -> float:
        t = time.perf_counter()
        book = CalamineWorkbook.from_path(str(path))
        book.get_sheet_by_name(PERSON_SHEET).to_python(skip_empty_area=False)
        return time.perf_counter() - t

    return statistics.median(read() for _ in range(3))


SEARCH_GOAL = "p95 ≤ 30 ms and ≤ 2× the bare query"
#: a line of ``bench_search.bench_search``: "  prefix  n= 84  p50  3.1 ms  p95  5.2 ms | bare p50 …"
_KIND = re.compile(r"^\s+(\S.*?)\s+n=\s*\d+\s+p50\s+[\d.]+ ms\s+p95\s+([\d.]+) ms \| bare p50\s+[\d.]+ ms\s+"
                   r"p95\s+([\d.]+) ms", re.M)


def search(bench: Bench) -> list[Row]:
    """``bench_search.bench_search`` (engineer P1's) on the shared SQLite station and on the PostgreSQL
    demo station: one row per database, judged on the query kind with the highest p95."""
    sqlite_what = "search on SQLite, as the residents page runs it"
    pg_what = "search on PostgreSQL, first page, every query kind"
    try:
        bench_search = importlib.import_module("bench.bench_search")
    except ModuleNotFoundError as exc:
        if exc.name != "bench.bench_search":
            raise
        reason = "bench/bench_search.py (engineer P1's search benchmark) is not on this branch yet"
        return [skipped(sqlite_what, reason, SEARCH_GOAL), skipped(pg_what, reason, "p95 ≤ 30 ms")]
    if hasattr(bench_search, "rows"):
        return bench_search.rows(bench)
    if bench.residents < 20_000:
        reason = "bench_search samples every 997th resident: it needs a station of 20,000 or more"
        return [skipped(sqlite_what, reason, SEARCH_GOAL), skipped(pg_what, reason, "p95 ≤ 30 ms")]
    db, admin = _station(bench)
    try:
        rows = [_search_row(sqlite_what, _printed(bench_search.bench_search, db, admin, "SQLite"),
                            f"{bench.residents:,} residents")]
    finally:
        db.dispose()
    if bench.pg() is None:
        return [*rows, skipped(pg_what, bench.pg_reason, "p95 ≤ 30 ms")]
    if not bench.pg_loaded:
        reason = "the PostgreSQL demo station was not loaded (see its row)"
        return [*rows, skipped(pg_what, reason, "p95 ≤ 30 ms")]
    from desktop.accounts import login_user
    from desktop.db import Database

    db = Database(bench.pg_station_url())
    try:
        text = _printed(bench_search.bench_search, db, login_user(db, USER, PASSWORD), "PostgreSQL")
        where = f"the {bench.pg_residents:,}-resident PostgreSQL demo station"
        rows.append(_search_row(pg_what, text, where, ratio_goal=False))
    finally:
        db.dispose()
    return rows


def _search_row(what: str, text: str, where: str, *, ratio_goal: bool = True) -> Row:
    """The row of one database: the slowest kind's p95 beside its bare query's; met when every kind
    is within 30 ms (and, with ``ratio_goal``, within 2× its bare query, sub-millisecond bare queries
    counted as 1 ms as bench_search does)."""
    kinds = [(kind, float(p95), float(bare)) for kind, p95, bare in _KIND.findall(text)]
    if not kinds:
        raise RuntimeError(f"bench_search printed no query kinds: {text!r}")
    kind, p95, bare = max(kinds, key=lambda k: k[1])
    missed = [k for k, p, b in kinds if p > 30 or (ratio_goal and p > 2 * max(b, 1.0))]
    each = ", ".join(f"{k} {p:.1f} ms (bare {b:.1f})" for k, p, b in kinds)
    note = (f"missed by: {', '.join(missed)}; " if missed else "") + f"slowest kind: {kind}; p95 per kind: "
    note += f"{each}; on {where}"
    goal = SEARCH_GOAL if ratio_goal else "p95 ≤ 30 ms"
    return Row(what, p95 / 1000, bare / 1000, "s", "bare indexed query p95", goal, not missed, note)
