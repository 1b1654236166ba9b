"""Counting the monthly report: the outline's lines filled from the areas' period figures.

``compose_report`` calls each provider of ``desktop.figures.PROVIDERS`` once for the period, the
previous period, the same period last year and the year to date; it never queries an area's tables.
The NEW lines of the outline (``optional``) are printed once the station has records of them: the
security provider is asked once more, from the first possible day to the period's end, and only when
one of them is zero in every column.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop import figures
from desktop.db import UnitOfWork
from desktop.reports.monthly import outline
from desktop.reports.monthly.model import (
    Figure,
    Item,
    MonthlyReport,
    Narrative,
    Period,
    PlannedEvent,
    Section,
    Station,
)

logger = logging.getLogger(__name__)

#: the earliest day the "records exist" question looks back to
EPOCH = dt.date(1900, 1, 1)
AREAS = ("residents", "schedule", "weapons", "support", "security")
#: comparison columns, in the order compose fetches them
COLUMNS = ("value", "previous", "last_year", "year_to_date")


def previous_period(period: Period, start_day: int) -> Period:
    return Period(*figures.period_for(period.start - dt.timedelta(days=1), start_day))


def next_period(period: Period, start_day: int) -> Period:
    return Period(*figures.period_for(period.end + dt.timedelta(days=1), start_day))


def _year_back(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def last_year_period(period: Period) -> Period:
    return Period(_year_back(period.start), _year_back(period.end))


def year_to_date(period: Period) -> Period:
    return Period(dt.date(period.end.year, 1, 1), period.end)


def as_number(value: Any) -> int | Decimal:
    """A provider's value as the report's number: an int, or a Decimal of at most 3 places."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, list | tuple):
        return len(value)
    if value is None:
        return 0
    d = Decimal(str(value)).quantize(Decimal("0.001"))
    return int(d) if d == d.to_integral_value() else d.normalize()


def resolve(data: dict[str, Any], path: str) -> Any:
    """The value at a dotted ``path`` inside one area's figures (None when absent)."""
    node: Any = data
    for part in path.split(".") if path else ():
        if isinstance(node, dict):
            node = node.get(part)
        else:
            return None
    return node


@dataclass
class _Sources:
    """The providers' figures for the four columns, fetched once per area."""

    uow: UnitOfWork
    periods: dict[str, Period]
    timings: dict[str, float]
    cache: dict[tuple[str, str], dict[str, Any]]

    def get(self, column: str, area: str) -> dict[str, Any]:
        key = (column, area)
        if key not in self.cache:
            fn = figures.PROVIDERS.get(area)
            p = self.periods[column]
            t0 = time.perf_counter()
            self.cache[key] = fn(self.uow, p.start, p.end) if fn is not None else {}
            self.timings[area] = self.timings.get(area, 0.0) + time.perf_counter() - t0
        return self.cache[key]

    def value(self, column: str, key: str) -> Any:
        area, _, path = key.partition(".")
        return resolve(self.get(column, area), path)


def _category_quantity(rows: Any, seg: str, unit: str | None = None) -> Any:
    """The quantity of a weapons list [{category, unit, quantity}] for the category of key segment
    ``seg`` (in ``unit`` only, when given); 0 when the list has no such row."""
    hits = [r["quantity"] for r in rows or ()
            if outline.category_segment(r["category"]) == seg and (unit is None or r["unit"] == unit)]
    if len(hits) == 1:
        return hits[0]
    total = sum((Decimal(str(q)) for q in hits), Decimal(0))
    return int(total) if total == total.to_integral_value() else float(total)


def _category_specs(line: outline.Expand, lists: Iterable[Any], at: Callable[[str], Any]) -> list[_Spec]:
    """One line per category of the columns' lists, in their order; a category counted in two units
    (pieces and kg) one line per unit, never a sum of the two."""
    names: dict[str, str] = {}
    units: dict[str, list[str]] = {}
    for rows in lists:
        for row in rows or ():
            seg = outline.category_segment(row["category"])
            names.setdefault(seg, row["category"])
            if row["unit"] not in units.setdefault(seg, []):
                units[seg].append(row["unit"])
    specs: list[_Spec] = []
    for seg, seen in units.items():
        if len(seen) == 1:
            specs.append(_Spec(f"{line.path}.{seg}", _label(line, names[seg]), seen[0], line.kind,
                               lambda col, s=seg: _category_quantity(at(col), s)))
            continue
        for unit in seen:
            key = f"{line.path}.{seg}{outline.UNIT_SEPARATOR}{outline.unit_segment(unit)}"
            specs.append(_Spec(key, _label(line, f"{names[seg]} ({unit})"), unit, line.kind,
                               lambda col, s=seg, u=unit: _category_quantity(at(col), s, u)))
    return specs


@dataclass(frozen=True)
class _Spec:
    """One expanded line: its key, label, unit, kind and how to read it from a column's figures."""

    key: str
    label: str
    unit: str
    kind: str
    read: Callable[[str], Any]
    optional: bool = False
    exists: str = ""


def _label(line: outline.Expand, name: str) -> str:
    return line.label.format(name=name, lname=name[:1].lower() + name[1:])


