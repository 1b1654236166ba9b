"""Persons under the station's management (quản lý đối tượng) and the contacts made with them.

Only admins and clerks see this list; a viewer is refused every read, and every read (the list,
one record, its contacts) is written to the audit log under the user who read it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from desktop import audit
from desktop.accounts import ROLES
from desktop.db import UnitOfWork
from desktop.errors import PermissionDenied, ValidationError
from desktop.security import common
from desktop.security.codes import CONTACT_KINDS, MANAGED_CATEGORIES
from desktop.security.models import ManagedContact, ManagedPerson
from desktop.security.views import ContactInput, ContactView, ManagedInput, ManagedView
from desktop.text import require_text

audit.ACTIONS.setdefault("view", "Xem")

#: roles that may see the managed-person list (a viewer never does)
ALLOWED_ROLES = ("admin", "clerk")
_C = ManagedContact


def require_access(uow: UnitOfWork) -> None:
    """Admin or clerk only: the list names persons under police management."""
    uow.require("read")
    if uow.actor.role not in ALLOWED_ROLES:
        raise PermissionDenied(
            f"Tài khoản «{uow.actor.username}» ({ROLES.get(uow.actor.role, uow.actor.role)}) "
            "không có quyền xem danh sách đối tượng quản lý."
        )


def _log_view(uow: UnitOfWork, record_id: int | None, summary: str) -> None:
    audit.record(uow, "view", "managed_person", record_id, summary)


def _views(uow: UnitOfWork, rows: list[ManagedPerson]) -> list[ManagedView]:
    persons = common.person_rows(uow, [r.person_id for r in rows])
    officers = common.officer_names(uow, [r.officer_id for r in rows])
    counts: dict[int, tuple[int, dt.date | None]] = {}
    ids = [r.id for r in rows]
    if ids:
        for mid, n, last in uow.session.execute(
            select(ManagedContact.managed_id, func.count(ManagedContact.id), func.max(_C.contact_date))
            .where(ManagedContact.managed_id.in_(ids))
            .group_by(ManagedContact.managed_id)
        ):
            counts[mid] = (int(n), last)
    out = []
    for r in rows:
        p = persons.get(r.person_id)
        n, last = counts.get(r.id, (0, None))
        out.append(
            ManagedView(
                r.id,
                r.person_id,
                getattr(p, "full_name", ""),
                getattr(p, "birth_text", ""),
                getattr(p, "village_label", ""),
                r.category,
                r.category_note,
                r.decision,
                r.starts_on,
                r.ends_on,
                r.officer_id,
                officers.get(r.officer_id, ""),
                r.note,
                n,
                last,
                r.version,
            )
        )
    return out


def _validate(uow: UnitOfWork, data: ManagedInput, exclude_id: int | None = None) -> dict:
    person_id = common.check_person(uow, "Nhân khẩu", data.person_id, required=True)
    if data.category not in MANAGED_CATEGORIES:
        raise ValidationError("Diện quản lý", "hãy chọn diện quản lý.")
    other = data.category == "other"
    note = require_text("Diện khác (ghi rõ)", data.category_note, max_len=200, required=other)
    starts = common.check_date("Từ ngày", data.starts_on, not_future=False)
    ends = common.check_date("Đến ngày", data.ends_on, required=False, not_future=False)
    if ends is not None and ends < starts:
        raise ValidationError("Đến ngày", "không thể trước ngày bắt đầu quản lý.")
    officer_id = common.check_officer(uow, "Cán bộ phụ trách", data.officer_id)
    # one person, one category: periods must not overlap (an open period runs on without end)
    stmt = select(ManagedPerson).where(
        ManagedPerson.person_id == person_id, ManagedPerson.category == data.category
    )
    if exclude_id:
        stmt = stmt.where(ManagedPerson.id != exclude_id)
    far = dt.date.max
    for other in uow.session.scalars(stmt):
        if other.starts_on <= (ends or far) and starts <= (other.ends_on or far):
            until = f"đến {other.ends_on:%d/%m/%Y}" if other.ends_on else "chưa kết thúc"
            raise ValidationError(
                "Từ ngày",
                f"người này đã trong diện «{MANAGED_CATEGORIES[data.category]}» từ "
                f"{other.starts_on:%d/%m/%Y} ({until}); hai thời gian quản lý không được trùng nhau.",
            )
    return {
        "person_id": person_id,
        "category": data.category,
        "category_note": note if data.category == "other" else "",
        "decision": require_text("Quyết định, căn cứ", data.decision, max_len=200, required=False),
        "starts_on": starts,
        "ends_on": ends,
        "officer_id": officer_id,
        "note": require_text("Ghi chú", data.note, max_len=4000, required=False),
    }


def list_managed(
    uow: UnitOfWork, *, active_on: dt.date | None = None, category: str = "", person_id: int | None = None
) -> list[ManagedView]:
    """The managed persons (``active_on``: only periods running that day); the read is logged."""
    require_access(uow)
    stmt = select(ManagedPerson)
    if active_on:
        stmt = stmt.where(
            ManagedPerson.starts_on <= active_on,
            (ManagedPerson.ends_on.is_(None)) | (ManagedPerson.ends_on >= active_on),
        )
    if category:
        stmt = stmt.where(ManagedPerson.category == category)
    if person_id:
        stmt = stmt.where(ManagedPerson.person_id == person_id)
    rows = list(uow.session.scalars(stmt.order_by(ManagedPerson.starts_on.desc(), ManagedPerson.id.desc())))
    _log_view(uow, None, f"Xem danh sách đối tượng quản lý ({len(rows)} người)")
    return _views(uow, rows)


def get_managed(uow: UnitOfWork, managed_id: int) -> ManagedView:
    require_access(uow)
    view = _views(uow, [uow.get(ManagedPerson, managed_id)])[0]
    _log_view(uow, managed_id, f"Xem đối tượng quản lý: {view.person_name}")
    return view


def add_managed(uow: UnitOfWork, data: ManagedInput) -> ManagedView:
    require_access(uow)
    uow.require("write")
    row = uow.add(ManagedPerson(**_validate(uow, data)))
    uow.flush()
    return _views(uow, [row])[0]


def update_managed(uow: UnitOfWork, managed_id: int, version: int, data: ManagedInput) -> ManagedView:
    require_access(uow)
    uow.require("write")
    row = uow.get(ManagedPerson, managed_id, version=version)
    for key, value in _validate(uow, data, exclude_id=managed_id).items():
        setattr(row, key, value)
    uow.flush()
    return _views(uow, [row])[0]


def delete_managed(uow: UnitOfWork, managed_id: int, version: int) -> None:
    require_access(uow)
    uow.require("write")
    uow.session.delete(uow.get(ManagedPerson, managed_id, version=version))
    uow.flush()


def _contact_view(c: ManagedContact, officers: dict[int, str]) -> ContactView:
    return ContactView(
        c.id,
        c.managed_id,
        c.contact_date,
        c.kind,
        c.officer_id,
        officers.get(c.officer_id or 0, ""),
        c.note,
        c.version,
    )


def list_contacts(uow: UnitOfWork, managed_id: int) -> list[ContactView]:
    require_access(uow)
    uow.get(ManagedPerson, managed_id)
    rows = list(
        uow.session.scalars(
            select(ManagedContact)
            .where(ManagedContact.managed_id == managed_id)
            .order_by(ManagedContact.contact_date.desc(), ManagedContact.id.desc())
        )
    )
    _log_view(uow, managed_id, f"Xem các lần làm việc với đối tượng quản lý ({len(rows)})")
    officers = common.officer_names(uow, [c.officer_id for c in rows if c.officer_id])
    return [_contact_view(c, officers) for c in rows]


def add_contact(uow: UnitOfWork, managed_id: int, data: ContactInput) -> ContactView:
    require_access(uow)
    uow.require("write")
    managed = uow.get(ManagedPerson, managed_id)
    on = common.check_date("Ngày", data.contact_date)
    if on < managed.starts_on or (managed.ends_on and on > managed.ends_on):
        raise ValidationError("Ngày", "phải trong thời gian quản lý của người này.")
    if data.kind not in CONTACT_KINDS:
        raise ValidationError("Hình thức", "hãy chọn hình thức làm việc.")
    officer_id = common.check_officer(uow, "Cán bộ", data.officer_id, required=False)
    row = uow.add(
        ManagedContact(
            managed_id=managed_id,
            contact_date=on,
            kind=data.kind,
            officer_id=officer_id,
            note=require_text("Nội dung", data.note, max_len=4000, required=False),
        )
    )
    uow.flush()
    return _contact_view(row, common.officer_names(uow, [officer_id] if officer_id else []))


def delete_contact(uow: UnitOfWork, contact_id: int, version: int) -> None:
    require_access(uow)
    uow.require("write")
    uow.session.delete(uow.get(ManagedContact, contact_id, version=version))
    uow.flush()
