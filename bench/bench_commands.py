"""Whole commands as the clerk starts them, in subprocesses, against the bare tool doing the same
work: ``caxa --version`` vs ``python -c pass``; ``caxa backup`` / ``caxa restore`` (signed in
with ``--user`` and the password on standard input) vs a script calling the sqlite3 backup API on
the same files; and the four areas' month figures in one process (``desktop.figures``), with the
same as four ``caxa figures`` commands in the note.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from bench.harness import PASSWORD, USER, Bench, Row, caxa_command, compare, median_pair, run

BARE_BACKUP = ("import sqlite3, sys; d = sqlite3.connect(sys.argv[2]); "
               "sqlite3.connect(sys.argv[1]).backup(d); d.close()")

FIGURES = """
import datetime as dt, json, sys, time
t0 = time.perf_counter()
import desktop.areas  # noqa: F401
from desktop import paths
from desktop.bootstrap import open_database
from desktop.db import Actor
from desktop.figures import PROVIDERS, period_for
paths.set_data_dir(sys.argv[1])
db = open_database()
start, end = period_for(dt.date.today())
t1 = time.perf_counter()
took = {}
with db.uow(Actor.system()) as work:
    for area, fn in sorted(PROVIDERS.items()):
        t = time.perf_counter()
        fn(work, start, end)
        took[area] = time.perf_counter() - t
