"""`make bench` cannot rot: the harness runs a few rows on the session's small demo station, writes
its results table, and reads the figures the printing benchmark modules print. No timing is judged."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from bench import __main__ as bench_main
from bench import adapters, harness
from bench.harness import Row, compare, median_pair


def test_compare_judges_ratio_and_absolute_goals() -> None:
    assert compare("a", 3.0, 1.0, max_ratio=3).met is True
    assert compare("a", 3.1, 1.0, max_ratio=3).met is False
    assert compare("a", 0.2, None, max_value=0.3).met is True
    assert compare("a", 0.2, 0.01, max_value=0.15).met is False
    both = compare("a", 0.2, 0.1, max_ratio=3, max_value=0.15)
    assert both.met is False and both.goal == "≤ 3× and ≤ 150 ms"
    row = compare("memory", 199.4, 57.0, unit="MB", bare_what="bare", max_value=250)
    assert row.cells()[:6] == ["memory", "199 MB", "bare 57 MB", "3.50×", "≤ 250 MB", "met"]
    assert Row("x", skipped="no server").cells()[5:] == ["skipped", "no server"]


def test_paired_runs_interleave_after_a_warm_up() -> None:
    calls: list[str] = []
    figures = iter(range(100))

    def caxa() -> float:
        calls.append("c")
        return float(next(figures))

    def bare() -> float:
        calls.append("b")
        return 1.0

    ours, theirs = median_pair(caxa, bare, 3)
    assert calls == ["b", "c", "c", "b", "b", "c", "c", "b"]
    assert (ours, theirs) == (2.0, 1.0)


MAIN_IMPORT = ("import 50,000 rows from xlsx (check + write + quality sync): 14.2 s (target < 20 s; "
               "50,000 new, 0 updated; 3,521 rows/s)\n")
NEW_IMPORT = ("import 50,000 rows from xlsx on sqlite (guard + read + check + write + audit + quality sync): "
              "3.1 s (50,000 new, 0 updated); check only (dry run) 1.2 s; bare python-calamine read of the "
              "same file 0.85 s; ratio 3.6x (goal ≤ 3x), dry run 1.4x\n")
MAIN_EXPORT = ("export 200,000 rows × 26 columns: 61.0 s (query + format + write); raw openpyxl "
               "write-only on the same cells 50.2 s; ratio 1.22x (target ≤ 1.5x)\n")
NEW_EXPORT = ("export 200,000 rows × 26 columns on sqlite: 35.0 s (query + format + write + drop-downs); "
              "bare xlsxwriter constant_memory write of the same cells 33.0 s; ratio 1.06x (goal ≤ 1.2x)\n")


@pytest.mark.parametrize(("printed", "figures"), [
    (MAIN_IMPORT, (50000, 14.2, None)), (NEW_IMPORT, (50000, 3.1, 0.85)),
])
def test_adapter_reads_both_import_reports(printed: str, figures: tuple) -> None:
    n = adapters._number(r"import ([\d,]+) rows", printed)
    ours = adapters._number(r"import [^:]*: ([\d.]+) s", printed)
    bare = adapters._number(r"python-calamine read of the same file ([\d.]+) s", printed)
    assert (n, ours, bare) == figures


@pytest.mark.parametrize(("printed", "figures"), [
    (MAIN_EXPORT, (200000, 61.0, 50.2)), (NEW_EXPORT, (200000, 35.0, 33.0)),
])
def test_adapter_reads_both_export_reports(printed: str, figures: tuple) -> None:
    n = adapters._number(r"export ([\d,]+) rows", printed)
    ours = adapters._number(r"export [^:]*: ([\d.]+) s", printed)
    bare = adapters._number(r"the same cells ([\d.]+) s", printed)
    assert (n, ours, bare) == figures


def test_every_row_of_the_issue_has_a_group() -> None:
    names = [g for g, _ in bench_main.groups()]
    assert set(bench_main.ORDER) <= set(names)
    assert bench_main.run(["no-such-row"]) == 2


def test_harness_runs_rows_and_writes_the_table(demo_template, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    station = tmp_path / "station"
    shutil.copytree(demo_template.data, station) if demo_template.data.exists() else station.mkdir()
    shutil.copyfile(demo_template.database, station / "caxa.sqlite3")
    out = tmp_path / "results.md"
    monkeypatch.setenv("CAXA_BENCH_QUICK", "1")
    monkeypatch.setenv("CAXA_BENCH_STATION", str(station))
    monkeypatch.setenv("CAXA_BENCH_OUT", str(out))

    assert bench_main.run(["version", "figures"]) == 0

    text = out.read_text(encoding="utf-8")
    assert "| work | CAXA | bare | ratio | goal |" in text
    assert "- machine: " in text and "SQLite " in text and "PySide6 " in text
    rows = [line for line in text.splitlines() if line.startswith("| `caxa --version`")]
    assert len(rows) == 1 and "`python -c pass`" in rows[0] and "≤ 150 ms" in rows[0]
    figures = [line for line in text.splitlines() if line.startswith("| the four areas' month figures")]
    assert len(figures) == 1 and "skipped" not in figures[0] and "residents" in figures[0]


def _search_line(kind: str, p95: float, b95: float) -> str:  # as bench_search.bench_search prints it
    return (f"  {kind:10} n={72:3}  p50 {p95 / 2:6.1f} ms  p95 {p95:6.1f} ms | bare p50 {b95 / 2:6.1f} ms "
            f"p95 {b95:6.1f} ms | ratio p95 {p95 / b95:5.2f}x (goal ≤ 30 ms, ≤ 2x): met")


def test_adapter_reads_search_kinds_and_judges_every_one() -> None:
    printed = "search on SQLite, first page …:\n" + "\n".join([
        _search_line("substring", 12.5, 8.0), _search_line("prefix", 3.0, 2.0),
        _search_line("whole ID", 0.9, 0.3), _search_line("partial ID", 14.0, 9.0),
    ]) + "\n  every kind p95 ≤ 14.0 ms\n"
    row = adapters._search_row("search", printed, "here")
    assert (row.caxa, row.bare, row.met) == (0.014, 0.009, True)
    assert "slowest kind: partial ID" in row.note and "whole ID 0.9 ms (bare 0.3)" in row.note
    slow = adapters._search_row("search", printed + _search_line("phone", 31.0, 20.0), "here")
    assert (slow.caxa, slow.met) == (0.031, False)
    twice = adapters._search_row("search", _search_line("prefix", 5.0, 2.0), "here")
    assert twice.met is False and twice.note.startswith("missed by: prefix")  # 2.5× its bare query
    assert adapters._search_row("pg", _search_line("prefix", 5.0, 2.0), "here", ratio_goal=False).met


def test_search_rows_say_why_while_bench_search_is_absent(monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    monkeypatch.setitem(sys.modules, "bench.bench_search", None)  # as on a branch without the module
    bench = harness.Bench(tmp=tmp_path)
    rows = adapters.search(bench)
    assert [r.what for r in rows] == ["search on SQLite, as the residents page runs it",
                                      "search on PostgreSQL, first page, every query kind"]
    assert all("bench_search.py" in r.skipped for r in rows)


def test_the_register_row_imports_a_register_with_flagged_ids(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    out = tmp_path / "results.md"
    monkeypatch.setenv("CAXA_BENCH_QUICK", "1")
    monkeypatch.setenv("CAXA_BENCH_REGISTER", "400")
    monkeypatch.setenv("CAXA_BENCH_OUT", str(out))
    monkeypatch.setattr(harness.Bench, "station", lambda self: tmp_path / "unused")
    import bench.bench_residents as residents

    monkeypatch.setattr(residents, "N_REGISTER", 400)
    assert bench_main.run(["register"]) == 0
    rows = [line for line in out.read_text(encoding="utf-8").splitlines() if "-person register" in line]
    # 110 in 4,000: 11 of 400 planted, and every one kept and flagged by the import
    assert len(rows) == 1 and "400-person register (11 flagged IDs)" in rows[0]
    assert "python-calamine" in rows[0]


def test_the_report_rows_run_on_the_demo_station(demo_template, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    station = tmp_path / "station"
    shutil.copytree(demo_template.data, station) if demo_template.data.exists() else station.mkdir()
    shutil.copyfile(demo_template.database, station / "caxa.sqlite3")
    monkeypatch.setenv("CAXA_BENCH_QUICK", "1")
    monkeypatch.setenv("CAXA_BENCH_STATION", str(station))
    monkeypatch.setenv("CAXA_BENCH_OUT", str(tmp_path / "results.md"))

    assert bench_main.run(["report"]) == 0

    lines = (tmp_path / "results.md").read_text(encoding="utf-8").splitlines()
    rows = {what: next((line for line in lines if line.startswith(f"| {what}")), "")
            for what in ("the month's report figures", "the month's report PDF and workbook",
                         "the dashboard (`dashboard.overview`)")}
    assert all(line and "skipped" not in line for line in rows.values()), rows
    assert "reportlab + xlsxwriter" in rows["the month's report PDF and workbook"]
    assert "events over" in rows["the month's report figures"]
