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
import functools
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

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


#: dates repeat over thousands of rows: each is formatted once
_date = functools.lru_cache(maxsize=4096)(format_date)


def _villages(uow: UnitOfWork) -> dict[int | None, str]:
    """Every village's label by id (a few dozen rows), instead of a join per listed row."""
    return {vid: _village(kind, name) for vid, kind, name in uow.session.execute(
        select(Village.id, Village.kind, Village.name))}  # fmt: skip


def _person_rows(stmt: Any, uow: UnitOfWork) -> list[Any]:  # noqa: ANN401 — a Select over Person
    """Run ``stmt`` with the person's name, birth year and village id added at the end (plain
    tuples through the connection: tens of thousands of rows for the campaign and open problems)."""
    stmt = stmt.add_columns(Person.full_name, Person.birth_year, Person.village_id)
    return uow.session.connection().execute(stmt).all()


def _events(uow: UnitOfWork, kind: str, start: dt.date, end: dt.date) -> list[RecordRow]:
    stmt = (
        select(ResidenceEvent.id, ResidenceEvent.person_id, ResidenceEvent.event_date,
               ResidenceEvent.form_ref, ResidenceEvent.reason)
        .join(Person, Person.id == ResidenceEvent.person_id)
        .where(events.in_period(start, end), ResidenceEvent.kind == kind)
        .order_by(ResidenceEvent.event_date, ResidenceEvent.id)
    )  # fmt: skip
    villages = _villages(uow)
    out = []
    for _id, person_id, day, form_ref, reason, name, year, village_id in _person_rows(stmt, uow):
        what = EVENT_KINDS[kind] + (f" ({form_ref})" if form_ref else "") + (f": {reason}" if reason else "")
        out.append(RecordRow(_person(name, year), what, day, villages.get(village_id, ""), None,
                             "residents.person", person_id))  # fmt: skip
    return out


def _owners(uow: UnitOfWork, file_where: Any) -> Callable[[int | None, int | None], tuple[str, str]]:  # noqa: ANN401
    """For the files matching ``file_where``: a function (person id, household id) → (owner, village),
    the owner being the person, or the household and its head. Three queries whatever the number of
    files (owners looked up by id through subqueries, no join per file)."""
    conn = uow.session.connection()
    persons = {
        pid: (_person(name, year), vid)
        for pid, name, year, vid in conn.execute(
            select(Person.id, Person.full_name, Person.birth_year, Person.village_id).where(
                Person.id.in_(select(ResidenceFile.person_id).where(file_where))
            )
        )
    }
    households_of = select(ResidenceFile.household_id).where(file_where)
    heads: dict[int, tuple[str, int | None]] = {}
    for hid, name, year, vid in conn.execute(
        select(Person.household_id, Person.full_name, Person.birth_year, Person.village_id)
        .where(Person.household_id.in_(households_of), Person.relation == "Chủ hộ")
        .order_by(Person.struck_off_date.is_not(None), Person.id)
    ):
        heads.setdefault(hid, (_person(name, year), vid))
    households = {
        hid: (number, vid)
        for hid, number, vid in conn.execute(
            select(Household.id, Household.number, Household.village_id).where(
                Household.id.in_(households_of)
            )
        )
    }
    villages = _villages(uow)

    def owner(person_id: int | None, household_id: int | None) -> tuple[str, str]:
        if person_id is not None:
            text, vid = persons.get(person_id, ("", None))
            return text, villages.get(vid, "")
        number, vid = households.get(household_id, ("", None))
        head, head_vid = heads.get(household_id, ("", None))
        text = (f"Hộ {number}" if number else "") + (f", chủ hộ {head}" if head else "")
        return text, villages.get(vid if vid is not None else head_vid, "")

    return owner


