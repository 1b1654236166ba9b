"""The export of any filtered residents' list (xlsxwriter in constant-memory mode: text cells,
formula injection neutralised, the template's drop-downs), so an export can be edited and imported
again. Split from ``io``, which still offers these names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Date, String, or_, select, type_coerce

from desktop import audit
from desktop.db import UnitOfWork
from desktop.files import atomic_write
from desktop.jobs import SILENT, Progress
from desktop.residents import search, validate
from desktop.residents.io import (
    HOUSEHOLD_COLUMNS,
    HOUSEHOLD_SHEET,
    LIST_SHEET,
    PERSON_COLUMNS,
    PERSON_SHEET,
    TEMPLATE_ROWS,
    _list_values,
)
from desktop.residents.io_rows import DANGEROUS_FIRST, quote
from desktop.residents.models import (
    ID_CARD_KINDS,
    ID_CARD_STATUSES,
    SEXES,
    STATUSES,
    STRIKE_GROUNDS,
    VNEID_LEVELS,
    Household,
    Person,
)
from desktop.residents.search import SearchFilter
from desktop.settings import Village
from desktop.staff.models import Officer
from desktop.text import format_date


def safe_text(value: str) -> str:
    """A text cell that no spreadsheet will run as a formula (OWASP: prefix a quote); the import
    removes exactly this prefix again (``io_rows.unquote``)."""
    return quote(value)


def _export_rows(uow: UnitOfWork, flt: SearchFilter) -> Iterator[list[Any]]:
    from desktop.residents.search import _conditions

    cols = [
        Person.__table__.c[c]
        for c in (
            "full_name",
            "other_name",
            "birth_year",
            "birth_month",
            "birth_day",
            "sex",
            "ethnic",
            "religion",
            "id_number",
            "phone",
            "occupation",
            "permanent_address",
            "temporary_address",
            "relation",
            "status",
            "death_date",
            "death_reported_date",
            "moved_date",
            "struck_off_date",
            "strike_ground",
            "id_card_status",
            "id_card_applied_date",
            "id_card_issued_date",
            "id_card_kind",
            "vneid_level",
            "vneid2_date",
            "reviewed_date",
            "mobilised_date",
            "note",
            "village_id",
            "household_id",
            "mobilised_by",
        )
    ]
    conn = uow.session.connection()
    if conn.dialect.name == "sqlite":
        # SQLite stores a date as its ISO text: read it as that text (``_Dates`` formats each distinct
        # one once) instead of parsing every cell into a date first
        cols = [type_coerce(c, String) if isinstance(c.type, Date) else c for c in cols]
    # villages, households and officers by id, read once: cheaper than three joins on every person
    village_rows = conn.execute(select(Village.id, Village.kind, Village.name))
    villages = {i: f"{kind} {name}" if kind else "" for i, kind, name in village_rows}
    households = {i: number or "" for i, number in conn.execute(select(Household.id, Household.number))}
    officers = dict(conn.execute(select(Officer.id, Officer.full_name)).all())
    villages[None] = households[None] = officers[None] = ""
    stmt = select(*cols).where(*_conditions(flt)).order_by(Person.name_key, Person.id)
    result = conn.execute(stmt.execution_options(yield_per=5000))
    dates, births = _Dates(), _Births()
    sexes, statuses, grounds, cards, levels = SEXES, STATUSES, STRIKE_GROUNDS, ID_CARD_STATUSES, VNEID_LEVELS
    card_kinds = ID_CARD_KINDS
    for (
        full_name, other_name, by, bm, bd, sex, ethnic, religion, id_number, phone, occupation,
        permanent, temporary, relation, status, death, reported, moved, struck, ground, card, applied,
        issued, card_kind, level, vneid2, reviewed, mobilised, note, village, household, officer,
    ) in result:  # fmt: skip
        yield [
            full_name,
            other_name,
            births[by, bm, bd],
            sexes.get(sex, sex),
            ethnic,
            religion,
            id_number,
            phone,
            occupation,
            permanent,
            temporary,
            villages[village],
            households[household],
            relation,
            statuses.get(status, status),
            dates[death],
            dates[reported],
            dates[moved],
            dates[struck],
            grounds.get(ground, ""),
            cards.get(card, ""),
            dates[applied],
            dates[issued],
            card_kinds.get(card_kind, "") if card_kind else "",
            levels.get(level, ""),
            dates[vneid2],
            dates[reviewed],
            dates[mobilised],
            officers[officer],
            note,
        ]


class _Dates(dict):
    """``format_date`` remembered per date (a register's dates repeat thousands of times); a date
    read as its ISO text (SQLite) is taken as that date."""

    def __missing__(self, value: Any) -> str:  # noqa: ANN401
        day = dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value
        text = self[value] = format_date(day)
        return text


class _Births(dict):
    """``validate.birth_text`` remembered per (year, month, day)."""

    def __missing__(self, key: tuple) -> str:
        text = self[key] = validate.birth_text(*key)
        return text


def _export_households(uow: UnitOfWork, flt: SearchFilter) -> Iterator[list[str]]:
    """The households of the exported persons (and, for the whole list, every active household), so
    the workbook imports into an empty station with its households."""
    from desktop.residents.search import _conditions

    members = select(Person.household_id).where(Person.household_id.is_not(None), *_conditions(flt))
    wanted = Household.id.in_(members)
    if flt == SearchFilter():
        wanted = or_(wanted, Household.active.is_(True))
    stmt = (
        select(Household.number, Village.kind, Village.name, Household.address, Household.note)
        .outerjoin(Village, Village.id == Household.village_id)
        .where(wanted)
        .order_by(Household.number, Household.id)
    )
    for number, kind, name, address, note in uow.session.execute(stmt):
        yield [number, f"{kind} {name}" if kind else "", address, note]


#: the person columns formatted as text ("@"), so that a cell edited or typed in Excel stays text:
#: numbers with leading zeros, dates and partial birth dates (Excel would turn them into numbers and
#: dates), free text. The other columns hold names and labels from the drop-down lists, text in any
#: format; they get no format, so their cells carry no style attribute (xlsxwriter writes a formatted
#: column's style on each of its hundreds of thousands of cells).
TEXT_CELLS = frozenset(
    {"id_number", "phone", "birth", "household", "permanent_address", "temporary_address", "note"}
    | {key for _h, key, _r, _t in PERSON_COLUMNS if key.endswith("_date")}
)
#: the same for the households sheet, by header
TEXT_HOUSEHOLD_CELLS = frozenset({"Số hộ", "Địa chỉ", "Ghi chú"})

EXPORT_OPTIONS = {
    "constant_memory": True,
    "strings_to_numbers": False,
    "strings_to_formulas": False,
    "strings_to_urls": False,
}


def export_persons(
    uow: UnitOfWork, path: Path | str, flt: SearchFilter | None = None, progress: Progress = SILENT
) -> int:
    """Write the filtered list in the template's columns, with its drop-downs and text cells, so it
    can be edited and imported again (every value comes back as it was)."""
    uow.require("read")
    import xlsxwriter

    flt = flt or SearchFilter()
    total = search.count(uow, flt)
    lists = _list_values(uow)
    headers = [h for h, *_ in PERSON_COLUMNS]
    target = Path(path)
    n = 0
    with atomic_write(target) as fh:
        wb = xlsxwriter.Workbook(fh, EXPORT_OPTIONS)
        text = wb.add_format({"num_format": "@"})
        head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "num_format": "@"})
        hs = wb.add_worksheet(HOUSEHOLD_SHEET)
        ws = wb.add_worksheet(PERSON_SHEET)
        ref = wb.add_worksheet(LIST_SHEET)
        ws.activate()
        danger = DANGEROUS_FIRST
        hh_headers = [h for h, _ in HOUSEHOLD_COLUMNS]
        for col, header in enumerate(hh_headers):
            style = text if header in TEXT_HOUSEHOLD_CELLS else None
            hs.set_column(col, col, max(14, len(header) + 4), style)
        hs.freeze_panes(1, 0)
        hs.write_row(0, 0, hh_headers, head)
        households = 0
        for households, row in enumerate(_export_households(uow, flt), start=1):
            for col, value in enumerate(row):
                if value:
                    hs.write_string(households, col, "'" + value if value[0] in danger else value)
        for col, (header, key, _req, _t) in enumerate(PERSON_COLUMNS):
            ws.set_column(col, col, max(14, len(header) + 4), text if key in TEXT_CELLS else None)
        ws.freeze_panes(1, 0)
        ws.write_row(0, 0, headers, head)
        write = ws.write_string
        for n, row in enumerate(_export_rows(uow, flt), start=1):
            for col, value in enumerate(row):
                if value:
                    write(n, col, "'" + value if value[0] in danger else value)
            if n % 5000 == 0:
                progress.step(n, total, "Đang xuất")
        _drop_downs(ws, ref, headers, lists, max(n, TEMPLATE_ROWS))
        _drop_downs(hs, None, hh_headers, lists, max(households, TEMPLATE_ROWS))
        wb.close()
    audit.record(uow, "export", "person", None, f"Xuất {n} nhân khẩu ra {target.name}")
    return n


def _drop_downs(ws: Any, ref: Any, headers: list[str], lists: dict[str, list[str]], rows: int) -> None:
    """The template's lists on a hidden sheet (written when ``ref`` is given), and a list check on
    each coded column of ``ws``."""
    names = list(lists)
    if ref is not None:
        ref.write_row(0, 0, names)
        for r in range(max(len(v) for v in lists.values())):
            ref.write_row(r + 1, 0, [lists[name][r] if r < len(lists[name]) else "" for name in names])
        ref.hide()
    for i, name in enumerate(names):
        if name not in headers:
            continue
        letter = _letter(i + 1)
        col = headers.index(name)
        ws.data_validation(
            1,
            col,
            rows,
            col,
            {
                "validate": "list",
                "source": f"='{LIST_SHEET}'!${letter}$2:${letter}${max(2, len(lists[name]) + 1)}",
                "ignore_blank": True,
                "error_title": name,
                "error_message": "Hãy chọn trong danh sách.",
            },
        )


def _letter(index: int) -> str:
    from desktop.xlsx_guard import column_letter

    return column_letter(index)
