"""The all-or-nothing import of persons and households from the CAXA template (python-calamine).

The file is first checked by ``desktop.xlsx_guard`` (size, zip bombs, far cells, DTDs, formulas in
any form) and only then read. Everything is checked before anything is written; any bad row,
column, merged cell, formula or wrong sheet is listed in Vietnamese and nothing is written.

A person whose ID number is already in CAXA is updated, and only in the cells that are filled: a
blank cell keeps what is stored, the word ``xóa`` clears an optional field (``io_rows``). Every
field an import changes is logged (old → new) under the clerk who imports, as an edit would be,
and a dry run lists per person what would change (``ImportReport.changes``).

The reading is column-wise: each column is cleaned once and each distinct value parsed once; the
rules between fields run once per row. Rows are checked in ``_check_rows`` one kind of problem at a
time, so that a problem can later become a warning (e.g. keeping rows with a malformed ID number).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import logging
from collections.abc import Iterator
from itertools import compress
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop import xlsx_guard
from desktop.db import UnitOfWork
from desktop.errors import CaxaError, FileRefused, ValidationError
from desktop.jobs import SILENT, Progress
from desktop.residents import bulk, idcard, io_rows, quality, validate
from desktop.residents.io import (
    FIELD_TO_COLUMN,
    HOUSEHOLD_COLUMNS,
    HOUSEHOLD_SHEET,
    LATER_COLUMNS,
    PERSON_COLUMNS,
    PERSON_SHEET,
    ImportFailed,
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
    Household,
    Person,
)
from desktop.residents.service import check_rules
from desktop.settings import Village
from desktop.staff.models import Officer
from desktop.text import format_date, format_int

logger = logging.getLogger(__name__)

MAX_ROWS = 60_000
#: the person columns stored as they are read (all but id, the derived keys and bookkeeping)
DERIVED = ("id", "name_key", "order_key", "search_key")
STORED = [c.key for c in Person.__table__.columns if c.key not in DERIVED]
KEY_COLUMN = {key: header for header, key, _req, _t in PERSON_COLUMNS}
KEY_COLUMN.update(birth_year="Ngày sinh", birth_month="Ngày sinh", birth_day="Ngày sinh")
KEY_COLUMN.update(village_id="Thôn, bon", household_id="Số hộ")


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while hundreds of thousands of acyclic cells and rows are made
    (each automatic pass would walk every object made so far)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _limits() -> xlsx_guard.Limits:
    return xlsx_guard.Limits(rows=max(MAX_ROWS + 1_000, 2_000), columns=256)


def _read_book(path: Path, report: ImportReport) -> dict[str, list[list[Any]]]:
    """The sheets to import, as rows of cell values; file-level problems raise FileRefused."""
    info = xlsx_guard.inspect_xlsx(path, _limits())
    person = info.sheet(PERSON_SHEET)
    if person is None:
        names = ", ".join(f"«{s.name}»" for s in info.sheets)
        report.errors.append(
            RowError(path.name, 0, "", f"không có trang «{PERSON_SHEET}» (các trang có: {names}).")
        )
        return {}
    wanted = [s for s in (info.sheet(HOUSEHOLD_SHEET), person) if s is not None]
    for sheet in wanted:
        if sheet.merged:
            report.errors.append(
                RowError(
                    sheet.name,
                    0,
                    "",
                    f"có {len(sheet.merged)} vùng ô gộp (vd. {sheet.merged[0]}); hãy bỏ gộp ô.",
                )
            )
        if sheet.formulas:
            cells = ", ".join(sheet.formula_cells) + (
                "…" if sheet.formulas > len(sheet.formula_cells) else ""
            )
            report.errors.append(
                RowError(sheet.name, 0, "", f"có công thức ở ô {cells}; hãy dán giá trị (Paste Values).")
            )
    _too_many_rows(person.rows, report)
    if report.errors:
        return {}
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        with paused_gc():
            sheets = {
                s.name: book.get_sheet_by_name(s.name).to_python(skip_empty_area=False) for s in wanted
            }
    except Exception as exc:  # calamine's own error types (broken XML, bad values)
        logger.info("calamine could not read %s: %s", path.name, exc)
        raise FileRefused(
            path.name, "bị hỏng, không đọc được nội dung (hãy mở bằng Excel, kiểm tra rồi lưu lại)."
        ) from None
    # the guard takes the last cell's row of each piece; a cell out of order can reach further
    _too_many_rows(len(sheets[PERSON_SHEET]), report)
    return {} if report.errors else sheets


def _too_many_rows(rows: int, report: ImportReport) -> None:
    if rows - 1 > MAX_ROWS:
        report.errors.append(
            RowError(
                PERSON_SHEET,
                0,
                "",
                f"có {format_int(rows - 1)} dòng, quá giới hạn "
                f"{format_int(MAX_ROWS)} dòng một lần nhập; hãy chia thành nhiều tệp.",
            )
        )


def _header_map(
    sheet: str, header: list[Any], expected: list[tuple[str, bool]], report: ImportReport
) -> dict[str, int]:
    names = [n.rstrip("*").strip() for n in io_rows.clean_column(header, header="", first_row=1, errors=[])]
    index: dict[str, int] = {}
    for i, name in enumerate(names):
        if not name:
            continue
        if name in index:
            report.errors.append(
                RowError(
                    sheet,
                    1,
                    name,
                    f"có hai cột cùng tên (cột {xlsx_guard.column_letter(index[name] + 1)} và "
                    f"{xlsx_guard.column_letter(i + 1)}); hãy xóa hoặc đổi tên một cột.",
                )
            )
            continue
        index[name] = i
    missing = [name for name, required in expected if name not in index and required]
    missing += [
        name
        for name, required in expected
        if name not in index and not required and name not in LATER_COLUMNS
    ]
    if missing:
        report.errors.append(
            RowError(
                sheet,
                1,
                "",
                "thiếu cột "
                + ", ".join(f"«{m}»" for m in missing)
                + " (hãy dùng tệp mẫu của CAXA: caxa template residents).",
            )
        )
    return index


def _column(rows: list[list[Any]], i: int) -> list[Any]:
    return [row[i] if i < len(row) else None for row in rows]


def _columns(rows: list[list[Any]], width: int) -> list[list[Any]]:
    """The rows turned into columns (calamine's rows all have the sheet's width)."""
    if rows and len(set(map(len, rows))) == 1 and len(rows[0]) >= width:
        return [list(col) for col in zip(*rows, strict=True)]
    return [_column(rows, i) for i in range(width)]


def read_import(uow: UnitOfWork, path: Path | str, progress: Progress = SILENT) -> tuple[ImportReport, dict]:
    """Read and check everything; returns the report and the plan to write (nothing written)."""
    uow.require("write")
    path = Path(path)
    report = ImportReport()
    if not path.exists():
        raise CaxaError(f"Không có tệp {path}.")
    sheets = _read_book(path, report)
    if not sheets:
        return report, {}
    villages: dict[str, int] = {}
    for v in uow.session.scalars(select(Village)):
        villages[validate.clean(f"{v.kind} {v.name}").lower()] = v.id
        villages.setdefault(validate.clean(v.name).lower(), v.id)
    households = dict(uow.session.execute(select(Household.number, Household.id)).all())
    new_households = _read_households(sheets.get(HOUSEHOLD_SHEET) or [], villages, households, report)
    rows = sheets[PERSON_SHEET]
    if not rows:
        report.errors.append(RowError(PERSON_SHEET, 0, "", "trang trống."))
        return report, {}
    idx = _header_map(PERSON_SHEET, rows[0], [(h, req) for h, _k, req, _t in PERSON_COLUMNS], report)
    if report.errors:
        return report, {}
    body = rows[1:]
    progress.step(0, 3, "Đang kiểm tra")
    ctx = _Context(uow, villages, households, new_households)
    with paused_gc():
        plan = _check_rows(ctx, body, idx, report, progress)
    report.households_new = len(new_households)
    plan["households"] = list(new_households.values())
    return report, plan


def _read_households(
    rows: list[list[Any]], villages: dict[str, int], existing: dict[str, int], report: ImportReport
) -> dict[str, dict]:
    new: dict[str, dict] = {}
    if not rows:
        return new
    idx = _header_map(HOUSEHOLD_SHEET, rows[0], HOUSEHOLD_COLUMNS, report)
    errors: list[tuple[int, str, str]] = []
    cols = {
        name: io_rows.clean_column(_column(rows[1:], i), header=name, first_row=2, errors=errors)
        for name, i in idx.items()
    }
    report.errors.extend(RowError(HOUSEHOLD_SHEET, r, c, m) for r, c, m in errors)
    blank = [""] * (len(rows) - 1)
    for j, values in enumerate(zip(*(cols.get(n, blank) for n, _ in HOUSEHOLD_COLUMNS), strict=True)):
        if not any(values):
            continue
        r = j + 2
        number, village, address, note = values
        if not number:
            report.errors.append(RowError(HOUSEHOLD_SHEET, r, "Số hộ", "không được để trống."))
        elif number in new:
            report.errors.append(RowError(HOUSEHOLD_SHEET, r, "Số hộ", f"«{number}» lặp lại trong tệp."))
        vid = villages.get(village.lower())
        if vid is None:
            report.errors.append(
                RowError(HOUSEHOLD_SHEET, r, "Thôn, bon", f"«{village}» không có trong danh mục.")
            )
        if number and vid and number not in existing:
            new[number] = {"number": number, "village_id": vid, "address": address[:250], "note": note}
    return new


_BIRTH = ("birth_year", "birth_month", "birth_day")
_LABELS: dict[str, dict[Any, str]] = {
    "sex": SEXES,
    "status": STATUSES,
    "strike_ground": STRIKE_GROUNDS,
    "id_card_status": ID_CARD_STATUSES,
    "id_card_kind": ID_CARD_KINDS,
    "vneid_level": VNEID_LEVELS,
}


class _Context:
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
    several persons maps to their count: which one to update cannot be told)."""
    table = Person.__table__
    cols = [table.c.id, *(table.c[k] for k in STORED)]
    out: dict[str, Any] = {}
    for start in range(0, len(numbers), 5000):
        chunk = numbers[start : start + 5000]
        for row in uow.session.execute(select(*cols).where(table.c.id_number.in_(chunk))).mappings():
            found = out.get(row["id_number"])
            if found is None:
                out[row["id_number"]] = dict(row)
            else:
                out[row["id_number"]] = (found if isinstance(found, int) else 1) + 1
    return out


