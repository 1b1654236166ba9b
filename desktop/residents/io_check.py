"""Checking the persons sheet of a residents' import, column by column (``io_import`` reads the file).

Each column is cleaned once (``io_rows.clean_column``) and each distinct value of a column parsed
once (``io_rows.ColumnParser.many``): villages, households, sexes, statuses and dates repeat across
thousands of rows, and a text column is checked as a whole. What stays per row are the rules
between fields (``service.check_rules``), the ID number's warning and the plan's record. A new
person's record is made from the parsed columns in one ``zip``; a stored person's by ``_merge``.

Rows are checked one kind of problem at a time, so that a problem can later become a warning
(e.g. keeping rows with a malformed ID number); each row's errors are listed in the same order.
"""

from __future__ import annotations

import datetime as dt
import json
from itertools import compress, repeat
from typing import Any

from sqlalchemy import String, any_, bindparam, func, literal_column, select
from sqlalchemy.dialects import postgresql

from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.jobs import Progress
from desktop.residents import bulk, idcard, io_rows, quality, validate
from desktop.residents.io import (
    FIELD_TO_COLUMN,
    HOUSEHOLD_SHEET,
    PERSON_COLUMNS,
    PERSON_SHEET,
    ImportReport,
    PersonChange,
    RowError,
)
from desktop.residents.models import (
    ID_CARD_KINDS,
    ID_CARD_STATUSES,
    SEXES,
    STATUSES,
    STRIKE_GROUNDS,
    VNEID_LEVELS,
    Person,
)
from desktop.residents.service import check_rules
from desktop.settings import Village
from desktop.staff.models import Officer
from desktop.text import format_date

#: the person columns stored as they are read (all but id, the derived keys and bookkeeping)
DERIVED = ("id", "name_key", "order_key", "search_key")
STORED = [c.key for c in Person.__table__.columns if c.key not in DERIVED]
KEY_COLUMN = {key: header for header, key, _req, _t in PERSON_COLUMNS}
KEY_COLUMN.update(birth_year="Ngày sinh", birth_month="Ngày sinh", birth_day="Ngày sinh")
KEY_COLUMN.update(village_id="Thôn, bon", household_id="Số hộ")
ID_HEADER = "Số định danh cá nhân"
BLANK = io_rows.BLANK
_CLEAR_WORDS = ("xóa", "xoá")
_BIRTH = ("birth_year", "birth_month", "birth_day")
_LABELS: dict[str, dict[Any, str]] = {
    "sex": SEXES,
    "status": STATUSES,
    "strike_ground": STRIKE_GROUNDS,
    "id_card_status": ID_CARD_STATUSES,
    "id_card_kind": ID_CARD_KINDS,
    "vneid_level": VNEID_LEVELS,
}
#: parsed key → the stored column it fills (the birth date fills three)
_TARGET = {"village": "village_id", "household": "household_id"}


def column(rows: list[list[Any]], i: int) -> list[Any]:
    return [row[i] if i < len(row) else None for row in rows]


def columns(rows: list[list[Any]], width: int) -> list[list[Any]]:
    """The rows turned into columns (calamine's rows all have the sheet's width)."""
    if rows and len(set(map(len, rows))) == 1 and len(rows[0]) >= width:
        return [list(col) for col in zip(*rows, strict=True)]
    return [column(rows, i) for i in range(width)]


class Context:
    def __init__(
        self, uow: UnitOfWork, villages: dict[str, int], households: dict[str, int], new: dict[str, dict]
    ) -> None:
        self.uow, self.villages, self.households, self.new_households = uow, villages, households, new
        self.today = dt.date.today()
        self.village_labels = {v.id: f"{v.kind} {v.name}" for v in uow.session.scalars(select(Village))}
        self.household_numbers = {i: number for number, i in households.items()}
        #: officer by name (folded case); a name two officers share maps to None (ambiguous)
        self.officers: dict[str, int | None] = {}
        self.officer_names: dict[int, str] = {}
        for oid, name in uow.session.execute(select(Officer.id, Officer.full_name)):
            key = validate.clean(name).lower()
            self.officers[key] = None if key in self.officers else oid
            self.officer_names[oid] = name


