"""Append-only, hash-chained log of every change and of exports and prints.

Every insert, update and delete flushed by a unit of work is recorded by a
session hook (who, when, table, record id, field: old → new). Each row carries
the hash of the row before it, so ``verify`` finds the first row that was
altered or removed with raw SQL.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import decimal
import enum
import functools
import hashlib
import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    DateTime,
    Index,
    Integer,
    String,
    Text,
    event,
    func,
    insert,
    inspect,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.orm.base import NO_VALUE

from desktop import audit_anchor
from desktop.audit_anchor import GENESIS
from desktop.audit_state import SKIP_FIELDS, state_columns, state_hash
from desktop.db import Actor, Base, Database, UnitOfWork, now
from desktop.schema_info import SchemaInfo  # noqa: F401  (its table belongs to the foundation)
from desktop.text import fold

logger = logging.getLogger(__name__)
SECRET_FIELDS = frozenset({"password_hash"})
#: ``Column(..., info={DIGEST_ONLY: True})``: the log names the value by its SHA-256 and length, not
#: in full (a frozen document of tens of kB); the record's state hash still covers the value itself
DIGEST_ONLY = "audit_digest_only"

ACTIONS = {
    "insert": "Thêm",
    "update": "Sửa",
    "delete": "Xóa",
    "export": "Xuất tệp",
    "print": "In",
    "login": "Đăng nhập",
    "login_failed": "Đăng nhập sai",
    "backup": "Sao lưu",
    "restore": "Phục hồi",
    "import": "Nhập tệp",
    "demo": "Dữ liệu mẫu",
}


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __audited__ = False
    __table_args__ = (Index("ix_audit_log_table_name_record_id", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    username: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(60), index=True)
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    #: for an insert or update: the hash of the record's audited columns after the change
    state_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class AuditHead(Base):
    """One row: the last entry's id and hash. Locking it serialises writers on PostgreSQL."""

    __tablename__ = "audit_head"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default=GENESIS)


@dataclass(frozen=True)
class EntryView:
    id: int
    at: dt.datetime
    username: str
    action: str
    table_name: str
    record_id: int | None
    summary: str
    changes: dict[str, list[Any]]

    @property
    def action_text(self) -> str:
        return ACTIONS.get(self.action, self.action)

    def changes_text(self) -> str:
        return "; ".join(f"{k}: {_show(v[0])} → {_show(v[1])}" for k, v in self.changes.items())


def _show(value: Any) -> str:
    return "∅" if value in (None, "") else str(value)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _digest(prev_hash: str, row: Mapping[str, Any]) -> str:
    fields = [
        row["id"],
        row["at"].isoformat(),
        row["user_id"],
        row["username"],
        row["action"],
        row["table_name"],
        row["record_id"],
        row["summary"],
        row["changes"],
    ]
    if row.get("state_hash") is not None:  # rows written before state hashes keep their digest
        fields.append(row["state_hash"])
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def _object_state(obj: Any) -> str:
    table = type(obj).__table__
    mapper = inspect(type(obj))
    values = {}
    for column in state_columns(table):
        prop = mapper.get_property_by_column(column)
        values[column.name] = getattr(obj, prop.key)
    return state_hash(table, values)


# ---- appending -------------------------------------------------------------------------------


_active: contextvars.ContextVar[Session | None] = contextvars.ContextVar("caxa_audit_session", default=None)
_last_head: contextvars.ContextVar[tuple[int, str] | None] = contextvars.ContextVar(
    "caxa_audit_head", default=None
)


def _chain_end(conn: Any) -> tuple[int, str]:
    stmt = select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    last = conn.execute(stmt).first()
    return (int(last[0]), str(last[1])) if last else (0, GENESIS)


