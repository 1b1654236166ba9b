"""The records behind one figure of a period ("Các bản ghi sau số liệu"): the report page and the
dashboard open it on any figure, so the chief can check a number before signing.

The rows are ``desktop.figures.records(uow, key, start, end)``, read off the GUI thread together with
the figure itself (the area's period figures at the key), so the count line says whether the list
and the number agree. Each row opens its own record through ``desktop.gui.openers``.
"""

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop import figures
from desktop.db import UnitOfWork
from desktop.figures import RecordRow
from desktop.gui import openers
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.figure_records_dialog import Ui_FigureRecordsDialog
from desktop.gui.kit.operation import Query
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.text import format_date, format_datetime, format_int

Number = int | Decimal

NOT_LISTED = "Số liệu này không liệt kê từng bản ghi."


def number_text(value: Any) -> str:  # noqa: ANN401 — an int, a Decimal or a float from the figures
    """1500000 → "1.500.000"; 2.5 → "2,5" (kg, mét: at most three decimals)."""
    if value is None:
        return ""
    if isinstance(value, int) or (isinstance(value, (Decimal, float)) and value == int(value)):
        return format_int(int(value))
    text = f"{Decimal(str(value)).quantize(Decimal('0.001')):,}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def period_text(start: dt.date, end: dt.date) -> str:
    """"tháng 11/2026" for a calendar month, else "từ 15/10/2026 đến 14/11/2026"."""
    next_day = end + dt.timedelta(days=1)
    if start.day == 1 and next_day.day == 1 and (start.year, start.month) == (end.year, end.month):
        return f"tháng {start.month:02d}/{start.year}"
    return f"từ {format_date(start)} đến {format_date(end)}"


def figure_value(data: Any, path: str) -> Any:  # noqa: ANN401 — a value inside an area's figures
    """The value at the dotted ``path`` inside an area's period figures, or None. A key that itself
    holds a dot (a category's name) is matched whole before being split."""
    if not path:
        return data
    if not isinstance(data, dict):
        return None
    parts = path.split(".")
    for n in range(len(parts), 0, -1):
        head = ".".join(parts[:n])
        if head in data:
            found = figure_value(data[head], ".".join(parts[n:]))
            if found is not None:
                return found
    return None


def load_records(
    uow: UnitOfWork, key: str, start: dt.date, end: dt.date, value: Any = None  # noqa: ANN401
) -> tuple[list[RecordRow] | None, Any]:
    """The rows behind ``key`` and the figure they should add up to (read from the area's figures
    when the caller does not know it)."""
    rows = figures.records(uow, key, start, end)
    if value is None and rows is not None:
        area, _, path = key.partition(".")
        provider = figures.PROVIDERS.get(area)
        if provider is not None:
            found = figure_value(provider(uow, start, end), path)
            numeric = isinstance(found, (int, float, Decimal)) and not isinstance(found, bool)
            value = found if numeric else None
    return rows, value


def check_text(rows: list[RecordRow], value: Any) -> tuple[str, bool]:  # noqa: ANN401
    """The count line and whether the list agrees with the figure."""
    count = f"{format_int(len(rows))} bản ghi"
    amounts = [r.amount for r in rows if r.amount is not None]
    total = sum((Decimal(str(a)) for a in amounts), Decimal(0)) if amounts else None
    if total is not None:
        count += f", cộng lại {number_text(total)}"
    if value is None:
        return count, True
    listed = total if total is not None else Decimal(len(rows))
    if listed == Decimal(str(value)):
        return f"{count} — khớp với số liệu {number_text(value)}", True
    return (f"⚠ {count} nhưng số liệu là {number_text(value)}: danh sách không khớp với con số, "
            "cần kiểm tra lại trước khi ký báo cáo."), False


def _when(row: RecordRow) -> str:
    if isinstance(row.when, dt.datetime):
        return format_datetime(row.when)
    return format_date(row.when)


