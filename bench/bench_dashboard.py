"""Tổng quan (the dashboard, the first page after login) as the clerk waits for it, in a child process
on the shared station (offscreen Qt): from building the page to its figures, charts and lists
painted (the overview counted off the GUI thread, ``grab()`` once it arrived) — vs a bare QChartView
of the station's residence events per month for twelve months, counted with one sqlite3 query.
The first showing in the process (SQLAlchemy's statements not yet compiled, the database's pages not
yet cached: the first login) is reported in the note."""

from __future__ import annotations

import statistics

from bench.bench_gui import _SETUP, _child
from bench.harness import Bench, Row, compare

PAGE = _SETUP + """
import datetime as dt
import sqlite3
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from desktop.gui.pages.dashboard import DashboardPage

def caxa():
    t = time.perf_counter()
    page = DashboardPage(ctx)
    page.resize(1150, 700)
    page.show()
    page.refresh()
    deadline = t + 60
    while page.overview is None:
        if time.perf_counter() > deadline:
            raise SystemExit("the dashboard showed nothing within 60 s")
        QApplication.processEvents()
        operations.pool().waitForDone(5)
    QApplication.processEvents()
    page.grab()
    took = time.perf_counter() - t
    page.close()
    page.deleteLater()
    settle()
    return took

def bare():
    t = time.perf_counter()
    first = (dt.date.today().replace(day=1) - dt.timedelta(days=335)).replace(day=1)
    conn = sqlite3.connect(paths.database_file())
    rows = conn.execute(
        "SELECT substr(event_date, 1, 7), count(*) FROM residence_event WHERE event_date >= ? "
        "GROUP BY substr(event_date, 1, 7) ORDER BY 1", (first.isoformat(),)).fetchall()
    conn.close()
    chart = QChart()
    bars = QBarSet("Biến động")
    bars.append([float(n) for _, n in rows])
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    months = QBarCategoryAxis()
    months.append([m for m, _ in rows])
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(months)
    values = QValueAxis()
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values)
    view = QChartView(chart)
    view.resize(1150, 700)
    view.show()
    QApplication.processEvents()
    view.grab()
    took = time.perf_counter() - t
    view.close()
    view.deleteLater()
    settle()
    return took

runs = int(sys.argv[3])
first = caxa()
bare()
ours, theirs = [], []
for i in range(runs):
    pair = (bare, caxa) if i % 2 else (caxa, bare)
    for fn in pair:
        (ours if fn is caxa else theirs).append(fn())
print(json.dumps({"caxa": ours, "bare": theirs, "first": first}))
"""


def rows(bench: Bench) -> list[Row]:
    result = _child(bench, PAGE, str(bench.station()), str(bench.tmp), str(bench.runs))
    caxa, bare = statistics.median(result["caxa"]), statistics.median(result["bare"])
    return [compare("dashboard (Tổng quan) painted with its figures", caxa, bare,
                    bare_what="bare QChartView, one sqlite3 query", max_value=1.0, goal="≤ 1 s (#13)",
                    note=f"first showing in the process (the first login): {result['first']:.2f} s; "
                    "nine tiles, five 12-month charts, four lists")]
