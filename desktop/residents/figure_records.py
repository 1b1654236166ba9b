"""The records behind each residents figure: ``figures.records(uow, "residents.<path>", start, end)``.

Every path ``residents_figures`` returns lists the records it counted, selected by the same
conditions (``events.in_period``, ``archive.arranged_in``, ``loans.PERIOD_FIGURES``,
``quality.issue_where``, ``campaign.step_where``), so ``len(rows)`` is the figure.
``residents.registered`` / ``residents.living`` (the whole population) list nothing: None.

A person is shown by name, birth year and village only (never the ID number). Residence events,
data problems and campaign steps open the person's form (``residents.person``,
``residents.problem``, ``residents.campaign`` take the person's id); files and loans open in the
archive (``residents.file``, ``residents.loan``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from desktop import figures
from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.figures import RecordRow
from desktop.residents import archive, campaign, events, loans, quality
from desktop.residents.models import EVENT_KINDS, FileLoan, Household, Person, ResidenceEvent, ResidenceFile
from desktop.settings import Village
from desktop.staff.models import Officer
from desktop.text import format_date

#: the quality figures' rule keys: every rule, and ``wrong_id`` (the three ID rules together)
QUALITY_KEYS = (*quality.RULES, "wrong_id")


def _unknown(path: str) -> ValidationError:
    return ValidationError("Chỉ tiêu", f"«residents.{path}» không có trong số liệu dân cư, cư trú.")


def _person(name: str | None, year: int | None) -> str:
    """'Nguyễn Văn Hùng (sinh năm 1970)': name and birth year, never the ID number."""
    return f"{name} (sinh năm {year})" if name and year else name or ""


def _village(kind: str | None, name: str | None) -> str:
    return f"{kind} {name}" if kind else ""


def _person_rows(stmt: Any, uow: UnitOfWork) -> list[Any]:  # noqa: ANN401 — a Select over Person
    """Run ``stmt`` with the person's name, birth year and village added as ``pname``, ``pyear``,
    ``vkind``, ``vname``."""
    stmt = stmt.add_columns(
        Person.full_name.label("pname"),
        Person.birth_year.label("pyear"),
        Village.kind.label("vkind"),
        Village.name.label("vname"),
    ).outerjoin(Village, Village.id == Person.village_id)
    return uow.session.execute(stmt).all()


def _events(uow: UnitOfWork, kind: str, start: dt.date, end: dt.date) -> list[RecordRow]:
    stmt = (
        select(ResidenceEvent.id, ResidenceEvent.person_id, ResidenceEvent.event_date,
               ResidenceEvent.form_ref, ResidenceEvent.reason)
        .join(Person, Person.id == ResidenceEvent.person_id)
        .where(events.in_period(start, end), ResidenceEvent.kind == kind)
        .order_by(ResidenceEvent.event_date, ResidenceEvent.id)
    )  # fmt: skip
    out = []
    for r in _person_rows(stmt, uow):
        what = EVENT_KINDS[kind] + (f" ({r.form_ref})" if r.form_ref else "")
        what += f": {r.reason}" if r.reason else ""
        out.append(RecordRow(_person(r.pname, r.pyear), what, r.event_date, _village(r.vkind, r.vname),
                             None, "residents.person", r.person_id))  # fmt: skip
    return out


def _file_owner(uow: UnitOfWork, where: Any, *cols: Any) -> list[Any]:  # noqa: ANN401
    """Files (with ``cols``) matching ``where``: the owner (the person, or the household's head)
    as ``owner``/``oyear`` and the owner's village as ``vkind``/``vname``."""
    owner = aliased(Person)
    head = aliased(Person)
    head_id = (
        select(head.id)
        .where(head.household_id == ResidenceFile.household_id, head.relation == "Chủ hộ")
        .order_by(head.struck_off_date.is_not(None), head.id)
        .limit(1)
        .scalar_subquery()
    )
    stmt = (
        select(*cols, ResidenceFile.number, ResidenceFile.person_id.label("fperson"),
               Household.number.label("hnumber"),
               owner.full_name.label("owner"), owner.birth_year.label("oyear"),
               Village.kind.label("vkind"), Village.name.label("vname"))
        .select_from(ResidenceFile)
        .outerjoin(Household, Household.id == ResidenceFile.household_id)
        .outerjoin(owner, owner.id == func.coalesce(ResidenceFile.person_id, head_id))
        .outerjoin(Village, Village.id == func.coalesce(owner.village_id, Household.village_id))
        .where(where)
    )  # fmt: skip
    return uow.session.execute(stmt).all()


def _owner_text(r: Any) -> str:  # noqa: ANN401
    """The file's owner: the person, or the household and its head."""
    if r.fperson:
        return _person(r.owner, r.oyear)
    return f"Hộ {r.hnumber}" + (f", chủ hộ {_person(r.owner, r.oyear)}" if r.owner else "")


def _files(uow: UnitOfWork, start: dt.date, end: dt.date) -> list[RecordRow]:
    rows = _file_owner(uow, archive.arranged_in(start, end), ResidenceFile.id, ResidenceFile.arranged_date)
    rows.sort(key=lambda r: (r.arranged_date, r.id))
    return [
        RecordRow(_owner_text(r), f"Xếp hồ sơ cư trú số {r.number} vào hộp", r.arranged_date,
                  _village(r.vkind, r.vname), None, "residents.file", r.id)
        for r in rows
    ]  # fmt: skip


def _loans(uow: UnitOfWork, key: str, start: dt.date, end: dt.date) -> list[RecordRow]:
    where = loans.PERIOD_FIGURES[key](start, end)
    rows = _file_owner(
        uow,
        ResidenceFile.id.in_(select(FileLoan.file_id).where(where)),
        ResidenceFile.id.label("file_id"),
    )
    files = {r.file_id: r for r in rows}
    out = []
    for loan in uow.session.execute(
        select(FileLoan.id, FileLoan.file_id, FileLoan.borrower, FileLoan.borrower_unit, FileLoan.purpose,
               FileLoan.out_date, FileLoan.due_date, FileLoan.returned_date)
        .where(where)
        .order_by(FileLoan.out_date, FileLoan.id)
    ):  # fmt: skip
        f = files[loan.file_id]
        when = {"lent": loan.out_date, "returned": loan.returned_date, "overdue_at_end": loan.due_date}[key]
        what = f"Mượn hồ sơ số {f.number} ({_owner_text(f)}) ngày {format_date(loan.out_date)}"
        what += f": {loan.purpose}; hạn trả {format_date(loan.due_date)}"
        if loan.returned_date:
            what += f", đã trả {format_date(loan.returned_date)}"
        who = loan.borrower + (f" ({loan.borrower_unit})" if loan.borrower_unit else "")
        out.append(RecordRow(who, what, when, _village(f.vkind, f.vname), None, "residents.loan", loan.id))
    if key != "lent":
        out.sort(key=lambda row: (row.when, row.record_id))
    return out


def _issues(uow: UnitOfWork, code: str, which: str, start: dt.date, end: dt.date) -> list[RecordRow]:
    from desktop.residents.models import QualityIssue

    stmt = (
        select(QualityIssue.person_id, QualityIssue.rule, QualityIssue.found_on, QualityIssue.cleared_on)
        .join(Person, Person.id == QualityIssue.person_id)
        .where(quality.rule_where(code), quality.issue_where(which, start, end))
    )
    when_col = QualityIssue.cleared_on if which == "cleared" else QualityIssue.found_on
    stmt = stmt.order_by(when_col, Person.name_key, QualityIssue.id)
    out = []
    for r in _person_rows(stmt, uow):
        what = quality.RULES[r.rule].label if r.rule in quality.RULES else r.rule
        what += f", phát hiện ngày {format_date(r.found_on)}"
        if r.cleared_on is not None:
            what += f", đã hết lỗi ngày {format_date(r.cleared_on)}"
        out.append(
            RecordRow(_person(r.pname, r.pyear), what, r.cleared_on if which == "cleared" else r.found_on,
                      _village(r.vkind, r.vname), None, "residents.problem", r.person_id)
        )  # fmt: skip
    return out


def _campaign(uow: UnitOfWork, key: str, start: dt.date, end: dt.date) -> list[RecordRow]:
    col, step = campaign.PERIOD_STEPS[key]
    stmt = select(Person.id, col.label("day"))
    if key == "mobilised":  # by which officer
        stmt = stmt.add_columns(Officer.rank, Officer.full_name.label("officer")).outerjoin(
            Officer, Officer.id == Person.mobilised_by
        )
    stmt = stmt.where(campaign.step_where(key, start, end)).order_by(col, Person.name_key, Person.id)
    out = []
    for r in _person_rows(stmt, uow):
        officer = f"{r.rank} {r.officer}".strip() if key == "mobilised" and r.officer else ""
        what = campaign.STEPS[step] + (f" (cán bộ {officer})" if officer else "")
        out.append(RecordRow(_person(r.pname, r.pyear), what, r.day, _village(r.vkind, r.vname), None,
                             "residents.campaign", r.id))  # fmt: skip
    return out


def residents_records(uow: UnitOfWork, start: dt.date, end: dt.date, path: str) -> list[RecordRow] | None:
    """The records behind the residents figure at ``path`` (see the module's doc)."""
    uow.require("read")
    head, *rest = path.split(".")
    one = rest[0] if len(rest) == 1 else None
    if head == "residents" and one in ("registered", "living"):
        return None
    if head == "events" and one in EVENT_KINDS:
        return _events(uow, one, start, end)
    if head == "files_arranged" and not rest:
        return _files(uow, start, end)
    if head == "loans" and one in loans.PERIOD_FIGURES:
        return _loans(uow, one, start, end)
    if head == "quality" and len(rest) == 2 and rest[0] in QUALITY_KEYS and rest[1] in ("found", "cleared"):
        return _issues(uow, rest[0], rest[1], start, end)
    if head == "quality_open" and one in QUALITY_KEYS:
        return _issues(uow, one, "open", start, end)
    if head == "campaign" and one in campaign.PERIOD_STEPS:
        return _campaign(uow, one, start, end)
    raise _unknown(path)


figures.register_records("residents", residents_records)
