"""Checking the audit log: the chain itself, the signed head file, a printed fingerprint, and
every audited record against its last entry (a record changed by hand no longer matches)."""

from __future__ import annotations

import platform
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table, func, inspect, select
from sqlalchemy.engine import Connection

from desktop import audit_anchor
from desktop.audit import AuditEntry, AuditHead, VerifyResult
from desktop.audit_anchor import GENESIS, AnchorDamaged, Head
from desktop.audit_state import state_columns, state_hash
from desktop.db import Base, Database
from desktop.errors import CaxaError

ROW_ACTIONS = ("insert", "update", "delete")
#: tables whose every row is written through CAXA's sessions (never bulk-inserted or seeded by a
#: migration), so a row without any entry was added behind CAXA's back: an account above all
EVERY_ROW_LOGGED = frozenset({"app_user"})


def _fail(checked: int, first_bad: int | None, reason: str) -> VerifyResult:
    return VerifyResult(False, checked, first_bad, reason)


def _read_anchor(db: Database) -> Head | None:
    return audit_anchor.read(db.url)


def _single_writer(db: Database, conn: Connection) -> bool:
    """True when this PC's head file should hold the whole chain (no other PC has written)."""
    if db.is_sqlite:
        return True
    from desktop.sessions import AppSession

    machine = platform.node()[:120] or "?"
    others = conn.execute(select(func.count()).select_from(AppSession).where(AppSession.machine != machine))
    return not others.scalar()


def verify_database(db: Database, *, anchor: str | None = None, batch: int = 5000) -> VerifyResult:
    wanted: tuple[int, str] | None = None
    if anchor:
        try:
            wanted = audit_anchor.parse_fingerprint(anchor)
        except ValueError:
            raise CaxaError(
                f"«{anchor}» không phải mã kiểm chứng nhật ký (dạng 1234-K3F9-QX2M-7HTA, in ở chân văn bản)."
            ) from None
    try:
        stored = _read_anchor(db)
    except AnchorDamaged as exc:
        return _fail(0, None, f"tệp đầu chuỗi ký số bị sửa hoặc hỏng ({exc}).")
    marks = {0} | ({stored.count} if stored else set()) | ({wanted[0]} if wanted else set())
    seen: dict[int, str] = {0: GENESIS}
    prev_hash, expected_id, checked = GENESIS, 1, 0
    with db.engine.connect() as conn:
        last_seen = 0
        while True:
            rows = conn.execute(
                select(AuditEntry.__table__)
                .where(AuditEntry.id > last_seen)
                .order_by(AuditEntry.id)
                .limit(batch)
            ).mappings().all()
            if not rows:
                break
            for row in rows:
                if row["id"] != expected_id:
                    return _fail(checked, expected_id,
                                 f"dòng số {expected_id} đã bị xóa (dòng kế tiếp là {row['id']}).")
                if row["prev_hash"] != prev_hash:
                    return _fail(checked, row["id"], "mắt xích với dòng trước không khớp.")
                if audit_digest(prev_hash, row) != row["hash"]:
                    return _fail(checked, row["id"], "nội dung dòng đã bị sửa.")
                prev_hash, expected_id, last_seen = row["hash"], expected_id + 1, row["id"]
                checked += 1
                if checked in marks:
                    seen[checked] = prev_hash
        if wanted is not None:
            count, code = wanted
            if count > checked:
                return _fail(checked, checked + 1, f"nhật ký chỉ còn {checked} dòng, ít hơn {count} dòng lúc "
                                                   f"in văn bản mang mã {code}: các dòng cuối đã bị xóa.")
            if audit_anchor.fingerprint(count, seen[count]) != code:
                return _fail(checked, count, f"không khớp mã kiểm chứng {code}: nhật ký đã bị viết lại sau "
                                             "khi văn bản mang mã này được in.")
        head = conn.execute(select(AuditHead.last_id, AuditHead.last_hash).where(AuditHead.id == 1)).first()
        users = _count_users(conn)
        problem = _head_problem(checked, prev_hash, head, users)
        if problem:
            return problem
        try:
            after = _read_anchor(db)  # someone committed while we walked: take the newer head if it fits
        except AnchorDamaged as exc:
            return _fail(checked, None, f"tệp đầu chuỗi ký số bị sửa hoặc hỏng ({exc}).")
        if after is not None and after.count == checked and after.hash == prev_hash:
            stored = after
            seen[checked] = prev_hash
        note = ""
        if stored is None:
            if checked and db.is_sqlite:
                return _fail(checked, None,
                             "không có tệp đầu chuỗi ký số bên cạnh cơ sở dữ liệu, nên không chứng minh "
                             "được nhật ký còn nguyên (có thể đã bị xóa rồi ghi lại).")
            if checked:
                note = "Máy này chưa ghi tệp đầu chuỗi nên chỉ kiểm tra được trong cơ sở dữ liệu."
        else:
            problem = _anchor_problem(checked, seen, stored, _single_writer(db, conn))
            if problem:
                return problem
        problem = _records_problem(conn, checked)
        if problem:
            return problem
    return VerifyResult(True, checked, fingerprint=audit_anchor.fingerprint(checked, prev_hash), note=note)


