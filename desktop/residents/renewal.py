"""ID cards due for renewal by age (Luật Căn cước 26/2023/QH15 Điều 21), as an SQL condition on ``person``.

Khoản 1: a citizen holding a card renews it on reaching 14, 25, 40 and 60 (the chip CCCD issued under
Luật Căn cước công dân 2014 Điều 21 at 25, 40 and 60; it stays valid to the date printed on it, which
is that birthday). Khoản 2: a card issued, renewed or re-issued within the 2 years before one of those
ages stays valid to the next age. So a card is due when the person has reached an age and the card was
issued before the birthday 2 years earlier. Used by the data-quality rule ``idcard_renewal``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Integer, and_, extract, func, or_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from desktop.residents.models import Person

#: Luật Căn cước 2023 Điều 21 khoản 1: a card is renewed at 14, 25, 40 and 60 (the chip CCCD of the 2014
#: law at 25, 40 and 60; a CCCD issued from 14 never meets the 14 step)
RENEWAL_AGES = (14, 25, 40, 60)
#: Điều 21 khoản 2: a card issued within 2 years before a renewal age stays valid to the next one
RENEWAL_WINDOW_YEARS = 2


def _reached(age: int, today: dt.date) -> ColumnElement[bool]:
    """Certainly ``age`` or older today (a partial birth date counts as its latest possible day)."""
    cutoff = (today.year - age) * 10000 + today.month * 100 + today.day
    key = (
        Person.birth_year * 10000
        + func.coalesce(Person.birth_month, 12) * 100
        + func.coalesce(Person.birth_day, 31)
    )
    return and_(Person.birth_year.is_not(None), key <= cutoff)


class yyyymmdd(FunctionElement):  # noqa: N801  (an SQL function's name)
    """A date as the number yyyymmdd: its year, month and day extracted (PostgreSQL); on SQLite, which
    stores a date as its ISO text, that text without its dashes (one function call instead of three
    ``strftime``, for each of the four ages, on every person a full scan reads)."""

    type = Integer()
    inherit_cache = True


@compiles(yyyymmdd)
def _yyyymmdd(element: yyyymmdd, compiler: Any, **kw: Any) -> str:  # noqa: ANN401
    (date,) = element.clauses
    number = extract("year", date) * 10000 + extract("month", date) * 100 + extract("day", date)
    return compiler.process(number, **kw)


@compiles(yyyymmdd, "sqlite")
def _yyyymmdd_sqlite(element: yyyymmdd, compiler: Any, **kw: Any) -> str:  # noqa: ANN401
    (date,) = element.clauses
    return f"CAST(REPLACE({compiler.process(date, **kw)}, '-', '') AS INTEGER)"


def renewal_due(today: dt.date) -> ColumnElement[bool]:
    """A living person with a card, past a renewal age, whose card was issued before the 2-year window
    that would carry it to the next age (compared as yyyymmdd numbers, the same on both databases)."""
    issued = yyyymmdd(Person.id_card_issued_date)
    earliest_birthday = func.coalesce(Person.birth_month, 1) * 100 + func.coalesce(Person.birth_day, 1)
    steps = [
        and_(
            _reached(age, today),
            issued < (Person.birth_year + age - RENEWAL_WINDOW_YEARS) * 10000 + earliest_birthday,
        )
        for age in RENEWAL_AGES
    ]
    # no "issued date IS NOT NULL" term: a missing date fails every step's comparison anyway, and on
    # SQLite that term made the planner read 135,000 of 200,000 persons through the partial index on
    # the date, one table lookup each (0.37 s; a plain scan takes 0.1 s)
    return and_(Person.status == "living", Person.id_card_status == "issued", or_(*steps))
