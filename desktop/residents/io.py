"""Excel for residents: the template CAXA generates, the all-or-nothing import (python-calamine,
in ``io_import``; it updates only the cells that are filled), and the export of any filtered list
(xlsxwriter in constant-memory mode: text cells, formula injection neutralised, the template's
drop-downs, so an export can be edited and imported again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Date, String, or_, select, type_coerce

from desktop import audit
from desktop.db import UnitOfWork
from desktop.errors import CaxaError
from desktop.files import atomic_write
from desktop.jobs import SILENT, Progress
from desktop.residents import search, validate
from desktop.residents.io_rows import DANGEROUS_FIRST, quote
from desktop.residents.models import (
    ID_CARD_KINDS,
    ID_CARD_STATUSES,
    RELATIONS,
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

PERSON_SHEET = "Nhân khẩu"
HOUSEHOLD_SHEET = "Hộ gia đình"
LIST_SHEET = "Danh mục"
#: rows of the template that get the drop-down lists (an import takes at most io_import.MAX_ROWS)
TEMPLATE_ROWS = 60_000

#: (header, PersonInput field or special key, required, text column)
PERSON_COLUMNS: list[tuple[str, str, bool, bool]] = [
    ("Họ và tên", "full_name", True, True),
    ("Tên gọi khác", "other_name", False, True),
    ("Ngày sinh", "birth", False, True),
    ("Giới tính", "sex", True, True),
    ("Dân tộc", "ethnic", False, True),
    ("Tôn giáo", "religion", False, True),
    ("Số định danh cá nhân", "id_number", False, True),
    ("Số điện thoại", "phone", False, True),
    ("Nghề nghiệp", "occupation", False, True),
    ("Nơi thường trú", "permanent_address", False, True),
    ("Nơi tạm trú", "temporary_address", False, True),
    ("Thôn, bon", "village", False, True),
    ("Số hộ", "household", False, True),
    ("Quan hệ với chủ hộ", "relation", False, True),
    ("Tình trạng", "status", False, True),
    ("Ngày chết", "death_date", False, True),
    ("Ngày nhận tin báo tử", "death_reported_date", False, True),
    ("Ngày chuyển đi", "moved_date", False, True),
    ("Ngày xóa đăng ký thường trú", "struck_off_date", False, True),
    ("Căn cứ xóa đăng ký", "strike_ground", False, True),
    ("Tình trạng căn cước", "id_card_status", False, True),
    ("Ngày nộp hồ sơ căn cước", "id_card_applied_date", False, True),
    ("Ngày cấp căn cước", "id_card_issued_date", False, True),
    ("Loại thẻ căn cước", "id_card_kind", False, True),
    ("Mức VNeID", "vneid_level", False, True),
    ("Ngày kích hoạt VNeID mức 2", "vneid2_date", False, True),
    ("Ngày rà soát", "reviewed_date", False, True),
    ("Ngày vận động", "mobilised_date", False, True),
    ("Cán bộ vận động", "mobilised_by", False, True),
    ("Ghi chú", "note", False, True),
]
#: columns added after the first template: a file made from an older template may lack them
LATER_COLUMNS = frozenset({"Ngày rà soát", "Ngày vận động", "Cán bộ vận động", "Loại thẻ căn cước"})
HOUSEHOLD_COLUMNS = [("Số hộ", True), ("Thôn, bon", True), ("Địa chỉ", False), ("Ghi chú", False)]
#: a service's field label → the template's column header, where they differ
FIELD_TO_COLUMN = {"Thôn, bon": "Thôn, bon", "Hộ": "Số hộ"}


@dataclass(frozen=True)
class RowError:
    sheet: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"Trang «{self.sheet}»"
        if self.row:
            where += f", dòng {self.row}"
        if self.column:
            where += f", cột «{self.column}»"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class PersonChange:
    """What an import does (or, in a dry run, would do) to one person."""

    row: int
    person_id: int | None  # None: a new person
    full_name: str
    id_number: str
    #: (column, stored text, new text) for each field that changes; empty for a new person
    fields: tuple[tuple[str, str, str], ...] = ()

    @property
    def is_new(self) -> bool:
        return self.person_id is None

    def text(self) -> str:
        who = self.full_name + (f" ({self.id_number})" if self.id_number else "")
        if self.is_new:
            return f"Dòng {self.row} · {who}: thêm mới"
        lines = [f"Dòng {self.row} · {who}: cập nhật {len(self.fields)} trường"]
        lines += [f"    {c}: {old or '∅'} → {new or '∅'}" for c, old, new in self.fields]
        return "\n".join(lines)


@dataclass
class ImportReport:
    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    households_new: int = 0
    errors: list[RowError] = field(default_factory=list)
    #: rows kept as they are and flagged for the data-quality queue (a malformed ID number …)
    warnings: list[RowError] = field(default_factory=list)
    #: quality rule code → rows of this file that it flags
    flagged: dict[str, int] = field(default_factory=dict)
    written: bool = False
    #: one entry per new or changed person, in row order (persons that do not change: none)
    changes: list[PersonChange] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        kept = ""
        if self.warnings:
            kept = (
                f" {len(self.warnings)} dòng có cảnh báo: vẫn nhập nguyên như trong tệp, "
                "đánh dấu lỗi dữ liệu"
            )
            if self.flagged:
                from desktop.residents.quality import RULES

                counts = sorted(self.flagged.items())
                kept += " (" + ", ".join(f"{RULES[c].label}: {n}" for c, n in counts) + ")"
            kept += "."
        if self.errors:
            return f"Có {len(self.errors)} lỗi không lưu được; không nhập dòng nào." + kept
        verb = "Đã nhập" if self.written else "Sẽ nhập (thử, chưa ghi)"
        return (
            f"{verb} {self.rows} dòng: {self.new} nhân khẩu mới, {self.updated} cập nhật theo số định danh, "
            f"{self.unchanged} không thay đổi, {self.households_new} hộ mới." + kept
        )

    def warning_lines(self, limit: int | None = None) -> list[str]:
        """The rows kept and flagged, one line each (``limit``: at most that many, then a count)."""
        shown = self.warnings if limit is None else self.warnings[:limit]
        lines = [f"{w} (vẫn nhập, đánh dấu để làm sạch)" for w in shown]
        if len(shown) < len(self.warnings):
            lines.append(f"… và {len(self.warnings) - len(shown)} cảnh báo khác.")
        return lines

    def details(self) -> str:
        """Per person, what changes (the dry run's listing)."""
        return "\n".join(c.text() for c in self.changes)


class ImportFailed(CaxaError):
    def __init__(self, report: ImportReport) -> None:
        lines = [report.summary(), *(str(e) for e in report.errors[:200])]
        if len(report.errors) > 200:
            lines.append(f"… và {len(report.errors) - 200} lỗi khác.")
        super().__init__("\n".join(lines))
        self.report = report


# --------------------------------------------------------------------------- template


def _list_values(uow: UnitOfWork) -> dict[str, list[str]]:
    villages = [
        f"{v.kind} {v.name}"
        for v in uow.session.scalars(
            select(Village).where(Village.active.is_(True)).order_by(Village.kind, Village.name)
        )
    ]
    return {
        "Giới tính": list(SEXES.values()),
        "Dân tộc": list(validate.ETHNIC_GROUPS),
        "Tôn giáo": list(validate.RELIGIONS),
        "Thôn, bon": villages,
        "Quan hệ với chủ hộ": list(RELATIONS),
        "Tình trạng": list(STATUSES.values()),
        "Căn cứ xóa đăng ký": list(STRIKE_GROUNDS.values()),
        "Tình trạng căn cước": list(ID_CARD_STATUSES.values()),
        "Loại thẻ căn cước": [v for k, v in ID_CARD_KINDS.items() if k],
        "Mức VNeID": list(VNEID_LEVELS.values()),
    }


def write_template(uow: UnitOfWork, path: Path | str) -> Path:
    """An empty workbook to fill in: a sheet per record kind, drop-downs, ID columns as text."""
    uow.require("read")
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    lists = _list_values(uow)
    wb = Workbook()
    guide = wb.active
    guide.title = "Hướng dẫn"
    for line in [
        "Mẫu nhập nhân khẩu, hộ gia đình — CAXA",
        "Điền trang «Hộ gia đình» (nếu có hộ mới) và trang «Nhân khẩu»; mỗi người một dòng.",
        "Cột có dấu * là bắt buộc. Ngày sinh: dd/mm/yyyy, hoặc mm/yyyy, hoặc chỉ năm yyyy.",
        "Số định danh cá nhân: đủ 12 chữ số (giữ số 0 ở đầu); cột đã định dạng Văn bản.",
        "Người đã có số định danh trong CAXA sẽ được cập nhật, không thêm mới: chỉ các ô có điền mới "
        "được ghi đè, ô để trống giữ nguyên dữ liệu đã có.",
        "Muốn xóa trắng một trường đã có (vd. số điện thoại cũ), gõ chữ «xóa» vào ô đó. Họ tên, giới tính "
        "và số định danh không xóa được.",
        "Ký tự vô hình (khoảng trắng độ rộng 0, BOM, gạch nối mềm) được tự động bỏ; ô có ký tự đảo "
        "chiều chữ bị từ chối.",
        "Số định danh sai định dạng, sai mã tỉnh hoặc không khớp giới tính, năm sinh vẫn được nhập "
        "nguyên như đã ghi và được đánh dấu ở trang Làm sạch dữ liệu để sửa sau.",
        "Không gộp ô, không dùng công thức. Dòng không lưu được (thiếu họ tên, ngày không có thật …) thì "
        "không dòng nào được nhập.",
    ]:
        guide.append([line])
    guide.column_dimensions["A"].width = 110
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    hh = wb.create_sheet(HOUSEHOLD_SHEET)
    hh.append([h + (" *" if req else "") for h, req in HOUSEHOLD_COLUMNS])
    ws = wb.create_sheet(PERSON_SHEET)
    ws.append([h + (" *" if req else "") for h, _key, req, _t in PERSON_COLUMNS])
    ref = wb.create_sheet(LIST_SHEET)
    for col, (name, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(col)
        ref.cell(1, col, name)
        for row, value in enumerate(values, start=2):
            ref.cell(row, col, value)
        lists[name] = [f"'{LIST_SHEET}'!${letter}$2:${letter}${max(2, len(values) + 1)}"]
    ref.sheet_state = "hidden"
    for sheet, headers in ((hh, [h for h, _ in HOUSEHOLD_COLUMNS]), (ws, [c[0] for c in PERSON_COLUMNS])):
        for col, header in enumerate(headers, start=1):
            cell = sheet.cell(1, col)
            cell.font, cell.fill = bold, fill
            letter = get_column_letter(col)
            sheet.column_dimensions[letter].width = max(14, len(header) + 4)
            sheet.column_dimensions[letter].number_format = "@"
            for r in range(2, 502):
                sheet.cell(r, col).number_format = "@"
            if header in lists:
                dv = DataValidation(
                    type="list",
                    formula1=lists[header][0],
                    allow_blank=True,
                    errorTitle=header,
                    error="Hãy chọn trong danh sách.",
                )
                dv.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
                sheet.add_data_validation(dv)
        sheet.freeze_panes = "A2"
    wb.active = wb.sheetnames.index(PERSON_SHEET)
    target = Path(path)
    with atomic_write(target) as fh:
        wb.save(fh)
    return target


# --------------------------------------------------------------------------- export


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


# the import lives in its own module; its entry points are reachable from here too
from desktop.residents.io_import import import_persons, read_import, write_import  # noqa: E402

__all__ = [
    "PersonChange",
    "export_persons",
    "import_persons",
    "read_import",
    "safe_text",
    "write_import",
    "write_template",
]
