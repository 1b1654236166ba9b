"""The register of reports received (sổ tiếp nhận tin báo, tố giác về tội phạm và kiến nghị khởi tố).

Each report takes the next number of its calendar year (số thứ tự tin báo: an incoming register,
not an outgoing document). A report is handled when it is passed to the competent body or closed;
one not handled within the station's deadline (``SecuritySettings.report_deadline_days``,
counted in calendar days from the day received) is overdue.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, or_, select

from desktop.db import UnitOfWork, now
from desktop.errors import ValidationError
from desktop.security import common
from desktop.security.codes import HANDLED, REPORT_CHANNELS, REPORT_KINDS, REPORT_STATUSES
from desktop.security.models import CrimeReport, SecuritySettings
from desktop.security.views import ReportInput, ReportView
from desktop.text import fold, require_text

DEFAULT_DEADLINE_DAYS = 3


def deadline_days(uow: UnitOfWork) -> int:
    row = uow.session.get(SecuritySettings, 1)
    return row.report_deadline_days if row else DEFAULT_DEADLINE_DAYS


def set_deadline_days(uow: UnitOfWork, days: int) -> int:
    uow.require("admin")
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= 90:
        raise ValidationError("Thời hạn xử lý tin báo (ngày)", "phải là số ngày từ 1 đến 90.")
    row = uow.session.get(SecuritySettings, 1)
    if row is None:
        uow.add(SecuritySettings(id=1, report_deadline_days=days))
    else:
        row.report_deadline_days = days
    uow.flush()
    return days


def _view(r: CrimeReport, days: int, today: dt.date, names: dict, officers: dict) -> ReportView:
    due = r.received_at.date() + dt.timedelta(days=days)
    return ReportView(
        r.id,
        r.year,
        r.number,
        r.received_at,
        r.kind,
        r.channel,
        r.source_person_id,
        names.get(r.source_person_id, "") if r.source_person_id else r.source_name,
        r.source_contact,
        r.content,
        r.officer_id,
        officers.get(r.officer_id, ""),
        r.status,
        r.transferred_to,
        r.transferred_on,
        r.transfer_number,
        r.closed_on,
        r.result,
        due,
        r.status not in HANDLED and today > due,
        r.version,
    )


def _views(uow: UnitOfWork, rows: list[CrimeReport], today: dt.date | None = None) -> list[ReportView]:
    days = deadline_days(uow)
    names = common.person_names(uow, [r.source_person_id for r in rows if r.source_person_id])
    officers = common.officer_names(uow, [r.officer_id for r in rows])
    day = today or now().date()
    return [_view(r, days, day, names, officers) for r in rows]


def _validate(uow: UnitOfWork, data: ReportInput) -> dict:
    if not isinstance(data.received_at, dt.datetime):
        raise ValidationError("Thời gian tiếp nhận", "cần ngày và giờ tiếp nhận.")
    if data.received_at > now() + dt.timedelta(minutes=5):
        raise ValidationError("Thời gian tiếp nhận", "không thể là thời điểm trong tương lai.")
    if data.received_at.year < 2000:
        raise ValidationError("Thời gian tiếp nhận", f"năm {data.received_at.year} không hợp lệ.")
    if data.kind not in REPORT_KINDS:
        raise ValidationError("Loại nguồn tin", f"«{data.kind}» không có trong danh mục.")
    if data.channel not in REPORT_CHANNELS:
        raise ValidationError("Hình thức tiếp nhận", "hãy chọn hình thức tiếp nhận.")
    person_id = common.check_person(uow, "Người báo tin", data.source_person_id)
    source_name = (
        "" if person_id else require_text("Người báo tin", data.source_name, max_len=160, required=False)
    )
    if not person_id and not source_name:
        raise ValidationError(
            "Người báo tin", "cần người hoặc cơ quan báo tin (chọn trong nhân khẩu hoặc ghi họ tên)."
        )
    content = require_text("Nội dung tin báo", data.content, max_len=4000)
    officer_id = common.check_officer(uow, "Cán bộ tiếp nhận", data.officer_id)
    if data.status not in REPORT_STATUSES:
        raise ValidationError("Tình trạng", f"«{data.status}» không có trong danh mục.")
    received = data.received_at.date()
    values = {
        "received_at": data.received_at.replace(second=0, microsecond=0),
        "kind": data.kind,
        "channel": data.channel,
        "source_person_id": person_id,
        "source_name": source_name,
        "source_contact": require_text(
            "Địa chỉ, điện thoại", data.source_contact, max_len=200, required=False
        ),
        "content": content,
        "officer_id": officer_id,
        "status": data.status,
        "transferred_to": "",
        "transferred_on": None,
        "transfer_number": "",
        "closed_on": None,
        "result": require_text("Kết quả xác minh, giải quyết", data.result, max_len=4000, required=False),
    }
    if data.status == "transferred":
        values["transferred_to"] = require_text("Chuyển đến cơ quan", data.transferred_to, max_len=200)
        on = common.check_date("Ngày chuyển", data.transferred_on)
        if on < received:
            raise ValidationError("Ngày chuyển", "không thể trước ngày tiếp nhận.")
        values["transferred_on"] = on
        values["transfer_number"] = require_text(
            "Số văn bản chuyển", data.transfer_number, max_len=60, required=False
        )
    if data.status == "closed":
        on = common.check_date("Ngày giải quyết xong", data.closed_on)
        if on < received:
            raise ValidationError("Ngày giải quyết xong", "không thể trước ngày tiếp nhận.")
        values["closed_on"] = on
    values["search_key"] = fold(" ".join((source_name, content, values["source_contact"])))[:800]
    return values


def add_report(uow: UnitOfWork, data: ReportInput) -> ReportView:
    uow.require("write")
    values = _validate(uow, data)
    year = values["received_at"].year
    last = uow.session.scalar(select(func.max(CrimeReport.number)).where(CrimeReport.year == year))
    row = uow.add(CrimeReport(year=year, number=(last or 0) + 1, **values))
    uow.flush()
    return _views(uow, [row])[0]


def update_report(uow: UnitOfWork, report_id: int, version: int, data: ReportInput) -> ReportView:
    uow.require("write")
    row = uow.get(CrimeReport, report_id, version=version)
    values = _validate(uow, data)
    if values["received_at"].year != row.year:
        raise ValidationError(
            "Thời gian tiếp nhận", f"tin báo số {row.number:02d}/{row.year} phải ở năm {row.year}."
        )
    for key, value in values.items():
        setattr(row, key, value)
    uow.flush()
    return _views(uow, [row])[0]


def delete_report(uow: UnitOfWork, report_id: int, version: int) -> None:
    uow.require("write")
    uow.session.delete(uow.get(CrimeReport, report_id, version=version))
    uow.flush()


def get_report(uow: UnitOfWork, report_id: int) -> ReportView:
    uow.require("read")
    return _views(uow, [uow.get(CrimeReport, report_id)])[0]


def list_reports(
    uow: UnitOfWork,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    status: str = "",
    text: str = "",
    overdue: bool = False,
    today: dt.date | None = None,
) -> list[ReportView]:
    """Reports received in ``start``..``end`` (by number); ``overdue``: only those past their deadline."""
    uow.require("read")
    stmt = select(CrimeReport)
    if start:
        stmt = stmt.where(CrimeReport.received_at >= dt.datetime.combine(start, dt.time()))
    if end:
        stop = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
        stmt = stmt.where(CrimeReport.received_at < stop)
    if status:
        stmt = stmt.where(CrimeReport.status == status)
    if text:
        q = fold(text)
        number = int(text) if text.strip().isdigit() else None
        cond = CrimeReport.search_key.contains(q, autoescape=True)
        stmt = stmt.where(or_(cond, CrimeReport.number == number) if number is not None else cond)
    if overdue:
        day = today or now().date()
        limit = dt.datetime.combine(day - dt.timedelta(days=deadline_days(uow)), dt.time())
        stmt = stmt.where(CrimeReport.status.not_in(HANDLED), CrimeReport.received_at < limit)
    rows = list(uow.session.scalars(stmt.order_by(CrimeReport.year.desc(), CrimeReport.number.desc())))
    return _views(uow, rows, today)


def overdue_count(uow: UnitOfWork, today: dt.date | None = None) -> int:
    return len(list_reports(uow, overdue=True, today=today))
