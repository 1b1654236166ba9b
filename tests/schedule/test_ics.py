import datetime as dt
import re

import pytest

from desktop.audit import AuditFilter, list_entries
from desktop.errors import ValidationError
from desktop.schedule import events as ev
from desktop.schedule.ics import build_calendar, escape_text, export_ics, fold_line
from tests.schedule.conftest import at, event


def parse(data: bytes) -> list[dict[str, tuple[str, str]]]:
    """A small RFC 5545 reader: check line ends and lengths, unfold, split components and unescape."""
    text = data.decode("utf-8")
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    assert all("\n" not in line and "\r" not in line for line in physical)
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    unfolded = text.replace("\r\n ", "").split("\r\n")[:-1]
    assert unfolded[0] == "BEGIN:VCALENDAR" and unfolded[-1] == "END:VCALENDAR"
    events, current = [], None
    for line in unfolded:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            head, value = line.split(":", 1)
            name, _, params = head.partition(";")
            value = re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)
            current[name] = (params, value)
    return events


def test_escape_and_fold():
    assert escape_text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"
    line = "SUMMARY:" + "Tuần tra, kiểm soát; " * 10
    folded = fold_line(escape_text(line))
    for part in folded.split("\r\n "):
        assert len(part.encode("utf-8")) <= 75
        part.encode("utf-8").decode("utf-8")  # no character cut in half
        assert not part.endswith("\\") or part.endswith("\\\\")  # no escape split across lines
    assert folded.replace("\r\n ", "") == escape_text(line)


def test_export_parses_back(db, admin, base, tmp_path):
    title = "Tuần tra; kiểm soát, đêm \\ khu chợ — một tiêu đề rất dài để phải gấp dòng nhiều lần ở đây"
    with db.uow(admin) as work:
        a = ev.create_event(
            work, event("patrol", at(2025, 3, 4, 20), 3, (base.a,), (base.v1,), title, place="Chợ Đắk Nia")
        ).event
        b = ev.create_event(
            work, event("village_meeting", at(2025, 3, 6, 19), 2, (base.b,), topics=("fraud",))
        ).event
        c = ev.create_event(work, event("patrol", at(2025, 3, 7, 20), 3)).event
        ev.cancel_event(work, c.id, c.version, "Mưa lớn")
        ev.create_event(work, event("patrol", at(2025, 3, 11, 20)))  # outside the week
        result = export_ics(work, dt.date(2025, 3, 3), dt.date(2025, 3, 9), tmp_path / "tuan")
    assert result.count == 3 and result.path.name == "tuan.ics"
    parsed = parse(result.path.read_bytes())
    assert len(parsed) == 3
    first = parsed[0]
    assert first["SUMMARY"][1] == title
    assert first["DTSTART"] == ("TZID=Asia/Ho_Chi_Minh", "20250304T200000")
    assert first["DTEND"] == ("TZID=Asia/Ho_Chi_Minh", "20250304T230000")
    assert first["LOCATION"][1] == "Chợ Đắk Nia, thôn Nia Đơn"
    assert "Cán bộ: Thiếu tá Y Đức Niê" in first["DESCRIPTION"][1].split("\n")
    assert first["UID"][1] == f"event-{a.id}@xa-dak-nia.caxa.local"
    assert re.fullmatch(r"\d{8}T\d{6}Z", first["DTSTAMP"][1])
    assert parsed[1]["UID"][1] == f"event-{b.id}@xa-dak-nia.caxa.local"
    assert "Chủ đề: Phòng, chống lừa đảo" in parsed[1]["DESCRIPTION"][1]
    assert parsed[2]["STATUS"][1] == "CANCELLED"
    text = result.path.read_text(encoding="utf-8")
    assert "BEGIN:VTIMEZONE" in text and "TZOFFSETTO:+0700" in text
    with db.uow(admin) as work:
        assert any(
            e.action == "export" and "iCalendar" in e.summary for e in list_entries(work, AuditFilter())
        )


def test_empty_week_gives_a_valid_empty_calendar(db, admin, base, tmp_path):
    with db.uow(admin) as work:
        result = export_ics(work, dt.date(2025, 3, 3), dt.date(2025, 3, 9), tmp_path / "trong.ics")
    assert result.count == 0 and "Không có công việc nào" in result.message
    assert parse(result.path.read_bytes()) == []
    with pytest.raises(ValidationError), db.uow(admin) as work:
        export_ics(work, dt.date(2025, 3, 9), dt.date(2025, 3, 3), tmp_path / "x.ics")


def test_build_calendar_is_stable():
    out = build_calendar([], name="Lịch", domain="x.caxa.local", stamp=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    assert out.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
