"""The monthly report as JSON: what ``caxa report monthly --json`` prints, what an issued version
stores, and what the province roll-up reads.

Layout (stable; README "Monthly report")::

    {"format": "caxa-monthly-report", "format_version": 1,
     "station": {"code", "name", "province"}, "period": {"from", "to"},
     "version": null | n, "number": null | "15/BC-CAX", "issued_at": null | ISO date-time,
     "figures": {KEY: {"label", "unit", "value", "previous", "last_year", "year_to_date", "stock"}},
     "sections": [{"number", "title", "items": [{"number", "title", "keys": [KEY…], "text"}]}],
     "narrative": {"summary", "strengths", "shortcomings", "next_tasks", "proposals"},
     "planned_next": [{"day", "kind", "title", "place"}]}

A KEY is ``<area>.<path>`` of the area's period figures. Values are JSON numbers: integers, and
quantities in kg or metres as decimals with at most 3 places; a comparison column that has no
meaning for the figure (a count on the last day has no year to date) is null. ``sections``,
``narrative`` and ``planned_next`` rebuild the whole report; a reader of the figures alone needs
only ``figures``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.errors import ValidationError
from desktop.reports.monthly.model import (
    FORMAT,
    FORMAT_VERSION,
    Figure,
    Item,
    MonthlyReport,
    Narrative,
    Number,
    Period,
    PlannedEvent,
    Section,
    Station,
)

FIELD = "Tệp số liệu báo cáo tháng"
_NARRATIVE = ("summary", "strengths", "shortcomings", "next_tasks", "proposals")


def _out(value: Number | None) -> int | float | None:
    if value is None or isinstance(value, int):
        return value
    return float(value)


def _in(value: Any, key: str, column: str) -> Number | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValidationError(FIELD, f"giá trị «{column}» của {key} không phải số.")
    if isinstance(value, int):
        return value
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        raise ValidationError(FIELD, f"giá trị «{column}» của {key} không phải số.") from None
    if not d.is_finite():
        raise ValidationError(FIELD, f"giá trị «{column}» của {key} không phải số.")
    d = d.quantize(Decimal("0.001"))
    return int(d) if d == d.to_integral_value() else d.normalize()


def figure_json(f: Figure) -> dict[str, Any]:
    return {
        "label": f.label,
        "unit": f.unit,
        "value": _out(f.value),
        "previous": _out(f.previous),
        "last_year": _out(f.last_year),
        "year_to_date": _out(f.year_to_date),
        "stock": f.stock,
    }


def to_json(report: MonthlyReport) -> dict[str, Any]:
    """The report as a JSON-able dict (the layout above)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "station": {"code": report.station.code, "name": report.station.name,
                    "province": report.station.province},
        "period": report.period.as_json(),
        "version": report.version,
        "number": report.number_label,
        "issued_at": report.issued_at.isoformat() if report.issued_at else None,
        "figures": {f.key: figure_json(f) for f in report.figures()},
        "sections": [
            {"number": s.number, "title": s.title, "items": [
                {"number": i.number, "title": i.title, "keys": [f.key for f in i.figures], "text": i.text}
                for i in s.items
            ]}
            for s in report.sections
        ],
        "narrative": {name: getattr(report.narrative, name) for name in _NARRATIVE},
        "planned_next": [
            {"day": e.day.isoformat(), "kind": e.kind, "title": e.title, "place": e.place}
            for e in report.planned_next
        ],
    }


