"""Backups, restore and integrity checks.

SQLite: the online backup API (safe while other connections read and write).
PostgreSQL: pg_dump / pg_restore when the PC has them, a clear message when not.
Files are written to a temporary name and renamed, so a backup folder never
holds a half-written file under a real name.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop import audit, paths
from desktop.db import Actor, Database
from desktop.errors import CaxaError
from desktop.jobs import SILENT, Progress
from desktop.sessions import others_connected

logger = logging.getLogger(__name__)

PREFIX = "caxa-"
REQUIRED_TABLES = ("alembic_version", "app_user", "audit_log")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    size: int
    automatic: bool


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def backup_now(db: Database, *, reason: str = "", dest: Path | None = None,
               progress: Progress = SILENT) -> Path:
    """Take a backup now; returns its path (in the backups folder unless ``dest`` is given)."""
    suffix = ".sqlite3" if db.is_sqlite else ".pgdump"
    if dest is None:
        tag = f"-{reason}" if reason else ""
        dest = paths.backups_dir() / f"{PREFIX}{_stamp()}{tag}{suffix}"
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CaxaError(f"Không tạo được thư mục sao lưu {dest.parent}: {exc.strerror}.") from exc
    tmp = dest.with_name(dest.name + ".partial")
    try:
        if db.is_sqlite:
            _sqlite_backup(db, tmp, progress)
        else:
            _pg_dump(db, tmp)
        os.replace(tmp, dest)
    except OSError as exc:
        raise CaxaError(f"Không ghi được tệp sao lưu {dest}: {exc.strerror}.") from exc
    finally:
        tmp.unlink(missing_ok=True)
    with db.uow(Actor.system()) as work:
        audit.record(work, "backup", "", None, f"Sao lưu vào {dest.name}")
    return dest


def _sqlite_backup(db: Database, target: Path, progress: Progress) -> None:
    def on_progress(_status: int, remaining: int, total: int) -> None:
        progress.step(total - remaining, total, "Đang sao lưu…")

    raw = db.engine.raw_connection()
    try:
        dst = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(dst, pages=256, progress=on_progress)  # type: ignore[union-attr]
        finally:
            dst.close()
    finally:
        raw.close()


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise CaxaError(
            f"Máy này không có công cụ {name} của PostgreSQL nên không sao lưu/phục hồi được từ đây. "
            "Hãy cài PostgreSQL client trên máy này, hoặc sao lưu trên máy chủ."
        )
    return found


def _pg_env_url(db: Database) -> tuple[list[str], dict[str, str]]:
    url = make_url(db.url)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    args = ["--dbname", url.database or ""]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    for key in ("host", "port"):  # postgresql://user@/db?host=/run/postgresql&port=5433
        value = url.query.get(key)
        if value:
            args += [f"--{key}", str(value)]
    return args, env


def _pg_dump(db: Database, target: Path) -> None:
    args, env = _pg_env_url(db)
    done = subprocess.run([_pg_tool("pg_dump"), "--format=custom", "--file", str(target), *args],
                          env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise CaxaError("pg_dump báo lỗi: " + (done.stderr.strip().splitlines() or ["không rõ"])[-1])


def list_backups() -> list[BackupInfo]:
    folder = paths.backups_dir()
    if not folder.exists():
        return []
    found = []
    for p in folder.glob(f"{PREFIX}*"):
        if p.suffix not in (".sqlite3", ".pgdump"):
            continue
        st = p.stat()
        found.append(BackupInfo(p, dt.datetime.fromtimestamp(st.st_mtime).replace(microsecond=0),
                                st.st_size, "-auto" in p.name))
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def prune(keep: int) -> list[Path]:
    """Delete the oldest automatic backups beyond ``keep``."""
    autos = [b for b in list_backups() if b.automatic]
    removed = []
    for old in autos[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def auto_backup(db: Database, keep: int, *, today: dt.date | None = None) -> Path | None:
    """Once a day at start-up: back up unless today's automatic backup exists; keep the last ``keep``."""
    day = (today or dt.date.today()).strftime("%Y%m%d")
    if any(b.automatic and b.path.name.startswith(f"{PREFIX}{day}") for b in list_backups()):
        return None
    path = backup_now(db, reason="auto")
    prune(keep)
    return path


def check_sqlite_file(path: Path) -> None:
    """Raise CaxaError unless ``path`` is a whole, healthy CAXA database file."""
    if not path.is_file():
        raise CaxaError(f"Không tìm thấy tệp {path}.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise CaxaError(f"Không mở được tệp {path.name}: {exc}.") from exc
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise CaxaError(f"Tệp {path.name} không phải cơ sở dữ liệu CAXA hoặc đã bị hỏng ({exc}).") from exc
    finally:
        conn.close()
    if result != "ok":
        raise CaxaError(f"Tệp {path.name} bị hỏng hoặc không đầy đủ (kiểm tra toàn vẹn: {result}).")
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        raise CaxaError(f"Tệp {path.name} không phải bản sao lưu CAXA (thiếu bảng {', '.join(missing)}).")


def restore(db: Database, source: Path, *, own_session: int | None = None, force: bool = False,
            progress: Progress = SILENT) -> Path:
    """Replace the database with ``source``; a safety backup of the current data is taken first.

    Refused while another PC or window is connected (unless ``force``). Returns the safety backup.
    """
    source = Path(source)
    if db.is_sqlite:
        check_sqlite_file(source)
    elif not source.is_file():
        raise CaxaError(f"Không tìm thấy tệp {source}.")
    if not force:
        others = others_connected(db, own_session)
        if others:
            names = ", ".join(f"{o.username} ({o.machine})" for o in others)
            raise CaxaError(
                f"Đang có người khác dùng CAXA ({names}). Hãy đề nghị họ thoát rồi phục hồi lại."
            )
    safety = backup_now(db, reason="truoc-phuc-hoi")
    if db.is_sqlite:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        raw = db.engine.raw_connection()
        try:
            def on_progress(_s: int, remaining: int, total: int) -> None:
                progress.step(total - remaining, total, "Đang phục hồi…")

            src.backup(raw.driver_connection, pages=256, progress=on_progress)  # type: ignore[arg-type]
        finally:
            raw.close()
            src.close()
        db.engine.dispose()
    else:
        args, env = _pg_env_url(db)
        done = subprocess.run([_pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner",
                               "--single-transaction", *args, str(source)],
                              env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise CaxaError("pg_restore báo lỗi: " + (done.stderr.strip().splitlines() or ["không rõ"])[-1])
    with db.uow(Actor.system()) as work:
        audit.record(work, "restore", "", None, f"Phục hồi từ {source.name}; bản an toàn: {safety.name}")
    return safety


@dataclass(frozen=True)
class CheckResult:
    problems: tuple[str, ...]
    audit: audit.VerifyResult

    @property
    def ok(self) -> bool:
        return not self.problems and self.audit.ok


def check(db: Database) -> CheckResult:
    """Integrity and foreign-key checks, and the audit chain."""
    problems: list[str] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            result = conn.execute(text("PRAGMA integrity_check")).scalars().all()
            if result != ["ok"]:
                problems += [f"Toàn vẹn: {r}" for r in result[:20]]
            for row in conn.execute(text("PRAGMA foreign_key_check")).all()[:20]:
                problems.append(f"Khóa ngoại: bảng {row[0]} dòng {row[1]} trỏ tới {row[2]} không tồn tại")
        else:
            conn.execute(text("SELECT 1"))
    return CheckResult(tuple(problems), audit.verify(db))
