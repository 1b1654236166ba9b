"""Issue #13's rows: the monthly report and the dashboard on the bench's big station.

In a child process on a copy of the station (``caxa demo --residents N``: its events, receipts and
projects as the demo makes them), signed in as the demo's administrator:

- the month's figures: ``service.compose`` for the last whole month (this period, the previous
  one, the same period last year and the year to date) — goal < 2 s;
- the PDF and the workbook: ``pdf.render`` and ``workbook.workbook_bytes`` of that report, against
  reportlab and xlsxwriter writing the same tables bare in the same run (the PDF: the report's
  figure lines as paragraphs and its appendix table; the workbook: every cell CAXA wrote, read
  back, written with xlsxwriter in constant-memory mode, no formats) — goal < 5 s together;
- the dashboard: ``dashboard.overview`` for today — goal < 1 s.

Each is timed after one warm-up call (imports of reportlab and xlsxwriter, the first query plans);
the first call's time is in the note. ``python -m bench report`` runs these rows alone.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.harness import PASSWORD, ROOT, USER, Bench, Row, child_env, compare, median_pair, skipped


def rows(bench: Bench) -> list[Row]:
    data = bench.tmp / "report-station"
    if data.exists():
        shutil.rmtree(data)
    shutil.copytree(bench.station(), data)  # issuing nothing, but a copy keeps the station as made
    done = subprocess.run([sys.executable, "-m", "bench.bench_report", str(data), str(bench.runs)],
                          capture_output=True, text=True, env=child_env(), cwd=ROOT, check=False)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["no output"])[-1][:200]
        return [skipped("the month's report and the dashboard", f"failed: {reason}")]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    station = result["station"]
    where = (f"{station['residents']:,} residents, {station['events']} events over "
             f"{station['event_years']:.1f} years, {station['receipts']} weapon receipts, "
             f"{station['projects']} support projects; month {result.get('month', '?')}")
    out: list[Row] = []
    compose = result.get("compose")
    if isinstance(compose, dict):
        note = f"{compose['figures']} figures; first call {compose['first']:.2f} s; {where}"
        out.append(compare("the month's report figures (`service.compose`, four periods)", compose["median"],
                           None, max_value=2.0, note=note))
    else:
        out.append(skipped("the month's report figures (`service.compose`)", str(compose)))
    files = result.get("files")
    if isinstance(files, dict):
        out.append(compare(
            "the month's report PDF and workbook written", files["pdf"] + files["xlsx"],
            files["bare_pdf"] + files["bare_xlsx"], bare_what="reportlab + xlsxwriter, same tables",
            max_value=5.0,
            note=(f"PDF {files['pdf']:.2f} s ({files['pages']} pages; bare {files['bare_pdf']:.2f} s), "
                  f"workbook {files['xlsx']:.2f} s ({files['cells']:,} cells in {files['sheets']} sheets; "
                  f"bare {files['bare_xlsx']:.2f} s); first calls {files['first']:.2f} s"),
        ))
    else:
        out.append(skipped("the month's report PDF and workbook", str(files)))
    overview = result.get("overview")
    if isinstance(overview, dict):
        out.append(compare("the dashboard (`dashboard.overview`)", overview["median"], None, max_value=1.0,
                           note=f"first call {overview['first']:.2f} s; today {result['today']}"))
    else:
        out.append(skipped("the dashboard (`dashboard.overview`)", str(overview)))
    return out


# --------------------------------------------------------------------------- the child process


def _last_month(today: dt.date) -> tuple[int, int]:
    first = today.replace(day=1) - dt.timedelta(days=1)
    return first.year, first.month


def _station_counts(db: Any) -> dict[str, Any]:
    from sqlalchemy import text

    with db.engine.connect() as conn:
        def one(sql: str) -> Any:
            return conn.execute(text(sql)).first()

        first, last = one("SELECT min(starts_at), max(starts_at) FROM event") or (None, None)
        years = 0.0
        if first and last:
            span = dt.datetime.fromisoformat(str(last)) - dt.datetime.fromisoformat(str(first))
            years = span.days / 365.25
        return {
            "residents": one("SELECT count(*) FROM person")[0],
            "events": one("SELECT count(*) FROM event")[0],
            "event_years": years,
            "receipts": one("SELECT count(*) FROM weapon_receipt")[0],
            "projects": one("SELECT count(*) FROM support_project")[0],
        }


def _timed(fn: Any) -> tuple[float, Any]:
    t = time.perf_counter()
    value = fn()
    return time.perf_counter() - t, value


def _bare_pdf(report: Any) -> bytes:
    """reportlab writing the report's tables bare, in the same embedded font: its figure lines and
    the appendix table (no letterhead, signature block or register number)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from desktop.reports.fonts import register_family
    from desktop.reports.monthly import pdf

    font = register_family()
    style = ParagraphStyle("body", fontName=font, fontSize=13, leading=16)
    story: list[Any] = []
    for section in report.sections:
        story.append(Paragraph(f"{section.number}. {section.title}", style))
        for item in section.items:
            story.append(Paragraph(f"{item.number} {item.title}", style))
            story += [Paragraph(pdf.figure_line(f), style) for f in item.figures]
    table = Table(list(pdf.appendix_rows(report)), repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 10)]))
    story.append(table)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def _cells(xlsx: bytes) -> list[tuple[str, list[list[Any]]]]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_filelike(io.BytesIO(xlsx))
    return [(name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names]


def _bare_xlsx(sheets: list[tuple[str, list[list[Any]]]]) -> bytes:
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_formulas": False,
                                     "strings_to_urls": False, "strings_to_numbers": False})
    for name, cells in sheets:
        ws = book.add_worksheet(name)
        for r, row in enumerate(cells):
            for c, value in enumerate(row):
                if value not in ("", None):
                    ws.write(r, c, value)
    book.close()
    return out.getvalue()