t2 = time.perf_counter()
print(json.dumps({"open": t1 - t0, "figures": t2 - t1, "areas": took}))
"""


def version(bench: Bench) -> list[Row]:
    caxa, bare = median_pair(lambda: run(caxa_command("--version")),
                             lambda: run([sys.executable, "-c", "pass"]),
                             bench.runs if bench.quick else max(bench.runs, 5))
    return [compare("`caxa --version`", caxa, bare, bare_what="`python -c pass`", max_value=0.15)]


def _breakdown(log: Path, command: str) -> dict[str, float]:
    """The seconds each part took, from the line the command last wrote to the station's log
    ("backup NAME: copy 0.301 s, checksum 0.120 s, …"); empty when it wrote none (the usual path)."""
    import re

    try:
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return {}
    for line in reversed(lines):
        if f" INFO desktop.{command}" in line and ": " in line.split(f"desktop.{command}", 1)[1]:
            parts = line.split(": ", 2)[-1]
            return {k.strip(): float(v) for k, v in re.findall(r"([a-z][a-z ]*?) (\d+\.\d+) s", parts)}
    return {}


def _method(log: Path) -> str:
    """How the last ``caxa backup`` copied: "single pass" or "backup API" (the end of its log line)."""
    try:
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    for line in reversed(lines):
        if " INFO desktop.backup_fast" in line and " account check " in line and line.endswith(")"):
            return line.rsplit("(", 1)[-1].rstrip(")")
    return ""


def _parts_note(parts: list[dict[str, float]], total: float, critical: tuple[tuple[str, ...], ...],
                beside: tuple[str, ...]) -> str:
    """Medians of each part, and the rest of ``total`` beyond the longest of the ``critical`` paths
    (parts that run one after the other; the paths run side by side)."""
    import statistics

    if not parts or not all(parts):
        return "no breakdown (the usual path ran)"
    keys = dict.fromkeys(k for p in parts for k in p)  # each part over the runs that had it
    median = {k: statistics.median(p[k] for p in parts if k in p) for k in keys}
    path = max(sum(median.get(k, 0.0) for k in chain) for chain in critical)
    shown = ", ".join(f"{k} {v * 1000:.0f} ms" + (" (beside)" if k in beside else "")
                      for k, v in median.items())
    return f"{shown}; start-up, sign-in wait and the rest {max(0.0, total - path) * 1000:.0f} ms"


def backup_restore(bench: Bench) -> list[Row]:
    data = bench.station()
    db = data / "caxa.sqlite3"
    log = data / "logs" / "caxa.log"
    out = bench.tmp / "backups"
    out.mkdir(exist_ok=True)
    login = ["--data-dir", str(data), "--user", USER]
    count = iter(range(10_000))
    parts: dict[str, list[dict[str, float]]] = {"backup": [], "restore": []}
    methods: list[str] = []

    def fresh(name: str) -> Path:
        path = out / f"{name}-{next(count)}.sqlite3"
        path.unlink(missing_ok=True)
        return path

    def caxa_backup() -> float:
        target = fresh("caxa")
        took = run(caxa_command(*login, "backup", "--to", str(target)), stdin=PASSWORD + "\n")
        parts["backup"].append(_breakdown(log, "backup_fast"))
        methods.append(_method(log))
        for made in out.glob(target.stem + "*"):  # the backup and any checksum file beside it
            made.unlink()
        return took

    def bare_backup() -> float:
        target = fresh("bare")
        took = run([sys.executable, "-c", BARE_BACKUP, str(db), str(target)])
        target.unlink()
        return took

    backup, bare = median_pair(caxa_backup, bare_backup, bench.runs)
    chains = (("copy with checksum",), ("copy", "checksum"), ("account check",))
    note = _parts_note(parts["backup"][1:], backup, chains, ("account check",))
    single = sum(m == "single pass" for m in methods[1:])
    note = (f"{db.stat().st_size / 2**20:.0f} MB database; copied in a single pass (hashed as written) in "
            f"{single} of {len(methods) - 1} runs, else backup API then checksum; {note}")
    rows = [compare("`caxa backup` (command)", backup, bare, bare_what="sqlite3 backup API",
                    max_ratio=1.5, note=note)]

    source = out / "source.sqlite3"  # a backup as CAXA makes it (with whatever it writes beside it)
    run(caxa_command(*login, "backup", "--to", str(source)), stdin=PASSWORD + "\n")

    def caxa_restore() -> float:
        took = run(caxa_command(*login, "restore", str(source)), stdin=PASSWORD + "\n")
        parts["restore"].append(_breakdown(log, "restore"))
        for safety in (data / "backups").iterdir():
            if safety.is_file():
                safety.unlink()  # the safety copy each restore takes first (counted in its time)
        return took

    def bare_restore() -> float:
        return run([sys.executable, "-c", BARE_BACKUP, str(source), str(db)])

    restore, bare = median_pair(caxa_restore, bare_restore, bench.runs)
    for made in out.glob("source*"):
        made.unlink()
    note = _parts_note(parts["restore"][1:], restore,
                       (("copy", "proof", "prepare", "swap", "safety checksum"),
                        ("copy", "checksum", "prepare", "swap", "safety checksum")), ("checksum",))
    rows.append(compare("`caxa restore` (command)", restore, bare, bare_what="sqlite3 backup API",
                        max_ratio=2, note=f"includes the safety backup it keeps first; {note}"))
    return rows


def figures(bench: Bench) -> list[Row]:
    import json
    import statistics
    import subprocess

    from bench.harness import child_env

    data = bench.station()
    took, areas, opening = [], [], []
    for _ in range(max(1, bench.runs // 2 + 1)):
        done = subprocess.run([sys.executable, "-c", FIGURES, str(data)], capture_output=True, text=True,
                              env=child_env(), check=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        took.append(result["figures"])
        opening.append(result["open"])
        areas.append(result["areas"])
    median = statistics.median(took)
    slowest = areas[took.index(median)] if median in took else areas[0]
    detail = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in sorted(slowest.items(), key=lambda kv: -kv[1]))
    detail += f"; imports and opening the station before them {statistics.median(opening):.1f} s"
    if not bench.quick:
        first, last = _month()
        four = sum(run(caxa_command("--data-dir", str(data), "figures", area, "--from", first, "--to", last,
                                    "--json"))
                   for area in sorted(slowest))
        detail += f"; as {len(slowest)} `caxa figures` commands {four:.1f} s"
    return [compare("the four areas' month figures (one process)", median, None, max_value=2.0, note=detail)]


def _month() -> tuple[str, str]:
    today = dt.date.today()
    first = today.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return first.strftime("%d/%m/%Y"), last.strftime("%d/%m/%Y")


def rows(bench: Bench) -> list[Row]:
    return version(bench) + backup_restore(bench) + figures(bench)
