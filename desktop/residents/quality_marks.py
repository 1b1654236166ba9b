"""Data quality: the "checked — not an error" marks a clerk sets on a person for one rule (split
from ``quality``, which still offers these names)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desktop.db import UnitOfWork, now
from desktop.errors import ValidationError
from desktop.residents import quality
from desktop.residents.models import Person, QualityMark
from desktop.text import require_text


@dataclass(frozen=True)
class MarkView:
    id: int
    person_id: int
    rule: str
    rule_label: str
    reason: str
    marked_by: str
    marked_at: dt.datetime
    active: bool
    revoked_by: str
    revoked_at: dt.datetime | None
    version: int


def _mark_view(m: QualityMark) -> MarkView:
    return MarkView(
        m.id,
        m.person_id,
        m.rule,
        quality.RULES[m.rule].label if m.rule in quality.RULES else m.rule,
        m.reason,
        m.marked_by,
        m.marked_at,
        m.active,
        m.revoked_by,
        m.revoked_at,
        m.version,
    )


def mark_checked(uow: UnitOfWork, person_id: int, code: str, reason: str) -> MarkView:
    """ "Checked — not an error": the person leaves this rule's list; the reason is kept and shown."""
    uow.require("write")
    if code not in quality.RULES:
        raise ValidationError("Loại lỗi dữ liệu", f"«{code}» không có.")
    uow.get(Person, person_id)
    text = require_text("Lý do", reason, max_len=300)
    if uow.session.scalar(
        select(QualityMark.id).where(
            QualityMark.person_id == person_id, QualityMark.rule == code, QualityMark.active.is_(True)
        )
    ):
        raise ValidationError("Đánh dấu", "nhân khẩu này đã được đánh dấu «đã kiểm tra, không phải lỗi».")
    mark = uow.add(
        QualityMark(
            person_id=person_id,
            rule=code,
            reason=text,
            marked_by=uow.actor.username,
            marked_at=now(),
            active=True,
        )
    )
    uow.flush()
    quality.sync_issues(uow, person_ids=[person_id])
    return _mark_view(mark)


def revoke_mark(uow: UnitOfWork, mark_id: int, version: int) -> MarkView:
    """Undo a mark (admins only): the person is back on the rule's list if still failing."""
    uow.require("admin")
    mark = uow.get(QualityMark, mark_id, version=version)
    if not mark.active:
        raise ValidationError("Đánh dấu", "đã được hủy trước đó.")
    mark.active = False
    mark.revoked_by = uow.actor.username
    mark.revoked_at = now()
    uow.flush()
    quality.sync_issues(uow, person_ids=[mark.person_id])
    return _mark_view(mark)


def list_marks(
    uow: UnitOfWork, *, person_id: int | None = None, code: str = "", include_revoked: bool = True
) -> list[MarkView]:
    uow.require("read")
    stmt = select(QualityMark).order_by(QualityMark.marked_at.desc(), QualityMark.id.desc())
    if person_id is not None:
        stmt = stmt.where(QualityMark.person_id == person_id)
    if code:
        stmt = stmt.where(QualityMark.rule == code)
    if not include_revoked:
        stmt = stmt.where(QualityMark.active.is_(True))
    return [_mark_view(m) for m in uow.session.scalars(stmt)]
