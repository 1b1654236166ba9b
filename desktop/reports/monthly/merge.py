"""The province roll-up: several communes' monthly reports combined into one table.

``combine(paths)`` reads each file — the JSON of ``caxa report monthly --json`` or the workbook the
report writes (its "Dữ liệu" sheet) — and makes a row per commune (station code and name) with a
column per figure key (the label as header) and a totals row; stock figures are summed too (each is
a commune's count). It refuses, naming the file: a file it cannot read, another format or format
version (or files of mixed versions), a period different from the first file's, and the same
commune twice (two versions of one report included). ``write_xlsx`` writes the table through a
temporary file that replaces the target only once complete. Needs no database.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.errors import ValidationError
from desktop.reports.monthly.model import FORMAT, FORMAT_VERSION, MonthlyReport, Number, Period
from desktop.text import fold, format_date

__all__ = ["Column", "Commune", "Rollup", "combine", "load", "merge_files", "write_xlsx"]

#: a JSON report is small (a few hundred figures); anything much larger is not one
MAX_JSON_BYTES = 8 * 1024 * 1024
MAX_FILES = 2_000


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    unit: str
    stock: bool


@dataclass(frozen=True)
class Commune:
    code: str
    name: str
    source: str  # the file's name
    values: dict[str, Number]


@dataclass(frozen=True)
class Rollup:
    period: Period
    format_version: int
    columns: tuple[Column, ...]
    communes: tuple[Commune, ...]
    totals: dict[str, Number]


def _field(path: Path) -> str:
    return f"Tệp «{path.name}»"


def _read_json(path: Path) -> dict[str, Any]:
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise ValidationError(_field(path), f"lớn {size // 1024} KB, không phải một báo cáo tháng.")
        data = json.loads(path.read_bytes().decode("utf-8-sig"), parse_float=Decimal)
    except FileNotFoundError:
        raise ValidationError(_field(path), "không có.") from None
    except OSError as exc:
        raise ValidationError(_field(path), f"không đọc được ({exc.strerror or exc}).") from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ValidationError(_field(path), "không phải tệp JSON hợp lệ.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(_field(path), "không phải báo cáo tháng CAXA (thiếu «format»: "
                                            f"«{FORMAT}»).")
    return data


def _from_json(path: Path, data: dict[str, Any]) -> MonthlyReport:
    try:
        return _from_layout(data)
    except ValidationError as exc:
        raise ValidationError(_field(path), exc.detail) from None
    except (TypeError, ValueError, AttributeError, ArithmeticError):
        raise ValidationError(_field(path), "có số liệu hoặc ngày tháng sai mẫu của báo cáo tháng.") from None


def _value(data: dict[str, Any], name: str, *, required: bool = False) -> Number | None:
    value = data.get(name)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int | Decimal) or not Decimal(value).is_finite():
        raise ValidationError("Số liệu", f"«{name}» không phải số.")
    if isinstance(value, Decimal):
        value = value.quantize(Decimal("0.001"))
        return int(value) if value == value.to_integral_value() else value.normalize()
    return value


def _from_layout(data: dict[str, Any]) -> MonthlyReport:
    """The documented JSON layout (README, "Báo cáo tháng"): station, period, issue fields, figures."""
    from desktop.reports.monthly.model import Figure, Item, Section, Station

    station, period, figures = data.get("station"), data.get("period"), data.get("figures")
    if not isinstance(station, dict) or not isinstance(period, dict) or not isinstance(figures, dict):
        raise ValidationError("Nội dung", "thiếu phần station, period hoặc figures.")
    start, end = dt.date.fromisoformat(period["from"]), dt.date.fromisoformat(period["to"])
    if end < start:
        raise ValidationError("Kỳ báo cáo", "ngày cuối trước ngày đầu.")
    items = []
    for key, f in figures.items():
        if not isinstance(f, dict) or not isinstance(key, str) or "." not in key:
            raise ValidationError("Số liệu", f"«{str(key)[:60]}» sai mẫu.")
        items.append(Figure(key, str(f.get("label") or key), str(f.get("unit") or ""),
                            _value(f, "value", required=True),  # type: ignore[arg-type]
                            _value(f, "previous"), _value(f, "last_year"), _value(f, "year_to_date"),
                            bool(f.get("stock", False))))
    version, issued = data.get("version"), data.get("issued_at")
    if version is not None and (isinstance(version, bool) or not isinstance(version, int) or version < 1):
        raise ValidationError("Lần ban hành", "phải là số nguyên dương.")
    return MonthlyReport(
        station=Station(str(station.get("code") or ""), str(station.get("name") or ""),
                        str(station.get("province") or "")),
        period=Period(start, end), sections=(Section("", "", (Item("", "", tuple(items)),)),),
        version=version, number_label=data.get("number") or None,
        issued_at=dt.datetime.fromisoformat(issued) if issued else None,
    )


def load(path: Path | str) -> tuple[MonthlyReport, int]:
    """One commune's report and its format version, from a .json or .xlsx file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        data = _read_json(path)
        version = data.get("format_version")
        if version != FORMAT_VERSION:
            raise ValidationError(_field(path), f"dùng phiên bản định dạng {version!s}, phiên bản CAXA "
                                                f"này đọc là {FORMAT_VERSION}.")
        return _from_json(path, data), FORMAT_VERSION
    if suffix == ".xlsx":
        from desktop.reports.monthly.workbook import read_workbook

        return read_workbook(path), FORMAT_VERSION
    raise ValidationError(_field(path), "không phải tệp .json hoặc .xlsx của báo cáo tháng.")


