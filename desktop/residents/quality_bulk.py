"""Many data problems at once: mark the chosen persons "checked — not an error" for one rule with one
reason and the date the check was done (the mark's time, the problem cleared on that day)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, insert, select, update

from desktop.db import UnitOfWork, now
from desktop.errors import ValidationError
from desktop.residents import bulk, quality
from desktop.residents.models import Person, QualityIssue, QualityMark
from desktop.text import format_date, format_int, require_text


@dataclass(frozen=True)
class MarkReport:
    rule: str
    day: dt.date
    marked: tuple[int, ...]
    already: tuple[str, ...]
    not_failing: tuple[str, ...]

    def text(self) -> str:
        parts = [
            f"Đã đánh dấu {format_int(len(self.marked))} người «đã kiểm tra, không phải lỗi» "
            f"({quality.RULES[self.rule].label}, ngày {format_date(self.day)})"
        ]
        if self.already:
            parts.append(f"{format_int(len(self.already))} người đã được đánh dấu từ trước")
        if self.not_failing:
            parts.append(f"{format_int(len(self.not_failing))} người không còn lỗi này")
        return "; ".join(parts) + "."


def mark_time(day: dt.date) -> dt.datetime:
    """The mark's time: now, on the day the clerk gives (the check was done that day)."""
    stamp = now()
    return stamp if day == stamp.date() else dt.datetime.combine(day, stamp.time())


def mark_many(
    uow: UnitOfWork,
    person_ids: Sequence[int],
    code: str,
    reason: str,
    day: dt.date | str | None = None,
) -> MarkReport:
    """Mark every chosen person "checked — not an error" for ``code`` with one reason, on ``day``
    (today when not given; not in the future, not before the person came into CAXA). Persons already
    marked, or no longer failing the rule, are named and left alone."""
    uow.require("write")
    if code not in quality.RULES:
        raise ValidationError("Loại lỗi dữ liệu", f"«{code}» không có.")
    text = require_text("Lý do", reason, max_len=300)
    when = bulk.work_date("Ngày kiểm tra", day)
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        raise ValidationError("Nhân khẩu", "chưa chọn người nào.")
    s = uow.session
    people: dict[int, tuple[str, dt.datetime]] = {}
    failing: set[int] = set()
    marked: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        people.update(
            (i, (n, y, m, d))
            for i, n, y, m, d in s.execute(
                select(Person.id, Person.full_name, Person.birth_year, Person.birth_month, Person.birth_day)
                .where(Person.id.in_(chunk))
            )
        )
        failing.update(s.scalars(select(Person.id).where(Person.id.in_(chunk), quality.failing(code))))
        marked.update(
            s.scalars(
                select(QualityMark.person_id).where(
                    QualityMark.person_id.in_(chunk), QualityMark.rule == code, QualityMark.active.is_(True)
                )
            )
        )
    missing = [i for i in ids if i not in people]
    if missing:
        raise ValidationError("Nhân khẩu", f"{format_int(len(missing))} người không còn trong CAXA.")
    todo = [i for i in ids if i in failing and i not in marked]
    for i in todo:
        name, *birth = people[i]
        bulk.work_date("Ngày kiểm tra", when, earliest=bulk.born(*birth), what=f"ngày sinh của «{name}»")
    _write(uow, todo, code, text, when)
    return MarkReport(
        code,
        when,
        tuple(todo),
        tuple(people[i][0] for i in ids if i in marked),
        tuple(people[i][0] for i in ids if i not in failing and i not in marked),
    )


def _write(uow: UnitOfWork, ids: list[int], code: str, reason: str, day: dt.date) -> None:
    if not ids:
        return
    conn = uow.session.connection()
    stamp, at = now(), mark_time(day)
    rows = [
        {
            "person_id": i,
            "rule": code,
            "reason": reason,
            "marked_by": uow.actor.username,
            "marked_at": at,
            "active": True,
            "revoked_by": "",
            "created_at": stamp,
            "updated_at": stamp,
            "version": 1,
        }
        for i in ids
    ]
    for start in range(0, len(rows), 2000):
        conn.execute(insert(QualityMark), rows[start : start + 2000])
    new = conn.execute(
        select(QualityMark.id, QualityMark.person_id).where(
            QualityMark.rule == code, QualityMark.active.is_(True), QualityMark.marked_at == at
        )
    ).all()
    wanted = set(ids)
    mine = {pid: mid for mid, pid in new if pid in wanted}
    label = f"{QualityMark.__label__}: {quality.RULES[code].label}"
    entries = [
        (
            "insert",
            "quality_mark",
            mine[i],
            label,
            {
                "person_id": [None, i],
                "rule": [None, code],
                "reason": [None, reason],
                "marked_by": [None, uow.actor.username],
                "marked_at": [None, at.isoformat()],
                "active": [None, True],
            },
        )
        for i in ids
    ]
    bulk.append_audit(uow, QualityMark, entries)
    quality.sync_issues(uow, person_ids=ids)  # these persons only (a mark changes nobody else's problems)
    # the problems the marks cleared are cleared on the day of the check (not before they were found)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        cleared = and_(
            QualityIssue.person_id.in_(chunk),
            QualityIssue.rule == code,
            QualityIssue.cleared_on == dt.date.today(),
        )
        conn.execute(update(QualityIssue).where(cleared, QualityIssue.found_on <= day).values(cleared_on=day))
        conn.execute(
            update(QualityIssue)
            .where(cleared, QualityIssue.found_on > day)
            .values(cleared_on=QualityIssue.found_on)
        )
    uow.session.expire_all()