def _stored(uow: UnitOfWork, numbers: list[str]) -> dict[str, dict[str, Any]]:
    """The stored columns of the persons with these ID numbers, by ID number (a number held by
    several persons maps to their count: which one to update cannot be told). One statement: the
    numbers go in as one parameter (SQLite ``json_each``, PostgreSQL ``ANY`` of an array)."""
    table = Person.__table__
    cols = [table.c.id, *(table.c[k] for k in STORED)]
    out: dict[str, Any] = {}
    if not numbers:
        return out
    conn = uow.session.connection()
    if conn.dialect.name == "sqlite":
        given = select(literal_column("value")).select_from(func.json_each(bindparam("numbers")))
        stmt = select(*cols).where(table.c.id_number.in_(given))
        rows = conn.execute(stmt, {"numbers": json.dumps(numbers)}).mappings()
    else:
        wanted = any_(bindparam("numbers", type_=postgresql.ARRAY(String)))
        rows = conn.execute(select(*cols).where(table.c.id_number == wanted), {"numbers": numbers}).mappings()
    for row in rows:
        found = out.get(row["id_number"])
        if found is None:
            out[row["id_number"]] = dict(row)
        else:
            out[row["id_number"]] = (found if isinstance(found, int) else 1) + 1
    return out


def _add(errors: dict[int, list[RowError]], j: int, column_name: str, message: str) -> None:
    errors.setdefault(j, []).append(RowError(PERSON_SHEET, j + 2, column_name, message))


