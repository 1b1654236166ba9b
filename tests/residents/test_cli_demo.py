"""`caxa demo --residents`, `caxa quality`, `caxa figures residents`, template/export/import from the CLI."""

from __future__ import annotations

import json
import sys
from io import StringIO
from pathlib import Path

import openpyxl
import pytest

from desktop import demo, paths
from desktop.cli import main
from desktop.db import Actor, Database
from desktop.residents import io, loans, quality, search


def run(capsys, *args):
    sys.stdin = StringIO("demo1234\n")  # the password of --user admin (restored by the fixture)
    code = main(["--data-dir", str(paths.data_dir()), "--user", "admin", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def demo_db(capsys, monkeypatch):
    monkeypatch.setattr(demo, "OPTIONS", {})
    monkeypatch.setattr(sys, "stdin", sys.stdin)
    code, out, err = run(capsys, "demo", "--residents", "400")
    assert code == 0, err
    db = Database("sqlite:///" + str(paths.database_file()))
    yield db
    db.dispose()


def test_demo_data_is_realistic(demo_db):
    with demo_db.uow(Actor.system()) as work:
        total = search.count(work, search.SearchFilter())
        assert 400 <= total < 420
        names = [r.full_name for r in search.search_page(work, search.SearchFilter(), limit=500).rows]
        assert any(n.startswith("Điểu ") for n in names)
        assert any(n.startswith("H'") for n in names) or any(n.startswith("Y ") for n in names)
        assert any(n.startswith("Nguyễn ") for n in names)
        assert loans.overdue(work)
        counts = quality.summary(work)
        assert counts["wrong_id"] > 0 and counts["birth_missing"] + counts["birth_partial"] > 0
    assert demo.OPTIONS == {"residents": 400}


def test_quality_figures_and_files(demo_db, capsys, tmp_path):
    code, out, _ = run(capsys, "quality", "--json")
    assert code == 0
    data = json.loads(out)
    with demo_db.uow(Actor.system()) as work:
        assert data == quality.summary(work)
    code, out, _ = run(capsys, "quality")
    assert "Chết chưa xóa thường trú" in out
    code, out, _ = run(capsys, "figures", "residents", "--from", "01/01/2000", "--to", "31/12/2100", "--json")
    assert code == 0
    figures = json.loads(out)["figures"]
    assert set(figures) == {
        "residents",
        "events",
        "files_arranged",
        "loans",
        "quality",
        "quality_open",
        "campaign",
    }
    assert figures["loans"]["lent"] == 14
    code, out, _ = run(capsys, "template", "residents", str(tmp_path / "mau.xlsx"))
    assert code == 0 and (tmp_path / "mau.xlsx").exists()
    code, out, _ = run(
        capsys,
        "export",
        "residents",
        str(tmp_path / "bu.xlsx"),
        "--village",
        "Bu Sir",
        "--status",
        "registered",
    )
    assert code == 0
    n = int(out.split()[2])
    rows = list(openpyxl.load_workbook(tmp_path / "bu.xlsx").active.values)
    assert len(rows) == n + 1 and all(r[11] == "bon Bu Sir" for r in rows[1:])
    code, _, err = run(capsys, "export", "residents", str(tmp_path / "x.xlsx"), "--village", "Không Có")
    assert code == 2 and "Không có thôn, bon" in err


def test_import_errors_exit_non_zero(demo_db, capsys, tmp_path):
    path = tmp_path / "bad.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = io.PERSON_SHEET
    ws.append([h for h, *_ in io.PERSON_COLUMNS])
    ws.append(["", "", "31/02/1990", "Nam"])
    wb.save(path)
    code, out, _ = run(capsys, "import", "residents", str(path), "--dry-run")
    assert code == 1
    assert "dòng 2, cột «Họ và tên»" in out and "dòng 2, cột «Ngày sinh»" in out


def _readme_rule_keys() -> list[str]:
    """The data-quality keys the README lists (its «Data-quality rules» paragraph)."""
    import re

    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    start = text.index("Data-quality rules (`caxa quality --json` keys)")
    paragraph = text[start : text.index("\n\n", start)]
    return re.findall(r"`([a-z0-9_]+)`", paragraph.split(":", 1)[1])


def test_export_by_every_problem_the_readme_lists(demo_db, capsys, tmp_path):
    keys = _readme_rule_keys()
    assert set(quality.RULES) | {"wrong_id"} == set(keys)
    with demo_db.uow(Actor.system()) as work:
        counts = quality.summary(work)
        expected = {
            key: sorted(
                p.full_name
                for p in search.search_page(work, search.SearchFilter(problem=key), limit=10_000).rows
            )
            for key in keys
        }
    for key in keys:
        out = tmp_path / f"{key}.xlsx"
        code, printed, err = run(capsys, "export", "residents", str(out), "--problem", key)
        assert code == 0, (key, err)
        rows = list(openpyxl.load_workbook(out, read_only=True)[io.PERSON_SHEET].iter_rows(min_row=2,
                                                                                         values_only=True))
        assert len(rows) == counts[key], key
        assert sorted(r[0] for r in rows) == expected[key], key
        assert f"Đã xuất {counts[key]} nhân khẩu" in printed
    assert counts["wrong_id"] == counts["id_format"] + counts["id_province"] + counts["id_mismatch"] > 0
    code, _, err = run(capsys, "export", "residents", str(tmp_path / "x.xlsx"), "--problem", "khong_co")
    assert code == 2 and "wrong_id" in err