def _append(session: Session, actor: Actor, items: Iterable[tuple]) -> None:
    rows = list(items)
    if not rows:
        return
    conn = session.connection()
    head = conn.execute(
        select(AuditHead.last_id, AuditHead.last_hash).where(AuditHead.id == 1).with_for_update()
    ).first()
    last_id, last_hash = _chain_end(conn)
    if head is None:
        conn.execute(insert(AuditHead).values(id=1, last_id=last_id, last_hash=last_hash))
    elif tuple(head) != (last_id, last_hash):
        # a damaged head row must not turn this save into a duplicate-key error: the chain goes
        # on from its real last row, and verify reports the damage (against the signed head file)
        logger.warning("audit head row %s does not match the last entry %s; continuing from the entry",
                       tuple(head), last_id)
    moment = now()
    values = []
    for action, table, record_id, summary, changes, state in rows:
        last_id += 1
        row = {
            "id": last_id,
            "at": moment,
            "user_id": actor.user_id,
            "username": actor.username,
            "action": action,
            "table_name": table,
            "record_id": record_id,
            "summary": summary[:2000],
            "changes": json.dumps(changes, ensure_ascii=False, default=str, sort_keys=True),
            "prev_hash": last_hash,
            "state_hash": state,
        }
        row["hash"] = last_hash = _digest(row["prev_hash"], row)
        values.append(row)
    conn.execute(insert(AuditEntry), values)
    conn.execute(update(AuditHead).where(AuditHead.id == 1).values(last_id=last_id, last_hash=last_hash))
    session.info["audit_new_head"] = (last_id, last_hash)


def record(
    uow: UnitOfWork,
    action: str,
    table: str,
    record_id: int | None,
    summary: str,
    changes: dict[str, Any] | None = None,
    *,
    actor: Actor | None = None,
) -> None:
    """Log something that is not a row change: an export, a print, a login, a backup."""
    _append(uow.session, actor or uow.actor, [(action, table, record_id, summary, changes or {}, None)])


@functools.cache
def table_label(table_name: str) -> str:
    """The Vietnamese name of a table's records, for the audit page (called for every cell painted)."""
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table_name:
            return getattr(mapper.class_, "__label__", table_name)
    return table_name


def _describe(obj: Any) -> str:
    label = getattr(type(obj), "__label__", type(obj).__name__)
    name = next(
        (
            getattr(obj, a)
            for a in ("full_name", "name", "title", "number", "username")
            if isinstance(getattr(obj, a, None), str) and getattr(obj, a)
        ),
        "",
    )
    return f"{label} «{name}»" if name else label


def _field_changes(obj: Any, mode: str) -> dict[str, list[Any]]:
    state = inspect(obj)
    out: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in SKIP_FIELDS or key.endswith("_key"):  # *_key: folded search copies of a field
            continue
        hist = state.attrs[key].history
        if mode == "insert":
            value = getattr(obj, key)
            if value is None or key == "id":
                continue
            old, new = None, value
        elif mode == "delete":
            old, new = state.attrs[key].loaded_value, None
            if old is None or old is NO_VALUE or key == "id":
                continue
        else:
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old == new:
                continue
        if key in SECRET_FIELDS:
            old, new = ("***" if old is not None else None), "***" if new is not None else None
        elif attr.columns[0].info.get(DIGEST_ONLY):
            old, new = _digest_text(old), _digest_text(new)
        out[attr.columns[0].info.get("label", key)] = [_jsonable(old), _jsonable(new)]
    return out


def _digest_text(value: Any) -> str | None:
    """'SHA-256 3f5a… (34.512 ký tự)': a long text named in the log without copying it."""
    if value is None:
        return None
    data = str(value).encode("utf-8")
    return f"SHA-256 {hashlib.sha256(data).hexdigest()} ({len(str(value)):,} ký tự)".replace(",", ".")


def _collect(session: Session) -> Iterator[tuple]:
    for mode, objs in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objs:
            if not isinstance(obj, Base) or not getattr(type(obj), "__audited__", True):
                continue
            if mode == "update" and not session.is_modified(obj, include_collections=False):
                continue
            changes = _field_changes(obj, mode)
            if mode == "update" and not changes:
                continue
            state = _object_state(obj) if mode != "delete" else None
            yield mode, obj.__tablename__, getattr(obj, "id", None), _describe(obj), changes, state


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _ctx: Any) -> None:
    actor = session.info.get("actor")
    if actor is None:
        return
    _append(session, actor, _collect(session))


