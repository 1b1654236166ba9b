"""Merging two person records found to be one person (quality rules id_duplicate, person_duplicate).

``merge_persons(uow, keep_id, drop_id, reason)`` in one unit of work:

1. the kept record takes what it lacks from the dropped one (a birth date, an ID number, a phone,
   a household …) and the furthest ID-card campaign steps of the two;
2. every row of the residents area that names the dropped person moves to the kept one (residence
   events, old CMND numbers, residence files — and with them their loans —, "not an error" marks,
   the data problems' history), then every other area's links (``links.move_person_links``);
3. the dropped person's ID number, when it differs, becomes an old number of the kept person (the
   search still finds them by it), and every value of the dropped record that differs is written
   into the kept record's note;
4. the dropped record is deleted. The audit log holds the deletion with every field of the dropped
   record, each moved row and the kept record's changes, plus one entry naming the merge and its
   reason.

Nothing may still point at the dropped record before it is deleted: every foreign key to
``person.id`` in the schema (other areas' included) is checked, and a row left behind stops the merge
with nothing saved — so an area that forgot its merge hook cannot lose its records to a cascade.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from desktop import audit, links
from desktop.db import Base, UnitOfWork
from desktop.errors import ValidationError
from desktop.residents import idcard, quality, quality_scope, search, validate
from desktop.residents.models import (
    SEXES,
    Household,
    OldIdNumber,
    Person,
    QualityIssue,
    QualityMark,
    ResidenceEvent,
    ResidenceFile,
)
from desktop.text import format_date, require_text

#: fields the kept record takes from the dropped one when its own is empty
FILL = (
    "other_name",
    "id_number",
    "phone",
    "occupation",
    "permanent_address",
    "temporary_address",
    "village_id",
)
#: the residents' own tables whose rows name a person, moved by the merge
OWN_ROWS = (ResidenceEvent, OldIdNumber, ResidenceFile, QualityMark)
#: fields whose differing values are written into the kept record's note (label, getter)
SHOWN = (
    ("Họ và tên", lambda p: p.full_name),
    ("Ngày sinh", lambda p: validate.birth_text(p.birth_year, p.birth_month, p.birth_day)),
    ("Giới tính", lambda p: SEXES.get(p.sex, p.sex)),
    ("Số định danh", lambda p: p.id_number),
    ("Điện thoại", lambda p: p.phone),
    ("Nghề nghiệp", lambda p: p.occupation),
    ("Thường trú", lambda p: p.permanent_address),
    ("Tạm trú", lambda p: p.temporary_address),
)


@dataclass(frozen=True)
class MergeResult:
    keep_id: int
    dropped_name: str
    moved: dict[str, int]  # what moved, by kind ("residence_event", "weapons" …) → how many

    @property
    def total(self) -> int:
        return sum(self.moved.values())


def _take_missing(keep: Person, drop: Person) -> None:
    """The kept record takes what it lacks; the campaign steps are the furthest of the two."""
    for name in FILL:
        if not getattr(keep, name) and getattr(drop, name):
            setattr(keep, name, getattr(drop, name))
    if keep.birth_year is None and drop.birth_year is not None:
        keep.birth_year, keep.birth_month, keep.birth_day = drop.birth_year, drop.birth_month, drop.birth_day
    if keep.household_id is None and drop.household_id is not None:
        keep.household_id, keep.relation = drop.household_id, drop.relation
    keep.reviewed_date = keep.reviewed_date or drop.reviewed_date
    if keep.mobilised_date is None and drop.mobilised_date is not None:
        keep.mobilised_date, keep.mobilised_by = drop.mobilised_date, drop.mobilised_by
    rank = {"none": 0, "applied": 1, "issued": 2}
    if rank.get(drop.id_card_status, 0) > rank.get(keep.id_card_status, 0):
        keep.id_card_status = drop.id_card_status
        keep.id_card_applied_date = keep.id_card_applied_date or drop.id_card_applied_date
        keep.id_card_issued_date = drop.id_card_issued_date or keep.id_card_issued_date
    if drop.vneid_level > keep.vneid_level:
        keep.vneid_level, keep.vneid2_date = drop.vneid_level, drop.vneid2_date
    keep.id_issue = idcard.issue_code(keep.id_number, keep.sex, keep.birth_year)


def _differences(uow: UnitOfWork, keep: Person, drop: Person) -> list[str]:
    out = []
    for label, get in SHOWN:
        theirs = get(drop)
        if theirs and theirs != get(keep):
            out.append(f"{label}: {theirs}")
    if drop.household_id is not None and drop.household_id != keep.household_id:
        number = uow.session.scalar(select(Household.number).where(Household.id == drop.household_id))
        out.append(f"Hộ: {number}" + (f" ({drop.relation})" if drop.relation else ""))
    return out


def _moved_rows(uow: UnitOfWork, keep_id: int, drop_id: int) -> dict[str, int]:
    """The residents' own rows, moved one by one through the ORM (each move is audited)."""
    moved: dict[str, int] = {}
    for model in OWN_ROWS:
        rows = list(uow.session.scalars(select(model).where(model.person_id == drop_id)))
        for row in rows:
            row.person_id = keep_id
        if rows:
            moved[model.__tablename__] = len(rows)
    # the problems' history (period figures count them): the dropped record's open ones are resolved
    # today by the merge itself; the kept record's own are re-checked after it
    issues = list(uow.session.scalars(select(QualityIssue).where(QualityIssue.person_id == drop_id)))
    today = dt.date.today()
    for issue in issues:
        issue.person_id = keep_id
        if issue.cleared_on is None:
            issue.cleared_on = today
    if issues:
        moved[QualityIssue.__tablename__] = len(issues)
    return moved


