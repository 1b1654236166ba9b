"""The demo season and the CLI commands, end to end on the default SQLite database of the test data folder."""

import datetime as dt
import io
import json

from desktop.cli import main


def _round() -> tuple[dt.date, dt.date]:
    today = dt.date.today()
    year, month = (today.year, today.month - 2) if today.month > 2 else (today.year - 1, today.month + 10)
    start = dt.date(year, month, 1)
    end = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return start, end


def test_demo_season_figures_and_exports(tmp_path, capsys, monkeypatch):
    assert main(["demo"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("demo1234\n" * 10))  # the password of --user admin
    start, end = _round()
    capsys.readouterr()
    assert main(["figures", "schedule", "--from", start.isoformat(), "--to", end.isoformat(), "--json"]) == 0
    f = json.loads(capsys.readouterr().out)["figures"]
    assert f["patrols"] == 22 and f["campaigns"] == 6
    assert f["village_meetings"]["count"] == 20 and f["forums"]["count"] == 1 and f["forums"]["largest"] > 300
    assert f["incidents"]["by_kind"]["fight"] == 5 and f["incidents"]["by_cause"]["alcohol"] == 5
    assert f["incidents"]["by_handling"]["mediation"] == 6  # 5 fights + the security demo's dispute
    assert f["hotspots"]["found"] == 2
    assert {o["kind"] for o in f["officers"]} == {"station", "reinforcement"}

    monday = dt.date.today() + dt.timedelta(days=7 - dt.date.today().weekday())
    sunday = monday + dt.timedelta(days=6)
    ics = tmp_path / "tuan.ics"
    assert (
        main(
            [
                "--user",
                "admin",
                "export",
                "events",
                "--ics",
                str(ics),
                "--from",
                monday.strftime("%d/%m/%Y"),
                "--to",
                sunday.strftime("%d/%m/%Y"),
            ]
        )
        == 0
    )
    assert "Đã xuất" in capsys.readouterr().out
    assert ics.read_bytes().count(b"BEGIN:VEVENT") >= 4  # two patrols, a meeting, an outreach, a campaign
    lich = str(tmp_path / "lich.pdf")
    assert main(["--user", "admin", "export", "roster", "--week", monday.isoformat(), "--pdf", lich]) == 0
    assert (tmp_path / "lich.pdf").read_bytes().startswith(b"%PDF")
    assert (
        main(
            [
                "--user",
                "admin",
                "export",
                "reinforcement",
                "--from",
                start.isoformat(),
                "--to",
                end.isoformat(),
                "--pdf",
                str(tmp_path / "bc.pdf"),
            ]
        )
        == 0
    )
    assert (tmp_path / "bc.pdf").stat().st_size > 1000
    assert main(["--user", "admin", "export", "events", "--ics", str(ics), "--from", "09/03/2025",
                 "--to", "03/03/2025"]) == 2
    assert "--to" in capsys.readouterr().err
