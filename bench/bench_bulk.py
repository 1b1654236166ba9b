"""Bulk work in one step (issue #10): arranging 4,000 residence files from a workbook of file number →
box (goal < 10 s; bare: python-calamine reading the same workbook), and one campaign step for 1,500
persons (goal < 5 s; bare: one executemany UPDATE of the same column for the same persons, no audit).
Each runs on a fresh migrated SQLite database of its own, in this process.

``python -m bench bulk``; ``python -m bench.bench_bulk`` prints the figures alone.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

from bench.harness import Bench, Row, compare

FILES = 4000
PERSONS = 1500
LONG_AGO = dt.datetime(2025, 1, 1)


def _station(folder: Path, url: str | None):  # -> (Database, Actor)
    from desktop import paths
    from desktop.db import Actor, Database
    from desktop.migrate import upgrade

    paths.set_data_dir(folder)
    db = Database(url or f"sqlite:///{folder / 'bulk.sqlite3'}")
    upgrade(db, backup=False)
    return db, Actor.system()


def _fill(db, actor) -> list[str]:  # noqa: ANN001
    """40 boxes, 4,000 files, 1,500 adults; the boxes' paths."""
    from sqlalchemy import insert

    from desktop.db import now
    from desktop.residents import archive, bulk
    from desktop.residents.models import ResidenceFile

    with db.uow(actor) as work:
        kho = archive.add_location(work, None, "kho", "Tàng thư")
        boxes = []
        for t in range(4):
            tu = archive.add_location(work, kho.id, "tủ", str(t + 1))
            for h in range(10):
                boxes.append(archive.add_location(work, tu.id, "hộp", f"{h + 1:02d}").path)
        bulk.insert_persons(
            work,
            [
                {"full_name": f"Y Jri {i:04d}", "sex": "M", "birth_year": 1980, "created_at": LONG_AGO}
                for i in range(PERSONS)
            ],
        )
        pid = 1
        stamp = now()
        work.session.connection().execute(
            insert(ResidenceFile),
            [
                {
                    "number": f"68123-{n:06d}",
                    "number_key": f"68123-{n:06d}",
                    "person_id": pid,
                    "digitised": "none",
                    "note": "",
                    "created_at": LONG_AGO,
                    "updated_at": stamp,
                    "version": 1,
                }
                for n in range(1, FILES + 1)
            ],
        )
    return boxes


def _workbook(path: Path, boxes: list[str]) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Kiểm kê")
    sheet.write_row(0, 0, ["Số hồ sơ", "Vị trí"])
    for n in range(1, FILES + 1):
        sheet.write_row(n, 0, [f"68123-{n:06d}", boxes[(n - 1) // 100]])
    book.close()
    return path


def measure(url: str | None = None) -> dict[str, float]:
    """The four figures, in seconds, on a new SQLite database (or the empty database at ``url``)."""
    from python_calamine import CalamineWorkbook
    from sqlalchemy import bindparam, update

    from desktop import paths
    from desktop.residents import archive_bulk, campaign_bulk, search
    from desktop.residents.models import Person

    folder = Path(tempfile.mkdtemp(prefix="caxa-bench-bulk-"))
    before = paths._override
    try:
        db, actor = _station(folder, url)
        boxes = _fill(db, actor)
        book = _workbook(folder / "kiemke.xlsx", boxes)
        t = time.perf_counter()
        CalamineWorkbook.from_path(str(book)).get_sheet_by_index(0).to_python()
        read = time.perf_counter() - t
        t = time.perf_counter()
        with db.uow(actor) as work:
            report = archive_bulk.arrange_workbook(work, book)
        arrange = time.perf_counter() - t
        assert report.written and report.placed == FILES, report.text()
        with db.uow(actor) as work:
            ids = search.search_ids(work, search.SearchFilter("y jri"))
        t = time.perf_counter()
        with db.uow(actor) as work:
            done = campaign_bulk.record_steps(
                work, campaign_bulk.Selection(person_ids=tuple(ids)), "vneid2", dt.date.today()
            )
        step = time.perf_counter() - t
        assert len(done.done) == PERSONS, done.text()
        table = Person.__table__
        t = time.perf_counter()
        with db.engine.begin() as conn:
            conn.execute(
                update(table).where(table.c.id == bindparam("pid")).values(reviewed_date=bindparam("d")),
                [{"pid": i, "d": dt.date.today()} for i in ids],
            )
        bare_update = time.perf_counter() - t
        db.dispose()
        return {"read": read, "arrange": arrange, "step": step, "bare_update": bare_update}
    finally:
        paths.set_data_dir(before)
        shutil.rmtree(folder, ignore_errors=True)


def _pg(bench: Bench) -> dict[str, float] | None:
    server = bench.pg()
    if server is None:
        return None
    name = "caxa_bench_bulk"
    server.drop_database(name)
    server.execute(f"CREATE DATABASE {name}")
    try:
        return measure(server.url_for(name))
    finally:
        server.drop_database(name)


def rows(bench: Bench) -> list[Row]:
    m = measure()
    pg = _pg(bench)
    note = (
        f"PostgreSQL: arrange {pg['arrange']:.2f} s, campaign step {pg['step']:.2f} s"
        if pg
        else f"PostgreSQL skipped: {bench.pg_reason}"
    )
    return [
        compare(
            f"arrange {FILES:,} files from a workbook (check, write, audit)",
            m["arrange"],
            m["read"],
            bare_what="calamine read",
            max_value=10.0,
        ),
        compare(
            f"campaign step for {PERSONS:,} persons (VNeID 2, audit, quality sync)",
            m["step"],
            m["bare_update"],
            bare_what="bare UPDATE",
            max_value=5.0,
            note=note,
        ),
    ]


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"sqlite {key}: {value:.3f} s")