def _expand(src: _Sources, line: outline.Expand, columns: Iterable[str],
            names: dict[str, dict[str, str]]) -> list[_Spec]:
    area, _, path = line.path.partition(".")

    def at(column: str) -> Any:
        return resolve(src.get(column, area), path)

    specs: list[_Spec] = []
    if line.how == "codes":
        labels = dict(line.labels)
        codes: list[str] = list(labels)
        if not labels:  # codes the provider returns (a station's own kinds), named by the area
            for column in columns:
                codes += [c for c in at(column) or {} if c not in codes]
        for code in codes:
            name = labels.get(code) or names.get(area, {}).get(code, code)
            specs.append(_Spec(
                f"{line.path}.{code}{line.suffix}", _label(line, name), line.unit, line.kind,
                lambda col, c=code: resolve(at(col) or {}, c + line.suffix),
                line.optional, line.exists,
            ))
    elif line.how == "categories":
        specs += _category_specs(line, [at(column) for column in columns], at)
    elif line.how == "campaigns":  # the period's own campaigns: value only, no comparison column
        rows = list(at("value") or ())
        titles = [r["campaign"] for r in rows]
        for n, row in enumerate(rows):
            title = row["campaign"]
            seg = title if titles.count(title) == 1 and "." not in title and title.strip() else str(n)
            name = f"{title} ({dt.date.fromisoformat(row['date']):%d/%m/%Y})"
            specs.append(_Spec(f"{line.path}.{seg}.receipts", _label(line, name), line.unit,
                               outline.ONCE, lambda col, r=row: r["receipts"]))
    elif line.how == "officers":
        seen_rows: dict[int, dict[str, Any]] = {}
        for column in columns:
            for row in at(column) or ():
                if not line.officer_kind or row.get("kind") == line.officer_kind:
                    seen_rows.setdefault(row["officer_id"], row)
        for oid, row in seen_rows.items():
            name = f"{row['rank']} {row['officer']}".strip()

            def read(col: str, oid: int = oid) -> Any:
                hit = next((r for r in at(col) or () if r["officer_id"] == oid), None)
                return 0 if hit is None else hit["events"]

            specs.append(_Spec(f"{line.path}.{oid}.events", _label(line, name),
                               line.unit, line.kind, read))
    else:
        raise ValueError(f"unknown expansion {line.how!r}")
    return specs


def _columns_for(kind: str) -> tuple[str, ...]:
    if kind in (outline.NOW, outline.ONCE):
        return ("value",)
    if kind == outline.END:
        return ("value", "previous", "last_year")
    return COLUMNS


def build_sections(uow: UnitOfWork, period: Period, start_day: int, narrative: Narrative,
                   names: dict[str, dict[str, str]], timings: dict[str, float]) -> tuple[Section, ...]:
    """The outline filled with the figures of ``period`` and its comparison periods."""
    periods = {
        "value": period,
        "previous": previous_period(period, start_day),
        "last_year": last_year_period(period),
        "year_to_date": year_to_date(period),
    }
    src = _Sources(uow, periods, timings, {})
    all_time = _Sources(uow, {"value": Period(EPOCH, period.end)}, timings, {})
    sections = []
    for sec in outline.SECTIONS:
        items = []
        for it in sec.items:
            if it.narrative:
                items.append(Item(it.number, it.title, (), getattr(narrative, it.narrative)))
                continue
            specs: list[_Spec] = []
            for line in it.lines:
                if isinstance(line, outline.Expand):
                    specs += _expand(src, line, _columns_for(line.kind), names)
                else:
                    specs.append(_Spec(line.key, line.label, line.unit, line.kind,
                                       lambda col, k=line.key: src.value(col, k), line.optional, line.exists))
            figs = []
            for spec in specs:
                cols = _columns_for(spec.kind)
                values = {c: as_number(spec.read(c)) for c in cols}
                if (spec.optional and not any(values.values())
                        and not as_number(all_time.value("value", spec.exists or spec.key))):
                    continue  # a NEW line: the station has no record of it yet
                figs.append(Figure(
                    spec.key, spec.label, spec.unit, values["value"],
                    values.get("previous"), values.get("last_year"), values.get("year_to_date"),
                    stock=spec.kind in (outline.END, outline.NOW),
                ))
            if figs:
                items.append(Item(it.number, it.title, tuple(figs)))
        sections.append(Section(sec.number, sec.title, tuple(items)))
    return tuple(sections)


def area_names(uow: UnitOfWork) -> dict[str, dict[str, str]]:
    """Names of codes a station defines itself (support kinds), from the area's service."""
    from desktop.support.projects import list_kinds

    return {"support": {k.code: k.name for k in list_kinds(uow, include_inactive=True)}}


def planned_events(uow: UnitOfWork, period: Period) -> tuple[PlannedEvent, ...]:
    """The schedule's planned events in ``period`` (next month's tasks), from its service."""
    from desktop.schedule.events import list_events

    return tuple(
        PlannedEvent(e.starts_at.date(), e.kind_text, e.title, e.place)
        for e in list_events(uow, period.start, period.end, status="planned")
    )


def compose_report(uow: UnitOfWork, period: Period, station: Station, start_day: int,
                   narrative: Narrative, timings: dict[str, float] | None = None) -> MonthlyReport:
    """The report of ``period``; ``timings`` (when given) receives each area's seconds in its provider."""
    timings = {} if timings is None else timings
    t0 = time.perf_counter()
    sections = build_sections(uow, period, start_day, narrative, area_names(uow), timings)
    planned = planned_events(uow, next_period(period, start_day))
    logger.info("monthly report %s..%s composed in %.2f s (providers: %s)", period.start, period.end,
                time.perf_counter() - t0, ", ".join(f"{a} {s:.2f} s" for a, s in sorted(timings.items())))
    return MonthlyReport(station, period, sections, narrative, planned)
