"""The residents list in the order the clerk clicked: one keyset page at a time, sorted in SQL.

``list_page(uow, flt, sort="birth", descending=True, after=…)`` returns the rows of one page and
the key to pass as ``after`` for the next. The filter is the search's (``search.SearchFilter``);
the orders are the columns a clerk sorts a register by. Nothing loads every matching id.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, tuple_
from sqlalchemy.sql import ColumnElement

from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.residents.models import Person
from desktop.residents.search import Page, SearchFilter, _conditions, _rows


def _birth_key() -> ColumnElement[int]:
    # an unknown year sorts after every known one; an unknown month or day first within its year
    return (
        func.coalesce(Person.birth_year, 9999) * 10000
        + func.coalesce(Person.birth_month, 0) * 100
        + func.coalesce(Person.birth_day, 0)
    )


#: sort name → the SQL key (with the id as the tie-breaker every page continues from)
SORTS: dict[str, Any] = {
    "name": lambda: Person.order_key,  # the register's order: by given name, the Vietnamese alphabet
    "birth": _birth_key,
    "id_number": lambda: Person.id_number,
    "phone": lambda: Person.phone,
}


def list_page(
    uow: UnitOfWork,
    flt: SearchFilter,
    *,
    sort: str = "name",
    descending: bool = False,
    after: tuple[Any, int] | None = None,
    limit: int = 200,
) -> Page:
    """One page of the persons matching ``flt`` in the order ``sort``, starting after ``after``."""
    uow.require("read")
    if sort not in SORTS:
        raise ValidationError("Sắp xếp", f"không sắp xếp được theo «{sort}».")
    key = SORTS[sort]()
    stmt = select(key.label("k"), Person.id).where(*_conditions(flt, uow.session.connection()))
    if after is not None:
        pair, bound = tuple_(key, Person.id), tuple_(*after)
        stmt = stmt.where(pair < bound if descending else pair > bound)
    order = (key.desc(), Person.id.desc()) if descending else (key, Person.id)
    found = list(uow.session.execute(stmt.order_by(*order).limit(limit + 1)))
    more = len(found) > limit
    found = found[:limit]
    rows = _rows(uow, [i for _k, i in found])
    return Page(tuple(rows), (found[-1][0], found[-1][1]) if more and found else None)
