"""Excel for residents: the template CAXA generates, the all-or-nothing import (python-calamine,
in ``io_import``; it updates only the cells that are filled), and the export of any filtered list
(``io_export``: xlsxwriter in constant-memory mode, text cells, formula injection neutralised, the
template's drop-downs, so an export can be edited and imported again).
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.db import UnitOfWork
from desktop.errors import CaxaError
from desktop.files import atomic_write
from desktop.residents import validate
from desktop.residents.models import (
    ID_CARD_KINDS,
    ID_CARD_STATUSES,
    RELATIONS,
    SEXES,
    STATUSES,
    STRIKE_GROUNDS,
    VNEID_LEVELS,
)
from desktop.settings import Village

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
    #: seconds spent in each phase (guard, read, check, persons, audit, search, quality), for bench
    phases: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def timed(self, phase: str) -> Iterator[None]:
        """Add the time the block takes to ``phases[phase]``."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.phases[phase] = self.phases.get(phase, 0.0) + time.perf_counter() - start

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


#: names whose code moved to a module of its own, offered here as before (looked up when first used, so
#: that those modules, which import this one, can be imported first)
_MOVED = {
    "EXPORT_OPTIONS": "io_export",
    "TEXT_CELLS": "io_export",
    "TEXT_HOUSEHOLD_CELLS": "io_export",
    "_export_rows": "io_export",
    "export_persons": "io_export",
    "safe_text": "io_export",
    "import_persons": "io_import",
    "read_import": "io_import",
    "write_import": "io_import",
}


def __getattr__(name: str) -> Any:  # noqa: ANN401
    module = _MOVED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"desktop.residents.{module}"), name)


__all__ = [
    "PersonChange",
    "export_persons",  # noqa: F822  (in _MOVED)
    "import_persons",  # noqa: F822  (in _MOVED)
    "read_import",  # noqa: F822  (in _MOVED)
    "safe_text",  # noqa: F822  (in _MOVED)
    "write_import",  # noqa: F822  (in _MOVED)
    "write_template",
]
