"""Backups, restore and integrity checks.

SQLite: the file copied in one pass under the write lock and hashed as it is written
(``backup_single``), or the online backup API when a reader holds an older snapshot.
PostgreSQL: pg_dump / pg_restore when the PC has them, a clear message when not.
Files are written to a temporary name and renamed, so a backup folder never holds a
half-written file under a real name. Beside each plain backup a checksum file
(``NAME.caxa.json``: SHA-256, size, schema revisions, the audit head) proves it whole at
restore; an encrypted backup (``NAME.enc``, see ``backup_crypto``) carries the same inside
its authenticated header. A restore proves the backup usable on a private copy first
(``backup_candidate``) and only then swaps it in, in one transaction.
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
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop import __version__, audit, paths
from desktop.backup_files import (  # noqa: F401  (part of this module's interface)
    LEFTOVER_AGE,
    PARTIAL,
    PREFIX,
    SIDECAR,
    SUFFIXES,
    clean_leftovers,
    copy_to,
    file_sha256,
    sidecar,
    sqlite_meta,
    target,
    write_json,
)
from desktop.backup_single import copy_database
from desktop.db import Actor, Database
from desktop.errors import CaxaError, DatabaseError
from desktop.jobs import SILENT, Progress
from desktop.sessions import others_connected

logger = logging.getLogger(__name__)

#: a step that keeps answering "busy" this many times in a row ends the backup with a message
BUSY_STEPS = 240
PRE_UPGRADE_KEEP = 3


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    size: int
    automatic: bool

    @property
    def encrypted(self) -> bool:
        return self.path.suffix == ".enc"


def backup_now(db: Database, *, reason: str = "", dest: Path | None = None, progress: Progress = SILENT,
               passphrase: str | None = None, also_to: Path | None = None, log: bool = True) -> Path:
    """Take a backup now and return its path.

    ``dest``: the file to write, or a folder for a dated name (default: the backups folder).
    ``passphrase``: encrypt it (AES-256-GCM, scrypt); the file then ends in ``.enc``.
    ``also_to``: a second folder (a USB drive) that receives a copy, checked after copying.
    ``log``: record the backup in the audit log (not before a migration, the schema is old).
    """
    suffix = ".sqlite3" if db.is_sqlite else ".pgdump"
    dest = target(dest, suffix, reason=reason, encrypted=bool(passphrase))
    raw = dest.with_name(dest.name + ".raw" + PARTIAL)
    tmp = dest.with_name(dest.name + PARTIAL)
    try:
        if db.sqlite_path is not None:
            meta = copy_database(db.sqlite_path, raw, lambda part: _sqlite_backup(db, part, progress),
                                 progress=progress).meta
        elif db.is_sqlite:
            _sqlite_backup(db, raw, progress)
            meta = {**sqlite_meta(raw), "sha256": file_sha256(raw), "size": raw.stat().st_size}
        else:
            meta = _pg_meta(db)
            _pg_dump(db, raw)
            meta.update(sha256=file_sha256(raw), size=raw.stat().st_size)
        meta.update(kind=suffix[1:], taken_at=dt.datetime.now().isoformat(timespec="seconds"),
                    program_version=__version__)
        if passphrase:
            from desktop.backup_crypto import encrypt_file

            with open(tmp, "wb") as out:
                encrypt_file(raw, out, passphrase, meta,
                             lambda done, total: progress.step(done, total, "Đang mã hóa…"))
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, dest)
        else:
            os.replace(raw, dest)
            write_json(sidecar(dest), meta)
    except OSError as exc:
        raise CaxaError(f"Không ghi được tệp sao lưu {dest}: {exc.strerror or exc}.") from exc
    finally:
        raw.unlink(missing_ok=True)
        tmp.unlink(missing_ok=True)
    if also_to is not None:
        copy_to(dest, Path(also_to))
    if log:
        log_backup(db, dest)
    return dest


def log_backup(db: Database, dest: Path) -> None:
    """Record in the audit log that a backup was written to ``dest``."""
    try:
        with db.uow(Actor.system()) as work:
            audit.record(work, "backup", "", None, f"Sao lưu vào {dest.name}")
    except DatabaseError as exc:  # a read-only database: the copy is made, the log cannot grow
        logger.warning("backup %s taken but not logged: %s", dest, exc)


def _sqlite_backup(db: Database, target: Path, progress: Progress) -> None:
    busy = 0

    def on_progress(status: int, remaining: int, total: int) -> None:
        nonlocal busy
        busy = busy + 1 if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) else 0
        if busy >= BUSY_STEPS:
            raise CaxaError("Không sao lưu được: cơ sở dữ liệu luôn bận hoặc không đọc được "
                            "(tệp chỉ cho đọc, hoặc đang bị chương trình khác khóa). Hãy thử lại sau.")
        progress.step(total - remaining, total, "Đang sao lưu…")

    try:
        dst = sqlite3.connect(target)
    except sqlite3.Error as exc:
        raise CaxaError(f"Không tạo được tệp sao lưu {target.name} (thư mục chỉ cho đọc?): {exc}.") from exc
    raw = db.engine.raw_connection()
    try:
        raw.driver_connection.backup(dst, pages=256, progress=on_progress)  # type: ignore[union-attr]
    except sqlite3.Error as exc:
        raise CaxaError(f"Không sao lưu được cơ sở dữ liệu: {exc}.") from exc
    finally:
        dst.close()
        raw.close()


def _audit_head(conn: Any) -> dict[str, Any]:
    row = conn.execute(text("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")).first()
    return {"audit_count": int(row[0]), "audit_hash": str(row[1])} if row else {"audit_count": 0}


def _pg_meta(db: Database) -> dict[str, Any]:
    with db.engine.connect() as conn:
        revisions = sorted(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
        return {"revisions": revisions, **_audit_head(conn)}


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise CaxaError(
            f"Máy này không có công cụ {name} của PostgreSQL nên không sao lưu/phục hồi được từ đây. "
            "Hãy cài PostgreSQL client trên máy này, hoặc sao lưu trên máy chủ."
        )
    return found


def pg_args(url: str) -> tuple[list[str], dict[str, str]]:
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    args = ["--dbname", parsed.database or ""]
    if parsed.host:
        args += ["--host", parsed.host]
    if parsed.port:
        args += ["--port", str(parsed.port)]
    if parsed.username:
        args += ["--username", parsed.username]
    for key in ("host", "port"):  # postgresql://user@/db?host=/run/postgresql&port=5433
        value = parsed.query.get(key)
        if value:
            args += [f"--{key}", str(value)]
    return args, env


def _pg_env_url(db: Database) -> tuple[list[str], dict[str, str]]:
    return pg_args(db.url)


def run_pg(tool: str, url: str, options: list[str], files: tuple[str, ...] = ()) -> None:
    """Run pg_dump or pg_restore against ``url``; a clear message when it fails."""
    args, env = pg_args(url)
    done = subprocess.run([_pg_tool(tool), *options, *args, *files],
                          env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise CaxaError(f"{tool} báo lỗi: " + (done.stderr.strip().splitlines() or ["không rõ"])[-1])


def _pg_dump(db: Database, target: Path) -> None:
    run_pg("pg_dump", db.url, ["--format=custom", "--file", str(target)])


def list_backups() -> list[BackupInfo]:
    folder = paths.backups_dir()
    if not folder.exists():
        return []
    found = []
    for p in folder.glob(f"{PREFIX}*"):
        if p.suffix not in SUFFIXES:
            continue
        st = p.stat()
        found.append(BackupInfo(p, dt.datetime.fromtimestamp(st.st_mtime).replace(microsecond=0),
                                st.st_size, "-auto" in p.name))
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def prune(keep: int, *, tag: str = "auto") -> list[Path]:
    """Delete the oldest backups named ``-tag`` (automatic ones by default) beyond ``keep``."""
    tagged = [b for b in list_backups() if f"-{tag}." in b.path.name]
    removed = []
    for old in tagged[keep:]:
        old.path.unlink(missing_ok=True)
        sidecar(old.path).unlink(missing_ok=True)
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
    from desktop.backup_candidate import check_sqlite_structure

    if not path.is_file():
        raise CaxaError(f"Không tìm thấy tệp {path}.")
    check_sqlite_structure(path, path.name)


def restore(db: Database, source: Path, *, own_session: int | None = None, force: bool = False,
            progress: Progress = SILENT, passphrase: str | None = None,
            allow_unverified: bool = False, early: Any = None) -> Path | None:
    """Replace the database with the backup ``source`` once it is proven usable.

    An encrypted backup needs ``passphrase`` (PassphraseRequired when missing). A plain backup
    without its checksum file is refused unless ``allow_unverified``. Refused while another PC
    or window is connected (unless ``force``). Returns the safety backup of the data replaced
    (None when the database was empty: a new PC). ``early``: a ``backup_payload.EarlyRead`` of
    ``source`` started before (the command line starts reading beside its sign-in).
    """
    from desktop.restore import restore_backup

    return restore_backup(db, Path(source), own_session=own_session, force=force, progress=progress,
                          passphrase=passphrase, allow_unverified=allow_unverified, early=early)


def ensure_nobody_else(db: Database, own_session: int | None) -> None:
    others = others_connected(db, own_session)
    if others:
        names = ", ".join(f"{o.username} ({o.machine})" for o in others)
        raise CaxaError(f"Đang có người khác dùng CAXA ({names}). Hãy đề nghị họ thoát rồi phục hồi lại.")


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