def _period_text(p: Period) -> str:
    return f"từ ngày {format_date(p.start)} đến ngày {format_date(p.end)}"


def _commune_key(report: MonthlyReport) -> str:
    return report.station.code.strip() or fold(report.station.name)


def _peek_version(path: Path) -> object:
    """A JSON file's declared format version (before it is read in full); None for a workbook."""
    if path.suffix.lower() != ".json":
        return None
    return _read_json(path).get("format_version")


def combine(paths: Sequence[Path | str]) -> Rollup:
    """The communes' reports as one table (see the module docstring)."""
    files = [Path(p) for p in paths]
    if not files:
        raise ValidationError("Tệp báo cáo", "chưa chọn tệp nào để tổng hợp.")
    if len(files) > MAX_FILES:
        raise ValidationError("Tệp báo cáo", f"nhiều hơn {MAX_FILES} tệp.")
    versions = [(p, _peek_version(p)) for p in files]
    declared = [(p, v) for p, v in versions if v is not None]
    for p, v in declared[1:]:
        if v != declared[0][1]:
            first, version = declared[0]
            raise ValidationError(_field(p), f"dùng phiên bản định dạng {v!s}, khác tệp «{first.name}» "
                                             f"(phiên bản {version!s}); chỉ tổng hợp các tệp cùng phiên bản.")
    columns: dict[str, Column] = {}
    communes: list[Commune] = []
    seen: dict[str, Path] = {}
    period: Period | None = None
    first_path = files[0]
    for path in files:
        report, version = load(path)
        if period is None:
            period = report.period
        elif report.period != period:
            raise ValidationError(_field(path), f"là báo cáo {_period_text(report.period)}, khác kỳ của tệp "
                                                f"«{first_path.name}» ({_period_text(period)}); chỉ tổng hợp "
                                                "các báo cáo cùng kỳ.")
        key = _commune_key(report)
        if key in seen:
            code = f" (mã {report.station.code})" if report.station.code.strip() else ""
            raise ValidationError(_field(path), f"là báo cáo của {report.station.name}{code}, đơn vị đã có ở "
                                                f"tệp «{seen[key].name}»; mỗi đơn vị chỉ một tệp (bản "
                                                "ban hành mới nhất).")
        seen[key] = path
        values: dict[str, Number] = {}
        for f in report.figures():
            known = columns.get(f.key)
            if known is None:
                columns[f.key] = Column(f.key, f.label, f.unit, f.stock)
            elif known.unit != f.unit:
                raise ValidationError(_field(path), f"ghi số liệu «{f.label}» theo đơn vị «{f.unit}», các "
                                                    f"tệp trước theo «{known.unit}»; không cộng được.")
            values[f.key] = f.value
        communes.append(Commune(report.station.code, report.station.name, path.name, values))
    assert period is not None
    communes.sort(key=lambda c: (c.code, fold(c.name)))
    totals: dict[str, Number] = {}
    for key in columns:
        present = [c.values[key] for c in communes if key in c.values]
        if present:
            totals[key] = _sum(present)
    return Rollup(period, FORMAT_VERSION, tuple(columns.values()), tuple(communes), totals)


