"""The demo station's monthly report as compose gives it: every figure's line is in the PDF text, the
workbook's data sheet reads back as the same figures, and each check sheet lists exactly the records
the areas' providers give for its figure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from desktop import figures
from desktop.db import now
from desktop.reports.monthly import pdf, service, workbook
from tests.reports.monthly_sample import pages


def _last_month() -> tuple[int, int]:
    today = now().date()
    return (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)


def check_sheets(path: Path) -> dict[str, list[tuple] | None]:
    """key → the record rows listed under it (who, what, when, village, amount), None: "không liệt kê"."""
    book = openpyxl.load_workbook(path, read_only=True)
    out: dict[str, list[tuple] | None] = {}
    for name in book.sheetnames:
        if not name.startswith("Kiểm tra"):
            continue
        key = None
        for row in book[name].iter_rows(min_row=5, values_only=True):
            first, second = (row + (None, None))[:2]
            if isinstance(first, str) and "." in first and first != "STT":
                key = first
                out[key] = []
            elif key is not None and isinstance(second, str) and second.startswith(workbook.NOT_LISTED):
                out[key] = None
            elif key is not None and isinstance(first, int):
                out[key].append(tuple(row[1:6]))
    return out


def _row(r: figures.RecordRow) -> tuple:
    when = r.when
    if isinstance(when, dt.date) and not isinstance(when, dt.datetime):
        when = dt.datetime.combine(when, dt.time())
    amount = None if r.amount is None else float(r.amount) if r.amount != int(r.amount) else int(r.amount)
    return (r.who or None, r.what or None, when, r.village or None, amount)


def test_the_demo_stations_month_in_pdf_workbook_and_check_sheets(sqlite_db, sqlite_demo, tmp_path):
    with sqlite_db.uow(sqlite_demo) as work:
        period = service.month_period(work, *_last_month())
        report = service.compose(work, period)
        data = pdf.render(work, report)
        path = tmp_path / "bao-cao.xlsx"
        path.write_bytes(workbook.workbook_bytes(work, report))
        # every key the report prints is one its area can list (or says it lists none)
        behind = {f.key: figures.records(work, f.key, period.start, period.end) for f in report.figures()}
    assert len(report.figures()) > 50
    page_texts = pages(data)
    first_appendix = next(i for i, p in enumerate(page_texts) if pdf.APPENDIX_TITLE in p)
    assert first_appendix <= 8  # the body reads as a short official text; the appendix has the rest
    body = " ".join(page_texts[:first_appendix])
    named = {f.key: "; ".join(g.label for g in item.figures if pdf.is_quiet(g))
             for section in report.sections for item in section.items for f in item.figures}
    # a figure of the month is its own line; one at zero is named on its item's "Không phát sinh" line
    assert [f.key for f in report.figures() if not pdf.is_quiet(f) and pdf.figure_line(f) not in body] == []
    quiet = [f for f in report.figures() if pdf.is_quiet(f)]
    assert quiet and [f.key for f in quiet if f"- {f.label}:" in body] == []
    assert [f.key for f in quiet if f"- {pdf.NOTHING_ARISEN}: {named[f.key]}." not in body] == []
    back = workbook.read_workbook(path)
    assert back.figures() == report.figures() and back.period == period
    listed = check_sheets(path)
    assert set(listed) == set(behind)
    for key, rows in behind.items():
        assert listed[key] == (None if rows is None else [_row(r) for r in rows]), key
    # and the records listed are the records counted: their number, or the sum of their amounts
    value = {f.key: f.value for f in report.figures()}
    for key, rows in behind.items():
        if rows:
            amounts = [r.amount for r in rows if r.amount is not None]
            assert (sum(amounts) if amounts else len(rows)) == value[key], key
