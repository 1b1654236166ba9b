"""Rows from the benchmark modules that print their figures (bench_startup, bench_residents): their
own functions run here on the shared station, and what they print is read back into rows, so
those modules keep running on their own (``python -m bench.bench_residents``) and can change
their measurements without this file copying them.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import statistics
import time
from pathlib import Path

from bench.harness import PASSWORD, USER, Bench, Row, compare, median_pair


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
    note = "goal is against the faster writer (xlsxwriter)" if writer != "xlsxwriter constant_memory" else ""
    return [compare(f"export {int(n or 0):,} residents", ours, bare, bare_what=writer, max_ratio=1.2,
                    note=note)]


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
    return [compare(f"import {int(n or 0):,} rows", ours, bare, bare_what="python-calamine read",
                    max_ratio=3, note=note)]


def _calamine(path: Path) -> float:
    from python_calamine import CalamineWorkbook

    from desktop.residents.io import PERSON_SHEET

    def read() -> float:
        t = time.perf_counter()
        book = CalamineWorkbook.from_path(str(path))
        book.get_sheet_by_name(PERSON_SHEET).to_python(skip_empty_area=False)
        return time.perf_counter() - t

    return statistics.median(read() for _ in range(3))