def _left_behind(uow: UnitOfWork, drop_id: int) -> list[str]:
    """Tables (their Vietnamese names) whose rows still point at the dropped person."""
    person_table = Person.__table__
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is not person_table or fk.parent.table is person_table:
                continue
            n = uow.session.scalar(select(func.count()).select_from(table).where(fk.parent == drop_id))
            if n:
                found.append(f"{audit.table_label(table.name)} ({n})")
    return found


def merge_persons(uow: UnitOfWork, keep_id: int, drop_id: int, reason: str) -> MergeResult:
    """Merge the duplicate ``drop_id`` into ``keep_id`` (see the module's text); returns what moved."""
    uow.require("write")
    if keep_id == drop_id:
        raise ValidationError("Nhân khẩu giữ lại", "phải khác nhân khẩu bị nhập.")
    why = require_text("Lý do", reason, max_len=250)
    keep = uow.get(Person, keep_id)
    drop = uow.get(Person, drop_id)
    differences = _differences(uow, keep, drop)
    # the numbers and names both held: the duplicates of either may see their problem cleared
    (kn, kk), (dn, dk) = quality_scope.keys_of(keep), quality_scope.keys_of(drop)
    before = (kn | dn, kk | dk)
    old_number = drop.id_number if drop.id_number and drop.id_number != keep.id_number else ""
    _take_missing(keep, drop)
    moved = _moved_rows(uow, keep_id, drop_id)
    if old_number and old_number != keep.id_number:
        uow.add(OldIdNumber(person_id=keep_id, number=old_number,
                            note=f"Số định danh của bản ghi trùng «{drop.full_name}» đã nhập"))  # fmt: skip
        moved["old_id_from_duplicate"] = 1
    stamp = (
        f"Ngày {format_date(dt.date.today())} nhập bản ghi trùng «{drop.full_name}» (mã {drop_id}): {why}."
    )
    if differences:
        stamp += " Thông tin khác của bản ghi đó — " + "; ".join(differences) + "."
    keep.note = (keep.note + "\n" + stamp).strip()[:2000]
    uow.flush()
    for area, n in links.move_person_links(uow.session, drop_id, keep_id).items():
        if n:
            moved[area] = n
    uow.session.expire_all()  # other areas may have moved rows with Core statements
    left = _left_behind(uow, drop_id)
    if left:
        raise ValidationError(
            "Nhập nhân khẩu trùng",
            "còn bản ghi liên kết với người bị nhập chưa chuyển được: "
            + ", ".join(left)
            + "; không có gì được lưu.",
        )
    drop = uow.get(Person, drop_id)
    name = drop.full_name
    uow.session.delete(drop)
    uow.flush()
    audit.record(
        uow,
        "update",
        Person.__tablename__,
        keep_id,
        f"Nhập nhân khẩu trùng «{name}» (mã {drop_id}) vào «{keep.full_name}» (mã {keep_id}): {why}",
        {"Đã chuyển": [None, moved], "Thông tin khác của bản ghi bị nhập": [differences, None]},
    )
    search.refresh_keys(uow, [keep_id])
    quality.sync_issues(uow, person_ids=[keep_id], before=before)
    return MergeResult(keep_id, name, moved)


