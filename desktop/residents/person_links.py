"""The residents area's own lines on a person's and a household's page (``desktop.links``).

For a person: the household and the relation to its head, residence events, the residence files
(the person's own and the household's) and their loans, open data problems and "checked — not an
error" marks, and the ID-card campaign steps. For a household: its members, its splits and merges,
the residence events of its members, and its files and their loans.

Every query here looks a person or a household up by an indexed column (``person_id``,
``household_id``, ``file_id``, ``from_household_id``/``to_household_id``), so a page costs a handful
of index probes whatever the size of the station.

``opens`` keys (what the GUI's opener registry, ``desktop/gui/openers.py``, opens):
``residents.person`` / ``residents.household`` / ``residents.file`` / ``residents.loan`` take the
record's id; ``residents.problem`` and ``residents.campaign`` take the person's id — a data problem
and a campaign step are states of the person's record, fixed in the person's form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from desktop import links
from desktop.links import LinkedRecord
from desktop.residents.models import (
    EVENT_KINDS,
    HOUSEHOLD_CHANGES,
    FileLoan,
    Household,
    HouseholdChange,
    Person,
    QualityIssue,
    QualityMark,
    ResidenceEvent,
    ResidenceFile,
)
from desktop.settings import Village
from desktop.staff.models import Officer
from desktop.text import format_date

HOUSEHOLD = "Hộ gia đình"
MEMBERS = "Thành viên trong hộ"
CHANGES = "Tách, nhập hộ"
EVENTS = "Biến động cư trú"
FILES = "Hồ sơ cư trú"
LOANS = "Mượn, trả hồ sơ"
PROBLEMS = "Lỗi dữ liệu"
CAMPAIGN = "Căn cước, VNeID (Đề án 06)"
#: the residents' sections come first on the pages, in this order
ORDER = {
    HOUSEHOLD: 10,
    MEMBERS: 10,
    CHANGES: 15,
    EVENTS: 20,
    FILES: 30,
    LOANS: 35,
    PROBLEMS: 40,
    CAMPAIGN: 50,
}


def _record(section: str, opens: str, record_id: int, when: dt.date | dt.datetime | None, text: str,
            role: str = "") -> LinkedRecord:  # fmt: skip
    return LinkedRecord(section, opens, record_id, when, text, role, ORDER[section])


def _household_line(session: Session, household_id: int) -> tuple[str, str] | None:
    """(number and village, head's name) of a household, in one query."""
    head = aliased(Person)
    row = session.execute(
        select(
            Household.number,
            Household.active,
            Village.kind,
            Village.name,
            select(head.full_name)
            .where(
                head.household_id == Household.id, head.relation == "Chủ hộ", head.struck_off_date.is_(None)
            )
            .limit(1)
            .scalar_subquery(),
        )
        .outerjoin(Village, Village.id == Household.village_id)
        .where(Household.id == household_id)
    ).first()
    if row is None:
        return None
    number, active, kind, name, head_name = row
    text = (
        f"Hộ số {number}"
        + (f" — {kind} {name}" if kind else "")
        + ("" if active else " (đã nhập vào hộ khác)")
    )
    return text, head_name or ""


def _files(session: Session, condition: object) -> list[LinkedRecord]:
    """Files matching ``condition`` and each file's loans (newest first)."""
    rows = sorted(
        session.execute(
            select(
                ResidenceFile.id, ResidenceFile.number, ResidenceFile.arranged_date, ResidenceFile.person_id
            ).where(condition)
        ).all(),
        key=lambda r: r.number,
    )  # sorted here: an ORDER BY number would tempt the planner into walking the number index
    out = [
        _record(FILES, "residents.file", fid, arranged,
                f"Hồ sơ số {number}" + (" (của riêng người này)" if pid else " (của hộ)")
                + (f", xếp vào hộp ngày {format_date(arranged)}" if arranged else ", chưa xếp vào hộp"))
        for fid, number, arranged, pid in rows
    ]  # fmt: skip
    numbers = {fid: number for fid, number, _a, _p in rows}
    if numbers:
        for loan in session.scalars(select(FileLoan).where(FileLoan.file_id.in_(numbers))):
            back = (
                f", đã trả {format_date(loan.returned_date)}"
                if loan.returned_date
                else f", chưa trả (hạn {format_date(loan.due_date)})"
            )
            out.append(
                _record(LOANS, "residents.loan", loan.id, loan.out_date,
                        f"Hồ sơ {numbers[loan.file_id]} cho {loan.borrower} mượn ngày "
                        f"{format_date(loan.out_date)}: {loan.purpose}{back}")
            )  # fmt: skip
    return out


def _events(
    session: Session, person_ids: Sequence[int], names: dict[int, str] | None = None
) -> list[LinkedRecord]:
    out = []
    for e in session.scalars(select(ResidenceEvent).where(ResidenceEvent.person_id.in_(person_ids))):
        who = f"{names[e.person_id]}: " if names else ""
        detail = "; ".join(x for x in (e.reason, e.form_ref) if x)
        out.append(
            _record(EVENTS, "residents.person", e.person_id, e.event_date,
                    f"{who}{EVENT_KINDS.get(e.kind, e.kind)} ngày {format_date(e.event_date)}"
                    + (f" — {detail}" if detail else ""))
        )  # fmt: skip
    return out


def _problems(session: Session, person_id: int) -> list[LinkedRecord]:
    from desktop.residents.quality import RULES

    out = []
    for rule, found in session.execute(
        select(QualityIssue.rule, QualityIssue.found_on).where(
            QualityIssue.person_id == person_id, QualityIssue.cleared_on.is_(None)
        )
    ):
        label = RULES[rule].label if rule in RULES else rule
        out.append(_record(PROBLEMS, "residents.problem", person_id, found,
                           f"{label} (phát hiện ngày {format_date(found)})", "Cần xác minh"))  # fmt: skip
    for m in session.scalars(
        select(QualityMark).where(QualityMark.person_id == person_id, QualityMark.active.is_(True))
    ):
        label = RULES[m.rule].label if m.rule in RULES else m.rule
        out.append(_record(PROBLEMS, "residents.problem", person_id, m.marked_at,
                           f"{label}: đã kiểm tra, không phải lỗi — {m.reason} ({m.marked_by})",
                           "Đã kiểm tra"))  # fmt: skip
    return out


def _campaign(session: Session, p: Person) -> list[LinkedRecord]:
    officer = ""
    if p.mobilised_by is not None:
        officer = session.scalar(select(Officer.full_name).where(Officer.id == p.mobilised_by)) or ""
    steps = (
        (p.reviewed_date, "Đã rà soát"),
        (p.mobilised_date, "Đã vận động" + (f" (cán bộ {officer})" if officer else "")),
        (p.id_card_applied_date, "Đã nộp hồ sơ cấp căn cước"),
        (p.id_card_issued_date, "Đã được cấp căn cước"),
        (p.vneid2_date, "Đã kích hoạt VNeID mức 2"),
    )
    return [
        _record(CAMPAIGN, "residents.campaign", p.id, day, f"{text} ngày {format_date(day)}")
        for day, text in steps
        if day is not None
    ]


def person_records(session: Session, person_id: int) -> list[LinkedRecord]:
    """The residents area's records about one person."""
    p = session.get(Person, person_id)
    if p is None:
        return []
    out: list[LinkedRecord] = []
    if p.household_id is not None:
        line = _household_line(session, p.household_id)
        if line is not None:
            text, head = line
            if head and p.relation != "Chủ hộ":
                text += f"; chủ hộ {head}"
            out.append(_record(HOUSEHOLD, "residents.household", p.household_id, None, text,
                               p.relation or "Thành viên"))  # fmt: skip
    out += _events(session, [person_id])
    own = ResidenceFile.person_id == person_id
    out += _files(session, or_(own, ResidenceFile.household_id == p.household_id) if p.household_id else own)
    out += _problems(session, person_id)
    out += _campaign(session, p)
    return out


def household_records(session: Session, household_id: int) -> list[LinkedRecord]:
    """The residents area's records about one household."""
    out: list[LinkedRecord] = []
    members = session.execute(
        select(Person.id, Person.full_name, Person.relation, Person.birth_year, Person.struck_off_date).where(
            Person.household_id == household_id
        )
    ).all()
    names = {}
    for pid, name, relation, year, struck in members:
        names[pid] = name
        text = name + (f", sinh năm {year}" if year else "")
        if struck is not None:
            text += f" (đã xóa thường trú ngày {format_date(struck)})"
        out.append(_record(MEMBERS, "residents.person", pid, None, text, relation or "Thành viên"))
    changes = session.scalars(
        select(HouseholdChange).where(
            or_(
                HouseholdChange.from_household_id == household_id,
                HouseholdChange.to_household_id == household_id,
            )
        )
    ).all()
    others = {c.from_household_id for c in changes} | {c.to_household_id for c in changes}
    numbers = {}
    if others:
        found = session.execute(select(Household.id, Household.number).where(Household.id.in_(others)))
        numbers = dict(found.all())
    for c in changes:
        outgoing = c.from_household_id == household_id
        other = c.to_household_id if outgoing else c.from_household_id
        direction = f"sang hộ {numbers.get(other, '')}" if outgoing else f"từ hộ {numbers.get(other, '')}"
        out.append(
            _record(CHANGES, "residents.household", other, c.change_date,
                    f"{HOUSEHOLD_CHANGES.get(c.kind, c.kind)} ngày {format_date(c.change_date)}: "
                    f"{c.person_names} {direction}" + (f" — {c.reason}" if c.reason else ""))
        )  # fmt: skip
    if names:
        out += _events(session, list(names), names)
    out += _files(session, ResidenceFile.household_id == household_id)
    return out


links.register("residents", person=person_records, household=household_records)
