"""Gallery entries: printing, the outgoing-document register and the monthly report."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.gui.gallery.base import GalleryEntry, first

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from desktop.gui.context import AppContext


def print_preview(ctx: AppContext, parent: QWidget | None) -> QDialog:
    """The preview every printout opens (kit print_action), on a real document of the demo station."""
    from desktop.gui.printing import PdfPreviewDialog
    from desktop.support import printouts
    from desktop.support import service as sv

    donor_id = first(ctx.run(sv.list_donors), "donor").id
    pdf = ctx.run(printouts.thank_you_letter_pdf, donor_id)
    return PdfPreviewDialog(pdf, "Thư cảm ơn nhà hảo tâm", parent, "thu-cam-on.pdf")


def register_number(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.register_number import RegisterNumberDialog
    from desktop.register import service as register

    return RegisterNumberDialog(ctx, ctx.run(register.options), parent)


def figure_records(ctx: AppContext, parent: QWidget | None) -> QDialog:
    """The records behind the patrols of the last full month (the report page opens it on a figure)."""
    from desktop.figures import period_for
    from desktop.gui.dialogs.figure_records import FigureRecordsDialog

    day = ctx.station.period_start_day
    start, end = period_for(period_for(dt.date.today(), day)[0] - dt.timedelta(days=1), day)
    return FigureRecordsDialog(ctx, "schedule.patrols", "Số buổi tuần tra, kiểm soát", start, end, parent)


def report_differences(ctx: AppContext, parent: QWidget | None) -> QDialog:
    """An issued report against the records now: here last month's figures against the month before's
    (the demo station has issued no report), so the dialog shows real figures that differ."""
    from desktop.gui.dialogs.report_differences import DifferencesDialog
    from desktop.gui.pages.report import last_full_month
    from desktop.reports.monthly import service

    year, month = last_full_month(dt.date.today(), ctx.station.period_start_day)
    period = ctx.run(service.month_period, year, month)
    before = ctx.run(service.month_period, *((year, month - 1) if month > 1 else (year - 1, 12)))
    rows = service.differences(ctx.run(service.compose, before), ctx.run(service.compose, period))
    return DifferencesDialog(ctx, "Bản số 1 (15/BC-CAX) so với số liệu hiện tại", rows, period, parent)


ENTRIES: list[GalleryEntry] = [
    GalleryEntry("print_preview", "Xem trước khi in", print_preview),
    GalleryEntry("register_number", "Vào sổ số văn bản lấy tay", register_number),
    GalleryEntry("figure_records", "Các bản ghi sau một số liệu", figure_records),
    GalleryEntry("report_differences", "Báo cáo tháng: so sánh với số liệu hiện tại", report_differences),
]
