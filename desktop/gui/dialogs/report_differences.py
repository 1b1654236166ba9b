"""An issued monthly report against the records as they are now ("So sánh với số liệu hiện tại"):
the figures that differ (``service.differences``), each opening the records it counts today."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.dialogs.figure_records import FigureRecordsDialog, number_text
from desktop.gui.forms.report_differences_dialog import Ui_DifferencesDialog
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.reports.monthly.model import Period


def _difference(row: tuple) -> Any:  # noqa: ANN401
    _key, _label, old, new = row
    if old is None or new is None:
        return None
    return new - old


def _signed(value: Any) -> str:  # noqa: ANN401
    if value is None:
        return ""
    return ("+" if value > 0 else "−" if value < 0 else "") + number_text(abs(value))


COLUMNS = [
    Column("Số liệu", lambda r: r[1], tooltip=lambda r: r[1]),
    Column("Khi phát hành", lambda r: number_text(r[2]) if r[2] is not None else "không có", "right",
           sort=lambda r: (r[2] is None, r[2] or 0)),
    Column("Hiện nay", lambda r: number_text(r[3]) if r[3] is not None else "không có", "right",
           sort=lambda r: (r[3] is None, r[3] or 0)),
    Column("Chênh lệch", lambda r: _signed(_difference(r)), "right",
           sort=lambda r: (_difference(r) is None, _difference(r) or 0)),
]


class DifferencesDialog(Dialog):
    """``rows`` are ``(key, label, value when issued, value now)`` for the figures that differ."""

    #: a read-only list: ``openers.close_modal_chain`` closes it with a record opened from a list over it
    CLOSES_WITH_CHAIN = True

    def __init__(self, ctx: AppContext, title: str, rows: list[tuple], period: Period,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="ReportDifferencesDialog")
        self.period = period
        self.ui = ui = Ui_DifferencesDialog()
        ui.setupUi(self)
        self.setWindowTitle(title)
        if rows:
            heading = f"{len(rows)} số liệu đã thay đổi kể từ khi phát hành:"
        else:
            heading = "Số liệu hiện tại giống hệt bản đã phát hành; không có gì thay đổi."
        ui.heading.setText(f"<b>{html.escape(title)}</b><br>{html.escape(heading)}")
        self.rows = RecordList(self, "reportDifferences", COLUMNS, key=lambda r: r[0], local_search=True,
                               placeholder="Lọc theo tên số liệu…")
        self.rows.add_action("Xem các bản ghi hiện nay", self.open_row, default=True,
                             tip="Các bản ghi đang được đếm vào số liệu này (nhấn đúp hoặc Enter)")
        self.rows.fit_columns(stretch=0)
        ui.records_layout.addWidget(self.rows, 1)
        self.rows.set_rows(rows)
        self.rows.setVisible(bool(rows))
        ui.hint_label.setVisible(bool(rows))
        ui.buttons.rejected.connect(self.reject)

    def open_row(self, row: tuple) -> None:
        key, label, _old, new = row
        FigureRecordsDialog(self.ctx, key, label, self.period.start, self.period.end, self, value=new).exec()
