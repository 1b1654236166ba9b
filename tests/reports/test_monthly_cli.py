"""``caxa report monthly``: JSON with stable keys, the draft, issuing, a stored version, bad input."""

from __future__ import annotations

import json

import pytest

from desktop.reports.monthly import jsonio, service
from desktop.reports.monthly.cli import parse_month, write_atomic
from desktop.reports.monthly.model import Period
from tests.cli.helpers import caxa
from tests.reports import monthly_world
from tests.reports.monthly_world import OCT
from tests.reports.test_monthly_issue import _stand_in_modules

PW = "matkhau123\n"


@pytest.fixture
def world(db, admin, clerk, monkeypatch):
    _stand_in_modules(monkeypatch)
    return monthly_world.build(db, admin)


def _run(capsys, db, *args, user="canbo"):
    return caxa(capsys, "--db", db.url, "report", "monthly", *args, "--user", user, stdin=PW)


def test_json_prints_every_figure_with_stable_keys(db, admin, world, capsys):
    code, out, err = _run(capsys, db, "--month", "2026-10", "--json")
    assert code == 0, err
    data = json.loads(out)
    with db.uow(admin) as work:
        expected = jsonio.to_json(service.compose(work, Period(*OCT)))
    assert data == expected
    assert data["figures"]["schedule.patrols"]["value"] == 2
    assert data["figures"]["weapons.received.by_category.sung con tu che"]["value"] == 10
    assert data["period"] == {"from": "2026-10-01", "to": "2026-10-31"} and data["version"] is None


def test_text_output_draft_issue_and_a_stored_version(db, admin, world, capsys, tmp_path):
    code, out, err = _run(capsys, db, "--month", "10/2026")
    assert code == 0, err
    assert "Số buổi tuần tra, kiểm soát: 2 buổi; tháng trước 1; cùng kỳ 1; lũy kế 4" in out

    draft = tmp_path / "out" / "nhap.pdf"
    code, out, err = _run(capsys, db, "--month", "2026-10", "--pdf", str(draft))
    assert code == 0, err
    assert draft.read_bytes().startswith(b"%PDF")
    with db.uow(admin) as work:
        assert service.list_issued(work) == []

    pdf, xlsx = tmp_path / "bc.pdf", tmp_path / "bc.xlsx"
    code, out, err = _run(capsys, db, "--month", "2026-10", "--issue", "--pdf", str(pdf), "--xlsx", str(xlsx),
                          "--json")
    assert code == 0, err
    data = json.loads(out)
    with db.uow(admin) as work:
        (issued,) = service.list_issued(work)
    assert data["version"] == 1 and data["number"] == issued.number_label
    assert f"lần 1, số {issued.number_label}" in err

    again = tmp_path / "lai.pdf"
    code, out, err = _run(capsys, db, "--month", "2026-10", "--version", "1", "--pdf", str(again))
    assert code == 0, err
    assert again.read_bytes() == pdf.read_bytes()
    assert not list(tmp_path.glob(".*.tmp"))

    code, out, err = _run(capsys, db, "--month", "2026-10", "--version", "2", "--pdf", str(again))
    assert code == 2 and "lần 2" in err


def test_bad_input_and_permissions(db, admin, viewer, world, capsys):
    code, _out, err = _run(capsys, db, "--month", "2026-13", "--json")
    assert code == 2 and "--month" in err
    code, _out, err = _run(capsys, db, "--month", "2019-05", "--json")
    assert code == 2 and "Tháng báo cáo" in err
    code, _out, err = _run(capsys, db, "--month", "2026-10", "--json", user="xem")
    assert code == 2 and "cán bộ nhập liệu" in err
    code, _out, err = caxa(capsys, "--db", db.url, "report", "monthly", "--month", "2026-10", "--json")
    assert code == 2 and "--user" in err


def test_parse_month_and_atomic_write(tmp_path):
    assert parse_month("2026-11") == (2026, 11)
    assert parse_month("3/2026") == (2026, 3)
    with pytest.raises(Exception, match="--month"):
        parse_month("tháng 11")
    target = tmp_path / "a.bin"
    target.write_bytes(b"old")

    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    with pytest.raises(TypeError):
        write_atomic(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["a.bin"]
