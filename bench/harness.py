"""What every benchmark shares: the row it reports, paired runs, the station, the results table.

A benchmark module ``bench/bench_NAME.py`` joins ``make bench`` by defining
``rows(bench: Bench) -> list[Row]``; ``python -m bench NAME`` runs it alone. Each row sets a CAXA
figure beside a bare one measured in the same run (medians of paired, interleaved runs) and the
issue's goal for it; ``Bench.write`` prints the table and writes ``bench/results.md``.

Environment: ``CAXA_BENCH_QUICK=1`` for a quick run (a small station, fewer runs — the figures then
only show that everything runs); ``CAXA_BENCH_RUNS`` (paired runs per row); ``CAXA_BENCH_RESIDENTS``
(size of the station); ``CAXA_BENCH_PG_RESIDENTS`` (size of the PostgreSQL demo row);
``CAXA_BENCH_STATION`` (a data folder with a demo station to copy instead of making one; the row
sizes are then whatever it holds); ``CAXA_BENCH_OUT`` (where to write the results table).
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
USER, PASSWORD = "admin", "demo1234"  # the demo station's administrator


@dataclass
class Row:
    """One line of the results table. ``caxa``/``bare`` are in ``unit``; ``met`` is None when the
    row has no goal to judge (or was skipped, then ``skipped`` says why)."""

    what: str
    caxa: float | None = None
    bare: float | None = None
    unit: str = "s"
    bare_what: str = ""
    goal: str = ""
    met: bool | None = None
    note: str = ""
    skipped: str = ""

    @property
    def ratio(self) -> float | None:
        if self.caxa is None or not self.bare:
            return None
        return self.caxa / self.bare

    def cells(self) -> list[str]:
        if self.skipped:
            return [self.what, "—", "—", "—", self.goal, "skipped", self.skipped]
        ratio = self.ratio
        verdict = {True: "met", False: "**missed**", None: "—"}[self.met]
        bare = f"{self.bare_what} {_fmt(self.bare, self.unit)}".strip() if self.bare is not None else "—"
        return [self.what, _fmt(self.caxa, self.unit), bare, f"{ratio:.2f}×" if ratio else "—",
                self.goal, verdict, self.note]


def compare(what: str, caxa: float, bare: float | None, *, unit: str = "s", bare_what: str = "",
            max_ratio: float | None = None, max_value: float | None = None, goal: str = "",
            note: str = "") -> Row:
    """A row judged against ``max_ratio`` (CAXA / bare) and/or ``max_value`` (in ``unit``)."""
    met: bool | None = None
    parts = []
    if max_ratio is not None and bare:
        met = caxa / bare <= max_ratio
        parts.append(f"≤ {max_ratio:g}×")
    if max_value is not None:
        met = (met is not False) and caxa <= max_value
        parts.append(f"≤ {_fmt(max_value, unit)}")
    return Row(what, caxa, bare, unit, bare_what, goal or " and ".join(parts), met, note)


def skipped(what: str, reason: str, goal: str = "") -> Row:
    return Row(what, goal=goal, skipped=reason)


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:g} {unit}"


def median_pair(caxa: Callable[[], float], bare: Callable[[], float], runs: int) -> tuple[float, float]:
    """Medians of ``runs`` paired runs, interleaved (the first of each pair alternates), after one
    warm-up of each so both start from a warm file cache. Each callable returns its own figure."""
    bare()
    caxa()
    ours, theirs = [], []
    for i in range(runs):
        if i % 2:
            theirs.append(bare())
            ours.append(caxa())
        else:
            ours.append(caxa())
            theirs.append(bare())
    return statistics.median(ours), statistics.median(theirs)


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QT_LOGGING_RULES"] = "qt.qpa.*=false"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def caxa_command(*args: str) -> list[str]:
    """The ``caxa`` command as the clerk starts it (the console script next to this Python)."""
    script = Path(sys.executable).with_name("caxa")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "desktop.cli"]
    return [*head, *args]


def run(cmd: list[str], *, stdin: str | None = None, timeout: float | None = None) -> float:
    """Run a command to its end (it must succeed) and return its wall time."""
    t = time.perf_counter()
    done = subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=child_env(),
                          cwd=ROOT, timeout=timeout, check=False)
    took = time.perf_counter() - t
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])}… exit {done.returncode}: {done.stderr.strip()[-400:]}")
    return took


@dataclass
class Bench:
    quick: bool = field(default_factory=lambda: os.environ.get("CAXA_BENCH_QUICK", "") not in ("", "0"))
    runs: int = 0
    residents: int = 0
    pg_residents: int = 0
    tmp: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="caxa-bench-")))
    rows: list[tuple[str, Row]] = field(default_factory=list)
    _station: Path | None = None
    _station_time: float = 0.0
    _pg: object = None
    _pg_reason: str = ""
    _pg_db: str = ""
    #: True once bench_pg loaded its demo station on ``pg_station_url()`` (for search benchmarks)
    pg_loaded: bool = False

    def __post_init__(self) -> None:
        env = os.environ.get
        self.runs = self.runs or int(env("CAXA_BENCH_RUNS", "1" if self.quick else "5"))
        self.residents = self.residents or int(env("CAXA_BENCH_RESIDENTS", "300" if self.quick else "200000"))
        self.pg_residents = self.pg_residents or int(
            env("CAXA_BENCH_PG_RESIDENTS", "300" if self.quick else "50000"))

    # -------------------------------------------------------------- the shared station

    def station(self) -> Path:
        """The data folder of a SQLite demo station with ``residents`` people, made once per run
        with ``caxa demo --residents N`` (as a clerk would)."""
        if self._station is None:
            data = self.tmp / "station"
            given = os.environ.get("CAXA_BENCH_STATION")
            if given:
                shutil.copytree(given, data)
                self._station = data
                return data
            self._station_time = run(caxa_command("--data-dir", str(data), "demo", "--residents",
                                                  str(self.residents)))
            self._station = data
            print(f"   (station of {self.residents:,} residents made in {self._station_time:.1f} s)",
                  flush=True)
        return self._station

    @property
    def station_time(self) -> float:
        """Seconds ``caxa demo`` took to make the station (0 when it was copied)."""
        self.station()
        return self._station_time

    def station_db(self) -> Path:
        return self.station() / "caxa.sqlite3"

    def pg(self):  # -> tests.pgserver.PgServer | None
        """The private PostgreSQL server of this run (tests/pgserver.py), or None (see ``pg_reason``)."""
        if self._pg is None and not self._pg_reason:
            sys.path.insert(0, str(ROOT))
            from tests import pgserver

            self._pg, self._pg_reason = pgserver.start()
        return self._pg

    def pg_station_url(self) -> str:
        """The URL of this run's PostgreSQL station database (created empty here when new)."""
        server = self.pg()
        assert server is not None, self.pg_reason
        if not self._pg_db:
            from sqlalchemy import create_engine, text

            name = f"caxa_bench_{os.getpid()}"
            engine = create_engine(server.base_url, isolation_level="AUTOCOMMIT")
            try:
                with engine.connect() as conn:
                    conn.execute(text(f"CREATE DATABASE {name}"))
            finally:
                engine.dispose()
            self._pg_db = name
        return server.url_for(self._pg_db)

    @property
    def pg_reason(self) -> str:
        self.pg()
        return self._pg_reason

    def close(self) -> None:
        if self._pg is not None and callable(self._pg.stop):  # type: ignore[attr-defined]
            self._pg.stop()  # type: ignore[attr-defined]
        shutil.rmtree(self.tmp, ignore_errors=True)

    # -------------------------------------------------------------- the results

    def add(self, group: str, row: Row) -> None:
        self.rows.append((group, row))
        print("   " + " | ".join(row.cells()), flush=True)

    def table(self, order: list[str]) -> str:
        head = ["work", "CAXA", "bare", "ratio", "goal", "", "note"]
        ranked = sorted(self.rows, key=lambda r: order.index(r[0]) if r[0] in order else len(order))
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row.cells()) + " |" for _, row in ranked]
        return "\n".join(lines)

    def write(self, order: list[str], path: Path, took: float) -> str:
        runs = f"medians of {self.runs} paired runs, interleaved" if self.runs > 1 else "single runs"
        text = "\n".join([
            "# `make bench` results",
            "",
            f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {runs}, the station made with "
            f"`caxa demo --residents {self.residents}` on SQLite"
            + (" (**quick run**: figures only show that everything runs)" if self.quick else "")
            + f"; the whole run took {took / 60:.1f} min.",
            "",
            machine(),
            "",
            self.table(order),
            "",
            "The ratio is CAXA ÷ bare; a goal with an absolute figure is judged on the CAXA figure.",
            "",
        ])
        path.write_text(text, encoding="utf-8")
        return text


