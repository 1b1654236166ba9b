"""The person's page ("Hồ sơ nhân khẩu") as the clerk waits for it, in a child process on the shared
station (offscreen Qt): from building the dialog to its list of linked records painted (every area's
providers read off the GUI thread, ``grab()`` of the list's viewport once the rows arrived), for a
household head with a residence file, events and data problems — vs a bare QTableView over the same
kinds of rows read with sqlite3 (the person, their events, files, loans and open problems).

Then a person's save, edit and new, as the person form makes it (``save_rows``), vs sqlite3 writing the
same row, with the data-quality sync's share of the edit."""

from __future__ import annotations

import sqlite3
import statistics

from bench.bench_gui import _SETUP, _child
from bench.harness import Bench, Row, compare, median_pair

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
    page = compare("person's page with all its links, painted", caxa, bare, bare_what="bare QTableView",
                   max_value=0.2, goal="≤ 200 ms (#10)",
                   note=f"{result['rows']} linked records of a household head; bare: the same kinds "
                   "of rows read with sqlite3")
    return [page, *save_rows(bench)]


def save_rows(bench: Bench) -> list[Row]:
    """A person's save as the person form makes it (``service.update_person`` / ``add_person`` in a
    unit of work, committed) on a copy of the shared station, vs sqlite3 writing the same row and
    committing; the data-quality sync's share of the save (``quality.sync_issues`` for that person
    alone, timed in the same runs) and the statements it sends."""
    import shutil
    import time

    from sqlalchemy import event, select

    import desktop.areas  # noqa: F401
    from desktop import paths
    from desktop.db import Actor, Database
    from desktop.residents import quality, service
    from desktop.residents.models import Person

    folder = bench.tmp / "save"
    shutil.copytree(bench.station(), folder)
    paths.set_data_dir(folder)
    db = Database(f"sqlite:///{folder / 'caxa.sqlite3'}")
    actor = Actor.system()
    sent = [0]
    event.listen(db.engine, "before_cursor_execute", lambda *_a: sent.__setitem__(0, sent[0] + 1))
    try:
        with db.uow(actor) as work:
            pid, other = work.session.scalars(
                select(Person.id).where(Person.id_number != "", Person.struck_off_date.is_(None))
                .order_by(Person.id.desc()).limit(2)).all()
            view = service.get_person(work, pid)
        state = {"view": view, "i": 0}

        def edit() -> float:
            state["i"] += 1
            t = time.perf_counter()
            with db.uow(actor) as work:
                v = state["view"]
                state["view"] = service.update_person(
                    work, v.id, v.version, service.input_from_view(v, phone=f"09{state['i']:08d}"))
            return time.perf_counter() - t

        def add() -> float:
            state["i"] += 1
            data = service.PersonInput(f"Nguyễn Văn Thử {state['i']}", "Nam", "03/04/1990",
                                       village_id=view.village_id, household_id=view.household_id,
                                       relation="Con")
            t = time.perf_counter()
            with db.uow(actor) as work:
                service.add_person(work, data)
            return time.perf_counter() - t

        def sync() -> float:
            sent[0] = 0
            t = time.perf_counter()
            with db.uow(actor) as work:
                quality.sync_issues(work, person_ids=[pid])
            took = time.perf_counter() - t
            state["statements"] = sent[0]
            return took

        conn = sqlite3.connect(folder / "caxa.sqlite3")

        def bare_edit() -> float:
            state["i"] += 1
            t = time.perf_counter()
            conn.execute("UPDATE person SET phone = ?, version = version + 1 WHERE id = ?",
                         (f"09{state['i']:08d}", other))
            conn.commit()
            return time.perf_counter() - t

        def bare_add() -> float:
            state["i"] += 1
            t = time.perf_counter()
            conn.execute("INSERT INTO person (full_name, other_name, name_key, search_key, order_key, sex, "
                         "ethnic, religion, id_number, id_issue, phone, occupation, permanent_address, "
                         "temporary_address, relation, status, strike_ground, id_card_status, id_card_kind, "
                         "vneid_level, note, created_at, updated_at, version) VALUES (?, '', ?, ?, ?, 'M', "
                         "'Kinh', 'Không', '', 'missing', '', '', '', '', 'Con', 'living', '', 'none', '', "
                         "0, '', datetime('now'), datetime('now'), 1)",
                         (f"Bare {state['i']}", f"bare {state['i']}", f"bare {state['i']}", "bare"))
            conn.commit()
            return time.perf_counter() - t

        caxa_edit, bare_e = median_pair(edit, bare_edit, bench.runs)
        caxa_add, bare_a = median_pair(add, bare_add, bench.runs)
        synced = statistics.median(sync() for _ in range(max(3, bench.runs)))
        conn.close()
    finally:
        db.dispose()
    note = (f"the data-quality sync of that one person alone: {synced * 1000:.1f} ms "
            f"({synced / caxa_edit:.0%} of the edit), {state['statements']} statements; "
            "bare: sqlite3 writing the row and committing")
    return [
        compare("person's save (edit, as the person form saves)", caxa_edit, bare_e,
                bare_what="sqlite3 UPDATE + commit", note=note),
        compare("person's save (new person)", caxa_add, bare_a, bare_what="sqlite3 INSERT + commit",
                note="search key, audit entry and data-quality issues included"),
    ]
