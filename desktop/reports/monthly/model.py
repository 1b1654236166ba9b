"""What a monthly report holds, independent of how it is counted, printed or shown.

``compose`` (the counting) fills a ``MonthlyReport``; the PDF, the workbook, the "Báo cáo" page and
the province roll-up only read it. A figure's ``key`` is ``<area>.<path>`` into that area's period
figures (``caxa figures AREA --json``), e.g. ``schedule.patrols`` or
``security.incidents.crimes.by_kind.theft``: the same key names the figure in the JSON, the workbook,
the check sheets and the records behind it (``desktop.figures.records``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

#: the JSON's ``format`` and ``format_version``: a roll-up refuses files of another format or version
FORMAT = "caxa-monthly-report"
FORMAT_VERSION = 1

Number = int | Decimal


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive

    def as_json(self) -> dict[str, str]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat()}


@dataclass(frozen=True)
class Figure:
    """One counted line: this period and the comparison columns (None: not comparable, e.g. a stock)."""

    key: str
    label: str
    unit: str = ""
    value: Number = 0
    previous: Number | None = None  # the previous period
    last_year: Number | None = None  # the same period last year
    year_to_date: Number | None = None  # from 1 January (of the period's end) to the period's end
    stock: bool = False  # a count on the period's last day (on hand, open), not a flow within the period

    @property
    def change(self) -> Number | None:
        """This period against the previous one."""
        return None if self.previous is None else self.value - self.previous


@dataclass(frozen=True)
class Item:
    """A numbered point of the outline ("2. Tuần tra, kiểm soát") with its figures."""

    number: str
    title: str
    figures: tuple[Figure, ...] = ()
    text: str = ""  # the clerk's narrative for this point, if the outline asks for one


@dataclass(frozen=True)
class Section:
    number: str  # "I" … "V"
    title: str
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class PlannedEvent:
    """An event planned in the next period, listed under IV for next month's tasks."""

    day: dt.date
    kind: str  # the schedule's kind label in Vietnamese
    title: str
    place: str = ""


@dataclass(frozen=True)
class Narrative:
    """The parts the clerk writes: kept as drafts, frozen when the report is issued."""

    summary: str = ""  # tình hình chung
    strengths: str = ""  # ưu điểm
    shortcomings: str = ""  # tồn tại, hạn chế và nguyên nhân
    next_tasks: str = ""  # phương hướng, nhiệm vụ tháng tới
    proposals: str = ""  # đề xuất, kiến nghị


@dataclass(frozen=True)
class Station:
    code: str  # the station's stable code (settings), a row per commune in the roll-up
    name: str  # "Công an xã Đắk Nia"
    province: str = ""


@dataclass(frozen=True)
class MonthlyReport:
    station: Station
    period: Period
    sections: tuple[Section, ...]
    narrative: Narrative = Narrative()
    planned_next: tuple[PlannedEvent, ...] = ()
    #: set once issued: the version (1, 2 … a correction is a new version) and the register label
    version: int | None = None
    number_label: str | None = None  # "15/BC-CAX"
    issued_at: dt.datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def figures(self) -> list[Figure]:
        return [f for s in self.sections for i in s.items for f in i.figures]
