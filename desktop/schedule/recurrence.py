"""Recurrence rules: daily or weekly on chosen weekdays, every N, until a date (inclusive)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.errors import ValidationError
from desktop.schedule.codes import WEEKDAYS
from desktop.text import format_date

MAX_OCCURRENCES = 366
FREQS = {"daily": "Hằng ngày", "weekly": "Hằng tuần"}


@dataclass(frozen=True)
class Recurrence:
    freq: str  # "daily" | "weekly"
    until: dt.date | None
    every: int = 1
    weekdays: tuple[int, ...] = ()  # Monday = 0 … Sunday = 6; weekly only

    def describe(self) -> str:
        if self.freq == "daily":
            head = "Hằng ngày" if self.every == 1 else f"{self.every} ngày một lần"
        else:
            head = "Hằng tuần" if self.every == 1 else f"{self.every} tuần một lần"
            if self.weekdays:
                head += " vào " + ", ".join(WEEKDAYS[d] for d in sorted(self.weekdays))
        return head + (f", đến hết ngày {format_date(self.until)}" if self.until else "")


def encode_weekdays(days: tuple[int, ...]) -> str:
    return ",".join(str(d) for d in sorted(set(days)))


def decode_weekdays(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(",") if p.strip())


def validate(rule: Recurrence, first: dt.date) -> Recurrence:
    """Check a rule against its first date; return it normalised (weekly without days → first's weekday)."""
    if rule.freq not in FREQS:
        raise ValidationError(
            "Lặp lại", f"«{rule.freq}» không phải kiểu lặp hợp lệ (hằng ngày hoặc hằng tuần)."
        )
    if rule.until is None:
        raise ValidationError(
            "Lặp lại đến ngày", "cần có ngày kết thúc (lịch lặp lại không có hạn sẽ sinh ra vô số buổi)."
        )
    if isinstance(rule.every, bool) or not isinstance(rule.every, int) or not 1 <= rule.every <= 52:
        raise ValidationError("Lặp lại mỗi", "phải là số từ 1 đến 52.")
    if rule.until < first:
        raise ValidationError("Lặp lại đến ngày", "phải sau hoặc bằng ngày của buổi đầu tiên.")
    days = tuple(sorted(set(rule.weekdays)))
    if any(not isinstance(d, int) or not 0 <= d <= 6 for d in days):
        raise ValidationError("Các thứ trong tuần", "có giá trị không hợp lệ.")
    if rule.freq == "weekly" and not days:
        days = (first.weekday(),)
    if rule.freq == "daily":
        days = ()
    return Recurrence(rule.freq, rule.until, rule.every, days)


def expand(rule: Recurrence, first: dt.date, *, limit: int = MAX_OCCURRENCES) -> list[dt.date]:
    """The dates of every occurrence, ``first`` onwards; more than ``limit`` is refused with a message."""
    rule = validate(rule, first)
    assert rule.until is not None
    out: list[dt.date] = []
    if rule.freq == "daily":
        day = first
        while day <= rule.until:
            out.append(day)
            if len(out) > limit:
                break
            day += dt.timedelta(days=rule.every)
    else:
        week = first - dt.timedelta(days=first.weekday())
        while week <= rule.until and len(out) <= limit:
            for d in rule.weekdays:
                day = week + dt.timedelta(days=d)
                if first <= day <= rule.until:
                    out.append(day)
            week += dt.timedelta(weeks=rule.every)
    if len(out) > limit:
        raise ValidationError(
            "Lặp lại đến ngày",
            f"lịch này sinh ra hơn {limit} buổi (đến {format_date(rule.until)}); hãy chọn ngày kết thúc "
            "sớm hơn hoặc lập lịch mới cho giai đoạn sau.",
        )
    if not out:
        raise ValidationError("Các thứ trong tuần", "không có buổi nào rơi vào khoảng thời gian đã chọn.")
    return out
