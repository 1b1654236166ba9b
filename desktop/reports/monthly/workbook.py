"""The monthly report as an Excel workbook: the figures for people, the records behind them for the
chief to check, and a data sheet for the province's roll-up.

``workbook_bytes(uow, report)`` writes (xlsxwriter, constant memory):

* a sheet per section with figures ("I. Tình hình an ninh, trật tự" …): each figure with this
  month, the previous month, the change, the same month last year and the year to date;
* "Nội dung": the clerk's narrative (III–V) and next month's planned events;
* a check sheet per section ("Kiểm tra I" …): under each figure's key and label, the records behind
  it (``desktop.figures.records``: who, what, when, village, amount), their count or sum and whether
  it matches the figure; "không liệt kê" where the figure lists no records (a population count);
* "Dữ liệu": one row per figure (key, label, unit, value, previous, last_year, year_to_date, stock,
  section and item) under the station, period, version and the format's name and version, which
  ``read_workbook(path)`` reads back (the roll-up reads communes' workbooks with it).

Every text goes in as a string (never a formula). ``read_workbook`` checks the file with
``xlsx_guard`` before openpyxl opens it, and every value it takes; a crafted or damaged file gives a
``ValidationError`` naming the file.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop import figures as figures_registry
from desktop.db import UnitOfWork
from desktop.errors import CaxaError
from desktop.figures import RecordRow
from desktop.jobs import SILENT, Progress
from desktop.reports.monthly.model import FORMAT, FORMAT_VERSION, Figure, MonthlyReport, Number, Section
from desktop.reports.monthly.pdf import format_value as _plain
from desktop.text import format_date

__all__ = ["DATA_SHEET", "NOT_LISTED", "read_workbook", "workbook_bytes"]

logger = logging.getLogger(__name__)

DATA_SHEET = "Dữ liệu"
NARRATIVE_SHEET = "Nội dung"
NOT_LISTED = "không liệt kê"
#: the data sheet's figure columns, in order (the header row names them; the reader finds them by name)
DATA_COLUMNS = ("key", "label", "unit", "value", "previous", "last_year", "year_to_date", "stock",
                "section", "section_title", "item", "item_title")
META_KEYS = ("format", "format_version", "station_code", "station_name", "province", "period_from",
             "period_to", "version", "number", "issued_at")
FIGURE_HEADER = ("STT", "Chỉ tiêu", "Đơn vị tính", "Tháng này", "Tháng trước", "Tăng (+), giảm (-)",
                 "Cùng kỳ năm trước", "Lũy kế năm", "Mã số liệu")
CHECK_HEADER = ("STT", "Người liên quan", "Nội dung", "Thời gian", "Thôn, tổ dân phố", "Số lượng, giá trị")
#: a sheet continues on a new one before Excel's last row
SHEET_ROWS = 1_000_000
#: a figure with more records than this (the whole open backlog of a data rule on a large station) is
#: counted and checked against the figure here, but its rows are listed on the "Báo cáo" page instead:
#: a hundred thousand rows would make the workbook slow to write and useless to read
LISTED_AT_MOST = 5_000
_CELL_TEXT = 32_767
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def _text(value: object) -> str:
    """A cell's text: no control characters XML cannot hold, within Excel's cell limit."""
    return _CONTROL.sub("", "" if value is None else str(value))[:_CELL_TEXT]


def _sheet_name(text: str, used: set[str]) -> str:
    base = _SHEET_BAD.sub(" ", text).strip()[:31].strip(" '") or "Trang"  # no ' at either end
    name, n = base, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


class _Writer:
    """One workbook: formats, and sheets written row after row (constant memory)."""

    def __init__(self, out: io.BytesIO) -> None:
        import xlsxwriter

        self.book = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_formulas": False,
                                               "strings_to_urls": False, "strings_to_numbers": False})
        self.used: set[str] = set()
        b = self.book
        self.title = b.add_format({"bold": True, "font_size": 13})
        self.italic = b.add_format({"italic": True})
        self.head = b.add_format({"bold": True, "border": 1, "text_wrap": True, "valign": "vcenter",
                                  "align": "center", "bg_color": "#EDEDED"})
        self.group = b.add_format({"bold": True})
        self.cell = b.add_format({"border": 1, "text_wrap": True, "valign": "top"})
        self.int = b.add_format({"border": 1, "num_format": "#,##0", "valign": "top"})
        self.dec = b.add_format({"border": 1, "num_format": "#,##0.0##", "valign": "top"})
        self.date = b.add_format({"border": 1, "num_format": "dd/mm/yyyy", "valign": "top"})
        self.moment = b.add_format({"border": 1, "num_format": "dd/mm/yyyy hh:mm", "valign": "top"})
        self.note = b.add_format({"italic": True, "font_color": "#9C0006"})
        self.ok = b.add_format({"italic": True, "font_color": "#006100"})

    def sheet(self, name: str, widths: Iterable[float] = ()) -> Any:
        ws = self.book.add_worksheet(_sheet_name(name, self.used))
        for col, width in enumerate(widths):
            ws.set_column(col, col, width)
        return ws

    def number(self, ws: Any, row: int, col: int, value: Number | None, fmt: Any = None) -> None:
        if value is None:
            ws.write_blank(row, col, None, fmt if fmt is not None else self.cell)
        elif isinstance(value, Decimal) and value != value.to_integral_value():
            ws.write_number(row, col, float(value), fmt if fmt is not None else self.dec)
        else:
            ws.write_number(row, col, int(value), fmt if fmt is not None else self.int)

    def string(self, ws: Any, row: int, col: int, value: object, fmt: Any = None) -> None:
        """A text cell, always a string (never a formula); an empty text leaves a blank cell."""
        text = _text(value)
        if text:
            ws.write_string(row, col, text, fmt)
        elif fmt is not None:
            ws.write_blank(row, col, None, fmt)

    def strings(self, ws: Any, row: int, values: Iterable[object], fmt: Any = None) -> None:
        for col, value in enumerate(values):
            self.string(ws, row, col, value, fmt)


def _period_text(report: MonthlyReport) -> str:
    p = report.period
    return f"Từ ngày {format_date(p.start)} đến ngày {format_date(p.end)}"


def _heading(w: _Writer, ws: Any, report: MonthlyReport, title: str) -> int:
    ws.write_string(0, 0, _text(report.station.name), w.group)
    ws.write_string(1, 0, _text(title), w.title)
    status = "Dự thảo" if report.version is None else f"Bản ban hành lần {report.version}"
    if report.number_label:
        status += f", số {report.number_label}"
    ws.write_string(2, 0, _text(f"{_period_text(report)} — {status}"), w.italic)
    return 4


def _figure_sheet(w: _Writer, report: MonthlyReport, section: Section) -> None:
    ws = w.sheet(f"{section.number}. {section.title}", (6, 48, 11, 13, 13, 13, 13, 13, 40))
    row = _heading(w, ws, report, f"{section.number}. {section.title.upper()}")
    w.strings(ws, row, FIGURE_HEADER, w.head)
    row += 1
    n = 0
    for item in section.items:
        if not item.figures:
            continue
        number = item.number if not item.number or item.number.endswith(".") else item.number + "."
        w.strings(ws, row, (number, item.title), w.group)
        row += 1
        for f in item.figures:
            n += 1
            w.strings(ws, row, (str(n), f.label, f.unit), w.cell)
            for col, value in enumerate((f.value, f.previous, f.change, f.last_year, f.year_to_date), 3):
                w.number(ws, row, col, value)
            ws.write_string(row, 8, _text(f.key), w.cell)
            row += 1


def _narrative_sheet(w: _Writer, report: MonthlyReport) -> None:
    ws = w.sheet(NARRATIVE_SHEET, (110,))
    row = _heading(w, ws, report, "NỘI DUNG ĐÁNH GIÁ, PHƯƠNG HƯỚNG, KIẾN NGHỊ")
    n = report.narrative
    parts = (("Tình hình chung", n.summary), ("III. Ưu điểm", n.strengths),
             ("III. Tồn tại, hạn chế và nguyên nhân", n.shortcomings),
             ("IV. Phương hướng, nhiệm vụ tháng tới", n.next_tasks), ("V. Đề xuất, kiến nghị", n.proposals))
    for title, text in parts:
        ws.write_string(row, 0, title, w.group)
        row += 1
        lines = [line.strip() for line in (text or "").replace("\r\n", "\n").split("\n") if line.strip()]
        for line in lines or ["Không có."]:
            for start in range(0, len(line), _CELL_TEXT):
                ws.write_string(row, 0, _text(line[start:start + _CELL_TEXT]))
                row += 1
        row += 1
    if report.planned_next:
        ws.write_string(row, 0, "Lịch công tác tháng tới", w.group)
        row += 1
        for ev in sorted(report.planned_next, key=lambda e: (e.day, e.title)):
            where = f" ({ev.place})" if ev.place else ""
            ws.write_string(row, 0, _text(f"{format_date(ev.day)}: {ev.kind} — {ev.title}{where}"))
            row += 1


def _total(rows: list[RecordRow]) -> tuple[Number, bool]:
    """What the rows add up to: the sum of their amounts (a sum figure), else their count."""
    if any(r.amount is not None for r in rows):
        return sum((Decimal(r.amount or 0) for r in rows), Decimal(0)), True
    return len(rows), False


class _CheckSheet:
    """A section's check sheet; continues on "… (2)" before Excel's last row."""

    def __init__(self, w: _Writer, report: MonthlyReport, section: Section) -> None:
        self.w, self.report, self.section = w, report, section
        self.part = 0
        self._open()

    def _open(self) -> None:
        self.part += 1
        suffix = "" if self.part == 1 else f" (tiếp {self.part})"
        self.ws = self.w.sheet(f"Kiểm tra {self.section.number}{suffix}", (6, 30, 50, 16, 22, 16))
        title = f"KIỂM TRA SỐ LIỆU MỤC {self.section.number}. {self.section.title.upper()}{suffix}"
        self.row = _heading(self.w, self.ws, self.report, title)

    def _room(self, rows: int = 1) -> None:
        if self.row + rows > SHEET_ROWS:
            self._open()

    def figure(self, f: Figure, records: list[RecordRow] | None, failure: str = "") -> None:
        w = self.w
        self._room(3)
        value = f"{f.label}: {_plain(f.value)} {f.unit}".strip()
        w.strings(self.ws, self.row, (f.key, value), w.group)
        self.row += 1
        if records is None:
            self.ws.write_string(self.row, 1, _text(failure or NOT_LISTED), w.note if failure else w.italic)
            self.row += 2
            return
        listed = records if len(records) <= LISTED_AT_MOST else ()
        if listed:
            w.strings(self.ws, self.row, CHECK_HEADER, w.head)
            self.row += 1
        for n, r in enumerate(listed, start=1):
            self._room()
            ws, row = self.ws, self.row
            ws.write_number(row, 0, n, w.int)
            w.string(ws, row, 1, r.who, w.cell)
            w.string(ws, row, 2, r.what, w.cell)
            if isinstance(r.when, dt.datetime):
                ws.write_datetime(row, 3, r.when, w.moment)
            elif isinstance(r.when, dt.date):
                ws.write_datetime(row, 3, dt.datetime.combine(r.when, dt.time()), w.date)
            else:
                ws.write_blank(row, 3, None, w.cell)
            w.string(ws, row, 4, r.village, w.cell)
            w.number(ws, row, 5, r.amount)
            self.row += 1
        self._room()
        total, is_sum = _total(records)
        said = f"Cộng: {_plain(total)}" if is_sum else f"Cộng: {len(records)} bản ghi"
        matches = Decimal(total) == Decimal(f.value)
        verdict = "khớp với số liệu" if matches else f"KHÔNG khớp với số liệu ({_plain(f.value)})"
        self.ws.write_string(self.row, 1, f"{said} — {verdict}.", w.ok if matches else w.note)
        if not listed and records:
            self.row += 1
            many = f"{LISTED_AT_MOST:,}".replace(",", ".")
            elsewhere = (f"Quá {many} bản ghi, không liệt kê ở đây: xem danh sách trên trang «Báo cáo» "
                         "(nhấp đúp vào số liệu).")
            self.ws.write_string(self.row, 1, elsewhere, w.italic)
        self.row += 2


def _data_sheet(w: _Writer, report: MonthlyReport) -> None:
    ws = w.sheet(DATA_SHEET, (34, 40, 12, 12, 12, 12, 12, 8, 8, 30, 8, 30))
    ws.write_string(0, 0, "Trang dữ liệu để tổng hợp báo cáo (caxa report merge); xin đừng sửa.", w.italic)
    station, period = report.station, report.period
    meta: tuple[tuple[str, object], ...] = (
        ("format", FORMAT), ("format_version", FORMAT_VERSION), ("station_code", station.code),
        ("station_name", station.name), ("province", station.province),
        ("period_from", period.start.isoformat()), ("period_to", period.end.isoformat()),
        ("version", report.version), ("number", report.number_label or ""),
        ("issued_at", report.issued_at.isoformat(timespec="seconds") if report.issued_at else ""),
    )
    row = 1
    for key, value in meta:
        ws.write_string(row, 0, key)
        if isinstance(value, int):
            ws.write_number(row, 1, value)
        elif value is not None:
            ws.write_string(row, 1, _text(value))
        row += 1
    row += 1
    w.strings(ws, row, DATA_COLUMNS, w.group)
    for section in report.sections:
        for item in section.items:
            for f in item.figures:
                row += 1
                w.strings(ws, row, (f.key, f.label, f.unit))
                for col, value in enumerate((f.value, f.previous, f.last_year, f.year_to_date), 3):
                    if value is not None:
                        w.number(ws, row, col, value)
                ws.write_boolean(row, 7, f.stock)
                for col, value in enumerate((section.number, section.title, item.number, item.title), 8):
                    w.string(ws, row, col, value)


def workbook_bytes(uow: UnitOfWork, report: MonthlyReport, progress: Progress | None = None) -> bytes:
    """The report's workbook (see the module docstring); ``progress`` steps once per figure checked."""
    uow.require("read")
    progress = progress or SILENT
    sections = [s for s in report.sections if any(i.figures for i in s.items)]
    total = sum(len(i.figures) for s in sections for i in s.items)
    progress.step(0, total, "Đang lập bảng số liệu")
    out = io.BytesIO()
    w = _Writer(out)
    for section in sections:
        _figure_sheet(w, report, section)
    _narrative_sheet(w, report)
    done = 0
    p = report.period
    with figures_registry.views_collected() as viewed:  # private lists read: one audit line below
        for section in sections:
            sheet = _CheckSheet(w, report, section)
            for item in section.items:
                for f in item.figures:
                    try:
                        rows = figures_registry.records(uow, f.key, p.start, p.end)
                    except CaxaError as exc:  # said on the sheet and logged; the other figures still listed
                        logger.warning("records behind %s: %s", f.key, exc)
                        sheet.figure(f, None, f"{NOT_LISTED} được: {exc}")
                    else:
                        sheet.figure(f, rows)
                    done += 1
                    progress.step(done, total, "Đang lập trang kiểm tra số liệu")
    _log_private_reads(uow, report, viewed)
    _data_sheet(w, report)
    w.book.close()
    return out.getvalue()


