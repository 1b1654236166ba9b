"""Restore that cannot brick a station.

1. The backup is read into a private work folder: decrypted (an encrypted backup), or copied
   while its SHA-256 is compared with the checksum file written when it was taken
   (``backup_payload``; the command line starts this beside its sign-in).
2. The copy is proven usable (``backup_candidate``): CAXA's tables and columns, a known schema
   revision (older: upgraded in the copy; newer: refused), quick check, foreign keys, and the
   audit head recorded at backup time. PostgreSQL does this in a temporary database.
3. Only once 1–2 succeeded, a safety backup of the current data (unless the database is empty: a
   new PC), then the swap. SQLite (``backup_swap``): the live file, held alone under an exclusive
   lock, is hard-linked as the safety backup and the proven copy renamed over it, atomically; when
   another connection has the database open, a safety copy and SQLite's backup API into the live
   database in one transaction, as before. PostgreSQL: ``pg_dump`` then ``pg_restore
   --single-transaction``. A failure anywhere before leaves the data untouched, and a refused
   restore leaves no file behind.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import shutil
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from desktop import __version__, audit, audit_anchor, paths
from desktop.backup import PARTIAL, backup_now, ensure_nobody_else, run_pg
from desktop.backup_candidate import check_pg_candidate, prepare_sqlite
from desktop.backup_files import file_sha256, sidecar, target, write_json
from desktop.backup_payload import (  # noqa: F401  (part of this module's interface)
    UNCHANGED,
    EarlyRead,
    Unverified,
    kind_problem,
    read_payload,
    sqlite_proof,
    workdir,
)
from desktop.backup_swap import LiveFile
from desktop.db import Actor, Database
from desktop.errors import CaxaError
from desktop.jobs import Progress

logger = logging.getLogger(__name__)


def _is_empty(db: Database) -> bool:
    return "alembic_version" not in inspect(db.engine).get_table_names()


def restore_backup(db: Database, source: Path, *, own_session: int | None, force: bool, progress: Progress,
                   passphrase: str | None, allow_unverified: bool,
                   early: EarlyRead | None = None) -> Path | None:
    """``early``: the reading of ``source`` started before (the command line, beside its sign-in)."""
    if not source.is_file():
        raise CaxaError(f"Không tìm thấy tệp {source}.")
    if early is not None and (early.source != source or not db.is_sqlite or early.base != _base(db)):
        early.discard()
        early = None
    work = early.work if early is not None else workdir(_base(db))
    took: dict[str, float] = early.took if early is not None else {}
    try:
        if early is not None:
            payload, meta, revisions = early.result()
        else:
            proof = sqlite_proof(source.name) if db.is_sqlite else None
            payload, meta, revisions = read_payload(source, work, passphrase=passphrase,
                                                    allow_unverified=allow_unverified, progress=progress,
                                                    proof=proof, took=took)
        started = time.perf_counter()
        problem = kind_problem(payload, db.is_sqlite, source.name)
        if problem:
            raise CaxaError(f"{problem} {UNCHANGED}")
        if db.is_sqlite:
            prepare_sqlite(payload, meta, source.name, revisions=revisions)
            took["prepare"], started = time.perf_counter() - started, time.perf_counter()
            safety = _swap_sqlite(db, payload, own_session=own_session, force=force, progress=progress)
            took["swap"] = time.perf_counter() - started
        else:
            final = _prepare_pg(db, payload, meta, source.name, work)
            safety = _before_swap(db, own_session, force)
            run_pg("pg_restore", db.url, ["--clean", "--if-exists", "--no-owner", "--single-transaction",
                                          "--exit-on-error"], (str(final),))
        db.engine.dispose()
        if safety is not None and not safety.sealed:
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="caxa-safety-checksum") as pool:
                sealing = pool.submit(safety.seal)  # its checksum beside the log's last entries
                _after_swap(db, source, safety.path)
                sealing.result()
                took["safety checksum"] = safety.took
        else:
            _after_swap(db, source, safety.path if safety is not None else None)
        # one line the bench reads back (bench/bench_commands.py): where the restore's time went
        logger.info("restore %s: %s", source.name, ", ".join(f"{k} {v:.3f} s" for k, v in took.items()))
        return safety.path if safety is not None else None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _base(db: Database) -> Path:
    return db.sqlite_path.parent if db.sqlite_path else paths.data_dir()


def _before_swap(db: Database, own_session: int | None, force: bool) -> Safety | None:
    if _is_empty(db):
        return None
    if not force:
        ensure_nobody_else(db, own_session)
    return Safety(backup_now(db, reason="truoc-phuc-hoi", log=False), None)


@dataclass
class Safety:
    """The safety backup of the data a restore replaced; ``meta`` until its checksum file is written."""

    path: Path
    meta: dict[str, Any] | None
    took: float = 0.0

    @property
    def sealed(self) -> bool:
        return self.meta is None

    def seal(self) -> None:
        assert self.meta is not None
        started = time.perf_counter()
        meta = {**self.meta, "sha256": file_sha256(self.path), "size": self.path.stat().st_size}
        write_json(sidecar(self.path), meta)
        self.meta, self.took = None, time.perf_counter() - started


def _swap_sqlite(db: Database, payload: Path, *, own_session: int | None, force: bool,
                 progress: Progress) -> Safety | None:
    """The safety backup, then the proven copy in the live file's place (see ``backup_swap``)."""
    empty = _is_empty(db)
    if not force and not empty:
        ensure_nobody_else(db, own_session)
    path = db.sqlite_path
    db.engine.dispose()  # this process's own connections: closed, or the live file is not held alone
    live = LiveFile.take(path) if path is not None else None
    if live is None:  # another connection has it open: copies, as a restore always did
        safety = _before_swap(db, own_session, force=True)
        _write_into(db, payload, progress)
        return safety
    try:
        safety = None
        if not empty:
            meta = {**live.meta(), "kind": "sqlite3", "program_version": __version__,
                    "taken_at": dt.datetime.now().isoformat(timespec="seconds")}
            safety = Safety(target(None, ".sqlite3", reason="truoc-phuc-hoi"), meta)
            live.keep_as(safety.path)
        progress.step(0, 1, "Đang phục hồi…")
        try:
            live.replace_with(payload)
        except BaseException as exc:  # stopped before the rename: the data is untouched, no safety copy kept
            if safety is not None:
                safety.path.unlink(missing_ok=True)
            if isinstance(exc, OSError | sqlite3.Error):
                raise CaxaError(f"Không ghi được vào cơ sở dữ liệu khi phục hồi: {exc}. {UNCHANGED}") from exc
            raise
        progress.step(1, 1, "Đang phục hồi…")
        return safety
    finally:
        live.release()


