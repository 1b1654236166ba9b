"""Reading a monthly report's workbook back (its "Dữ liệu" sheet), for the province roll-up.

The file is checked with ``xlsx_guard`` before openpyxl opens it (size, zip bombs, XML entities,
sheet dimensions), the data sheet must hold no formula, and every value taken is checked; anything
else is a ``ValidationError`` naming the file.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.errors import FileRefused, ValidationError
from desktop.reports.monthly import model
from desktop.reports.monthly.model import FORMAT, FORMAT_VERSION, Figure, MonthlyReport, Number, Section
from desktop.reports.monthly.workbook import _CONTROL, DATA_COLUMNS, DATA_SHEET, META_KEYS, SHEET_ROWS, _text

#: a report's workbook is small: far tighter limits than an import's
LIMITS_ROWS = 20_000
LIMITS_COLUMNS = 64
_MAX_TEXT = 500


def _limits() -> Any:
    from desktop.xlsx_guard import Limits

    # check sheets may run long; the data sheet itself is held to LIMITS_ROWS below
    return Limits(members=200, rows=SHEET_ROWS + 10, columns=LIMITS_COLUMNS, area=8 * (SHEET_ROWS + 10))


class _Refused(Exception):
    pass


def _cell_text(value: object, what: str, *, required: bool = False, limit: int = _MAX_TEXT) -> str:
    if value is None:
        text = ""
    elif isinstance(value, str):
        text = value.strip()
    elif isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        text = str(value)
    else:
        raise _Refused(f"{what} không phải chữ.")
    if required and not text:
        raise _Refused(f"thiếu {what}.")
    if len(text) > limit:
        raise _Refused(f"{what} dài quá {limit} ký tự.")
    return unicodedata.normalize("NFC", text)


def _cell_number(value: object, what: str, *, required: bool = False) -> Number | None:
    """An Excel number as the report holds it: an integer, or a decimal with at most 3 places."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise _Refused(f"thiếu {what}.")
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise _Refused(f"{what} không phải số ({_text(value)[:30]!s}).")
    if isinstance(value, float) and not math.isfinite(value):
        raise _Refused(f"{what} không phải số hữu hạn.")
    if abs(value) >= 10**15:
        raise _Refused(f"{what} quá lớn.")
    number = Decimal(str(value)).quantize(Decimal("0.001"))
    return int(number) if number == number.to_integral_value() else number.normalize()


def read_workbook(path: Path | str) -> MonthlyReport:
    """The report a workbook written by ``workbook_bytes`` holds (its "Dữ liệu" sheet): station,
    period, version and figures by section and item (the narrative stays in the workbook).
    Raises ValidationError naming the file for anything else."""
    from desktop.xlsx_guard import inspect_xlsx

    path = Path(path)
    field = f"Tệp «{path.name}»"
    try:
        info = inspect_xlsx(path, _limits())
    except FileRefused as exc:
        raise ValidationError(field, exc.reason) from None
    sheet = info.sheet(DATA_SHEET)
    if sheet is None:
        raise ValidationError(field, f"không có trang «{DATA_SHEET}»: không phải tệp Excel báo cáo tháng "
                                     "do CAXA xuất ra.")
    if sheet.formulas:
        cells = ", ".join(sheet.formula_cells)
        raise ValidationError(field, f"trang «{DATA_SHEET}» có công thức (ô {cells}); trang này chỉ chứa "
                                     "số liệu, hãy xuất lại từ CAXA.")
    if sheet.rows > LIMITS_ROWS:
        raise ValidationError(field, f"trang «{DATA_SHEET}» có {sheet.rows} dòng, quá {LIMITS_ROWS}.")
    try:
        rows = _sheet_rows(path)
    except _Refused as exc:
        raise ValidationError(field, str(exc)) from None
    except Exception as exc:  # openpyxl's many ways to fail on a damaged part
        raise ValidationError(field, f"không đọc được trang «{DATA_SHEET}» ({type(exc).__name__}).") from None
    try:
        return _report(rows)
    except _Refused as exc:
        raise ValidationError(field, f"trang «{DATA_SHEET}»: {exc}") from None


