"""The GUI as the clerk waits for it, in child processes on the shared station (offscreen Qt):

- the residents page, first rows painted: from building the page (its real model and search) to
  the table painted with its first rows (``grab()`` of the table's viewport after the rows
  arrived), vs a bare QTableView over the same first rows read with sqlite3 and painted the same
  way; paired runs, interleaved, in one child after the imports;
- GUI memory: the resident set of a child that opens the main window and every page, vs a child
  showing a bare QMainWindow.
"""

from __future__ import annotations

import json
import subprocess
import sys

from bench.harness import Bench, Row, child_env, compare

_SETUP = """
import json, os, sys, time
from desktop import paths
paths.set_data_dir(sys.argv[1])
import desktop.areas  # noqa: F401
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication
from desktop.accounts import login_user
from desktop.bootstrap import open_database
from desktop.gui import operations
from desktop.gui.app import application
from desktop.gui.context import AppContext
from desktop.gui.prefs import Prefs

app = application()
db = open_database()
actor = login_user(db, "admin", "demo1234")
prefs = QSettings(os.path.join(sys.argv[2], "prefs.ini"), QSettings.Format.IniFormat)
ctx = AppContext(db, actor, Prefs(prefs))

def settle():
    for _ in range(3):
        QApplication.processEvents()
        operations.pool().waitForDone(30000)
        QThreadPool.globalInstance().waitForDone(30000)
    QApplication.processEvents()
"""

PAGE = _SETUP + """
import sqlite3
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from desktop.gui.pages.residents import ResidentsPage

class Bare(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows
    def rowCount(self, parent=QModelIndex()):
        return len(self.rows)
    def columnCount(self, parent=QModelIndex()):
        return len(self.rows[0]) if self.rows else 0
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        return None

def caxa():
    t = time.perf_counter()
    page = ResidentsPage(ctx)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    deadline = t + 60
    while not (page.model.rowCount() and page.model.data(page.model.index(0, 0))):
        if time.perf_counter() > deadline:
            raise SystemExit("the residents page showed no rows within 60 s")
        QApplication.processEvents()
        operations.pool().waitForDone(10)
    page.table.viewport().grab()
    took = time.perf_counter() - t
    global shown
    shown = page.model.rowCount()
    page.close()
    page.deleteLater()
    settle()
    return took

def bare():
    t = time.perf_counter()
    conn = sqlite3.connect(paths.database_file())
    rows = conn.execute(
        "SELECT full_name, birth_year, sex, id_number, phone, village_id, household_id, status "
        "FROM person ORDER BY name_key, id LIMIT 200").fetchall()
    conn.close()
    view = QTableView()
    view.setModel(Bare(rows))
    view.resize(1366, 768)
    view.show()
    QApplication.processEvents()
    view.viewport().grab()
    took = time.perf_counter() - t
    view.close()
    view.deleteLater()
    settle()
    return took

runs = int(sys.argv[3])
caxa(); bare()
ours, theirs = [], []
for i in range(runs):
    pair = (bare, caxa) if i % 2 else (caxa, bare)
    for fn in pair:
        (ours if fn is caxa else theirs).append(fn())
print(json.dumps({"caxa": ours, "bare": theirs, "rows": shown}))
"""

MEMORY = _SETUP + """
from desktop.gui.main_window import MainWindow

def rss():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024

window = MainWindow(ctx)
window.resize(1366, 768)
window.show()
for entry in window.entries:
    window.show_page(entry.key)
    settle()
    window.grab()
now, peak = rss()
print(json.dumps({"rss": now, "peak": peak, "pages": len(window.entries)}))
"""

BARE_MEMORY = """
import json
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
window.grab()
fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
print(json.dumps({"rss": int(fields["VmRSS"].split()[0]) / 1024}))
"""


def _child(bench: Bench, code: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=child_env(), timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"child exit {done.returncode}: {done.stderr.strip()[-600:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def page(bench: Bench) -> list[Row]:
    import statistics

    result = _child(bench, PAGE, str(bench.station()), str(bench.tmp), str(bench.runs))
    caxa, bare = statistics.median(result["caxa"]), statistics.median(result["bare"])
    return [compare("residents page, first rows painted", caxa, bare, bare_what="bare QTableView",
                    max_value=0.3, note=f"{result['rows']:,} rows known to the page; bare: 200 rows "
                    "read with sqlite3, same order")]


def memory(bench: Bench) -> list[Row]:
    ours = _child(bench, MEMORY, str(bench.station()), str(bench.tmp))
    bare = _child(bench, BARE_MEMORY)
    return [compare("GUI memory, every page opened", ours["rss"], bare["rss"], unit="MB",
                    bare_what="bare QMainWindow", max_value=250,
                    note=f"resident set after {ours['pages']} pages; peak {ours['peak']:.0f} MB")]
