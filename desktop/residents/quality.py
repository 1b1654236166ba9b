"""Data quality (làm sạch dữ liệu): rules as SQL conditions, counts in one pass, the work queue,
"checked — not an error" marks, and the problems found and cleared over time.

Every rule is a condition on ``person`` (only persons still registered: not struck off). Counts run
in SQL — never a Python loop over the residents. ``sync_issues`` keeps ``quality_issue`` in step
(an open row while the problem exists; ``cleared_on`` set when it was fixed or marked), so a
period's "found" and "cleared" figures come from dates, not from memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, case, exists, func, insert, literal, or_, select, tuple_, update
from sqlalchemy.orm import aliased
from sqlalchemy.sql import ColumnElement

from desktop.db import UnitOfWork, now
from desktop.errors import ValidationError
from desktop.residents.models import Person, QualityIssue, QualityMark
from desktop.residents.renewal import renewal_due
from desktop.text import format_date

ADULT_AGE = 14


@dataclass(frozen=True)
class Rule:
    code: str
    label: str
    hint: str


RULES: dict[str, Rule] = {
    r.code: r
    for r in (
        Rule("birth_missing", "Thiếu ngày sinh", "Chưa có ngày, tháng, năm sinh."),
        Rule("birth_partial", "Ngày sinh chưa đầy đủ", "Chỉ có năm sinh hoặc tháng và năm sinh."),
        Rule("id_missing", "Thiếu số định danh", "Chưa có số định danh cá nhân."),
        Rule("id_format", "Số định danh sai định dạng", "Không đủ 12 chữ số, có chữ cái hoặc khoảng trắng."),
        Rule(
            "id_province",
            "Số định danh có mã tỉnh không có",
            "Ba chữ số đầu không phải mã tỉnh nơi đăng ký khai sinh.",
        ),
        Rule(
            "id_mismatch",
            "Số định danh không khớp giới tính, năm sinh",
            "Chữ số thứ 4 (thế kỷ, giới tính) hoặc thứ 5–6 (năm sinh) khác hồ sơ.",
        ),
        Rule("id_duplicate", "Trùng số định danh", "Cùng một số định danh ở hai nhân khẩu trở lên."),
        Rule("person_duplicate", "Nghi trùng nhân khẩu", "Trùng họ tên và ngày sinh với nhân khẩu khác."),
        Rule(
            "deceased_registered",
            "Chết chưa xóa thường trú",
            "Đã có tin báo tử nhưng chưa xóa đăng ký thường trú (phải xóa trong 1 ngày làm việc).",
        ),
        Rule(
            "adult_no_idcard", "Từ 14 tuổi chưa làm căn cước", "Đủ 14 tuổi, chưa nộp hồ sơ cấp thẻ căn cước."
        ),
        Rule("no_vneid2", "Chưa có VNeID mức 2", "Đủ 14 tuổi, chưa kích hoạt tài khoản định danh mức 2."),
        Rule(
            "idcard_renewal",
            "Đến tuổi đổi thẻ căn cước",
            "Đã đủ 14, 25, 40 hoặc 60 tuổi mà thẻ cấp trước tuổi đó hơn 2 năm (Luật Căn cước 2023 Điều 21).",
        ),
    )
}
#: rules whose sum is the clerks' "sai số định danh" (wrong ID number)
WRONG_ID_RULES = ("id_format", "id_province", "id_mismatch")
DUPLICATE_RULES = ("id_duplicate", "person_duplicate")


#: the person's fields the rules read (the folded name is made from the full name); a change to any
#: other field cannot open or clear a problem (a test holds the rules' SQL to this list)
RULE_FIELDS = frozenset(
    {
        "full_name",
        "name_key",
        "birth_year",
        "birth_month",
        "birth_day",
        "sex",
        "id_number",
        "id_issue",
        "status",
        "struck_off_date",
        "id_card_status",
        "id_card_issued_date",
        "vneid_level",
    }
)


def _adult(today: dt.date) -> ColumnElement[bool]:
    """Certainly 14 or older (a partial birth date counts as its latest possible day)."""
    cutoff = (today.year - ADULT_AGE) * 10000 + today.month * 100 + today.day
    key = (
        Person.birth_year * 10000
        + func.coalesce(Person.birth_month, 12) * 100
        + func.coalesce(Person.birth_day, 31)
    )
    return and_(Person.birth_year.is_not(None), key <= cutoff)


def _duplicate_id() -> ColumnElement[bool]:
    """The number is held by another person as well (registered or not): one GROUP BY, not a join per row."""
    twice = (
        select(Person.id_number)
        .where(Person.id_number != "")
        .group_by(Person.id_number)
        .having(func.count() > 1)
    )
    return and_(Person.id_number != "", Person.id_number.in_(twice))


def _dup_key(model: type[Person] | Any = Person) -> tuple:  # noqa: ANN401
    return (
        model.name_key,
        model.birth_year,
        func.coalesce(model.birth_month, 0),
        func.coalesce(model.birth_day, 0),
    )


def _duplicate_person() -> ColumnElement[bool]:
    """Same folded name and birth date as another registered person (grouped once, by the index)."""
    other = aliased(Person)
    twice = (
        select(*_dup_key(other))
        .where(other.struck_off_date.is_(None), other.birth_year.is_not(None))
        .group_by(other.name_key, other.birth_year, other.birth_month, other.birth_day)
        .having(func.count() > 1)
    )
    return and_(Person.birth_year.is_not(None), tuple_(*_dup_key()).in_(twice))


def condition(code: str, today: dt.date) -> ColumnElement[bool]:
    """The SQL condition for one rule (without the registered scope and the marks)."""
    conditions: dict[str, Callable[[], ColumnElement[bool]]] = {
        "birth_missing": lambda: Person.birth_year.is_(None),
        "birth_partial": lambda: and_(
            Person.birth_year.is_not(None), or_(Person.birth_month.is_(None), Person.birth_day.is_(None))
        ),
        "id_missing": lambda: Person.id_issue == "missing",
        "id_format": lambda: Person.id_issue == "format",
        "id_province": lambda: Person.id_issue == "province",
        "id_mismatch": lambda: Person.id_issue == "mismatch",
        "id_duplicate": _duplicate_id,
        "person_duplicate": _duplicate_person,
        "deceased_registered": lambda: Person.status == "deceased",
        "adult_no_idcard": lambda: and_(
            Person.status == "living", _adult(today), Person.id_card_status == "none"
        ),
        "no_vneid2": lambda: and_(Person.status == "living", _adult(today), Person.vneid_level < 2),
        "idcard_renewal": lambda: renewal_due(today),
    }
    if code not in conditions:
        raise ValidationError("Loại lỗi dữ liệu", f"«{code}» không có.")
    return conditions[code]()


def _not_marked(code: str) -> ColumnElement[bool]:
    return ~exists().where(
        QualityMark.person_id == Person.id, QualityMark.rule == code, QualityMark.active.is_(True)
    )


def failing(code: str, today: dt.date | None = None) -> ColumnElement[bool]:
    """Registered, failing ``code``, not marked "checked — not an error"."""
    return and_(
        Person.struck_off_date.is_(None), condition(code, today or dt.date.today()), _not_marked(code)
    )


def failing_ids(code: str, today: dt.date | None = None):  # -> Select
    return select(Person.id).where(failing(code, today))


@dataclass(frozen=True)
class RuleCount:
    code: str
    label: str
    hint: str
    count: int
    marked: int


def counts(
    uow: UnitOfWork, *, today: dt.date | None = None, village_id: int | None = None
) -> list[RuleCount]:
    """The number of persons failing each rule — one pass over ``person`` in SQL."""
    uow.require("read")
    today = today or dt.date.today()
    cols = [
        func.coalesce(func.sum(case((and_(condition(c, today), _not_marked(c)), 1), else_=0)), 0)
        for c in RULES
    ]
    stmt = select(*cols).where(Person.struck_off_date.is_(None))
    if village_id is not None:
        stmt = stmt.where(Person.village_id == village_id)
    values = uow.session.execute(stmt).one()
    marked = dict(
        uow.session.execute(
            select(QualityMark.rule, func.count())
            .where(QualityMark.active.is_(True))
            .group_by(QualityMark.rule)
        ).all()
    )
    return [
        RuleCount(r.code, r.label, r.hint, int(v), int(marked.get(r.code, 0)))
        for r, v in zip(RULES.values(), values, strict=True)
    ]


def summary(uow: UnitOfWork, *, today: dt.date | None = None) -> dict[str, int]:
    """{rule: count} plus "wrong_id" (format + province + mismatch) — for ``caxa quality``."""
    result = {c.code: c.count for c in counts(uow, today=today)}
    result["wrong_id"] = sum(result[c] for c in WRONG_ID_RULES)
    return result


def open_counts(uow: UnitOfWork) -> dict[str, int]:
    """The stored counts: open issues per rule as the last sync left them, plus "wrong_id" — the
    same as ``summary`` after a scan (services sync the persons they change; a full scan runs after
    imports and from the quality page), read from ``ix_quality_issue_open`` instead of recounting
    every resident against every rule (the month figures)."""
    uow.require("read")
    stored = dict(
        uow.session.execute(
            select(QualityIssue.rule, func.count()).where(issue_where("open")).group_by(QualityIssue.rule)
        ).all()
    )
    result = {code: int(stored.get(code, 0)) for code in RULES}
    result["wrong_id"] = sum(result[c] for c in WRONG_ID_RULES)
    return result


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days (Mon–Fri) after ``start`` up to and including ``end``."""
    days = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days += 1
    return days