def _log_private_reads(uow: UnitOfWork, report: MonthlyReport,
                       viewed: list[tuple[str, list[RecordRow]]]) -> None:
    """One audit line for the managed persons the check sheets name (not one per figure): which
    figures' lists, how many persons."""
    if not viewed:
        return
    from desktop import audit

    persons = {r.record_id for _, rows in viewed for r in rows if r.record_id is not None}
    p = report.period
    audit.record(uow, "view", "managed_person", None,
                 f"Xem danh sách đối tượng quản lý trong sổ Excel báo cáo tháng, kỳ "
                 f"{p.start:%d/%m/%Y}–{p.end:%d/%m/%Y}: {len(viewed)} số liệu, {len(persons)} người",
                 {"Số liệu": [None, [key for key, _ in viewed]], "Số người": [None, len(persons)]})


def write_workbook(uow: UnitOfWork, report: MonthlyReport, path: Path | str,
                   progress: Progress | None = None) -> None:
    """``workbook_bytes`` into ``path`` (a temporary file replaces it only once complete)."""
    from desktop.files import atomic_write

    data = workbook_bytes(uow, report, progress)
    with atomic_write(path) as fh:
        fh.write(data)


def read_workbook(path: Path | str) -> MonthlyReport:
    """The report a workbook written by ``workbook_bytes`` holds (``workbook_read``)."""
    from desktop.reports.monthly.workbook_read import read_workbook as read

    return read(path)
