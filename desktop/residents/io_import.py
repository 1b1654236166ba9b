"""The all-or-nothing import of persons and households from the CAXA template (python-calamine).

The file is first checked by ``desktop.xlsx_guard`` (size, zip bombs, far cells, DTDs, formulas in
any form) and only then read. Everything is checked before anything is written; any bad row,
column, merged cell, formula or wrong sheet is listed in Vietnamese and nothing is written.

A person whose ID number is already in CAXA is updated, and only in the cells that are filled: a
blank cell keeps what is stored, the word ``xóa`` clears an optional field (``io_rows``). Every
field an import changes is logged (old → new) under the clerk who imports, as an edit would be,
and a dry run lists per person what would change (``ImportReport.changes``).

The reading is column-wise: each column is cleaned once and each distinct value parsed once; the
rules between fields run once per row (``io_check``). Rows are checked one kind of problem at a
time, so that a problem can later become a warning (e.g. keeping rows with a malformed ID number).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop import xlsx_guard
from desktop.db import UnitOfWork
from desktop.errors import CaxaError, FileRefused
from desktop.jobs import SILENT, Progress
from desktop.residents import io_check, io_rows, validate
from desktop.residents.io import (
    HOUSEHOLD_COLUMNS,
    HOUSEHOLD_SHEET,
    LATER_COLUMNS,
    PERSON_COLUMNS,
    PERSON_SHEET,
    ImportFailed,
    ImportReport,
    RowError,
)
from desktop.residents.io_check import (  # noqa: F401  (their old home: kept importable from here)
    DERIVED,
    KEY_COLUMN,
    STORED,
    _issue_code,
    _merge,
)
from desktop.residents.io_rows import paused_gc
from desktop.residents.io_write import write_import
from desktop.residents.models import Household
from desktop.settings import Village
from desktop.text import format_int

logger = logging.getLogger(__name__)

MAX_ROWS = 60_000


def _limits() -> xlsx_guard.Limits:
    return xlsx_guard.Limits(rows=max(MAX_ROWS + 1_000, 2_000), columns=256)


def _read_book(path: Path, report: ImportReport) -> dict[str, list[list[Any]]]:
    """The sheets to import, as rows of cell values; file-level problems raise FileRefused."""
    with report.timed("guard"):
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
        with paused_gc(), report.timed("read"):
            book = CalamineWorkbook.from_path(str(path))
            sheets = {s.name: book.get_sheet_by_name(s.name).to_python(skip_empty_area=False) for s in wanted}
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
    with report.timed("check"):
        return _check(uow, sheets, report, progress)


def _check(
    uow: UnitOfWork, sheets: dict[str, list[list[Any]]], report: ImportReport, progress: Progress
) -> tuple[ImportReport, dict]:
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
    ctx = io_check.Context(uow, villages, households, new_households)
    with paused_gc():
        plan = io_check.check_rows(ctx, body, idx, report, progress)
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
        name: io_rows.clean_column(io_check.column(rows[1:], i), header=name, first_row=2, errors=errors)
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
