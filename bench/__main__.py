"""``make bench`` / ``python -m bench [NAME…]``: every row of issue #15's table, each CAXA figure
beside its bare baseline from the same run, with ratio and goal; prints the table and, for a full
run, writes ``bench/results.md``. NAME is a group below (``startup``, ``backup``…) or a module
(``bench_commands``). See bench/harness.py for the environment variables (``CAXA_BENCH_QUICK=1``).

A module ``bench/bench_NAME.py`` with ``rows(bench)`` not listed below joins the run by its name.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.harness import Bench, Row, skipped  # noqa: E402

HERE = Path(__file__).resolve().parent

#: (group, "module:function"), in the order they run: the ones that change the station run last;
#: the PostgreSQL demo before search, which may use the station it loads (``Bench.pg_loaded``)
GROUPS: list[tuple[str, str]] = [
    ("startup", "bench.adapters:startup"),
    ("version", "bench.bench_commands:version"),
    ("backup", "bench.bench_commands:backup_restore"),
    ("page", "bench.bench_gui:page"),
    ("memory", "bench.bench_gui:memory"),
    ("figures", "bench.bench_commands:figures"),
    ("report", "bench.bench_report:rows"),
    ("pgdemo", "bench.bench_pg:rows"),
    ("search", "bench.adapters:search"),
    ("export", "bench.adapters:export"),
    ("import", "bench.adapters:import_"),
    ("register", "bench.adapters:register"),
]
#: the rows in the order of the issue's table
ORDER = ["startup", "version", "search", "register", "import", "export", "backup", "page", "memory",
         "figures", "report", "pgdemo"]
#: modules whose rows come through GROUPS (directly or through bench/adapters.py)
LISTED = {"bench_startup", "bench_residents", "bench_commands", "bench_gui", "bench_pg", "bench_search",
          "bench_report"}


def groups() -> list[tuple[str, str]]:
    found = [m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_")]
    extra = [(name.removeprefix("bench_"), f"bench.{name}:rows")
             for name in sorted(found) if name not in LISTED]
    return GROUPS + extra


def _call(bench: Bench, target: str) -> list[Row]:
    module_name, _, function = target.partition(":")
    module = importlib.import_module(module_name)
    fn = getattr(module, function, None)
    if fn is None and hasattr(module, "main"):
        module.main()  # a module that only prints: its figures are in the output above
        return [skipped(module_name, f"{module_name} has no rows(bench); its figures are printed above")]
    return fn(bench)


def run(names: list[str]) -> int:
    table = groups()
    known = {g for g, _ in table} | {t.split(":")[0].removeprefix("bench.") for _, t in table}
    unknown = [n for n in names if n not in known]
    if unknown:
        print(f"unknown: {', '.join(unknown)}; choose from {', '.join(sorted(known))}", file=sys.stderr)
        return 2
    chosen = [(g, t) for g, t in table
              if not names or g in names or t.split(":")[0].removeprefix("bench.") in names
              or (g in ("import", "export", "register") and "bench_residents" in names)
              or (g == "startup" and "bench_startup" in names)]
    bench = Bench()
    print(f"CAXA bench: {bench.runs} paired runs per row, station of {bench.residents:,} residents"
          + (" (quick run)" if bench.quick else ""), flush=True)
    started = time.perf_counter()
    failed = 0
    try:
        for group, target in chosen:
            t = time.perf_counter()
            print(f"== {group}", flush=True)
            try:
                for row in _call(bench, target):
                    bench.add(group, row)
            except Exception as exc:  # one broken group must not hide the others' figures
                failed += 1
                traceback.print_exc()
                bench.add(group, skipped(group, f"failed: {type(exc).__name__}: {str(exc)[:200]}"))
            print(f"   ({time.perf_counter() - t:.0f} s)", flush=True)
        took = time.perf_counter() - started
        full = not names and not bench.quick
        out = os.environ.get("CAXA_BENCH_OUT") or (str(HERE / "results.md") if full else "")
        order = ORDER + [g for g, _ in table if g not in ORDER]
        if out:
            print("\n" + bench.write(order, Path(out), took))
            print(f"written to {out}")
        else:
            print("\n" + bench.table(order) + f"\n\n(whole run {took / 60:.1f} min; results.md is written "
                  "by a full run only)")
    finally:
        bench.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
