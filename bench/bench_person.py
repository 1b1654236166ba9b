"""The person's page ("Hồ sơ nhân khẩu") as the clerk waits for it, in a child process on the shared
station (offscreen Qt): from building the dialog to its list of linked records painted (every area's
providers read off the GUI thread, ``grab()`` of the list's viewport once the rows arrived), for a
household head with a residence file, events and data problems — vs a bare QTableView over the same
kinds of rows read with sqlite3 (the person, their events, files, loans and open problems)."""

from __future__ import annotations

import statistics

from bench.bench_gui import _SETUP, _child
from bench.harness import Bench, Row, compare

PAGE = _SETUP + """
import sqlite3
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from desktop.gui.dialogs.record_page import PersonPageDialog

conn = sqlite3.connect(paths.database_file())
person_id = conn.execute(
    "SELECT p.id FROM person p JOIN residence_file f ON f.household_id = p.household_id "
    "WHERE p.relation = 'Chủ hộ' AND p.struck_off_date IS NULL "
    "AND EXISTS (SELECT 1 FROM residence_event e WHERE e.person_id = p.id) "
    "AND EXISTS (SELECT 1 FROM quality_issue q WHERE q.person_id = p.id) LIMIT 1").fetchone()[0]
conn.close()

class Bare(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows
    def rowCount(self, parent=QModelIndex()):
        return len(self.rows)
    def columnCount(self, parent=QModelIndex()):
        return 3
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        return None

def caxa():
    t = time.perf_counter()
    dialog = PersonPageDialog(ctx, person_id)
    dialog.resize(960, 560)
    dialog.show()
    deadline = t + 60
    while not dialog.records.model.rowCount():
        if time.perf_counter() > deadline:
            raise SystemExit("the person's page showed no records within 60 s")
        QApplication.processEvents()
        operations.pool().waitForDone(5)
    dialog.records.table.viewport().grab()
    took = time.perf_counter() - t
    global shown
    shown = dialog.records.model.rowCount()
    dialog.close()
    dialog.deleteLater()
    settle()
    return took

def bare():
    t = time.perf_counter()
    conn = sqlite3.connect(paths.database_file())
    household = conn.execute("SELECT household_id FROM person WHERE id = ?", (person_id,)).fetchone()[0]
    rows = conn.execute("SELECT 'event', event_date, kind FROM residence_event WHERE person_id = ?",
                        (person_id,)).fetchall()
    files = conn.execute("SELECT 'file', id, number FROM residence_file WHERE person_id = ? "
                         "OR household_id = ?", (person_id, household)).fetchall()
    rows += files
    for _kind, file_id, _number in files:
        rows += conn.execute("SELECT 'loan', out_date, borrower FROM file_loan WHERE file_id = ?",
                             (file_id,)).fetchall()
    rows += conn.execute("SELECT 'problem', found_on, rule FROM quality_issue WHERE person_id = ? "
                         "AND cleared_on IS NULL", (person_id,)).fetchall()
    conn.close()
    view = QTableView()
    view.setModel(Bare(rows))
    view.resize(960, 400)
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


def rows(bench: Bench) -> list[Row]:
    result = _child(bench, PAGE, str(bench.station()), str(bench.tmp), str(bench.runs))
    caxa, bare = statistics.median(result["caxa"]), statistics.median(result["bare"])
    return [compare("person's page with all its links, painted", caxa, bare, bare_what="bare QTableView",
                    max_value=0.2, goal="≤ 200 ms (#10)",
                    note=f"{result['rows']} linked records of a household head; bare: the same kinds "
                    "of rows read with sqlite3")]
