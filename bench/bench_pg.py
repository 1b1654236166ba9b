"""The demo station on PostgreSQL vs the same on SQLite: ``caxa demo --residents N`` as commands,
one run each (``CAXA_BENCH_PG_RESIDENTS``, 50,000 by default so the whole ``make bench`` fits in
15 minutes; ``CAXA_BENCH_PG_TIMEOUT`` stops a PostgreSQL demo that runs longer). The PostgreSQL
station stays loaded for the rest of the run (``Bench.pg_station``).
"""

from __future__ import annotations

import os
import subprocess

from bench.harness import Bench, Row, caxa_command, compare, run, skipped

TIMEOUT = float(os.environ.get("CAXA_BENCH_PG_TIMEOUT", "360"))


def rows(bench: Bench) -> list[Row]:
    n = bench.pg_residents
    what = f"demo of {n:,} residents on PostgreSQL"
    server = bench.pg()
    if server is None:
        return [skipped(what, bench.pg_reason, "≤ 2× SQLite")]
    url = bench.pg_station_url()
    if n == bench.residents and bench.station_time:
        sqlite = bench.station_time
    else:
        sqlite = run(caxa_command("--data-dir", str(bench.tmp / f"sqlite-{n}"), "demo", "--residents",
                                  str(n)))
    note = "single runs"
    if n < 200_000:
        note += "; 200,000 (`CAXA_BENCH_PG_RESIDENTS`) did not fit the 15-minute budget on main"
    try:
        took = run(caxa_command("--data-dir", str(bench.tmp / "pg-data"), "--db", url, "demo", "--residents",
                                str(n)), timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        bench.pg_loaded = False
        return [compare(what, TIMEOUT, sqlite, bare_what="same on SQLite", max_ratio=2,
                        note=f"stopped after {TIMEOUT:.0f} s (figure and ratio are lower bounds); {note}")]
    bench.pg_loaded = True
    return [compare(what, took, sqlite, bare_what="same on SQLite", max_ratio=2, note=note)]