def _check_rows(
    ctx: _Context, body: list[list[Any]], idx: dict[str, int], report: ImportReport, progress: Progress
) -> dict:
    n = len(body)
    bidi: list[tuple[int, str, str]] = []
    columns = _columns(body, max(idx.values()) + 1)
    raw_ids = columns[idx["Số định danh cá nhân"]]
    cols: dict[str, list[str]] = {}
    blank: list[Any] = [None] * n
    for header, key, _req, _t in PERSON_COLUMNS:
        column = columns[idx[header]] if header in idx else blank
        cols[key] = io_rows.clean_column(column, header=header, first_row=2, errors=bidi)
    present: set[int] = set()
    for col in cols.values():
        present.update(compress(range(n), col))
    errors: dict[int, list[RowError]] = {}
    for r, column, message in bidi:
        present.add(r - 2)
        errors.setdefault(r - 2, []).append(RowError(PERSON_SHEET, r, column, message))
    parsed: list[dict[str, Any]] = [{} for _ in range(n)]
    parsers = io_rows.field_parsers(ctx.today)
    for key, (label, parse, cache) in parsers.items():
        column = io_rows.ColumnParser(key, label, parse, cache)
        col = cols[key]
        for j in compress(range(n), col):
            value = column(col[j])
            if value.__class__ is ValidationError:
                errors.setdefault(j, []).append(RowError(PERSON_SHEET, j + 2, KEY_COLUMN[key], value.detail))
            else:
                parsed[j][key] = value
    _places(ctx, cols, parsed, errors)
    numbers, notes, repeats = _id_numbers(raw_ids, cols["id_number"], present, errors)
    stored = _stored(ctx.uow, sorted({x for x in numbers.values() if x}))
    for j, first in repeats.items():
        if numbers[j] in stored:
            errors.setdefault(j, []).append(
                RowError(
                    PERSON_SHEET,
                    j + 2,
                    "Số định danh cá nhân",
                    f"«{numbers[j]}» trùng với dòng {first} trong tệp và đã có trong CAXA: không biết "
                    "dòng nào cập nhật người đó.",
                )
            )
    flagged: dict[str, int] = {}
    inserts: list[dict] = []
    updates: list[dict] = []
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
                    "Số định danh cá nhân",
                    f"«{number}» đang ghi cho {before} người trong CAXA, không biết cập nhật người nào; "
                    "hãy xử lý trùng số định danh trước (trang Lỗi dữ liệu).",
                )
            )
        if before is None:
            for key in ("full_name", "sex"):
                if not cols[key][j] and not any(e.column == KEY_COLUMN[key] for e in row_errors):
                    row_errors.append(RowError(PERSON_SHEET, r, KEY_COLUMN[key], "không được để trống."))
        if row_errors:
            report.errors.extend(row_errors)
            continue
        after = _merge(before, parsed[j], number)
        try:
            check_rules(after)
        except ValidationError as exc:
            report.errors.append(
                RowError(PERSON_SHEET, r, FIELD_TO_COLUMN.get(exc.field, exc.field), exc.detail)
            )
            continue
        if number and (flag := _id_warning(after, notes.get(j, ""), repeats.get(j))) is not None:
            flagged[flag[0]] = flagged.get(flag[0], 0) + 1
            report.warnings.append(RowError(PERSON_SHEET, r, "Số định danh cá nhân", flag[1]))
        household = cols["household"][j]
        if household and household in ctx.new_households and after["household_id"] is None:
            after["_household_number"] = household
            if "village" not in parsed[j]:
                after["village_id"] = ctx.new_households[household]["village_id"]
        if before is None:
            inserts.append(after)
            report.changes.append(_change(ctx, r, None, after, {}))
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