def _pages(pdf_bytes: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf_bytes))


def child(data: str, runs: int) -> dict[str, Any]:
    import logging

    logging.disable(logging.WARNING)
    import desktop.areas  # noqa: F401
    from desktop import paths
    from desktop.accounts import login_user
    from desktop.bootstrap import open_database

    paths.set_data_dir(data)
    db = open_database()
    admin = login_user(db, USER, PASSWORD)
    today = dt.date.today()
    year, month = _last_month(today)
    result: dict[str, Any] = {"station": _station_counts(db), "today": today.strftime("%d/%m/%Y"),
                              "month": f"{month:02d}/{year}"}
    report = None
    try:
        from desktop.reports.monthly import service

        def compose() -> Any:
            with db.uow(admin) as work:
                return service.compose(work, service.month_period(work, year, month))

        first, report = _timed(compose)
        times = [_timed(compose)[0] for _ in range(runs)]
        figures = sum(len(i.figures) for s in report.sections for i in s.items)
        result["compose"] = {"median": sorted(times)[len(times) // 2], "first": first, "figures": figures}
    except Exception as exc:  # noqa: BLE001 — a part not on main yet: the row says so
        result["compose"] = f"{type(exc).__name__}: {exc}"
    if report is not None:
        try:
            result["files"] = _files(db, admin, report, runs)
        except Exception as exc:  # noqa: BLE001
            result["files"] = f"{type(exc).__name__}: {exc}"
    else:
        result["files"] = "no report composed"
    try:
        from desktop.reports import dashboard

        def overview() -> Any:
            with db.uow(admin) as work:
                return dashboard.overview(work, today)

        first = _timed(overview)[0]
        times = [_timed(overview)[0] for _ in range(runs)]
        result["overview"] = {"median": sorted(times)[len(times) // 2], "first": first}
    except Exception as exc:  # noqa: BLE001
        result["overview"] = f"{type(exc).__name__}: {exc}"
    db.dispose()
    return result


def _files(db: Any, admin: Any, report: Any, runs: int) -> dict[str, Any]:
    from desktop.reports.monthly import pdf, workbook

    def ours_pdf() -> bytes:
        with db.uow(admin) as work:
            return pdf.render(work, report)

    def ours_xlsx() -> bytes:
        with db.uow(admin) as work:
            return workbook.workbook_bytes(work, report)

    first_pdf, made_pdf = _timed(ours_pdf)
    first_xlsx, made_xlsx = _timed(ours_xlsx)
    sheets = _cells(made_xlsx)
    pdf_s, bare_pdf = median_pair(lambda: _timed(ours_pdf)[0],
                                  lambda: _timed(lambda: _bare_pdf(report))[0], runs)
    xlsx_s, bare_xlsx = median_pair(lambda: _timed(ours_xlsx)[0],
                                    lambda: _timed(lambda: _bare_xlsx(sheets))[0], runs)
    return {"pdf": pdf_s, "bare_pdf": bare_pdf, "xlsx": xlsx_s, "bare_xlsx": bare_xlsx,
            "first": first_pdf + first_xlsx, "pages": _pages(made_pdf), "sheets": len(sheets),
            "cells": sum(len(row) for _, cells in sheets for row in cells)}


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(json.dumps(child(sys.argv[1], max(1, int(sys.argv[2]) if len(sys.argv) > 2 else 3))))
