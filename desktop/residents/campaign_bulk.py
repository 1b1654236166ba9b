"""Campaign steps (Đề án 06) for many persons at once: choose them by the residents' filter, a village,
a typed or pasted list of ID numbers, or the rows selected in a list; record reviewed, mobilised,
applied, issued or VNeID level 2 with the date the work was done. One batched UPDATE per step, an
audit entry per person (old → new, with the record's state hash), one quality sync at the end.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select, update

from desktop.db import UnitOfWork, now
from desktop.errors import ValidationError
from desktop.residents import bulk, quality, search
from desktop.residents.campaign import STEPS
from desktop.residents.models import Person
from desktop.residents.quality import _adult
from desktop.residents.search import SearchFilter
from desktop.residents.service import officer_exists
from desktop.text import format_date, format_int

#: up to this many persons the quality sync looks at them only; above, one full pass is cheaper
SCOPED_SYNC = 500
_ID_SPLIT = re.compile(r"[\s,;]+")


@dataclass(frozen=True)
class Selection:
    """Who a bulk step is for; the parts given are added together. A village stands for its
    campaign targets (living, registered, aged 14 or over), as the progress table counts them."""

    person_ids: tuple[int, ...] = ()
    village_id: int | None = None
    id_numbers: str = ""
    search: SearchFilter | None = None


@dataclass(frozen=True)
class StepReport:
    step: str
    day: dt.date
    chosen: int
    done: tuple[int, ...]
    already: tuple[str, ...]
    not_living: tuple[str, ...]
    too_early: tuple[str, ...]
    conflict: tuple[str, ...]
    unknown_ids: tuple[str, ...]

    def text(self) -> str:
        parts = [
            f"{STEPS[self.step]} ngày {format_date(self.day)}: ghi cho {format_int(len(self.done))} người "
            f"(trong {format_int(self.chosen)} người đã chọn)"
        ]
        for names, what in (
            (self.already, "đã có bước này từ trước"),
            (self.not_living, "không còn đăng ký thường trú, đang sinh sống"),
            (self.too_early, "sinh sau ngày đó"),
            (self.conflict, "có ngày nộp hồ sơ sau ngày cấp"),
        ):
            if names:
                parts.append(f"{format_int(len(names))} người {what}")
        if self.unknown_ids:
            shown = ", ".join(self.unknown_ids[:5])
            parts.append(f"{format_int(len(self.unknown_ids))} số định danh không có: {shown}")
        return "; ".join(parts) + "."


def resolve(uow: UnitOfWork, selection: Selection) -> tuple[list[int], list[str]]:
    """The persons chosen (ids, in the order met, once each) and the typed ID numbers not found."""
    uow.require("read")
    ids: dict[int, None] = dict.fromkeys(selection.person_ids)
    if selection.village_id is not None:
        # the village's campaign targets: living, registered, aged 14 or over
        targets = (
            select(Person.id)
            .where(
                Person.village_id == selection.village_id,
                Person.status == "living",
                Person.struck_off_date.is_(None),
                _adult(dt.date.today()),
            )
            .order_by(Person.name_key, Person.id)
        )
        ids.update(dict.fromkeys(uow.session.scalars(targets)))
    if selection.search is not None:
        ids.update(dict.fromkeys(search.search_ids(uow, selection.search)))
    numbers = [n for n in _ID_SPLIT.split(selection.id_numbers.strip()) if n]
    unknown: list[str] = []
    if numbers:
        found: dict[str, int] = {}
        for start in range(0, len(numbers), 500):
            chunk = numbers[start : start + 500]
            found.update(
                uow.session.execute(
                    select(Person.id_number, Person.id).where(Person.id_number.in_(chunk))
                ).all()
            )
        for n in numbers:
            if n in found:
                ids[found[n]] = None
            elif n not in unknown:
                unknown.append(n)
    return list(ids), unknown


_COLUMNS = (
    "id",
    "full_name",
    "status",
    "struck_off_date",
    "birth_year",
    "birth_month",
    "birth_day",
    "reviewed_date",
    "mobilised_date",
    "mobilised_by",
    "id_card_status",
    "id_card_applied_date",
    "id_card_issued_date",
    "vneid_level",
    "vneid2_date",
)


def _already(step: str, r: Any) -> bool:
    return {
        "reviewed": r.reviewed_date is not None,
        "mobilised": r.mobilised_date is not None,
        "applied": r.id_card_status in ("applied", "issued"),
        "issued": r.id_card_status == "issued",
        "vneid2": r.vneid_level >= 2,
    }[step]


def _changes(step: str, r: Any, day: dt.date, officer_id: int | None) -> dict[str, Any]:
    if step == "reviewed":
        return {"reviewed_date": day}
    if step == "mobilised":
        return {"mobilised_date": day, "mobilised_by": officer_id}
    if step == "applied":
        return {"id_card_status": "applied", "id_card_applied_date": day}
    if step == "issued":
        return {
            "id_card_status": "issued",
            "id_card_issued_date": day,
            "id_card_applied_date": r.id_card_applied_date or day,
        }
    return {"vneid_level": 2, "vneid2_date": day}


def record_steps(
    uow: UnitOfWork,
    selection: Selection,
    step: str,
    day: dt.date | str | None = None,
    officer_id: int | None = None,
) -> StepReport:
    """Record one step for every person chosen, on ``day`` (today when not given; not in the future,
    not before the person came into CAXA). Those who cannot take it are counted and named, not
    written: no longer living or registered, the step already recorded, an application dated later."""
    uow.require("write")
    if step not in STEPS:
        raise ValidationError("Bước", f"«{step}» không có.")
    when = bulk.work_date("Ngày", day)
    if step == "mobilised":
        if officer_id is None:
            raise ValidationError("Cán bộ vận động", "phải chọn cán bộ.")
        officer_exists(uow, officer_id)
    ids, unknown = resolve(uow, selection)
    if not ids and not unknown:
        raise ValidationError("Nhân khẩu", "chưa chọn người nào.")
    buckets: dict[str, list[str]] = {"already": [], "not_living": [], "too_early": [], "conflict": []}
    todo: list[tuple[Any, dict[str, Any]]] = []
    cols = [Person.__table__.c[c] for c in _COLUMNS]
    for start in range(0, len(ids), 1000):
        for r in uow.session.execute(select(*cols).where(Person.id.in_(ids[start : start + 1000]))):
            if r.status != "living" or r.struck_off_date is not None:
                buckets["not_living"].append(r.full_name)
            elif _already(step, r):
                buckets["already"].append(r.full_name)
            elif (birth := bulk.born(r.birth_year, r.birth_month, r.birth_day)) is not None and birth > when:
                buckets["too_early"].append(r.full_name)
            elif step == "issued" and r.id_card_applied_date and r.id_card_applied_date > when:
                buckets["conflict"].append(r.full_name)
            else:
                todo.append((r, _changes(step, r, when, officer_id)))
    _write(uow, step, todo)
    return StepReport(
        step,
        when,
        len(ids),
        tuple(r.id for r, _c in todo),
        *(tuple(buckets[k]) for k in ("already", "not_living", "too_early", "conflict")),
        tuple(unknown),
    )


def _write(uow: UnitOfWork, step: str, todo: Sequence[tuple[Any, dict[str, Any]]]) -> None:
    if not todo:
        return
    uow.session.flush()
    table = Person.__table__
    keys = sorted(todo[0][1])
    stmt = (
        update(table)
        .where(table.c.id == bindparam("pid"))
        .values({k: bindparam(f"v_{k}") for k in keys})
        .values(version=table.c.version + 1, updated_at=now())
    )
    conn = uow.session.connection()
    rows = [{"pid": r.id, **{f"v_{k}": c[k] for k in keys}} for r, c in todo]
    for start in range(0, len(rows), 2000):
        conn.execute(stmt, rows[start : start + 2000])
    label = STEPS[step]
    entries = []
    for r, c in todo:
        changes = {k: [bulk.plain(getattr(r, k)), bulk.plain(v)] for k, v in c.items() if getattr(r, k) != v}
        entries.append(("update", "person", r.id, f"{Person.__label__} «{r.full_name}»: {label}", changes))
    bulk.append_audit(uow, Person, entries)
    ids = [r.id for r, _c in todo]
    if step in ("applied", "issued", "vneid2"):
        quality.sync_issues(uow, person_ids=ids if len(ids) <= SCOPED_SYNC else None)
    uow.session.expire_all()