def _places(
    ctx: _Context, cols: dict[str, list[str]], parsed: list[dict[str, Any]], errors: dict[int, list[RowError]]
) -> None:
    """Villages and households by name / number (looked up once per distinct value)."""
    col = cols["village"]
    for j in compress(range(len(col)), col):
        text = col[j]
        if text.lower() in ("xóa", "xoá"):
            parsed[j]["village"] = io_rows.CLEAR
        elif (vid := ctx.villages.get(text.lower())) is not None:
            parsed[j]["village"] = vid
        else:
            errors.setdefault(j, []).append(
                RowError(PERSON_SHEET, j + 2, "Thôn, bon", f"«{text}» không có trong danh mục.")
            )
    col = cols["mobilised_by"]
    for j in compress(range(len(col)), col):
        text = col[j]
        if text.lower() in ("xóa", "xoá"):
            parsed[j]["mobilised_by"] = io_rows.CLEAR
        elif (oid := ctx.officers.get(text.lower(), 0)) is None:
            errors.setdefault(j, []).append(
                RowError(PERSON_SHEET, j + 2, "Cán bộ vận động", f"hai cán bộ cùng tên «{text}».")
            )
        elif oid:
            parsed[j]["mobilised_by"] = oid
        else:
            errors.setdefault(j, []).append(
                RowError(PERSON_SHEET, j + 2, "Cán bộ vận động", f"«{text}» không có trong danh sách cán bộ.")
            )
    col = cols["household"]
    for j in compress(range(len(col)), col):
        text = col[j]
        if text.lower() in ("xóa", "xoá"):
            parsed[j]["household"] = io_rows.CLEAR
        elif text in ctx.households:
            parsed[j]["household"] = ctx.households[text]
        elif text in ctx.new_households:
            parsed[j]["household"] = None
        else:
            errors.setdefault(j, []).append(
                RowError(
                    PERSON_SHEET,
                    j + 2,
                    "Số hộ",
                    f"hộ «{text}» chưa có trong CAXA và trong trang «{HOUSEHOLD_SHEET}».",
                )
            )


