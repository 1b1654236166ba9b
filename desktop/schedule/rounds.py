"""Reinforcement round summary: what each officer on reinforcement took part in, and the totals."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.schedule.codes import EVENT_KINDS, HANDLINGS, INCIDENT_CAUSES, INCIDENT_KINDS
from desktop.schedule.figures import _bounds, schedule_figures
from desktop.schedule.models import Event, Incident, event_officer
from desktop.settings import get_station
from desktop.staff.assignments import AssignmentView, AwardView, list_assignments, list_awards
from desktop.text import format_date, format_int


@dataclass(frozen=True)
class RoundOfficer:
    officer_id: int
    label: str
    home_unit: str
    villages: str
    period: str
    by_kind: dict[str, int]
    events: int


@dataclass(frozen=True)
class RoundSummary:
    start: dt.date
    end: dt.date
    officers: tuple[RoundOfficer, ...]
    assignments: tuple[AssignmentView, ...]
    awards: tuple[AwardView, ...]
    totals: dict[str, Any]  # done events with a round officer inside their assignment: by kind, attendance
    commune: dict[str, Any]  # the commune's figures for the period (incidents, hotspots …)

    @property
    def duration_text(self) -> str:
        days = (self.end - self.start).days + 1
        months = round(days / 30.4)
        return f"{months} tháng" if months >= 1 and abs(days - months * 30.4) <= 5 else f"{days} ngày"

    def paragraph(self) -> str:
        """The "Qua 3 tháng thực hiện nhiệm vụ…" paragraph, every figure from the records."""
        k = self.totals["by_kind"]
        att = self.totals["attendance_by_kind"]
        parts: list[str] = []
        if k["patrol"]:
            parts.append(f"tham gia {k['patrol']} buổi tuần tra, kiểm soát")
        if k["campaign"]:
            parts.append(f"{k['campaign']} đợt ra quân")
        if k["village_meeting"]:
            parts.append(
                f"dự {k['village_meeting']} cuộc họp thôn, bon"
                + (
                    f" với {format_int(att['village_meeting'])} lượt người dân"
                    if att["village_meeting"]
                    else ""
                )
            )
        if k["outreach"]:
            parts.append(
                f"{k['outreach']} buổi tuyên truyền"
                + (f" cho {format_int(att['outreach'])} lượt người" if att["outreach"] else "")
            )
        for kind, noun in (("forum", "diễn đàn"), ("festival", "ngày hội")):
            if k[kind]:
                parts.append(
                    f"{k[kind]} {noun}" + (f" với {format_int(att[kind])} người tham dự" if att[kind] else "")
                )
        if k["support"]:
            parts.append(f"{k['support']} lần hỗ trợ nhân dân")
        hotspots = self.commune["hotspots"]["found"]
        if hotspots:
            parts.append(f"phát hiện, báo cáo {hotspots} điểm nguy cơ mất an toàn giao thông")
        incidents = self.incident_clause()
        if incidents:
            parts.append(incidents)
        names = "các đồng chí cán bộ tăng cường" if len(self.officers) != 1 else "đồng chí cán bộ tăng cường"
        head = (
            f"Qua {self.duration_text} thực hiện nhiệm vụ (từ ngày {format_date(self.start)} đến ngày "
            f"{format_date(self.end)}), {names} đã cùng {self.commune.get('unit', 'Công an xã')} "
        )
        if not parts:
            return (
                head + "thực hiện nhiệm vụ; chưa có công việc nào được ghi nhận kết quả trong thời gian này."
            )
        return head + "; ".join(parts) + "."

    def incident_clause(self) -> str:
        groups: Counter = Counter()
        for (kind, cause, handling), n in self.commune["incident_groups"].items():
            if handling != "pending":
                groups[(kind, cause, handling)] += n
        if not groups:
            return ""
        items = []
        for (kind, cause, handling), n in groups.most_common():
            text = f"{n} vụ {INCIDENT_KINDS[kind].lower()}"
            if cause not in ("unknown", "other"):
                text += f" do {INCIDENT_CAUSES[cause].lower()}"
            text += f" ({HANDLINGS[handling].lower()})"
            items.append(text)
        total = sum(groups.values())
        return f"giải quyết {total} vụ việc về an ninh, trật tự: " + ", ".join(items)


def _events_within(uow: UnitOfWork, officer_id: int, windows: list[tuple[dt.date, dt.date]]
                   ) -> dict[int, str]:
    """Done events (id → kind) the officer took part in inside any of the windows."""
    found: dict[int, str] = {}
    for first, last in windows:
        lo, hi = _bounds(first, last)
        found.update(uow.session.execute(
            select(Event.id, Event.kind)
            .join(event_officer, event_officer.c.event_id == Event.id)
            .where(event_officer.c.officer_id == officer_id, Event.status == "done",
                   Event.starts_at >= lo, Event.starts_at < hi)
        ).all())
    return found


def round_summary(uow: UnitOfWork, start: dt.date, end: dt.date) -> RoundSummary:
    """The round of reinforcement officers whose assignments overlap ``start``..``end``."""
    uow.require("read")
    if end < start:
        raise ValidationError("Đến ngày", "phải sau hoặc bằng ngày bắt đầu.")
    assignments = tuple(list_assignments(uow, start=start, end=end))
    if not assignments:
        raise ValidationError(
            "Đợt tăng cường",
            f"không có cán bộ tăng cường nào trong thời gian {format_date(start)} – {format_date(end)}.",
        )
    officer_ids = list(dict.fromkeys(a.officer_id for a in assignments))
    officers = []
    for oid in officer_ids:
        mine = [a for a in assignments if a.officer_id == oid]
        # each officer counts only inside their own assignments, clipped to the period; an event
        # inside two overlapping assignments of the same officer counts once
        done = _events_within(uow, oid, [(max(start, a.start_date), min(end, a.end_date)) for a in mine])
        by_kind = dict.fromkeys(EVENT_KINDS, 0)
        for kind in done.values():
            by_kind[kind] += 1
        officers.append(
            RoundOfficer(
                oid,
                mine[0].officer_label,
                "; ".join(dict.fromkeys(a.home_unit for a in mine)),
                ", ".join(dict.fromkeys(v for a in mine for v in a.village_names)),
                "; ".join(a.period_text for a in mine),
                by_kind,
                sum(by_kind.values()),
            )
        )
    officers.sort(key=lambda o: o.label.split()[-1] if o.label else "")
    lo, hi = _bounds(start, end)
    ids: set[int] = set()
    for a in assignments:  # events an officer took part in during their own assignment
        a_lo, a_hi = _bounds(max(start, a.start_date), min(end, a.end_date))
        ids.update(
            uow.session.scalars(
                select(Event.id)
                .join(event_officer, event_officer.c.event_id == Event.id)
                .where(
                    event_officer.c.officer_id == a.officer_id,
                    Event.status == "done",
                    Event.starts_at >= a_lo,
                    Event.starts_at < a_hi,
                )
            )
        )
    by_kind = dict.fromkeys(EVENT_KINDS, 0)
    attendance = dict.fromkeys(EVENT_KINDS, 0)
    for ev in uow.session.execute(select(Event.kind, Event.attendance).where(Event.id.in_(ids))):
        by_kind[ev.kind] += 1
        attendance[ev.kind] += ev.attendance or 0
    commune = schedule_figures(uow, start, end)
    groups: dict[tuple[str, str, str], int] = {}
    for kind, cause, handling, n in uow.session.execute(
        select(Incident.kind, Incident.cause, Incident.handling, func.count(Incident.id))
        .where(Incident.occurred_at >= lo, Incident.occurred_at < hi)
        .group_by(Incident.kind, Incident.cause, Incident.handling)
    ):
        groups[(kind, cause, handling)] = int(n)
    commune["incident_groups"] = groups
    commune["unit"] = get_station(uow).unit_label
    awards = tuple(a for a in list_awards(uow) if a.officer_id in officer_ids and start <= a.award_date)
    return RoundSummary(
        start,
        end,
        tuple(officers),
        assignments,
        awards,
        {"by_kind": by_kind, "attendance_by_kind": attendance, "events": sum(by_kind.values())},
        commune,
    )