def check_rows(
    ctx: Context, body: list[list[Any]], idx: dict[str, int], report: ImportReport, progress: Progress
) -> dict:
    n = len(body)
    bidi: list[tuple[int, str, str]] = []
    table = columns(body, max(idx.values()) + 1)
    raw_ids = table[idx[ID_HEADER]]
    cols: dict[str, list[str]] = {}
    blank: list[Any] = [None] * n
    for header, key, _req, _t in PERSON_COLUMNS:
        cells = table[idx[header]] if header in idx else blank
        cols[key] = io_rows.clean_column(cells, header=header, first_row=2, errors=bidi)
    # the rows with any cell filled (each row's cells tested at C speed)
    present: set[int] = set(compress(range(n), map(any, zip(*cols.values(), strict=True))))
    errors: dict[int, list[RowError]] = {}
    for r, column_name, message in bidi:
        present.add(r - 2)
        errors.setdefault(r - 2, []).append(RowError(PERSON_SHEET, r, column_name, message))
    parsed: dict[str, list[Any]] = {}
    for key, (label, parse, cache) in io_rows.field_parsers(ctx.today).items():
        values, bad = io_rows.ColumnParser(key, label, parse, cache).many(cols[key])
        parsed[key] = values
        for j, detail in bad:
            _add(errors, j, KEY_COLUMN[key], detail)
    _places(ctx, cols, parsed, errors)
    numbers, notes, repeats = _id_numbers(raw_ids, cols["id_number"], present, errors)
    stored = _stored(ctx.uow, sorted({x for x in numbers.values() if x}))
    for j, first in repeats.items():
        if numbers[j] in stored:
            _add(
                errors,
                j,
                ID_HEADER,
                f"«{numbers[j]}» trùng với dòng {first} trong tệp và đã có trong CAXA: không biết "
                "dòng nào cập nhật người đó.",
            )
    fresh = _new_records(parsed, n)
    flagged: dict[str, int] = {}
    inserts: list[dict] = []
    updates: list[dict] = []
    names, sexes, households = cols["full_name"], cols["sex"], cols["household"]
    villages_given = parsed["village"]
    #: (first six digits, sex, birth year) of the 12-digit numbers found without a problem
    fine: set[tuple[str, Any, Any]] = set()
    for step, j in enumerate(sorted(present)):
        if step % 5000 == 0:
            progress.step(step, len(present), "Đang kiểm tra")
        report.rows += 1
        r = j + 2
        number = numbers.get(j, "")
        before = stored.get(number) if number else None
        row_errors = errors.get(j, [])
        if isinstance(before, int):
            row_errors.append(
                RowError(
                    PERSON_SHEET,
                    r,
                    ID_HEADER,
                    f"«{number}» đang ghi cho {before} người trong CAXA, không biết cập nhật người nào; "
                    "hãy xử lý trùng số định danh trước (trang Lỗi dữ liệu).",
                )
            )
        if before is None and not (names[j] and sexes[j]):
            for key, given in (("full_name", names[j]), ("sex", sexes[j])):
                if not given and not any(e.column == KEY_COLUMN[key] for e in row_errors):
                    row_errors.append(RowError(PERSON_SHEET, r, KEY_COLUMN[key], "không được để trống."))
        if row_errors:
            report.errors.extend(row_errors)
            continue
        if before is None:
            after = fresh(j)
            after["id_number"] = number
            after["id_issue"] = _new_issue(number, after["sex"], after["birth_year"], fine)
        else:
            after = _merge(before, {k: v[j] for k, v in parsed.items() if v[j] is not BLANK}, number)
        try:
            check_rules(after)
        except ValidationError as exc:
            report.errors.append(
                RowError(PERSON_SHEET, r, FIELD_TO_COLUMN.get(exc.field, exc.field), exc.detail)
            )
            continue
        if number and (flag := _id_warning(after, notes.get(j, ""), repeats.get(j))) is not None:
            flagged[flag[0]] = flagged.get(flag[0], 0) + 1
            report.warnings.append(RowError(PERSON_SHEET, r, ID_HEADER, flag[1]))
        household = households[j]
        if household and household in ctx.new_households and after["household_id"] is None:
            after["_household_number"] = household
            if villages_given[j] is BLANK:
                after["village_id"] = ctx.new_households[household]["village_id"]
        if before is None:
            inserts.append(after)
            report.changes.append(PersonChange(r, None, after["full_name"], after["id_number"]))
            continue
        changed = {k: (before[k], after[k]) for k in STORED if before[k] != after[k]}
        if after.get("_household_number"):
            changed["household_id"] = (before["household_id"], None)
        if not changed:
            report.unchanged += 1
            continue
        after["id"] = before["id"]
        after["_changed"] = changed
        updates.append(after)
        report.changes.append(_change(ctx, r, before["id"], after, changed))
    report.new, report.updated = len(inserts), len(updates)
    report.flagged = flagged
    return {"inserts": inserts, "updates": updates}


def _new_records(parsed: dict[str, list[Any]], n: int):  # noqa: ANN202  (row → dict)
    """A new person's record for each row: the defaults with the filled cells applied (``_merge``
    with nothing stored), made for all rows at once; the row's ID number is set by the caller."""
    keys: list[str] = []
    cols: list[Any] = []
    given = dict(bulk.DEFAULTS)
    for key, values in parsed.items():
        if key == "birth":
            births = [(None, None, None) if v is BLANK or v is io_rows.CLEAR else v for v in values]
            for target, col in zip(_BIRTH, zip(*births, strict=True) if n else ((), (), ()), strict=True):
                keys.append(target)
                cols.append(col)
                given.pop(target, None)
            continue
        target = _TARGET.get(key, key)
        if io_rows.CLEAR in values:
            cleared = io_rows.CLEARED.get(key)
            values = [cleared if v is io_rows.CLEAR else v for v in values]
        keys.append(target)
        default = bulk.DEFAULTS.get(target)
        cols.append([default if v is BLANK else v for v in values])
        given.pop(target, None)
    for key, value in given.items():
        keys.append(key)
        cols.append(repeat(value, n))
    rows = list(zip(*cols, strict=True)) if cols else [()] * n

    def record(j: int) -> dict[str, Any]:
        return dict(zip(keys, rows[j], strict=True))

    return record