def _when_key(row: RecordRow) -> dt.datetime:
    when = row.when
    if when is None:
        return dt.datetime.min
    return when if isinstance(when, dt.datetime) else dt.datetime.combine(when, dt.time())


COLUMNS = [
    Column("Người liên quan", lambda r: r.who, tooltip=lambda r: r.who),
    Column("Nội dung", lambda r: r.what, tooltip=lambda r: r.what),
    Column("Ngày", _when, sort=_when_key),
    Column("Thôn, tổ", lambda r: r.village),
    Column("Số lượng", lambda r: number_text(r.amount), align="right",
           sort=lambda r: (r.amount is None, Decimal(str(r.amount or 0)))),
]
COL_AMOUNT = 4


def row_key(row: RecordRow) -> tuple[str, int | None, str, str]:
    return (row.opens, row.record_id, row.who, row.what)


class FigureRecordsDialog(Dialog):
    """The records behind the figure ``key`` (``<area>.<path>``) for ``start``–``end``; ``value`` is
    the figure when the caller has it (else it is read with the records)."""

    #: a read-only list: ``openers.close_modal_chain`` closes it with a record opened from a list over it
    CLOSES_WITH_CHAIN = True

    def __init__(
        self,
        ctx: AppContext,
        key: str,
        label: str,
        start: dt.date,
        end: dt.date,
        parent: QWidget | None = None,
        *,
        value: Number | None = None,
    ) -> None:
        super().__init__(ctx, parent, name="FigureRecordsDialog")
        self.key, self.label, self.start, self.end, self.value = key, label, start, end, value
        self.matches: bool | None = None
        self.ui = ui = Ui_FigureRecordsDialog()
        ui.setupUi(self)
        title = f"{label} — {period_text(start, end)}"
        self.setWindowTitle(title)
        ui.heading.setText(f"<b>{html.escape(title)}</b><br>Các bản ghi được đếm vào số liệu này "
                           "(nhấn đúp hoặc Enter để mở):")
        self.records = RecordList(self, "figureRecords", COLUMNS, key=row_key, local_search=True,
                                  placeholder="Lọc theo người, nội dung, thôn…")
        self.records.add_action("Mở", self.open_row, default=True,
                                enabled_if=lambda r: bool(r.opens) and r.record_id is not None,
                                tip="Mở bản ghi (nhấn đúp hoặc Enter)")
        self.records.count_label.hide()  # the check line below says how many, and whether they agree
        ui.records_layout.addWidget(self.records, 1)
        ui.buttons.rejected.connect(self.reject)
        self._query = Query(self)
        ctx.bus.changes.connect(self._on_changes)
        self.reload()

    def _on_changes(self, _areas: frozenset[str], _initiator: Any) -> None:  # noqa: ANN401
        self.reload()

    def reload(self) -> None:
        self._query.run(load_records, self.key, self.start, self.end, self.value, done=self._show)

    def _show(self, loaded: tuple[list[RecordRow] | None, Any]) -> None:
        rows, value = loaded
        if rows is None:
            self.records.hide()
            self.matches = None
            self.ui.heading.setText(f"<b>{html.escape(self.windowTitle())}</b>")
            self.ui.check_label.setText(NOT_LISTED)
            return
        self.records.show()
        self.records.table.setColumnHidden(COL_AMOUNT, all(r.amount is None for r in rows))
        self.records.set_rows(rows)
        text, self.matches = check_text(rows, value)
        self.ui.check_label.setText(text)
        self.ui.check_label.setStyleSheet("" if self.matches else "color: #b00020; font-weight: bold;")
        if self.records.selected() is None and rows:
            self.records.select_row(0)

    def open_row(self, row: RecordRow) -> None:
        if row.record_id is not None:
            openers.open_record(self.ctx, self, row.opens, row.record_id)

    def done(self, result: int) -> None:
        self.records.save_layout()
        super().done(result)