def audit_digest(prev_hash: str, row: Mapping[str, Any]) -> str:
    from desktop.audit import _digest

    return _digest(prev_hash, row)


def _count_users(conn: Connection) -> int:
    from desktop.accounts import User

    return int(conn.execute(select(func.count()).select_from(User)).scalar() or 0)


def _head_problem(checked: int, last_hash: str, head: Any, users: int) -> VerifyResult | None:
    if checked == 0:
        if head is not None and head.last_id > 0:
            return _fail(0, 1, f"toàn bộ nhật ký đã bị xóa (đầu chuỗi ghi {head.last_id} dòng).")
        if users:
            return _fail(0, 1, "nhật ký trống trong khi đã có người dùng: toàn bộ nhật ký đã bị xóa.")
        return None
    if head is None:
        return _fail(checked, None, "dòng đầu chuỗi trong cơ sở dữ liệu bị mất (bảng audit_head trống).")
    if head.last_id != checked or head.last_hash != last_hash:
        if head.last_id > checked:
            return _fail(checked, checked + 1,
                         f"các dòng cuối từ số {checked + 1} đến {head.last_id} đã bị xóa.")
        return _fail(checked, None, "dòng đầu chuỗi trong cơ sở dữ liệu không khớp dòng cuối của nhật ký.")
    return None


def _anchor_problem(checked: int, seen: dict[int, str], stored: Head, strict: bool) -> VerifyResult | None:
    if stored.count > checked:
        return _fail(checked, checked + 1, f"theo tệp đầu chuỗi ký số nhật ký có {stored.count} dòng: "
                                           f"các dòng từ số {checked + 1} đã bị xóa.")
    if seen.get(stored.count) != stored.hash:
        return _fail(checked, stored.count, "khác với tệp đầu chuỗi ký số: nhật ký đã bị viết lại.")
    if strict and stored.count < checked:
        return _fail(checked, stored.count + 1, "dòng này được thêm vào ngoài CAXA (sau đầu chuỗi ký số).")
    return None


def _audited_tables(conn: Connection) -> list[Table]:
    present = set(inspect(conn).get_table_names())
    tables: dict[str, Table] = {}
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        if (getattr(mapper.class_, "__audited__", True) and isinstance(table, Table)
                and table.name in present and "id" in table.c):
            tables[table.name] = table
    return [tables[name] for name in sorted(tables)]


def _records_problem(conn: Connection, checked: int) -> VerifyResult | None:
    """Each audited record must match the state its last entry recorded (entries written before
    state hashes existed, and records never written through CAXA's sessions, are not checked)."""
    from desktop.audit import table_label

    for table in _audited_tables(conn):
        newest = (
            select(func.max(AuditEntry.id))
            .where(AuditEntry.table_name == table.name, AuditEntry.record_id.is_not(None),
                   AuditEntry.action.in_(ROW_ACTIONS))
            .group_by(AuditEntry.record_id)
        )
        latest = {
            r.record_id: r
            for r in conn.execute(
                select(AuditEntry.id, AuditEntry.record_id, AuditEntry.action, AuditEntry.state_hash)
                .where(AuditEntry.id.in_(newest))
            )
        }
        if not latest and table.name not in EVERY_ROW_LOGGED:
            continue
        columns = state_columns(table)
        stmt = select(table.c.id, *[c for c in columns if c.name != "id"])
        for row in conn.execution_options(yield_per=5000).execute(stmt):
            entry = latest.get(row.id)
            label = table_label(table.name)
            if entry is None:
                if table.name in EVERY_ROW_LOGGED:
                    return _fail(checked, None, f"{label} số {row.id} không có dòng nào trong nhật ký: "
                                                "được thêm vào ngoài CAXA.")
                continue
            if entry.action == "delete":
                return _fail(checked, entry.id, f"{label} số {row.id} đã bị xóa theo nhật ký nhưng vẫn có "
                                                "trong cơ sở dữ liệu: được thêm vào ngoài CAXA.")
            if entry.state_hash is not None and state_hash(table, row._mapping) != entry.state_hash:
                return _fail(checked, entry.id, f"{label} số {row.id} đã bị sửa ngoài CAXA (không khớp "
                                                f"với dòng nhật ký số {entry.id}).")
    return None
