"""The dashboard (Tổng quan): what a station looks at first, counted from the areas' own functions.

``overview(uow, today)`` returns, in one unit of work:

- the key figures of this period so far (the period's start by the station's start day → today)
  against the whole previous period — each a figure key of the period figures (``<area>.<path>``,
  README "Period figures"), so the records behind it are ``desktop.figures.records(key, …)``;
- 12-period series for the charts (the last point is the current period so far), counted by the
  areas' ``trends`` modules with the conditions of their period figures;
- file loans overdue today, open data problems per rule, weapons on hand by category, and this
  week's events with the officers' schedule conflicts.

The areas' tables are never read here: figures come from the areas' services and ``trends``
functions (one query per 12-period series, each point counted by the conditions of the area's period
figures — ``desktop.figures.PROVIDERS`` — which the tests hold them to).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from desktop import settings
from desktop.db import UnitOfWork
from desktop.reports.dashboard_periods import month_label, period_of, periods_back
from desktop.reports.monthly.model import Number, Period
from desktop.residents import loans, quality
from desktop.residents import trends as residents_trends
from desktop.residents.loans import LoanView
from desktop.schedule import events as schedule_events
from desktop.schedule import trends as schedule_trends
from desktop.schedule.views import Conflict, EventView
from desktop.text import format_date
from desktop.weapons import trends as weapons_trends

MONTHS = 12


@dataclass(frozen=True)
class KeyFigure:
    """A tile: this period so far and the whole previous period. ``parts`` (a sum over several
    figures, e.g. the problems found by every rule) each open their own records."""

    key: str  # "<area>.<path>" of the period figures; for a sum, the parts' common prefix
    label: str
    unit: str
    value: int
    previous: int
    parts: tuple[KeyFigure, ...] = ()

    @property
    def change(self) -> int:
        return self.value - self.previous


@dataclass(frozen=True)
class Series:
    """One line or bar set: a value per period of ``Overview.months``; ``key`` names the figure each
    point counts (its records for that period: ``figures.records(key, month.start, month.end)``)."""

    key: str
    label: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    kind: str  # "bar" (a flow within each period) or "line" (a level at each period's end)
    series: tuple[Series, ...]
    note: str = ""  # what is counted, when the title alone does not say
    axis: str = ""  # the value axis' title ("Số buổi")


@dataclass(frozen=True)
class RuleProblems:
    code: str
    label: str
    count: int

    @property
    def key(self) -> str:
        return f"residents.quality_open.{self.code}"


@dataclass(frozen=True)
class OnHand:
    category: str
    unit: str
    quantity: Number

    @property
    def quantity_text(self) -> str:
        q = Decimal(str(self.quantity))
        text = f"{q.normalize():f}" if q != q.to_integral_value() else str(int(q))
        return f"{text.replace('.', ',')} {self.unit}".strip()


@dataclass(frozen=True)
class Overview:
    today: dt.date
    current: Period  # the current period's start → today
    current_end: dt.date  # the current period's last day (after today unless it ends today)
    previous: Period  # the whole previous period
    current_label: str
    previous_label: str
    figures: tuple[KeyFigure, ...]
    months: tuple[Period, ...]  # oldest first; the last is ``current``
    month_labels: tuple[str, ...]
    charts: tuple[Chart, ...]
    overdue_loans: tuple[LoanView, ...]
    problems: tuple[RuleProblems, ...]  # every rule, in the quality page's order
    weapons_items_on_hand: int
    weapons_on_hand: tuple[OnHand, ...]
    week: Period  # Monday → Sunday of ``today``'s week
    week_events: tuple[EventView, ...]
    conflicts: tuple[Conflict, ...]  # each pair of events sharing an officer once

    @property
    def problems_open(self) -> int:
        return sum(p.count for p in self.problems)


def _period_name(whole: Period, start_day: int) -> str:
    """"Tháng 11/2026", or "Kỳ báo cáo tháng 12/2026" for a period counted from another day."""
    end = whole.end
    return f"Tháng {end.month}/{end.year}" if start_day <= 1 else f"Kỳ báo cáo tháng {end.month}/{end.year}"


def _span(start: dt.date, end: dt.date) -> str:
    return f"{start.strftime('%d/%m')}–{format_date(end)}"


def _labels(current: Period, whole: Period, previous: Period, start_day: int) -> tuple[str, str]:
    """What the tiles compare, said in full: this period so far, the previous one whole."""
    so_far = "" if current.end == whole.end else ", đến hôm nay"
    now = f"{_period_name(whole, start_day)} ({_span(current.start, current.end)}{so_far})"
    before = f"{_period_name(previous, start_day)} (cả kỳ, {_span(previous.start, previous.end)})"
    return now, before


#: the tiles: (key, label, unit) — one period figure each
SINGLE = (
    ("schedule.patrols", "Tuần tra, kiểm soát", "buổi"),
    ("schedule.village_meetings.count", "Họp thôn, tổ dân phố", "buổi"),
    ("schedule.incidents.count", "Vụ việc an ninh, trật tự", "vụ"),
    ("residents.events.permanent", "Đăng ký thường trú", "lượt"),
    ("residents.events.temporary", "Đăng ký tạm trú", "lượt"),
    ("weapons.received.items", "Vũ khí, VLN, CCHT tiếp nhận", "hiện vật"),
)


def _trends(uow: UnitOfWork, months: tuple[Period, ...]) -> dict[str, tuple[int, ...]]:
    """Figure key → its value in each period of ``months`` (the areas' trends functions)."""
    done = schedule_trends.done_events(uow, months)
    out = {
        "schedule.patrols": done["patrols"],
        "schedule.village_meetings.count": done["village_meetings"],
        "schedule.incidents.count": schedule_trends.incidents(uow, months),
        "weapons.received.items": weapons_trends.received_items(uow, months),
    }
    for kind, values in residents_trends.events_by_kind(uow, months).items():
        out[f"residents.events.{kind}"] = values
    flow = residents_trends.quality_flow(uow, months)
    out["residents.quality.*.found"] = flow["found"]
    out["residents.quality.*.cleared"] = flow["cleared"]
    out["residents.quality_open.*"] = flow["open_end"]
    return {key: tuple(values) for key, values in out.items()}


def _key_figures(
    trend: dict[str, tuple[int, ...]],
    quality_now: dict[str, dict[str, int]],
    quality_before: dict[str, dict[str, int]],
    issued: list[int],
) -> tuple[KeyFigure, ...]:
    """The tiles: this period so far and the previous period are the series' last two points
    (``periods_back`` ends with them); the problems by rule from the quality figures of each."""
    out = [KeyFigure(key, label, unit, trend[key][-1], trend[key][-2]) for key, label, unit in SINGLE]
    for step, label in (("found", "Lỗi dữ liệu phát hiện"), ("cleared", "Lỗi dữ liệu đã xử lý")):
        parts = tuple(
            KeyFigure(f"residents.quality.{r.code}.{step}", r.label, "người",
                      quality_now[r.code][step], quality_before[r.code][step])
            for r in quality.RULES.values()
        )
        out.append(
            KeyFigure(
                f"residents.quality.*.{step}", label, "lỗi",
                sum(p.value for p in parts), sum(p.previous for p in parts), parts,
            )
        )
    out.append(KeyFigure("residents.campaign.issued", "Căn cước đã cấp", "người", issued[1], issued[0]))
    return tuple(out)


def _series(trend: dict[str, tuple[int, ...]], key: str, label: str) -> Series:
    return Series("" if key.startswith("residents.quality_open") else key, label, trend[key])


def _charts(trend: dict[str, tuple[int, ...]]) -> tuple[Chart, ...]:
    return (
        Chart("patrols_meetings", "Tuần tra và họp thôn", "bar", (
            _series(trend, "schedule.patrols", "Tuần tra, kiểm soát"),
            _series(trend, "schedule.village_meetings.count", "Họp thôn, tổ dân phố"),
        ), "Buổi đã thực hiện (đã ghi kết quả)", "Số buổi"),
        Chart("incidents", "Vụ việc an ninh, trật tự", "bar", (
            _series(trend, "schedule.incidents.count", "Vụ việc"),
        ), "Theo thời gian xảy ra", "Số vụ"),
        Chart("residence", "Biến động cư trú", "bar", tuple(
            _series(trend, f"residents.events.{kind}", label)
            for kind, label in (
                ("permanent", "Thường trú"), ("temporary", "Tạm trú"),
                ("absence", "Tạm vắng"), ("strike_off", "Xóa thường trú"),
            )
        ), "Theo ngày của biến động", "Lượt"),
        Chart("weapons", "Vũ khí, VLN, CCHT tiếp nhận", "bar", (
            _series(trend, "weapons.received.items", "Hiện vật tiếp nhận"),
        ), "Hiện vật của các biên bản không bị hủy, theo ngày tiếp nhận", "Hiện vật"),
        Chart("quality", "Lỗi dữ liệu nhân khẩu", "line", (
            _series(trend, "residents.quality_open.*", "Còn tồn cuối kỳ"),
            _series(trend, "residents.quality.*.found", "Phát hiện trong kỳ"),
            _series(trend, "residents.quality.*.cleared", "Đã xử lý trong kỳ"),
        ), "Còn tồn: lỗi chưa xử lý vào ngày cuối mỗi kỳ, theo nhật ký làm sạch dữ liệu "
           "(từ lần rà soát đầu tiên)", "Số lỗi"),
    )


def _week(uow: UnitOfWork, today: dt.date) -> tuple[Period, tuple[EventView, ...], tuple[Conflict, ...]]:
    """This week's events (Monday to Sunday), and each pair of them sharing an officer at the same
    time once per officer (asked of the schedule for the few events it flags)."""
    monday = today - dt.timedelta(days=today.weekday())
    week = Period(monday, monday + dt.timedelta(days=6))
    events = tuple(schedule_events.list_events(uow, week.start, week.end))
    seen: set[tuple[int, frozenset[int]]] = set()
    found: list[Conflict] = []
    for event in events:
        if not event.conflict:
            continue
        for c in schedule_events.event_conflicts(uow, event.id):
            pair = (c.officer_id, frozenset((c.event_id, c.other_id)))
            if pair not in seen:
                seen.add(pair)
                found.append(c)
    found.sort(key=lambda c: (min(c.event_start, c.other_start), c.officer_name, c.event_id))
    return week, events, tuple(found)


def overview(uow: UnitOfWork, today: dt.date | None = None) -> Overview:
    uow.require("read")
    today = today or dt.date.today()
    start_day = settings.get_station(uow).period_start_day
    whole = period_of(today, start_day)
    current = Period(whole.start, today)
    previous = period_of(whole.start - dt.timedelta(days=1), start_day)
    months = periods_back(today, start_day, MONTHS)
    assert months[-2:] == (previous, current)
    trend = _trends(uow, months)
    figures_ = _key_figures(
        trend,
        quality.period_figures(uow, current.start, current.end),
        quality.period_figures(uow, previous.start, previous.end),
        residents_trends.campaign_issued(uow, (previous, current)),
    )
    open_now = quality.open_counts(uow)
    on_hand = weapons_trends.on_hand(uow, today)
    week, week_events, conflicts = _week(uow, today)
    current_label, previous_label = _labels(current, whole, previous, start_day)
    return Overview(
        today=today,
        current=current,
        current_end=whole.end,
        previous=previous,
        current_label=current_label,
        previous_label=previous_label,
        figures=figures_,
        months=months,
        month_labels=tuple(month_label(m, start_day) for m in months),
        charts=_charts(trend),
        overdue_loans=tuple(loans.overdue(uow, today)),
        problems=tuple(RuleProblems(r.code, r.label, open_now[r.code]) for r in quality.RULES.values()),
        weapons_items_on_hand=int(on_hand["items"]),
        weapons_on_hand=tuple(
            OnHand(c["category"], c["unit"], c["quantity"]) for c in on_hand["by_category"]
        ),
        week=week,
        week_events=week_events,
        conflicts=conflicts,
    )
