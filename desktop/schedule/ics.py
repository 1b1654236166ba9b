"""iCalendar (RFC 5545) export of events, for officers' phones.

Written by hand (the format is small): CRLF line ends, lines folded at 75 octets without
splitting a UTF-8 character, TEXT values escaped, times in Asia/Ho_Chi_Minh with its VTIMEZONE.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop import audit
from desktop.db import UnitOfWork
from desktop.errors import CaxaError, ValidationError
from desktop.schedule.events import list_events
from desktop.schedule.views import EventView
from desktop.settings import get_station
from desktop.text import fold, format_date

TZID = "Asia/Ho_Chi_Minh"
MAX_EXPORT_DAYS = 3 * 366
_STATUS = {"planned": "CONFIRMED", "done": "CONFIRMED", "cancelled": "CANCELLED"}


@dataclass(frozen=True)
class IcsResult:
    path: Path
    count: int
    message: str


def escape_text(value: str) -> str:
    """RFC 5545 §3.3.11: backslash, semicolon, comma and newlines."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


_UNITS = re.compile(r"\\.|.", re.DOTALL)


def fold_line(line: str) -> str:
    """Fold a content line into chunks of at most 75 octets (continuations start with one space)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    current = b""
    limit = 75
    for ch in _UNITS.findall(line):  # never split an escape such as "\\," across lines
        enc = ch.encode("utf-8")
        if len(current) + len(enc) > limit:
            parts.append(current.decode("utf-8"))
            current = b""
            limit = 74  # the leading space counts
        current += enc
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def _local(value: dt.datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def _vtimezone() -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{TZID}",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0700",
        "TZOFFSETTO:+0700",
        "TZNAME:ICT",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def _description(ev: EventView) -> str:
    lines = [ev.kind_text]
    if ev.topics:
        lines.append("Chủ đề: " + ev.topics_text)
    if ev.officer_names:
        lines.append("Cán bộ: " + ev.officers_text)
    if ev.partners:
        lines.append("Phối hợp: " + ev.partners)
    if ev.description:
        lines.append(ev.description)
    if ev.status == "cancelled" and ev.cancel_reason:
        lines.append("Đã hủy: " + ev.cancel_reason)
    return "\n".join(lines)


def build_calendar(
    events: Iterable[EventView], *, name: str, domain: str, stamp: dt.datetime | None = None
) -> str:
    """The whole .ics text (CRLF line ends)."""
    stamp = stamp or dt.datetime.now(dt.UTC)
    dtstamp = stamp.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//CAXA//Lich cong tac Cong an xa//VI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        f"X-WR-TIMEZONE:{TZID}",
        *_vtimezone(),
    ]
    for ev in events:
        location = ev.place_text
        lines += [
            "BEGIN:VEVENT",
            f"UID:event-{ev.id}@{domain}",
            f"DTSTAMP:{dtstamp}",
            f"DTSTART;TZID={TZID}:{_local(ev.starts_at)}",
            f"DTEND;TZID={TZID}:{_local(ev.ends_at)}",
            f"SUMMARY:{escape_text(ev.title)}",
            *([f"LOCATION:{escape_text(location)}"] if location else []),
            f"DESCRIPTION:{escape_text(_description(ev))}",
            f"CATEGORIES:{escape_text(ev.kind_text)}",
            f"STATUS:{_STATUS.get(ev.status, 'CONFIRMED')}",
            f"SEQUENCE:{max(ev.version - 1, 0)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def export_ics(uow: UnitOfWork, start: dt.date, end: dt.date, path: str | Path) -> IcsResult:
    """Write the events starting ``start``..``end`` to ``path`` (atomically) and log the export."""
    uow.require("read")
    if end < start:
        raise ValidationError("Đến ngày", "phải sau hoặc bằng ngày bắt đầu.")
    if (end - start).days > MAX_EXPORT_DAYS:
        raise ValidationError("Đến ngày", "chỉ xuất tối đa 3 năm một lần.")
    events = list_events(uow, start, end)
    station = get_station(uow)
    domain = (fold(station.commune_name).replace(" ", "-") or "caxa") + ".caxa.local"
    name = f"Lịch công tác {station.commune_name}".strip()
    text = build_calendar(events, name=name, domain=domain)
    target = Path(path)
    if target.suffix.lower() != ".ics":
        target = target.with_suffix(".ics")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".caxa-", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8"))
        os.replace(tmp, target)
    except OSError as exc:
        raise CaxaError(f"Không ghi được tệp {target}: {exc.strerror or exc}") from exc
    period = f"{format_date(start)}–{format_date(end)}"
    audit.record(
        uow, "export", "event", None, f"Xuất lịch công tác {period} ra tệp iCalendar ({len(events)} việc)"
    )
    if events:
        message = f"Đã xuất {len(events)} công việc ({period}) ra {target}."
    else:
        message = f"Không có công việc nào trong {period}; đã tạo tệp lịch trống {target}."
    return IcsResult(target, len(events), message)