def _sum(values: Iterable[Number]) -> Number:
    total = sum((Decimal(v) for v in values), Decimal(0))
    return int(total) if total == total.to_integral_value() else total.normalize()


def _text(value: object) -> str:
    return unicodedata.normalize("NFC", "" if value is None else str(value))[:32_767]


def _number(ws: Any, row: int, col: int, value: Number | None, int_fmt: Any, dec_fmt: Any) -> None:
    if value is None:
        ws.write_blank(row, col, None, int_fmt)
    elif isinstance(value, Decimal) and value != value.to_integral_value():
        ws.write_number(row, col, float(value), dec_fmt)
    else:
        ws.write_number(row, col, int(value), int_fmt)


def write_xlsx(rollup: Rollup, target: Path | str) -> None:
    """The roll-up as a workbook at ``target`` (atomically)."""
    import xlsxwriter

    from desktop.files import atomic_write

    target = Path(target)
    if target.suffix.lower() != ".xlsx":
        raise ValidationError("Tệp kết quả", f"«{target.name}» phải có đuôi .xlsx.")
    with atomic_write(target) as fh:
        book = xlsxwriter.Workbook(fh, {"constant_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False, "strings_to_numbers": False})
        bold = book.add_format({"bold": True})
        title = book.add_format({"bold": True, "font_size": 13})
        head = book.add_format({"bold": True, "border": 1, "text_wrap": True, "align": "center",
                                "valign": "vcenter", "bg_color": "#EDEDED"})
        keys = book.add_format({"italic": True, "font_color": "#7F7F7F", "border": 1, "font_size": 8})
        cell = book.add_format({"border": 1})
        num = book.add_format({"border": 1, "num_format": "#,##0"})
        dec = book.add_format({"border": 1, "num_format": "#,##0.0##"})
        tnum = book.add_format({"border": 1, "num_format": "#,##0", "bold": True})
        tdec = book.add_format({"border": 1, "num_format": "#,##0.0##", "bold": True})
        ws = book.add_worksheet("Tổng hợp")
        p = rollup.period
        month = f"{p.end.month:02d}/{p.end.year}"
        ws.write_string(0, 0, f"TỔNG HỢP SỐ LIỆU BÁO CÁO THÁNG {month}", title)
        ws.write_string(1, 0, f"Kỳ báo cáo {_period_text(p)}; {len(rollup.communes)} đơn vị; "
                              f"lập ngày {format_date(dt.date.today())}.")
        fixed = ("STT", "Mã đơn vị", "Tên đơn vị", "Tệp")
        for col, width in enumerate((5, 10, 30, 18)):
            ws.set_column(col, col, width)
        ws.set_column(len(fixed), len(fixed) + max(len(rollup.columns) - 1, 0), 14)
        ws.freeze_panes(5, 3)
        # constant memory: each row is written whole before the next
        ws.set_row(3, 60)
        for col, text in enumerate(fixed):
            ws.write_string(3, col, text, head)
        for col, c in enumerate(rollup.columns, len(fixed)):
            ws.write_string(3, col, _text(f"{c.label} ({c.unit})" if c.unit else c.label), head)
        for col in range(len(fixed)):
            ws.write_blank(4, col, None, keys)
        for col, c in enumerate(rollup.columns, len(fixed)):
            ws.write_string(4, col, _text(c.key), keys)
        row = 5
        for n, commune in enumerate(rollup.communes, start=1):
            ws.write_number(row, 0, n, cell)
            for col, text in enumerate((commune.code, commune.name, commune.source), 1):
                if text:
                    ws.write_string(row, col, _text(text), cell)
                else:
                    ws.write_blank(row, col, None, cell)
            for col, c in enumerate(rollup.columns, len(fixed)):
                _number(ws, row, col, commune.values.get(c.key), num, dec)
            row += 1
        ws.write_blank(row, 0, None, cell)
        ws.write_string(row, 1, "Tổng cộng", bold)
        ws.write_blank(row, 2, None, cell)
        ws.write_blank(row, 3, None, cell)
        for col, c in enumerate(rollup.columns, len(fixed)):
            _number(ws, row, col, rollup.totals.get(c.key), tnum, tdec)
        book.close()


def merge_files(paths: Sequence[Path | str], xlsx: Path | str) -> Rollup:
    """``combine(paths)`` written to ``xlsx``; the roll-up (for a summary line)."""
    rollup = combine(paths)
    write_xlsx(rollup, xlsx)
    return rollup
