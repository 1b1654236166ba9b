"""Lending residence files: a file on loan cannot be lent again; returns; the overdue list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.exc import IntegrityError

from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.residents import validate
from desktop.residents.models import FileLoan, ResidenceFile
from desktop.residents.service import officer_exists
from desktop.staff.models import Officer
from desktop.text import format_date, require_text


@dataclass(frozen=True)
class LoanInput:
    file_id: int
    borrower: str
    purpose: str
    out_date: dt.date | str | None
    due_date: dt.date | str | None
    officer_id: int | None = None
    borrower_unit: str = ""
    #: the written request the loan answers (number, date, sender)
    request_ref: str = ""


@dataclass(frozen=True)
class LoanView:
    id: int
    file_id: int
    file_number: str
    borrower: str
    borrower_unit: str
    purpose: str
    out_date: dt.date
    due_date: dt.date
    returned_date: dt.date | None
    officer_name: str
    return_officer_name: str
    version: int
    request_ref: str = ""

    def days_overdue(self, today: dt.date | None = None) -> int:
        if self.returned_date is not None:
            return max(0, (self.returned_date - self.due_date).days)
        return max(0, ((today or dt.date.today()) - self.due_date).days)

    @property
    def state_text(self) -> str:
        if self.returned_date:
            return f"Đã trả {format_date(self.returned_date)}"
        late = self.days_overdue()
        return f"Quá hạn {late} ngày" if late else "Đang mượn"


def _officer_name(uow: UnitOfWork, officer_id: int | None) -> str:
    if officer_id is None:
        return ""
    o = uow.session.get(Officer, officer_id)
    return f"{o.rank} {o.full_name}".strip() if o else ""


def _view(uow: UnitOfWork, loan: FileLoan) -> LoanView:
    number = uow.session.scalar(select(ResidenceFile.number).where(ResidenceFile.id == loan.file_id)) or ""
    return LoanView(
        loan.id,
        loan.file_id,
        number,
        loan.borrower,
        loan.borrower_unit,
        loan.purpose,
        loan.out_date,
        loan.due_date,
        loan.returned_date,
        _officer_name(uow, loan.officer_id),
        _officer_name(uow, loan.return_officer_id),
        loan.version,
        request_ref=loan.request_ref,
    )


def lend(uow: UnitOfWork, data: LoanInput) -> LoanView:
    uow.require("write")
    f = uow.get(ResidenceFile, data.file_id)
    borrower = require_text("Người mượn", data.borrower, max_len=120)
    purpose = require_text("Mục đích mượn", data.purpose, max_len=250)
    today = dt.date.today()
    out = validate.to_date("Ngày mượn", data.out_date, today=today)
    if out is None:
        raise ValidationError("Ngày mượn", "không được để trống.")
    due = validate.to_date("Hạn trả", data.due_date, future_ok=True)
    if due is None:
        raise ValidationError("Hạn trả", "không được để trống.")
    if due < out:
        raise ValidationError("Hạn trả", "trước ngày mượn.")
    officer_exists(uow, data.officer_id)
    current = uow.session.scalar(
        select(FileLoan).where(FileLoan.file_id == f.id, FileLoan.returned_date.is_(None))
    )
    if current is not None:
        raise ValidationError(
            "Hồ sơ",
            f"«{f.number}» đang cho {current.borrower} mượn từ "
            f"{format_date(current.out_date)}; phải trả trước khi mượn tiếp.",
        )
    unit = require_text("Đơn vị người mượn", data.borrower_unit, max_len=120, required=False)
    request = require_text("Văn bản đề nghị", data.request_ref, max_len=200, required=False)
    number = f.number
    # the new loan is added inside the savepoint: another PC's open loan of the same file (the
    # unique index) then undoes only this insert, and the clerk gets the reason, not a broken session
    try:
        with uow.session.begin_nested():
            loan = uow.add(
                FileLoan(file_id=f.id, borrower=borrower, purpose=purpose, out_date=out, due_date=due,
                         officer_id=data.officer_id, borrower_unit=unit, request_ref=request)
            )
            uow.flush()
    except IntegrityError:
        raise ValidationError("Hồ sơ", f"«{number}» vừa được cho mượn ở máy khác.") from None
    return _view(uow, loan)


def return_file(
    uow: UnitOfWork, file_id: int, returned: dt.date | str | None, officer_id: int | None = None
) -> LoanView:
    uow.require("write")
    f = uow.get(ResidenceFile, file_id)
    loan = uow.session.scalar(
        select(FileLoan).where(FileLoan.file_id == file_id, FileLoan.returned_date.is_(None))
    )
    if loan is None:
        raise ValidationError("Hồ sơ", f"«{f.number}» không có ai đang mượn nên không ghi trả được.")
    day = validate.to_date("Ngày trả", returned, today=dt.date.today())
    if day is None:
        raise ValidationError("Ngày trả", "không được để trống.")
    if day < loan.out_date:
        raise ValidationError("Ngày trả", f"trước ngày mượn {format_date(loan.out_date)}.")
    officer_exists(uow, officer_id)
    loan.returned_date = day
    loan.return_officer_id = officer_id
    uow.flush()
    return _view(uow, loan)


def get_loan(uow: UnitOfWork, loan_id: int) -> LoanView:
    uow.require("read")
    return _view(uow, uow.get(FileLoan, loan_id))


def list_loans(
    uow: UnitOfWork, *, open_only: bool = False, file_id: int | None = None, limit: int = 1000
) -> list[LoanView]:
    uow.require("read")
    stmt = select(FileLoan).order_by(FileLoan.out_date.desc(), FileLoan.id.desc()).limit(limit)
    if open_only:
        stmt = stmt.where(FileLoan.returned_date.is_(None))
    if file_id is not None:
        stmt = stmt.where(FileLoan.file_id == file_id)
    return [_view(uow, loan) for loan in uow.session.scalars(stmt)]


def overdue_where(today: dt.date) -> ColumnElement[bool]:
    """A loan overdue on ``today``: borrowed, not returned, past its due date (due yesterday at the
    latest)."""
    return and_(FileLoan.returned_date.is_(None), FileLoan.due_date < today)


def overdue(uow: UnitOfWork, today: dt.date | None = None) -> list[LoanView]:
    """Loans not returned whose due date has passed, the longest overdue first."""
    uow.require("read")
    where = overdue_where(today or dt.date.today())
    stmt = select(FileLoan).where(where).order_by(FileLoan.due_date, FileLoan.id)
    return [_view(uow, loan) for loan in uow.session.scalars(stmt)]


def count_overdue(uow: UnitOfWork, today: dt.date | None = None) -> int:
    """How many loans are overdue on ``today`` (one per loan; a file is lent once at a time)."""
    uow.require("read")
    where = overdue_where(today or dt.date.today())
    return int(uow.session.scalar(select(func.count()).select_from(FileLoan).where(where)) or 0)


#: the period figures of loans and the condition each counts (the records behind them select by it)
PERIOD_FIGURES: dict[str, Callable[[dt.date, dt.date], ColumnElement[bool]]] = {
    "lent": lambda start, end: FileLoan.out_date.between(start, end),
    "returned": lambda start, end: FileLoan.returned_date.between(start, end),
    # lent by the end, due before it and not back by it (a loan returned later was still out then)
    "overdue_at_end": lambda start, end: and_(
        FileLoan.due_date < end,
        FileLoan.out_date <= end,
        or_(FileLoan.returned_date.is_(None), FileLoan.returned_date > end),
    ),
}


def period_figures(uow: UnitOfWork, start: dt.date, end: dt.date) -> dict[str, int]:
    uow.require("read")
    return {
        key: int(uow.session.scalar(select(func.count()).select_from(FileLoan).where(where(start, end))) or 0)
        for key, where in PERIOD_FIGURES.items()
    }