def _date(value: Any, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(FIELD, f"{what} «{value}» không phải ngày (yyyy-mm-dd).") from None


def _obj(value: Any, what: str, kind: type = dict) -> Any:
    """``value`` when it is a ``kind`` (an absent part reads as empty), else a ValidationError naming it."""
    if value is None:
        return kind()
    if not isinstance(value, kind):
        raise ValidationError(FIELD, f"phần «{what}» không đúng cấu trúc.")
    return value


def _figure(key: str, data: Any) -> Figure:
    if not isinstance(data, dict):
        raise ValidationError(FIELD, f"số liệu {key} không đúng cấu trúc.")
    value = _in(data.get("value"), key, "value")
    if value is None:  # a figure without this month's value is not a figure: never read as 0
        raise ValidationError(FIELD, f"số liệu {key} thiếu giá trị tháng này («value»).")
    return Figure(
        key, str(data.get("label") or key), str(data.get("unit") or ""),
        value,
        _in(data.get("previous"), key, "previous"),
        _in(data.get("last_year"), key, "last_year"),
        _in(data.get("year_to_date"), key, "year_to_date"),
        bool(data.get("stock", False)),
    )


def from_json(data: Any) -> MonthlyReport:
    """The report a ``to_json`` dict describes. Raises ValidationError for another format or version,
    or a file that is not such a report."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(FIELD, "không phải tệp số liệu báo cáo tháng của CAXA.")
    if data.get("format_version") != FORMAT_VERSION:
        raise ValidationError(
            FIELD,
            f"phiên bản định dạng {data.get('format_version')!r}, CAXA này đọc phiên bản {FORMAT_VERSION}.",
        )
    raw = data.get("figures")
    if not isinstance(raw, dict):
        raise ValidationError(FIELD, "thiếu phần «figures».")
    figs = {str(k): _figure(str(k), v) for k, v in raw.items()}
    station = _obj(data.get("station"), "station")
    period = _obj(data.get("period"), "period")
    start, end = _date(period.get("from"), "Từ ngày"), _date(period.get("to"), "Đến ngày")
    if end < start:
        raise ValidationError(FIELD, "kỳ báo cáo kết thúc trước khi bắt đầu.")
    sections = []
    used: set[str] = set()
    for s in _obj(data.get("sections"), "sections", list):
        s = _obj(s, "sections")
        items = []
        for i in _obj(s.get("items"), "items", list):
            i = _obj(i, "items")
            keys = [k for k in i.get("keys") or () if k in figs]
            used.update(keys)
            items.append(Item(str(i.get("number", "")), str(i.get("title", "")),
                              tuple(figs[k] for k in keys), str(i.get("text") or "")))
        sections.append(Section(str(s.get("number", "")), str(s.get("title", "")), tuple(items)))
    rest = tuple(f for k, f in figs.items() if k not in used)
    if rest:  # a file with figures only (or figures no section names): one section holds them
        sections.append(Section("", "Số liệu", (Item("", "", rest),)))
    narrative = _obj(data.get("narrative"), "narrative")
    planned = [_obj(e, "planned_next") for e in _obj(data.get("planned_next"), "planned_next", list)]
    version = data.get("version")
    if version is not None and (isinstance(version, bool) or not isinstance(version, int) or version < 1):
        raise ValidationError(FIELD, f"lần phát hành «{version}» không phải số nguyên dương.")
    issued_at = data.get("issued_at")
    try:
        issued = dt.datetime.fromisoformat(str(issued_at)) if issued_at else None
    except ValueError:
        said = f"thời điểm phát hành «{issued_at}» không đúng cấu trúc ngày giờ."
        raise ValidationError(FIELD, said) from None
    return MonthlyReport(
        station=Station(str(station.get("code") or ""), str(station.get("name") or ""),
                        str(station.get("province") or "")),
        period=Period(start, end),
        sections=tuple(sections),
        narrative=Narrative(**{n: str(narrative.get(n) or "") for n in _NARRATIVE}),
        planned_next=tuple(
            PlannedEvent(_date(e.get("day"), "Ngày"), str(e.get("kind") or ""), str(e.get("title") or ""),
                         str(e.get("place") or ""))
            for e in planned
        ),
        version=version,
        number_label=str(data["number"]) if data.get("number") else None,
        issued_at=issued,
    )
