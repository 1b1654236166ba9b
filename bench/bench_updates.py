"""An import that updates stored persons (issue #15, never measured before): the 50,000-row workbook
of ``bench_residents`` imported into a copy of the shared station, then the same persons with a phone
number and an occupation filled in, then changed again (two workbooks in turn), every row updating a
stored person (their audit entries, search keys and data-quality issues kept as an edit keeps them),
vs python-calamine reading the same file, paired run by run. ``python -m bench updates``.
"""

from __future__ import annotations

import shutil
import statistics

from bench.harness import Bench, Row, compare


def rows(bench: Bench) -> list[Row]:
    import desktop.areas  # noqa: F401
    from bench import bench_residents
    from bench.adapters import _calamine
    from desktop import paths
    from desktop.db import Actor, Database

    n = min(bench_residents.N_IMPORT, bench.residents)
    folder = bench.tmp / "updates"
    shutil.copytree(bench.station(), folder)
    paths.set_data_dir(folder)
    plain = folder / "plain.xlsx"
    bench_residents._import_file(plain, n)
    changed = [folder / "changed-1.xlsx", folder / "changed-2.xlsx"]
    for variant, path in enumerate(changed, start=1):
        bench_residents._import_file(path, n, changed=variant)
    db = Database(f"sqlite:///{folder / 'caxa.sqlite3'}")
    actor = Actor.system()
    try:
        first, _ = bench_residents._timed_import(db, actor, plain)
        ours, bare, reports = [], [], []
        for run in range(max(2, min(bench.runs, 3))):
            path = changed[run % 2]
            bare.append(_calamine(path))
            report, took = bench_residents._timed_import(db, actor, path)
            ours.append(took)
            reports.append(report)
    finally:
        db.dispose()
    caxa, reader = statistics.median(ours), statistics.median(bare)
    median_run = reports[sorted(range(len(ours)), key=ours.__getitem__)[len(ours) // 2]]
    note = (f"{median_run.updated:,} persons updated per run (phone and occupation; {first.new:,} new at "
            f"the first import, not timed); phases (× the bare read): "
            f"{bench_residents._phases(median_run, reader)}")
    row = compare(f"import {n:,} rows updating stored persons", caxa, reader,
                  bare_what="python-calamine read", max_ratio=3, note=note)
    if row.met is False:
        row.note = f"{UPDATES_WHY}; {note}"
    return [row]


#: why an import of updates stays over 3× the reader (the row's note when it does)
UPDATES_WHY = ("why missed: as for new persons, every updated person keeps its own audit entry (its changes "
               "and the state hash of its row as stored, read back) and its search keys are folded again, in "
               "the import's own transaction")
