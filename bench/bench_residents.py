"""Residents at scale: 200,000 people (``CAXA_BENCH_RESIDENTS`` to change), measured against the
libraries on their own in the same run. Prints figures and ratios; asserts nothing.

- generation: bulk insert through SQLAlchemy Core
- search: first page of a folded substring query, p50/p95 over many queries, vs a bare sqlite3 LIKE
- residents page: time to the first painted rows of the paged table model vs a bare QTableView
- import: 50,000 rows from xlsx into the big table vs python-calamine reading the same file
- export: the whole list vs a bare xlsxwriter constant_memory write of the same cells
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

N_RESIDENTS = int(os.environ.get("CAXA_BENCH_RESIDENTS", "200000"))
N_IMPORT = int(os.environ.get("CAXA_BENCH_IMPORT", "50000"))


def _p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def _setup(folder: Path):  # -> (Database, Actor)
    import desktop.areas  # noqa: F401
    from desktop import demo, firstrun
    from desktop.db import Database
    from desktop.migrate import upgrade

    db = Database(f"sqlite:///{folder / 'bench.sqlite3'}")
    upgrade(db, backup=False)
    admin = firstrun.set_up_station(
        db, demo.DEMO_STATION, demo.DEMO_VILLAGES, "admin", "Quản trị", "bench1234"
    )
    return db, admin


def bench_generate(db, admin) -> None:  # noqa: ANN001
    from desktop.residents import generate, quality

    t = time.perf_counter()
    with db.uow(admin) as work:
        result = generate.generate(work, N_RESIDENTS, seed=7)
    gen = time.perf_counter() - t
    t = time.perf_counter()
    with db.uow(admin) as work:
        quality.sync_issues(work)
    scan = time.perf_counter() - t
    t = time.perf_counter()
    with db.uow(admin) as work:
        counts = quality.summary(work)
    count_time = time.perf_counter() - t
    print(
        f"generate {result.persons:,} residents, {result.households:,} households, {result.files:,} files: "
        f"{gen:.1f} s ({result.persons / gen:,.0f} rows/s)"
    )
    print(
        f"quality: full scan (issues) {scan:.2f} s; counts of {len(counts)} rules in one SQL pass "
        f"{count_time * 1000:.0f} ms (wrong IDs {counts['wrong_id']:,}, deceased not struck off "
        f"{counts['deceased_registered']:,})"
    )


def _queries(db, admin, n: int = 60) -> list[str]:  # noqa: ANN001
    from sqlalchemy import select

    from desktop.residents.models import Person

    rng = random.Random(3)
    with db.uow(admin) as work:
        sample = list(
            work.session.execute(
                select(Person.name_key, Person.id_number, Person.phone).where(Person.id % 997 == 0).limit(400)
            )
        )
    out = ["nguyen van an", "dak", "h'hen", "dieu k'lung", "thi huong", "y bhin", "niê", "tran", "le thi"]
    while len(out) < n:
        name, number, phone = rng.choice(sample)
        kind = rng.random()
        if kind < 0.5:
            words = name.split()
            out.append(" ".join(words[-2:]) if len(words) > 1 else name)
        elif kind < 0.75 and number:
            out.append(number[: rng.randrange(6, 13)])
        elif phone:
            out.append(phone.replace(" ", "")[-6:])
        else:
            out.append(name[1:5])
    return out


def bench_search(db, admin) -> None:  # noqa: ANN001
    from desktop.residents import search
    from desktop.residents.search import SearchFilter
    from desktop.text import fold

    queries = _queries(db, admin)
    ours: list[float] = []
    for q in queries:
        t = time.perf_counter()
        with db.uow(admin) as work:
            search.search_page(work, SearchFilter(q), limit=100)
        ours.append(time.perf_counter() - t)
    conn = sqlite3.connect(db.sqlite_path)
    bare: list[float] = []
    for q in queries:
        pattern = "%" + "%".join(fold(q).split()) + "%"
        t = time.perf_counter()
        conn.execute(
            "SELECT id FROM person WHERE search_key LIKE ? ORDER BY name_key, id LIMIT 101",
            (pattern,),
        ).fetchall()
        bare.append(time.perf_counter() - t)
    conn.close()
    p95, b95 = _p(ours, 0.95), _p(bare, 0.95)
    print(
        f"search, first page of {len(queries)} folded substring queries over {N_RESIDENTS:,}: "
        f"p50 {statistics.median(ours) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms (target < 50 ms); "
        f"bare sqlite3 LIKE on the same key (ids only) p50 {statistics.median(bare) * 1000:.1f} ms, "
        f"p95 {b95 * 1000:.1f} ms; "
        f"ratio p95 {p95 / b95:.2f}x"
    )
    t = time.perf_counter()
    with db.uow(admin) as work:
        page = search.search_page(work, SearchFilter("nguyen", mode="prefix"), limit=100)
    print(
        f"search, prefix «nguyen» first page: {(time.perf_counter() - t) * 1000:.1f} ms "
        f"({len(page.rows)} rows)"
    )


def bench_page(db, admin, tmp: Path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop.gui.context import AppContext
    from desktop.gui.pages.residents import ResidentsPage
    from desktop.gui.prefs import Prefs

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(db, admin, Prefs(QSettings(str(tmp / "p.ini"), QSettings.Format.IniFormat)))

    t = time.perf_counter()
    page = ResidentsPage(ctx)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    app.processEvents()
    first = page.model.data(page.model.index(0, 0))
    ours = time.perf_counter() - t
    loaded = page.model.loaded_pages
    t = time.perf_counter()
    page.table.scrollToBottom()
    app.processEvents()
    scroll = time.perf_counter() - t
    rows, loaded_after = page.model.rowCount(), page.model.loaded_pages
    page.close()

    class Bare(QAbstractTableModel):
        def __init__(self, data: list[tuple]) -> None:
            super().__init__()
            self.rows = data

        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: ANN001, B008
            return len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:  # noqa: ANN001, B008
            return 9

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN202
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[index.row()][min(index.column(), 2)])
            return None

    t = time.perf_counter()
    conn = sqlite3.connect(db.sqlite_path)
    data = conn.execute(
        "SELECT full_name, birth_year, id_number FROM person ORDER BY name_key, id LIMIT 200"
    ).fetchall()
    conn.close()
    view = QTableView()
    view.setModel(Bare(data))
    view.resize(1366, 768)
    view.show()
    app.processEvents()
    bare = time.perf_counter() - t
    view.close()
    print(
        f"residents page, first rows shown: {ours * 1000:.0f} ms (target < 300 ms; {rows:,} rows known, "
        f"{loaded} page(s) of 200 loaded, first «{first}»); bare QTableView over 200 sqlite3 rows "
        f"{bare * 1000:.0f} ms; ratio {ours / bare:.1f}x; jump to the last row {scroll * 1000:.0f} ms "
        f"({loaded_after} pages loaded in all)"
    )


#: flagged ID numbers in a register as clerks find them: 110 in 4,000 persons
FLAGGED_SHARE = 110 / 4000
N_REGISTER = int(os.environ.get("CAXA_BENCH_REGISTER", "4000"))


def _flag(number: str, k: int) -> str:
    """A well-formed number made wrong the way registers are: a digit lost, a province code that
    does not exist, the sex/century digit of the other sex."""
    if k % 3 == 0:
        return number[:11]
    if k % 3 == 1:
        return "999" + number[3:]
    return number[:3] + str(int(number[3]) ^ 1) + number[4:]


def _import_file(path: Path, n: int, flagged: int | None = None, *, changed: int = 0) -> int:
    """A register of ``n`` persons, ``flagged`` of them (default: 110 in 4,000) with a malformed or
    contradictory ID number; returns the number flagged. ``changed`` (1, 2 …): the same persons (the
    same names, births and numbers) with a phone number and an occupation filled in, different for
    each value — imported after the plain file or another value's, every row updates a stored person."""
    from openpyxl import Workbook

    from desktop.residents import generate, idcard, io

    flagged = round(n * FLAGGED_SHARE) if flagged is None else flagged
    every = max(1, n // flagged) if flagged else 0

    rng = random.Random(11)
    namer = generate._Namer(rng)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(io.PERSON_SHEET)
    ws.append([h for h, *_ in io.PERSON_COLUMNS])
    villages = [f"{k} {n}" for n, k in __import__("desktop.demo", fromlist=["x"]).DEMO_VILLAGES]
    for i in range(n):
        sex = rng.choice("MF")
        year = rng.randrange(1940, 2020)
        row = [""] * len(io.PERSON_COLUMNS)
        row[0] = namer.person(rng.choice(["Kinh", "Mnông", "Ê Đê"]), sex)
        row[2] = f"{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/{year}"
        row[3] = "Nam" if sex == "M" else "Nữ"
        row[6] = idcard.make_number("067", sex, year, 900000 + i)[:6] + f"{(i * 7919) % 1000000:06d}"
        if every and i % every == 0 and i // every < flagged:
            row[6] = _flag(row[6], i // every)
        row[11] = rng.choice(villages)
        if changed:
            row[7] = f"09{(i * 7907 + changed) % 100000000:08d}"
            row[8] = ("Làm nông", "Buôn bán", "Công nhân", "Giáo viên")[(i + changed) % 4]
        ws.append(row)
    wb.save(path)
    return flagged


def bench_import(db, admin, tmp: Path) -> None:  # noqa: ANN001
    """Import N_IMPORT rows (guard + read + check + write + audit + quality sync) vs python-calamine
    reading the same file (the bare reader); the dry run (guard + read + check) on its own too."""
    from python_calamine import CalamineWorkbook

    from desktop.residents import io

    path = tmp / "import.xlsx"
    _import_file(path, N_IMPORT)
    reads = []
    for _ in range(3):
        t = time.perf_counter()
        CalamineWorkbook.from_path(str(path)).get_sheet_by_name(io.PERSON_SHEET).to_python(
            skip_empty_area=False
        )
        reads.append(time.perf_counter() - t)
    bare = statistics.median(reads)
    t = time.perf_counter()
    with db.uow(admin) as work:
        io.import_persons(work, path, dry_run=True)
    check = time.perf_counter() - t
    report, took = _timed_import(db, admin, path)
    print(
        f"import {report.rows:,} rows from xlsx on {db.engine.dialect.name} (guard + read + check + write + "
        f"audit + quality sync): {took:.1f} s ({report.new:,} new, {report.updated:,} updated); "
        f"check only (dry run) {check:.1f} s; bare python-calamine read of the same file {bare:.2f} s; "
        f"ratio {took / bare:.1f}x (goal ≤ 3x), dry run {check / bare:.1f}x"
    )
    print(f"import phases: {_phases(report, bare)}")


def _timed_import(db, admin, path: Path):  # noqa: ANN001, ANN202  (-> (ImportReport, seconds))
    """The whole import as the clerk waits for it, its commit timed as a phase of its own."""
    from desktop.residents import io

    t = time.perf_counter()
    with db.uow(admin) as work:
        report = io.import_persons(work, path)
        inner = time.perf_counter()
    took = time.perf_counter() - t
    report.phases["commit"] = time.perf_counter() - inner
    return report, took


#: the phases of an import, in the order they run (``ImportReport.phases``)
PHASES = ("guard", "read", "check", "persons", "audit", "search", "updates", "quality", "commit")


def _phases(report, bare: float) -> str:  # noqa: ANN001
    """``guard 0.12 s (0.3x)``, … each phase and its multiple of the bare read."""
    return ", ".join(
        f"{name} {report.phases[name]:.2f} s ({report.phases[name] / bare:.1f}x)"
        for name in PHASES
        if report.phases.get(name, 0) >= 0.005
    )


def bench_register(tmp: Path) -> None:
    """A commune's register (N_REGISTER persons, 110 in 4,000 with flagged ID numbers) imported
    into a newly set-up station, vs python-calamine reading the same file."""
    from python_calamine import CalamineWorkbook

    from desktop.residents import io

    path = tmp / "register.xlsx"
    flagged = _import_file(path, N_REGISTER)
    reads, ours, runs = [], [], []
    for run in range(3):
        t = time.perf_counter()
        CalamineWorkbook.from_path(str(path)).get_sheet_by_name(io.PERSON_SHEET).to_python(
            skip_empty_area=False
        )
        reads.append(time.perf_counter() - t)
        folder = tmp / f"station-{run}"
        folder.mkdir()
        db, admin = _setup(folder)
        report, took = _timed_import(db, admin, path)
        ours.append(took)
        runs.append(report)
        db.dispose()
    took, bare = statistics.median(ours), statistics.median(reads)
    kept = sum(report.flagged.values())
    print(
        f"register {report.rows:,} rows with {kept} flagged ID numbers ({flagged} planted) into a new "
        f"station (guard + read + check + write + audit + quality sync): {took:.2f} s; "
        f"bare python-calamine read of the same file {bare:.3f} s; ratio {took / bare:.1f}x (goal ≤ 3x)"
    )
    median_run = runs[sorted(range(len(ours)), key=ours.__getitem__)[len(ours) // 2]]
    print(f"register phases: {_phases(median_run, bare)}")


def bench_export(db, admin, tmp: Path) -> None:  # noqa: ANN001
    """Export the whole list vs a bare xlsxwriter constant_memory write of the same cells."""
    import xlsxwriter

    from desktop.residents import io
    from desktop.residents.search import SearchFilter

    t = time.perf_counter()
    with db.uow(admin) as work:
        n = io.export_persons(work, tmp / "export.xlsx", SearchFilter())
    ours = time.perf_counter() - t
    with db.uow(admin) as work:
        rows = [[io.safe_text(v) if v else v for v in r] for r in io._export_rows(work, SearchFilter())]
    t = time.perf_counter()
    wb = xlsxwriter.Workbook(str(tmp / "raw.xlsx"), {"constant_memory": True})
    ws = wb.add_worksheet("raw")
    ws.write_row(0, 0, [h for h, *_ in io.PERSON_COLUMNS])
    for i, r in enumerate(rows, start=1):
        ws.write_row(i, 0, r)
    wb.close()
    bare = time.perf_counter() - t
    print(
        f"export {n:,} rows × {len(io.PERSON_COLUMNS)} columns on {db.engine.dialect.name}: {ours:.1f} s "
        f"(query + format + write + drop-downs); bare xlsxwriter constant_memory write of the same cells "
        f"{bare:.1f} s; ratio {ours / bare:.2f}x (goal ≤ 1.2x)"
    )


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import logging

    logging.disable(logging.INFO)
    tmp = Path(tempfile.mkdtemp(prefix="caxa-bench-residents-"))
    try:
        from desktop import paths

        paths.set_data_dir(tmp / "data")
        db, admin = _setup(tmp)
        bench_generate(db, admin)
        bench_search(db, admin)
        bench_page(db, admin, tmp)
        bench_import(db, admin, tmp)
        bench_register(tmp)
        bench_export(db, admin, tmp)
        db.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