def _places(
    ctx: Context, cols: dict[str, list[str]], parsed: dict[str, list[Any]], errors: dict[int, list[RowError]]
) -> None:
    """Villages, officers and households by name / number (each distinct value looked up once)."""

    def lookup(key: str, find: Any) -> None:  # noqa: ANN401
        col = cols[key]
        found: dict[str, Any] = {"": BLANK}
        for text in set(col):
            if text and text not in found:
                found[text] = io_rows.CLEAR if text.lower() in _CLEAR_WORDS else find(text)
        values = list(map(found.__getitem__, col))
        parsed[key] = values
        for j in compress(range(len(col)), col):
            if values[j].__class__ is RowError:
                _add(errors, j, values[j].column, values[j].message)
                values[j] = BLANK

    def village(text: str) -> Any:  # noqa: ANN401
        vid = ctx.villages.get(text.lower())
        return vid if vid is not None else RowError("", 0, "Thôn, bon", f"«{text}» không có trong danh mục.")

    def officer(text: str) -> Any:  # noqa: ANN401
        oid = ctx.officers.get(text.lower(), 0)
        if oid is None:
            return RowError("", 0, "Cán bộ vận động", f"hai cán bộ cùng tên «{text}».")
        if oid:
            return oid
        return RowError("", 0, "Cán bộ vận động", f"«{text}» không có trong danh sách cán bộ.")

    def household(text: str) -> Any:  # noqa: ANN401
        if text in ctx.households:
            return ctx.households[text]
        if text in ctx.new_households:
            return None
        return RowError("", 0, "Số hộ", f"hộ «{text}» chưa có trong CAXA và trong trang «{HOUSEHOLD_SHEET}».")

    lookup("village", village)
    lookup("mobilised_by", officer)
    lookup("household", household)


def _id_numbers(
    raw: list[Any], texts: list[str], present: set[int], errors: dict[int, list[RowError]]
) -> tuple[dict[int, str], dict[int, str], dict[int, int]]:
    """Row → ID number as written; row → a note on how it was read (a number cell); row → the
    earlier row of the file holding the same number.

    A malformed number is not refused: it is stored as written and flagged (the same rule as the
    person form, which saves it after a warning). Only what cannot be stored stops the import.
    """
    seen: dict[str, int] = {}
    out: dict[int, str] = {}
    notes: dict[int, str] = {}
    repeats: dict[int, int] = {}
    numeric = bool(set(map(type, raw)) - {str, type(None)})
    for j in sorted(present):
        text = texts[j]
        if not text:
            continue
        r = j + 2
        if len(text) == 12 and text.isdigit() and text.isascii():
            number = text  # the usual number: ``validate.id_number`` gives it back as it is
        else:
            if text.lower() in _CLEAR_WORDS and not (numeric and _is_number(raw[j])):
                _add(errors, j, ID_HEADER, "không xóa được số định danh bằng tệp nhập.")
                continue
            try:
                number = validate.id_number(ID_HEADER, text, accept_warning=True)
            except ValidationError as exc:
                _add(errors, j, ID_HEADER, exc.detail)
                continue
        if numeric and _is_number(raw[j]):
            notes[j] = f"ô dạng số ({text}), có thể đã mất số 0 ở đầu"
        if number in seen:
            repeats[j] = seen[number]
        else:
            seen[number] = r
        out[j] = number
    return out, notes, repeats


def _is_number(value: Any) -> bool:  # noqa: ANN401
    return isinstance(value, float | int) and not isinstance(value, bool)


def _id_warning(after: dict[str, Any], note: str, repeat: int | None) -> tuple[str, str] | None:
    """(rule, message) for a row whose ID number is kept but flagged; None when it is fine."""
    issue = after["id_issue"]
    if issue in idcard.WRONG:
        rule = f"id_{issue}"
        check = idcard.check(after["id_number"], sex=after["sex"], birth_year=after["birth_year"])
        message = check.message
    elif repeat is not None:
        rule, message = "id_duplicate", f"Số «{after['id_number']}» trùng với dòng {repeat} trong tệp."
    else:
        return None
    if note:
        message = f"{note[:1].upper()}{note[1:]}. {message}"
    return rule, f"{message} Đánh dấu «{quality.RULES[rule].label}»."


