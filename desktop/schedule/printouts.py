"""Printouts in the official layout: the weekly duty roster and the reinforcement round summary."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop import audit
from desktop.db import UnitOfWork, now
from desktop.register.issuing import numbered
from desktop.reports.phrases import mid_sentence
from desktop.schedule.codes import EVENT_KINDS, WEEKDAYS
from desktop.schedule.events import list_events
from desktop.schedule.rounds import round_summary
from desktop.settings import get_station
from desktop.text import format_date

_UNIT_WORDS = ("tỉnh", "thành", "xã", "phường", "đặc", "thị", "huyện", "quận")


def body_name(text: str) -> str:
    """ "CÔNG AN TỈNH LÂM ĐỒNG" → "Công an tỉnh Lâm Đồng" (for running text)."""
    words = text.lower().split()
    for i, w in enumerate(words):
        if w in _UNIT_WORDS:
            head = " ".join(
                words[: i + 1]
                + (["phố"] if w == "thành" and i + 1 < len(words) and words[i + 1] == "phố" else [])
            )
            rest = words[i + 1 + (1 if head.endswith("thành phố") else 0) :]
            name = " ".join(r[:1].upper() + r[1:] for r in rest)
            return (head[:1].upper() + head[1:] + (" " + name if name else "")).strip()
    return " ".join(words)[:1].upper() + " ".join(words)[1:]


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the week containing ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def roster_rows(uow: UnitOfWork, day: dt.date) -> list[tuple[str, str, str, str, str]]:
    """One row per event of the week (cancelled ones left out); a day without events gets one empty row."""
    monday, sunday = week_of(day)
    events = [e for e in list_events(uow, monday, sunday) if e.status != "cancelled"]
    rows = []
    for i in range(7):
        d = monday + dt.timedelta(days=i)
        label = f"{WEEKDAYS[i]}\n{format_date(d)}"
        todays = [e for e in events if e.starts_at.date() == d]
        if not todays:
            rows.append((label, "", "Trực ban tại trụ sở", "", ""))
            continue
        for j, e in enumerate(todays):
            work = e.title if e.title != e.kind_text else e.kind_text
            if e.topics:
                work += f" ({e.topics_text})"
            place = e.place_text
            people = e.officers_text
            if e.partners:
                people += ("\n" if people else "") + "Phối hợp: " + e.partners
            rows.append((label if j == 0 else "", e.time_text, work, place, people))
    return rows


NOT_SET = "(chưa phân công)"


def duty_rows(duty: list[Any]) -> list[tuple[str, str, str]]:
    """One row per day: "Thứ Hai\n03/03/2025", the duty leader, the duty officer."""
    return [
        (f"{WEEKDAYS[d.day.weekday()]}\n{format_date(d.day)}", d.leader_label or NOT_SET,
         d.officer_label or NOT_SET)
        for d in duty
    ]


def duty_table(duty: list[Any]) -> Any:
    from desktop.reports.official import Table

    return Table(
        header=(("Thứ, ngày", "Lãnh đạo trực ban", "Cán bộ trực ban"),),
        rows=tuple(duty_rows(duty)),
        col_widths=(3.0, 6.4, 6.4),
        font_size=11,
        align=("center", "left", "left"),
    )


def duty_roster(uow: UnitOfWork, day: dt.date) -> Any:
    """The Document of the week's duty roster (lịch công tác tuần): the week's work, then who is on duty
    each day (the duty leader and the duty officer, "chưa phân công" where none is set); logs the print."""
    from desktop.reports.official import Document, Heading, Table
    from desktop.staff.duty import week_duty

    uow.require("read")
    station = get_station(uow)
    monday, sunday = week_of(day)
    rows = roster_rows(uow, day)
    table = Table(
        header=(("Thứ, ngày", "Thời gian", "Nội dung công việc", "Địa điểm", "Cán bộ phụ trách"),),
        rows=tuple(rows),
        col_widths=(2.1, 2.0, 4.4, 3.3, 4.0),
        font_size=10,
        align=("center", "center", "left", "left", "left"),
    )
    doc = Document(
        letterhead=station.letterhead(),
        kind_code="LCT",
        title="LỊCH CÔNG TÁC TUẦN",
        subject=f"Từ ngày {format_date(monday)} đến ngày {format_date(sunday)}",
        doc_date=now().date(),
        body=(Heading("I. LỊCH CÔNG TÁC"), table, Heading("II. LỊCH TRỰC BAN"),
              duty_table(week_duty(uow, day))),
        recipients=(f"Lãnh đạo {station.unit_label}", f"Cán bộ, chiến sĩ {station.unit_label}", "Lưu: VT"),
        signer=station.signer(),
    )
    audit.record(
        uow, "print", "event", None, f"In lịch công tác tuần {format_date(monday)}–{format_date(sunday)}"
    )
    return numbered(uow, doc, "schedule.roster", key=monday.isoformat())


def round_report(uow: UnitOfWork, start: dt.date, end: dt.date) -> Any:
    """The reinforcement round summary report (báo cáo kết quả cán bộ tăng cường); logs the print."""
    from desktop.reports.official import Document, Heading, Paragraph, Table

    uow.require("read")
    station = get_station(uow)
    summary = round_summary(uow, start, end)
    units = sorted({a.home_unit for a in summary.assignments})
    decisions = sorted(
        {
            f"số {a.decision_number}" + (f" ngày {format_date(a.decision_date)}" if a.decision_date else "")
            for a in summary.assignments
            if a.decision_number
        }
    )
    villages = sorted({v for a in summary.assignments for v in a.village_names})
    intro = (
        f"Thực hiện {'Quyết định ' + ', '.join(decisions) if decisions else 'kế hoạch'} của "
        f"{body_name(station.parent_body) if station.parent_body else 'cấp trên'}, "
        f"{len(summary.officers)} đồng chí cán bộ thuộc {', '.join(units)} được tăng cường về "
        f"{body_name(station.issuing_body) if station.issuing_body else station.unit_label}"
        + (f", phụ trách địa bàn {', '.join(villages)}" if villages else "")
        + "."
    )
    kinds = ("patrol", "village_meeting", "outreach", "campaign")
    header = (
        "TT",
        "Họ tên, cấp bậc",
        "Đơn vị, địa bàn",
        "Tuần tra",
        "Họp thôn, bon",
        "Tuyên truyền",
        "Ra quân",
        "Việc khác",
        "Tổng",
    )
    rows = []
    for i, o in enumerate(summary.officers, start=1):
        other = o.events - sum(o.by_kind[k] for k in kinds)
        place = o.home_unit + (f"\n{o.villages}" if o.villages else "")
        rows.append((str(i), o.label, place, *(str(o.by_kind[k]) for k in kinds), str(other), str(o.events)))
    # the "Cộng" row adds up the rows above it: turns of duty (lượt), an event two officers attended
    # counting twice; the number of distinct events is said in words under the table
    sums = [sum(int(r[c]) for r in rows) for c in range(3, len(header))]
    rows.append(("", "Cộng (lượt tham gia)", "", *(str(n) for n in sums)))
    t = summary.totals["by_kind"]
    distinct = summary.totals["events"]
    by_kind_words = "; ".join(f"{mid_sentence(EVENT_KINDS[k])}: {t[k]}" for k in EVENT_KINDS if t.get(k))
    note = (
        "Dòng «Cộng» là tổng số lượt tham gia của các đồng chí (một buổi có nhiều đồng chí cùng tham gia "
        f"thì mỗi đồng chí tính một lượt); số buổi công việc khác nhau có cán bộ tăng cường tham gia là "
        f"{distinct}" + (f" ({by_kind_words})." if by_kind_words else ".")
    )
    body: list[Any] = [
        Heading("I. TÌNH HÌNH CHUNG"),
        Paragraph(intro),
        Heading("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"),
        Paragraph(summary.paragraph()),
        Paragraph("Kết quả của từng đồng chí (số buổi đã thực hiện, theo lịch công tác):"),
        Table(
            header=(header,),
            rows=tuple(rows),
            col_widths=(0.8, 3.2, 3.4, 1.3, 1.3, 1.5, 1.2, 1.2, 1.1),
            align=("center", "left", "left", "center", "center", "center", "center", "center", "center"),
            font_size=10,
        ),
        Paragraph(note),
    ]
    if summary.awards:
        body.append(Heading("III. KHEN THƯỞNG"))
        for a in summary.awards:
            dec = f" (Quyết định số {a.decision_number})" if a.decision_number else ""
            reason = f" vì {mid_sentence(a.reason).rstrip('.')}" if a.reason else ""
            body.append(
                Paragraph(
                    f"Đồng chí {a.officer_name} được {a.issued_by} tặng {mid_sentence(a.title)}"
                    f"{dec} ngày {format_date(a.award_date)}{reason}."
                )
            )
    doc = Document(
        letterhead=station.letterhead(),
        kind_code="BC",
        title="BÁO CÁO",
        subject=(
            f"Kết quả thực hiện nhiệm vụ của cán bộ tăng cường về {station.unit_label} "
            f"từ ngày {format_date(start)} đến ngày {format_date(end)}"
        ),
        doc_date=now().date(),
        body=tuple(body),
        addressees=(body_name(station.parent_body),) if station.parent_body else (),
        recipients=(body_name(station.parent_body) if station.parent_body else "Cấp trên", "Lưu: VT"),
        signer=station.signer(),
    )
    audit.record(
        uow,
        "print",
        "reinforcement_assignment",
        None,
        f"In báo cáo kết quả cán bộ tăng cường {format_date(start)}–{format_date(end)}",
    )
    return numbered(uow, doc, "staff.round_report", key=f"{start}..{end}")


__all__ = ["EVENT_KINDS", "duty_roster", "round_report", "roster_rows", "week_of"]