def machine() -> str:
    """Machine and versions, one Markdown line each."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split("MemTotal:", 1)[1].split()[0])
        memory = f"{kb / 1024 / 1024:.1f} GB"
    except (OSError, IndexError, ValueError):
        pass
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = "not installed"
    return "\n".join([
        f"- machine: {cpu}, {os.cpu_count()} cores, {memory} memory; "
        f"{platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}, PySide6 {pyside}, SQLite {sqlite3.sqlite_version}, "
        f"PostgreSQL {postgres_version()}",
        f"- CAXA at commit {_git('rev-parse', '--short', 'HEAD')} "
        f"(branch {_git('rev-parse', '--abbrev-ref', 'HEAD')})",
        f"- load average when written (1/5/15 min): {_load()} on {os.cpu_count()} cores — a shared "
        "machine's absolute figures follow its load; the paired ratios much less",
    ])


def _load() -> str:
    try:
        return " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except (AttributeError, OSError):  # Windows
        return "unknown"


def postgres_version() -> str:
    sys.path.insert(0, str(ROOT))
    from tests import pgserver

    bindir = pgserver._bindir()
    if bindir is None:
        return "not installed"
    done = subprocess.run([str(bindir / "postgres"), "--version"], capture_output=True, text=True,
                          check=False)
    found = re.search(r"\) (\S+)", done.stdout)  # "postgres (PostgreSQL) 15.18 (Debian …)"
    return found.group(1) if found else "unknown"


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT, check=False)
    return done.stdout.strip() or "?"