@event.listens_for(Session, "after_begin")
def _after_begin(session: Session, _transaction: Any, _connection: Any) -> None:
    if "actor" in session.info:
        _active.set(session)


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    # a document laid out after this unit of work (in this thread) carries the head it saw
    if "actor" in session.info and "audit_new_head" not in session.info and session.in_transaction():
        session.info["audit_seen_head"] = _chain_end(session.connection())


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    if _active.get() is session:
        _active.set(None)
    seen = session.info.pop("audit_seen_head", None)
    head = session.info.pop("audit_new_head", None)
    if head is not None:
        _last_head.set(head)
        bind = session.get_bind()
        audit_anchor.write(bind.url.render_as_string(hide_password=False), audit_anchor.Head(*head))
    elif seen is not None:
        _last_head.set(seen)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    if _active.get() is session:
        _active.set(None)
    session.info.pop("audit_new_head", None)
    session.info.pop("audit_seen_head", None)


def fingerprint(session: Session) -> str:
    """The log's fingerprint as this session sees it (its own uncommitted entries included),
    printed on every issued document: "1234-K3F9-QX2M-7HTA"."""
    return audit_anchor.fingerprint(*_chain_end(session.connection()))


def document_mark() -> str:
    """The fingerprint for a document being laid out now: from the unit of work in progress in
    this thread, else from the last one committed here; "" when there is none."""
    session = _active.get()
    if session is not None:
        try:
            return fingerprint(session)
        except Exception:  # noqa: BLE001  (a closed or failed session: fall back to the last head)
            logger.debug("no fingerprint from the active session", exc_info=True)
    head = _last_head.get()
    return audit_anchor.fingerprint(*head) if head else ""


# ---- reading and checking ------------------------------------------------------------------


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    table_name: str = ""
    record_id: int | None = None
    text: str = ""


def list_entries(uow: UnitOfWork, flt: AuditFilter, *, offset: int = 0, limit: int = 200) -> list[EntryView]:
    uow.require("audit")
    stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
    for cond in _conditions(flt):
        stmt = stmt.where(cond)
    return [
        EntryView(
            e.id,
            e.at,
            e.username,
            e.action,
            e.table_name,
            e.record_id,
            e.summary,
            json.loads(e.changes or "{}"),
        )
        for e in uow.session.scalars(stmt)
    ]


def count_entries(uow: UnitOfWork, flt: AuditFilter) -> int:
    uow.require("audit")
    stmt = select(func.count(AuditEntry.id))
    for cond in _conditions(flt):
        stmt = stmt.where(cond)
    return uow.session.scalar(stmt) or 0


def _conditions(flt: AuditFilter) -> list[Any]:
    conds: list[Any] = []
    if flt.username:
        conds.append(AuditEntry.username == flt.username)
    if flt.date_from:
        conds.append(AuditEntry.at >= dt.datetime.combine(flt.date_from, dt.time.min))
    if flt.date_to:
        conds.append(AuditEntry.at < dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time.min))
    if flt.table_name:
        conds.append(AuditEntry.table_name == flt.table_name)
    if flt.record_id is not None:
        conds.append(AuditEntry.record_id == flt.record_id)
    if flt.text:
        like = f"%{flt.text}%"
        conds.append(or_(AuditEntry.summary.ilike(like), AuditEntry.changes.ilike(like)))
    return conds


def table_names(uow: UnitOfWork) -> list[str]:
    uow.require("audit")
    return list(uow.session.scalars(select(AuditEntry.table_name).distinct().order_by(AuditEntry.table_name)))


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    first_bad_id: int | None = None
    reason: str = ""
    fingerprint: str = ""
    note: str = ""

    def message(self) -> str:
        if self.ok:
            text = f"Nhật ký toàn vẹn: đã kiểm tra {self.checked} dòng, không có dòng nào bị sửa hay xóa."
            if self.fingerprint:
                text += f" Mã kiểm chứng hiện tại: {self.fingerprint}."
            return text + (f" {self.note}" if self.note else "")
        if self.first_bad_id is None:
            return f"Nhật ký bị can thiệp: {self.reason}"
        return f"Nhật ký bị can thiệp tại dòng số {self.first_bad_id}: {self.reason}"


def verify(db: Database, *, anchor: str | None = None, batch: int = 5000) -> VerifyResult:
    """Walk the chain, compare it with the signed head file (and ``anchor``, a fingerprint
    printed on a document), and check every audited record still matches its last entry."""
    from desktop.audit_verify import verify_database

    return verify_database(db, anchor=anchor, batch=batch)


def usernames(uow: UnitOfWork) -> list[str]:
    uow.require("audit")
    names = uow.session.scalars(select(AuditEntry.username).distinct())
    return sorted(names, key=fold)