def _files(uow: UnitOfWork, start: dt.date, end: dt.date) -> list[RecordRow]:
    where = archive.arranged_in(start, end)
    owner = _owners(uow, where)
    out = []
    for fid, number, day, person_id, household_id in uow.session.connection().execute(
        select(ResidenceFile.id, ResidenceFile.number, ResidenceFile.arranged_date, ResidenceFile.person_id,
               ResidenceFile.household_id)
        .where(where)
        .order_by(ResidenceFile.arranged_date, ResidenceFile.id)
    ):  # fmt: skip
        who, village = owner(person_id, household_id)
        out.append(RecordRow(who, f"Xếp hồ sơ cư trú số {number} vào hộp", day, village, None,
                             "residents.file", fid))  # fmt: skip
    return out


def _loans(uow: UnitOfWork, key: str, start: dt.date, end: dt.date) -> list[RecordRow]:
    where = loans.PERIOD_FIGURES[key](start, end)
    owner = _owners(uow, ResidenceFile.id.in_(select(FileLoan.file_id).where(where)))
    out = []
    for loan in uow.session.connection().execute(
        select(FileLoan.id, FileLoan.borrower, FileLoan.borrower_unit, FileLoan.purpose,
               FileLoan.out_date, FileLoan.due_date, FileLoan.returned_date, ResidenceFile.number,
               ResidenceFile.person_id, ResidenceFile.household_id)
        .join(ResidenceFile, ResidenceFile.id == FileLoan.file_id)
        .where(where)
        .order_by(FileLoan.out_date, FileLoan.id)
    ):  # fmt: skip
        whose, village = owner(loan.person_id, loan.household_id)
        when = {"lent": loan.out_date, "returned": loan.returned_date, "overdue_at_end": loan.due_date}[key]
        what = f"Mượn hồ sơ số {loan.number} ({whose}) ngày {_date(loan.out_date)}"
        what += f": {loan.purpose}; hạn trả {_date(loan.due_date)}"
        if loan.returned_date:
            what += f", đã trả {_date(loan.returned_date)}"
        who = loan.borrower + (f" ({loan.borrower_unit})" if loan.borrower_unit else "")
        out.append(RecordRow(who, what, when, village, None, "residents.loan", loan.id))
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
    labels = {c: rule.label for c, rule in quality.RULES.items()}
    villages = _villages(uow)
    by_clearing = which == "cleared"
    out = []
    append = out.append
    for person_id, rule, found, cleared, name, year, village_id in _person_rows(stmt, uow):
        what = labels.get(rule, rule)
        if by_clearing:  # listed by the day it was cleared: when it was found
            what = f"{what}, phát hiện ngày {_date(found)}"
        elif cleared is not None:  # found in the period, cleared since
            what = f"{what}, đã hết lỗi ngày {_date(cleared)}"
        who = f"{name} (sinh năm {year})" if year else name
        append(RecordRow(who, what, cleared if by_clearing else found, villages.get(village_id, ""), None,
                         "residents.problem", person_id))  # fmt: skip
    return out


def _campaign(uow: UnitOfWork, key: str, start: dt.date, end: dt.date) -> list[RecordRow]:
    col, step = campaign.PERIOD_STEPS[key]
    stmt = select(Person.id, col.label("day"))
    if key == "mobilised":  # by which officer
        stmt = stmt.add_columns(Officer.rank, Officer.full_name.label("officer")).outerjoin(
            Officer, Officer.id == Person.mobilised_by
        )
    stmt = stmt.where(campaign.step_where(key, start, end)).order_by(col, Person.name_key, Person.id)
    label = campaign.STEPS[step]
    villages = _villages(uow)
    out = []
    append = out.append
    for r in _person_rows(stmt, uow):
        person_id, day, *by, name, year, village_id = r
        officer = " ".join(part for part in by if part)
        what = f"{label} (cán bộ {officer})" if officer else label
        append(RecordRow(_person(name, year), what, day, villages.get(village_id, ""), None,
                         "residents.campaign", person_id))  # fmt: skip
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