def _id_numbers(
    raw: list[Any], texts: list[str], present: set[int], errors: dict[int, list[RowError]]
) -> tuple[dict[int, str], dict[int, str], dict[int, int]]:
    """Row → ID number as written; row → a note on how it was read (a number cell); row → the
    earlier row of the file holding the same number.

    A malformed number is not refused: it is stored as written and flagged (the same rule as the
    person form, which saves it after a warning). Only what cannot be stored stops the import.
    """
    column = "Số định danh cá nhân"
    seen: dict[str, int] = {}
    out: dict[int, str] = {}
    notes: dict[int, str] = {}
    repeats: dict[int, int] = {}
    for j in sorted(present):
        value, r = raw[j], j + 2
        text = texts[j]
        if not text:
            continue
        if isinstance(value, float | int) and not isinstance(value, bool):
            notes[j] = f"ô dạng số ({text}), có thể đã mất số 0 ở đầu"
        elif text.lower() in ("xóa", "xoá"):
            errors.setdefault(j, []).append(
                RowError(PERSON_SHEET, r, column, "không xóa được số định danh bằng tệp nhập.")
            )
            continue
        try:
            number = validate.id_number(column, text, accept_warning=True)
        except ValidationError as exc:
            errors.setdefault(j, []).append(RowError(PERSON_SHEET, r, column, exc.detail))
            continue
        if number in seen:
            repeats[j] = seen[number]
        else:
            seen[number] = r
        out[j] = number
    return out, notes, repeats


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


def _show(ctx: _Context, key: str, value: Any) -> str:
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
    ctx: _Context, r: int, person_id: int | None, after: dict[str, Any], changed: dict[str, tuple[Any, Any]]
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


# the writing: its own module, reachable from here
from desktop.residents.io_write import write_import  # noqa: E402


def import_persons(
    uow: UnitOfWork, path: Path | str, *, dry_run: bool = False, progress: Progress = SILENT
) -> ImportReport:
    """Check the whole file; write nothing when any row is bad (ImportFailed lists every error)."""
    report, plan = read_import(uow, path, progress)
    if report.errors:
        raise ImportFailed(report)
    if not dry_run:
        write_import(uow, report, plan, Path(path).name, progress)
    return report