# --------------------------------------------------------------------------- the work queue


@dataclass(frozen=True)
class QueueRow:
    person_id: int
    version: int
    full_name: str
    birth_text: str
    id_number: str
    village_id: int | None
    detail: str
    overdue: bool = False


def queue(
    uow: UnitOfWork,
    code: str,
    *,
    village_id: int | None = None,
    today: dt.date | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[QueueRow]:
    """The persons failing one rule, by name (a page of ``limit`` rows)."""
    uow.require("read")
    from desktop.residents.validate import birth_text

    today = today or dt.date.today()
    stmt = (
        select(
            Person.id,
            Person.version,
            Person.full_name,
            Person.birth_year,
            Person.birth_month,
            Person.birth_day,
            Person.id_number,
            Person.village_id,
            Person.sex,
            Person.death_date,
            Person.death_reported_date,
        )
        .where(failing(code, today))
        .order_by(Person.name_key, Person.id)
        .limit(limit)
        .offset(offset)
    )
    if village_id is not None:
        stmt = stmt.where(Person.village_id == village_id)
    out = []
    for r in uow.session.execute(stmt):
        detail, overdue = _detail(code, r, today)
        out.append(
            QueueRow(
                r.id,
                r.version,
                r.full_name,
                birth_text(r.birth_year, r.birth_month, r.birth_day),
                r.id_number,
                r.village_id,
                detail,
                overdue,
            )
        )
    return out


def _detail(code: str, r, today: dt.date) -> tuple[str, bool]:  # noqa: ANN001
    if code == "deceased_registered":
        known = r.death_reported_date or r.death_date
        days = (today - known).days
        late = working_days_between(known, today)
        text = (
            f"Chết {format_date(r.death_date)}, báo tử {format_date(r.death_reported_date)}: "
            f"{days} ngày ({late} ngày làm việc)"
        )
        return (text + (" — quá thời hạn xóa (1 ngày làm việc)" if late > 1 else ""), late > 1)
    if code in ("id_format", "id_province", "id_mismatch"):
        from desktop.residents import idcard

        return idcard.check(r.id_number, sex=r.sex, birth_year=r.birth_year).message, False
    return RULES[code].hint, False


# --------------------------------------------------------------------------- found / cleared over time


def sync_issues(
    uow: UnitOfWork,
    *,
    person_ids: Sequence[int] | None = None,
    today: dt.date | None = None,
    before: tuple[set[str], set[tuple]] | None = None,
) -> None:
    """Open an issue for each new problem, clear those that are gone (fixed, marked or struck off).

    With ``person_ids`` only those persons and their possible duplicates are looked at
    (``quality_scope``): the persons holding their ID numbers or their folded name and birth date
    now, or ``before`` the change (the keys ``quality_scope.keys_of`` read from them then; give them
    when a number, a name or a birth date may have changed). Without, everyone.
    """
    today = today or dt.date.today()
    if person_ids is not None:
        from desktop.residents import quality_scope

        quality_scope.sync_persons(uow, person_ids, before=before, today=today)
        return
    conn = uow.session.connection()
    analyze(conn)
    opening, clearing = scan_statements(today)
    for statement in opening:
        conn.execute(statement)
    # no fresh statistics needed for the issues just opened: clearing looks each one's person up by
    # index (a test EXPLAINs these statements over an issues table grown since it was analysed)
    for statement in clearing:
        conn.execute(statement)


def scan_statements(today: dt.date) -> tuple[list[Any], list[Any]]:
    """The full scan's statements: per rule, the ``INSERT … SELECT`` opening the issues of everyone
    failing it without one, and the ``UPDATE`` clearing the open issues whose person no longer fails
    it. Clearing looks each issue's person up: for the duplicate rules by the indexed number and
    name (``quality_scope.failing``), not by grouping the whole table again for each issue, which the
    planner chose on PostgreSQL for rows without statistics (a test EXPLAINs them)."""
    from desktop.residents import quality_scope

    stamp = now()
    opening, clearing = [], []
    for code in RULES:
        open_issue = exists().where(
            QualityIssue.person_id == Person.id, QualityIssue.rule == code, QualityIssue.cleared_on.is_(None)
        )
        select_new = select(
            Person.id, literal(code), literal(today), literal(stamp), literal(stamp), literal(1)
        ).where(failing(code, today), ~open_issue)
        opening.append(
            insert(QualityIssue).from_select(
                ["person_id", "rule", "found_on", "created_at", "updated_at", "version"], select_new
            )
        )
        still = exists().where(Person.id == QualityIssue.person_id, quality_scope.failing(code, today))
        clearing.append(
            update(QualityIssue)
            .where(QualityIssue.rule == code, QualityIssue.cleared_on.is_(None), ~still)
            .values(cleared_on=today)
        )
    return opening, clearing


def analyze(conn: Connection, tables: str = "person, quality_issue, quality_mark") -> None:
    """PostgreSQL: fresh statistics for the tables a full scan joins. Rows written in this transaction
    (an import, the demo) are invisible to autovacuum until it commits; without statistics the planner
    guesses a handful of rows and picks nested loops that take minutes on 200,000 residents."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"ANALYZE {tables}")


def rescan(uow: UnitOfWork, *, today: dt.date | None = None) -> None:
    """The full scan (the daily one at sign-in): sync every issue."""
    uow.require("write")
    sync_issues(uow, today=today)


def run_scan(uow: UnitOfWork, *, today: dt.date | None = None) -> list[RuleCount]:
    """The full scan (after an import, or from the quality page): sync every issue, return counts."""
    rescan(uow, today=today)
    return counts(uow, today=today)


def issue_where(which: str, start: dt.date | None = None, end: dt.date | None = None) -> ColumnElement[bool]:
    """Issues ``found`` or ``cleared`` in the period, or ``open`` now (as the last sync left them):
    the figures and the records behind them select by this."""
    if which == "found":
        return QualityIssue.found_on.between(start, end)
    if which == "cleared":
        return QualityIssue.cleared_on.between(start, end)
    return QualityIssue.cleared_on.is_(None)


def rule_where(code: str) -> ColumnElement[bool]:
    """The issues of one rule, or of the three ID rules for ``wrong_id``."""
    return QualityIssue.rule.in_(WRONG_ID_RULES) if code == "wrong_id" else QualityIssue.rule == code


def period_figures(uow: UnitOfWork, start: dt.date, end: dt.date) -> dict[str, dict[str, int]]:
    """Problems found and cleared between ``start`` and ``end`` (inclusive), per rule."""
    uow.require("read")
    found, cleared = (
        dict(
            uow.session.execute(
                select(QualityIssue.rule, func.count())
                .where(issue_where(which, start, end))
                .group_by(QualityIssue.rule)
            ).all()
        )
        for which in ("found", "cleared")
    )
    out = {code: {"found": int(found.get(code, 0)), "cleared": int(cleared.get(code, 0))} for code in RULES}
    out["wrong_id"] = {k: sum(out[c][k] for c in WRONG_ID_RULES) for k in ("found", "cleared")}
    return out


#: the marks' names, whose code moved to ``quality_marks``, offered here as before (looked up when
#: first used: that module imports this one)
_MOVED = ("MarkView", "_mark_view", "list_marks", "mark_checked", "revoke_mark")


def __getattr__(name: str) -> Any:  # noqa: ANN401
    if name not in _MOVED:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from desktop.residents import quality_marks

    return getattr(quality_marks, name)