def _write_into(db: Database, payload: Path, progress: Progress) -> None:
    src = sqlite3.connect(f"file:{payload}?mode=ro", uri=True)
    raw = db.engine.raw_connection()
    try:
        def on_progress(_s: int, remaining: int, total: int) -> None:
            progress.step(total - remaining, total, "Đang phục hồi…")

        src.backup(raw.driver_connection, pages=256, progress=on_progress)  # type: ignore[arg-type]
    except sqlite3.Error as exc:
        raise CaxaError(f"Không ghi được vào cơ sở dữ liệu khi phục hồi: {exc}. {UNCHANGED}") from exc
    finally:
        raw.close()
        src.close()


def _prepare_pg(db: Database, payload: Path, meta: dict[str, Any], name: str, work: Path) -> Path:
    """Restore into a temporary database, check and upgrade it there; returns the dump to swap in."""
    from desktop import migrate

    temp_name = f"caxa_restore_{secrets.token_hex(4)}"
    temp_url = make_url(db.url).set(database=temp_name).render_as_string(hide_password=False)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        try:
            conn.execute(text(f'CREATE DATABASE "{temp_name}"'))
        except Exception as exc:
            raise CaxaError(
                "Tài khoản PostgreSQL của CAXA không tạo được cơ sở dữ liệu tạm để kiểm tra bản sao lưu "
                f"trước khi phục hồi (cần quyền CREATEDB). {UNCHANGED}"
            ) from exc
    candidate = Database(temp_url)
    try:
        try:
            run_pg("pg_restore", temp_url, ["--no-owner", "--exit-on-error"], (str(payload),))
        except CaxaError as exc:
            raise CaxaError(
                f"Tệp {name} không phải bản sao lưu CAXA hoặc đã bị hỏng ({exc}). {UNCHANGED}"
            ) from exc
        with candidate.engine.connect() as conn:
            check_pg_candidate(conn, meta, name)
        if not migrate.needs_upgrade(candidate):
            return payload
        migrate.upgrade(candidate, backup=False)
        upgraded = work / ("upgraded.pgdump" + PARTIAL)
        run_pg("pg_dump", temp_url, ["--format=custom", "--file", str(upgraded)])
        return upgraded
    finally:
        candidate.dispose()
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{temp_name}" WITH (FORCE)'))


def _after_swap(db: Database, source: Path, safety: Path | None) -> None:
    """The restored log is the history now: its head becomes the signed head, then the restore is logged."""
    with db.engine.connect() as conn:
        count, last_hash = audit._chain_end(conn)
    audit_anchor.write(db.url, audit_anchor.Head(count, last_hash), force=True)
    kept = f"; bản an toàn: {safety.name}" if safety else ""
    with db.uow(Actor.system()) as work:
        audit.record(work, "restore", "", None, f"Phục hồi từ {source.name}{kept}")