def _sheet_rows(path: Path) -> list[tuple[object, ...]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    try:
        ws = book[DATA_SHEET]
        return [tuple(r) for r in ws.iter_rows(max_col=len(DATA_COLUMNS), values_only=True)]
    finally:
        book.close()


def _report(rows: list[tuple[object, ...]]) -> MonthlyReport:
    meta: dict[str, object] = {}
    header_at = None
    for i, row in enumerate(rows):
        first = row[0] if row else None
        if first == DATA_COLUMNS[0]:
            header_at = i
            break
        if isinstance(first, str) and first in META_KEYS:
            meta[first] = row[1] if len(row) > 1 else None
    if header_at is None:
        raise _Refused("không thấy dòng tiêu đề số liệu (key, label, …).")
    header = tuple(_cell_text(c, "tên cột") for c in rows[header_at])
    if header[: len(DATA_COLUMNS)] != DATA_COLUMNS:
        raise _Refused("các cột số liệu không đúng mẫu (key, label, unit, value …).")
    if meta.get("format") != FORMAT:
        found = _text(meta.get("format"))[:40]
        raise _Refused(f"không phải dữ liệu báo cáo tháng CAXA (định dạng «{found}»).")
    version = _cell_number(meta.get("format_version"), "phiên bản định dạng", required=True)
    if version != FORMAT_VERSION:
        raise _Refused(f"dùng phiên bản định dạng {version}, phiên bản CAXA này đọc là {FORMAT_VERSION}.")
    try:
        start = dt.date.fromisoformat(_cell_text(meta.get("period_from"), "ngày đầu kỳ", required=True))
        end = dt.date.fromisoformat(_cell_text(meta.get("period_to"), "ngày cuối kỳ", required=True))
        issued_text = _cell_text(meta.get("issued_at"), "thời điểm ban hành")
        issued_at = dt.datetime.fromisoformat(issued_text) if issued_text else None
    except ValueError:
        raise _Refused("ngày của kỳ báo cáo hoặc ngày ban hành sai.") from None
    if end < start or (end - start).days > 62:
        raise _Refused("kỳ báo cáo sai (ngày cuối trước ngày đầu hoặc dài hơn hai tháng).")
    report_version = _cell_number(meta.get("version"), "lần ban hành")
    if report_version is not None and (not isinstance(report_version, int) or report_version < 1):
        raise _Refused("lần ban hành phải là số nguyên dương.")
    station = model.Station(_cell_text(meta.get("station_code"), "mã đơn vị", limit=20),
                      _cell_text(meta.get("station_name"), "tên đơn vị", required=True, limit=200),
                      _cell_text(meta.get("province"), "tỉnh", limit=200))
    sections: dict[tuple[str, str], dict[tuple[str, str], list[Figure]]] = {}
    seen: set[str] = set()
    for n, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        row = tuple(row) + (None,) * (len(DATA_COLUMNS) - len(row))
        if all(c is None or c == "" for c in row):
            continue
        try:
            f, where = _figure(row)
        except _Refused as exc:
            raise _Refused(f"dòng {n}: {exc}") from None
        if f.key in seen:
            raise _Refused(f"dòng {n}: số liệu «{f.key}» xuất hiện hai lần.")
        seen.add(f.key)
        sections.setdefault(where[:2], {}).setdefault(where[2:], []).append(f)
    return MonthlyReport(
        station=station, period=model.Period(start, end),
        sections=tuple(Section(number, title, tuple(model.Item(i_no, i_title, tuple(figs))
                                                   for (i_no, i_title), figs in items.items()))
                       for (number, title), items in sections.items()),
        version=report_version, number_label=_cell_text(meta.get("number"), "số văn bản", limit=40) or None,
        issued_at=issued_at,
    )


_KEY = re.compile(r"[a-z][a-z0-9_]*(\.[^\s.][^.]*)+")


def _figure(row: tuple[object, ...]) -> tuple[Figure, tuple[str, str, str, str]]:
    key = _cell_text(row[0], "mã số liệu (key)", required=True, limit=200)
    if not _KEY.fullmatch(key) or _CONTROL.search(key):
        raise _Refused(f"mã số liệu «{key[:60]}» sai mẫu <lĩnh vực>.<đường dẫn>.")
    stock = row[7]
    if stock not in (True, False, None, 0, 1):
        raise _Refused("cột stock phải là TRUE hoặc FALSE.")
    figure = Figure(
        key=key,
        label=_cell_text(row[1], "tên chỉ tiêu", required=True),
        unit=_cell_text(row[2], "đơn vị tính", limit=40),
        value=_cell_number(row[3], "số liệu tháng này", required=True),  # type: ignore[arg-type]
        previous=_cell_number(row[4], "số liệu tháng trước"),
        last_year=_cell_number(row[5], "số liệu cùng kỳ năm trước"),
        year_to_date=_cell_number(row[6], "số liệu lũy kế năm"),
        stock=bool(stock),
    )
    where = tuple(_cell_text(c, "mục") for c in row[8:12])
    return figure, where  # type: ignore[return-value]
