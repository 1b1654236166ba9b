"""The monthly report's stored records: the clerk's narrative drafts, and the issued reports.

An issued report is frozen: its figures (the report's JSON), narrative, PDF and workbook are kept as
they went out, so it reprints byte for byte whatever happens to the records later. A correction is
issued again as the next version of the same period; every version is kept.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.audit import DIGEST_ONLY
from desktop.db import Record


class MonthlyReportDraft(Record):
    """The narrative parts a clerk is writing for a period (one row per period)."""

    __tablename__ = "monthly_report_draft"
    __label__ = "Bản nháp báo cáo tháng"
    __table_args__ = (UniqueConstraint("period_start", "period_end"),)

    period_start: Mapped[dt.date] = mapped_column(Date, info={"label": "Từ ngày"})
    period_end: Mapped[dt.date] = mapped_column(Date, info={"label": "Đến ngày"})
    summary: Mapped[str] = mapped_column(Text, default="", info={"label": "Tình hình chung"})
    strengths: Mapped[str] = mapped_column(Text, default="", info={"label": "Ưu điểm"})
    shortcomings: Mapped[str] = mapped_column(Text, default="", info={"label": "Tồn tại, hạn chế"})
    next_tasks: Mapped[str] = mapped_column(Text, default="", info={"label": "Phương hướng, nhiệm vụ"})
    proposals: Mapped[str] = mapped_column(Text, default="", info={"label": "Đề xuất, kiến nghị"})


class IssuedMonthlyReport(Record):
    """One issued version of a period's report, frozen as it went out."""

    __tablename__ = "monthly_report_issued"
    __label__ = "Báo cáo tháng đã phát hành"
    __table_args__ = (UniqueConstraint("period_start", "period_end", "report_version"),)

    period_start: Mapped[dt.date] = mapped_column(Date, index=True, info={"label": "Từ ngày"})
    period_end: Mapped[dt.date] = mapped_column(Date, info={"label": "Đến ngày"})
    #: 1, 2 … (a correction is the next version); ``version`` is the row's edit counter
    report_version: Mapped[int] = mapped_column(Integer, info={"label": "Lần phát hành"})
    number_label: Mapped[str] = mapped_column(String(40), default="", info={"label": "Số văn bản"})
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, info={"label": "Ngày phát hành"})
    issued_by: Mapped[str] = mapped_column(String(160), default="", info={"label": "Người phát hành"})
    #: the report as ``jsonio.to_json`` wrote it (figures, sections, narrative, planned events); the audit
    #: log names it by its SHA-256 (tens of kB, stored here once)
    report_json: Mapped[str] = mapped_column(Text, info={"label": "Số liệu", DIGEST_ONLY: True})
    narrative_json: Mapped[str] = mapped_column(Text, default="{}", info={"label": "Phần nhận định"})
    pdf: Mapped[bytes] = mapped_column(LargeBinary, info={"label": "Tệp PDF"})
    xlsx: Mapped[bytes] = mapped_column(LargeBinary, info={"label": "Tệp Excel"})