@dataclass(frozen=True)
class Side:
    """One of the two records, as the merge dialog shows it side by side."""

    id: int
    version: int
    rows: tuple[tuple[str, str], ...]  # (label, value)
    links: int  # how many records of every area name this person


def compare(uow: UnitOfWork, first_id: int, second_id: int) -> tuple[Side, Side]:
    """The two records side by side (their fields and how many linked records each has)."""
    uow.require("read")
    from desktop.residents.service import get_person

    sides = []
    for pid in (first_id, second_id):
        p = get_person(uow, pid)
        rows = (
            ("Họ và tên", p.full_name + (f" ({p.other_name})" if p.other_name else "")),
            ("Ngày sinh", p.birth_text),
            ("Giới tính", p.sex_text),
            ("Số định danh", p.id_number),
            ("CMND cũ", ", ".join(p.old_ids)),
            ("Điện thoại", p.phone),
            ("Thôn, bon", p.village_label),
            ("Hộ", p.household_number + (f" — {p.relation}" if p.relation else "")),
            ("Thường trú", p.permanent_address),
            ("Tình trạng", p.status_text),
            ("Căn cước", p.id_card_text),
            ("VNeID", p.vneid_text),
            ("Hồ sơ cư trú", ", ".join(p.file_numbers)),
            ("Ngày nhập", format_date(uow.session.get(Person, pid).created_at.date())),  # type: ignore[union-attr]
        )
        sides.append(Side(p.id, p.version, rows, len(links.for_person(uow.session, pid))))
    return sides[0], sides[1]


def duplicates_of(uow: UnitOfWork, person_id: int) -> list[tuple[int, str]]:
    """(id, label) of the persons (struck off or not) that may be the same person: the same ID number, or the
    same folded name and birth date (the two duplicate rules), by their indexes."""
    uow.require("read")
    p = uow.get(Person, person_id)
    same = []
    if p.id_number:
        same.append(Person.id_number == p.id_number)
    if p.birth_year is not None:
        same.append(
            (Person.name_key == p.name_key)
            & (Person.birth_year == p.birth_year)
            & (func.coalesce(Person.birth_month, 0) == (p.birth_month or 0))
            & (func.coalesce(Person.birth_day, 0) == (p.birth_day or 0))
        )
    if not same:
        return []
    rows = uow.session.execute(
        select(Person.id, Person.full_name, Person.birth_year, Person.birth_month, Person.birth_day,
               Person.id_number)
        .where(or_(*same), Person.id != person_id)
        .order_by(Person.id)
        .limit(50)
    ).all()  # fmt: skip
    return [
        (
            pid,
            f"{name}, {validate.birth_text(y, m, d) or 'chưa có ngày sinh'}, "
            f"số {number or '(chưa có)'} (mã {pid})",
        )
        for pid, name, y, m, d, number in rows
    ]
