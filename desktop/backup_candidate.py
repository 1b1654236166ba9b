"""Proving a backup can be used before it replaces anything.

A restore works on a private copy of the backup: the copy must be a CAXA database (its tables
and columns, not look-alikes), at a revision this CAXA knows (an older one is upgraded in the
copy; a newer one is refused, naming the version that made it), pass SQLite's quick check and
the foreign-key check, and its audit log must still hold the head recorded when the backup
was taken.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.errors import CaxaError

if TYPE_CHECKING:  # SQLAlchemy is imported where a candidate is opened with it: the checks of the copy
    from sqlalchemy.engine import Connection  # run without it, beside the command-line sign-in

logger = logging.getLogger(__name__)

#: the foundation's tables and the columns CAXA cannot work without (revision 0001 on)
REQUIRED: dict[str, tuple[str, ...]] = {
    "alembic_version": ("version_num",),
    "app_user": ("id", "username", "full_name", "role", "password_hash", "active", "version"),
    "audit_log": ("id", "at", "username", "action", "table_name", "record_id", "summary", "changes",
                  "prev_hash", "hash"),
    "audit_head": ("id", "last_id", "last_hash"),
    "station": ("id", "commune_name", "issuing_body"),
    "village": ("id", "name", "kind"),
    "app_session": ("id", "username", "machine"),
}


class NewerSchema(CaxaError):
    pass


@dataclass(frozen=True)
class Candidate:
    revisions: frozenset[str]
    upgraded: bool


def newer_schema_message(program_version: str, *, backup: bool) -> str:
    version = f" {program_version}" if program_version else ""
    if backup:
        return (f"Đây là bản sao lưu của phiên bản CAXA mới hơn{version}; phiên bản đang cài không đọc được. "
                f"Hãy cài CAXA{version or ' bản mới nhất'} rồi phục hồi lại. "
                "Dữ liệu hiện tại không bị thay đổi.")
    return (f"Cơ sở dữ liệu đã được nâng cấp bởi CAXA{version or ' bản mới hơn'}; phiên bản CAXA trên máy "
            f"này cũ hơn nên không được ghi vào. Hãy cài CAXA{version or ' bản mới nhất'} trên máy này.")


def unknown_revisions(revisions: Iterable[str]) -> set[str]:
    from desktop.migrate_scripts import script_revisions

    known = script_revisions()  # the scripts' headers: no Alembic import on the usual path
    if known is not None:
        return {rev for rev in revisions if rev not in known}
    from alembic.util.exc import CommandError

    from desktop.migrate import script_directory

    script = script_directory()
    unknown = set()
    for rev in revisions:
        try:
            if script.get_revision(rev) is None:
                unknown.add(rev)
        except CommandError:
            unknown.add(rev)
    return unknown


def program_version(conn: Connection) -> str:
    """The newest CAXA version that migrated this database ("" before the safety revision)."""
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("caxa_schema"):
        return ""
    return str(conn.execute(text("SELECT program_version FROM caxa_schema WHERE id = 1")).scalar() or "")


def _columns_sqlite(conn: sqlite3.Connection) -> dict[str, set[str]]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: {r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')} for t in tables}


def structure_problem(columns: dict[str, set[str]], name: str) -> str:
    missing_tables = [t for t in REQUIRED if t not in columns]
    if missing_tables:
        return f"Tệp {name} không phải bản sao lưu CAXA (thiếu bảng {', '.join(missing_tables)})."
    for table, needed in REQUIRED.items():
        missing = [c for c in needed if c not in columns[table]]
        if missing:
            return (f"Tệp {name} không phải bản sao lưu CAXA (bảng {table} thiếu cột {', '.join(missing)}): "
                    "có thể là tệp của chương trình khác có bảng trùng tên.")
    return ""


def check_sqlite_structure(path: Path, name: str, *, quick: bool = True) -> frozenset[str]:
    """Integrity (quick check), foreign keys and CAXA's tables; returns the Alembic revisions.

    The foreign-key check reads every table with a foreign key, as the quick check reads every
    page: it runs at the same time on a second connection (and thread), so two cores share them."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise CaxaError(f"Không mở được tệp {name}: {exc}.") from exc
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="caxa-fk-check") as pool:
        try:
            broken = pool.submit(_foreign_key_check, path)
            result = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise CaxaError(f"Tệp {name} bị hỏng hoặc không đầy đủ (kiểm tra toàn vẹn: {result}).")
            problem = structure_problem(_columns_sqlite(conn), name)
            if problem:
                raise CaxaError(problem)
            found = broken.result()
            if found:
                t, rowid, parent = found[0][:3]
                raise CaxaError(f"Tệp {name} có dữ liệu hỏng: bảng {t} dòng {rowid} trỏ tới {parent} "
                                f"không tồn tại ({len(found)} chỗ).")
            return frozenset(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
        except sqlite3.DatabaseError as exc:
            raise CaxaError(f"Tệp {name} không phải cơ sở dữ liệu CAXA hoặc đã bị hỏng ({exc}).") from exc
        finally:
            conn.close()


def _foreign_key_check(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()


def check_revisions(revisions: frozenset[str], version: str) -> None:
    if not revisions:
        raise CaxaError("Bản sao lưu không ghi phiên bản cấu trúc dữ liệu (bảng alembic_version trống).")
    if unknown_revisions(revisions):
        raise NewerSchema(newer_schema_message(version, backup=True))


def audit_head_problem(conn: Any, meta: dict[str, Any], name: str) -> str:
    """The backup's log must still hold the head recorded in its checksum file when it was taken."""
    from sqlalchemy import text

    count, expected = meta.get("audit_count"), meta.get("audit_hash")
    if not count or not expected:
        return ""
    row = conn.execute(text("SELECT hash FROM audit_log WHERE id = :i"), {"i": int(count)}).first()
    if row is None or row[0] != expected:
        return (f"Nhật ký thao tác trong tệp {name} không khớp với lúc sao lưu (dòng {count}): "
                "bản sao lưu đã bị sửa.")
    return ""


def prepare_sqlite(path: Path, meta: dict[str, Any], name: str, *,
                   revisions: frozenset[str] | None = None) -> Candidate:
    """Check the private copy at ``path`` and bring it to this CAXA's schema (``revisions``: what
    ``check_sqlite_structure`` returned when the caller ran it already)."""
    from desktop import migrate
    from desktop.db import Database

    if revisions is None:
        revisions = check_sqlite_structure(path, name)
    candidate = Database(f"sqlite:///{path}")
    try:
        with candidate.engine.connect() as conn:
            check_revisions(revisions, program_version(conn))
            problem = audit_head_problem(conn, meta, name)
        if problem:
            raise CaxaError(problem)
        heads = migrate.quick_heads()
        upgraded = revisions != heads if heads is not None else migrate.needs_upgrade(candidate)
        if upgraded:
            migrate.upgrade(candidate, backup=False)
    finally:
        candidate.dispose()
    return Candidate(revisions, upgraded)


def pg_columns(conn: Connection) -> dict[str, set[str]]:
    from sqlalchemy import text

    rows = conn.execute(text(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
    ))
    out: dict[str, set[str]] = {}
    for table, column in rows:
        out.setdefault(table, set()).add(column)
    return out


def check_pg_candidate(conn: Connection, meta: dict[str, Any], name: str) -> frozenset[str]:
    from sqlalchemy import text

    problem = structure_problem(pg_columns(conn), name)
    if problem:
        raise CaxaError(problem)
    revisions = frozenset(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    check_revisions(revisions, program_version(conn))
    problem = audit_head_problem(conn, meta, name)
    if problem:
        raise CaxaError(problem)
    return revisions
