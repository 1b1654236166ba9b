"""The residents page never blocks the GUI thread for more than 50 ms on a large station.

A QTimer ticks every 10 ms on the GUI thread while the page searches as the clerk types, pages
through the list, sorts it and shows the selected person, with background work really running in
the background (``operations.INLINE = False``). Between two ticks the watchdog keeps the wall time
and the GUI thread's own CPU time: the latter is what the page blocks the GUI thread for, whatever
else the machine runs. The old page loaded every matching id, a page of rows and the person's
detail on the GUI thread at each keystroke; the test prints what that costs on the same station.
"""

from __future__ import annotations

import gc
import shutil
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer

from desktop.db import Database
from desktop.text import fold

PERSONS = 150_000
BUDGET_MS = 50


@pytest.fixture(scope="module")
def big_station(tmp_path_factory, sqlite_template):
    from desktop import firstrun
    from desktop.demo import DEMO_STATION, DEMO_USERS, DEMO_VILLAGES
    from desktop.residents import generate

    path = tmp_path_factory.mktemp("big") / "caxa.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    username, full_name, _role, password = DEMO_USERS[0]
    admin = firstrun.set_up_station(db, DEMO_STATION, DEMO_VILLAGES, username, full_name, password)
    with db.uow(admin) as work:
        generate.generate(work, PERSONS)
    yield db, admin
    db.dispose()


class Watchdog:
    """Ticks every 10 ms on the GUI thread; for each gap between two ticks it keeps the wall time
    and the GUI thread's own CPU time (``time.thread_time``) spent in it."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.busy: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gaps.append((now - self._last) * 1000)
        self.busy.append((cpu - self._cpu) * 1000)
        self._last, self._cpu = now, cpu

    def start(self) -> None:
        self._last, self._cpu = time.perf_counter(), time.thread_time()
        self.timer.start()

    def stop(self) -> str:
        self.timer.stop()
        gaps, busy = sorted(self.gaps), sorted(self.busy)
        return (
            f"{len(gaps)} ticks; gap between ticks: worst {gaps[-1]:.0f} ms, p99 "
            f"{gaps[int(len(gaps) * 0.99)]:.0f} ms, median {gaps[len(gaps) // 2]:.0f} ms; GUI thread busy "
            f"within one gap: worst {busy[-1]:.0f} ms, median {busy[len(busy) // 2]:.1f} ms"
        )


def _old_keystroke_ms(db: Database, admin) -> float:  # noqa: ANN001
    """What one keystroke cost the GUI thread before: every matching id, a page of rows, the detail."""
    from desktop.gui.pages.residents_detail import person_detail
    from desktop.residents import search
    from desktop.residents.search import SearchFilter

    start = time.thread_time()
    ids = db.run(admin, search.search_ids, SearchFilter("", status="registered"))
    db.run(admin, search.fetch_rows, ids[:200])
    db.run(admin, person_detail, ids[0])
    return (time.thread_time() - start) * 1000


def test_search_paging_and_sorting_never_block(qtbot, big_station, messages, monkeypatch, tmp_path):
    from desktop.gui import operations
    from desktop.gui.context import AppContext
    from desktop.gui.models.residents import COL_BIRTH, PAGE
    from desktop.gui.pages.residents import ResidentsPage
    from desktop.gui.prefs import Prefs

    monkeypatch.setattr(operations, "INLINE", False)
    db, admin = big_station
    ctx = AppContext(db, admin, Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)))
    page = ResidentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    # a full collection of the whole test run's heap is not the page's work: the objects alive now are
    # set aside, so the collector only walks what the page allocates from here on
    gc.collect()
    gc.freeze()
    # widgets earlier tests left for deletion are Qt's cleanup, not the page's work either
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    dog = Watchdog()
    dog.start()

    def settled() -> bool:
        return (
            bool(page.model.rows)
            and not page.model.loading
            and not page._pages.pending
            and (not page._counter.pending and not page._detail.pending)
        )

    page.refresh()
    qtbot.waitUntil(lambda: settled() and page.current is not None, timeout=15000)

    # typing: each keystroke restarts the search; answers for the older texts are dropped
    for text in ("n", "ng", "ngu", "nguy", "nguyen", "nguyen t", "nguyen thi"):
        page.search_box.setText(text)
        page.search_box.fire()
    qtbot.waitUntil(settled, timeout=15000)
    assert all("nguyen" in fold(r.full_name) and "thi" in fold(r.full_name) for r in page.model.rows)
    for text in ("d", "di", "die", "dieu"):
        page.search_box.setText(text)
    qtbot.waitUntil(
        lambda: (
            settled()
            and page.search_box.text() == "dieu"
            and all("dieu" in fold(r.full_name) for r in page.model.rows)
        ),
        timeout=15000,
    )

    # scrolling to the end fetches the next pages, in the background
    page.search_box.setText("")
    page.search_box.fire()
    qtbot.waitUntil(settled, timeout=15000)
    for pages in (2, 3, 4):
        page.table.scrollToBottom()
        qtbot.waitUntil(lambda n=pages: page.model.rowCount() >= n * PAGE and settled(), timeout=15000)

    # sorting by birth date runs in SQL, then the list is paged in that order
    page.table.sortByColumn(COL_BIRTH, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: settled() and page.model.sort_name == "birth", timeout=15000)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2 * PAGE and settled(), timeout=15000)
    years = [int(r.birth_text[-4:]) for r in page.model.rows if r.birth_text]
    assert years == sorted(years, reverse=True)

    # the clerk walks down the list: each person's detail arrives in the background
    for row in range(1, 6):
        page.list.select_row(row)
    qtbot.waitUntil(lambda: settled() and page.current.id == page.model.rows[5].id, timeout=15000)
    figures = dog.stop()
    gc.unfreeze()
    print(
        f"\nwatchdog on {PERSONS:,} residents: {figures}; "
        f"the old page's keystroke on the GUI thread: {_old_keystroke_ms(db, admin):.0f} ms CPU"
    )
    assert len(dog.gaps) > 20
    # the GUI thread's own work between two ticks: what the page blocks it for. (The wall-clock gap
    # is printed too; on a shared, overloaded machine it also counts time the OS gave other processes.)
    assert max(dog.busy) < BUDGET_MS, figures