def _merge(before: dict[str, Any] | None, parsed: dict[str, Any], number: str) -> dict[str, Any]:
    """The stored values (or the defaults of a new person) with the filled cells applied."""
    after = dict(before) if before is not None else {**bulk.DEFAULTS, "id_number": number}
    after.pop("id", None)
    for key, value in parsed.items():
        if value is io_rows.CLEAR:
            value = io_rows.CLEARED[key]
        if key == "birth":
            after["birth_year"], after["birth_month"], after["birth_day"] = value
        elif key == "village":
            after["village_id"] = value
        elif key == "household":
            after["household_id"] = value
        else:
            after[key] = value
    after["id_number"] = number or after.get("id_number", "")
    after["id_issue"] = _issue_code(after["id_number"], after["sex"], after["birth_year"])
    return after


def _new_issue(number: str, sex: str | None, birth_year: int | None, fine: set[tuple]) -> str:
    """``_issue_code``, remembered for the 12-digit numbers found fine: their code depends on the
    first six digits (province, century and sex, year), the sex and the birth year only."""
    if len(number) == 12 and number.isdigit() and number.isascii():
        usual = (number[:6], sex, birth_year)
        if usual in fine:
            return ""
        code = _issue_code(number, sex, birth_year)
        if not code:
            fine.add(usual)
        return code
    return _issue_code(number, sex, birth_year)


def _issue_code(number: str, sex: str | None, birth_year: int | None) -> str:
    """``idcard.issue_code``, answered here for the usual number (12 digits, a known province, the
    century/sex and year digits agreeing); any other goes through ``idcard``."""
    if len(number) == 12 and number.isdigit() and number.isascii() and number[:3] in idcard.provinces():
        g = ord(number[3]) - 48
        if (sex not in ("M", "F") or sex == ("F" if g % 2 else "M")) and (
            birth_year is None
            or (1900 + g // 2 * 100 == birth_year // 100 * 100 and number[4:6] == f"{birth_year % 100:02d}")
        ):
            return ""
    return idcard.issue_code(number, sex, birth_year)


def _show(ctx: Context, key: str, value: Any) -> str:  # noqa: ANN401
    if value is None or value == "":
        return ""
    if key == "village_id":
        return ctx.village_labels.get(value, str(value))
    if key == "household_id":
        return ctx.household_numbers.get(value, str(value))
    if key == "mobilised_by":
        return ctx.officer_names.get(value, str(value))
    labels = _LABELS.get(key)
    if labels is not None:
        return labels.get(value, str(value))
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


def _change(
    ctx: Context, r: int, person_id: int | None, after: dict[str, Any], changed: dict[str, tuple[Any, Any]]
) -> PersonChange:
    """What the dry run shows for one row: every changed field (a new person: none listed)."""
    if not changed:
        return PersonChange(r, person_id, after["full_name"], after["id_number"])
    fields: list[tuple[str, str, str]] = []
    if any(k in changed for k in _BIRTH):
        old = [changed[k][0] if k in changed else after[k] for k in _BIRTH]
        fields.append(
            ("Ngày sinh", validate.birth_text(*old), validate.birth_text(*(after[k] for k in _BIRTH)))
        )
    for key, (old, new) in changed.items():
        if key not in _BIRTH and key != "id_issue":
            fields.append((KEY_COLUMN.get(key, key), _show(ctx, key, old), _show(ctx, key, new)))
    if after.get("_household_number"):
        fields = [(c, old, after["_household_number"] if c == "Số hộ" else new) for c, old, new in fields]
    return PersonChange(r, person_id, after["full_name"], after["id_number"], tuple(fields))
