"""Restore that cannot brick a station.

1. The backup is read into a private work folder: decrypted (an encrypted backup), or copied
   while its SHA-256 is compared with the checksum file written when it was taken.
2. The copy is proven usable (``backup_candidate``): CAXA's tables and columns, a known schema
   revision (older: upgraded in the copy; newer: refused), quick check, foreign keys, and the
   audit head recorded at backup time. PostgreSQL does this in a temporary database.
3. A safety backup of the current data (unless the database is empty: a new PC). On SQLite it is
   taken on a second thread while steps 1–2 run (the work is disk and CPU on both sides; two
   cores do it in about half the time) and deleted again when the restore stops before the swap.
4. Only once 1–3 succeeded, the swap in one transaction: SQLite's backup API into the live
   database, or ``pg_restore --single-transaction``. A failure anywhere before leaves the data
   untouched.
"""

from __future__ import annotations

import json
import logging
import secrets
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from desktop import audit, audit_anchor, paths
from desktop.backup import PARTIAL, backup_now, ensure_nobody_else, log_backup, run_pg, sidecar
from desktop.backup_candidate import check_pg_candidate, check_sqlite_structure, prepare_sqlite
from desktop.backup_crypto import PassphraseRequired, decrypt_file, is_encrypted
from desktop.db import Actor, Database
from desktop.errors import CaxaError
from desktop.jobs import Cancelled, Progress

logger = logging.getLogger(__name__)

UNCHANGED = "Dữ liệu hiện tại không bị thay đổi."


def _workdir(db: Database) -> Path:
    base = db.sqlite_path.parent if db.sqlite_path else paths.data_dir()
    try:
        base.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=".caxa-restore-", dir=base))
    except OSError as exc:
        raise CaxaError(f"Không tạo được thư mục tạm trong {base}: {exc.strerror}. {UNCHANGED}") from exc


class Unverified(CaxaError):
    """A plain backup without its checksum file: restorable only when the clerk says it is an old
    backup made before checksum files existed (``allow_unverified``)."""


def _hash_beside(payload: Path, meta: dict[str, Any], name: str, progress: Progress,
                 proof: Callable[[Path], Any] | None, message: str) -> Any:
    """Compare the copy's SHA-256 (and size) with ``meta`` while ``proof(payload)`` reads the same
    copy on a second thread (the quick check does not wait for the checksum: both read the file from
    the page cache, on two cores). A mismatch is reported before anything the proof found; the
    proof's result (or error) is returned (raised) once the copy is proven the file backed up."""
    import hashlib

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="caxa-restore-proof") as pool:
        proven = pool.submit(proof, payload) if proof is not None else None
        if meta.get("sha256"):
            digest, total, done = hashlib.sha256(), payload.stat().st_size, 0
            with open(payload, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
                    done += len(block)
                    progress.step(done, total, "Đang kiểm tra bản sao lưu…")
            if digest.hexdigest() != meta["sha256"] or int(meta.get("size", done)) != done:
                if proven is not None:
                    proven.cancel()
                raise CaxaError(message.format(name=name) + f" {UNCHANGED}")
    return proven.result() if proven is not None else None


_CHANGED = "Tệp {name} đã bị sửa sau khi sao lưu; không phục hồi."
_MISMATCH = ("Tệp {name} không khớp mã kiểm tra ghi lúc sao lưu (bị hỏng, bị cắt ngắn hoặc bị sửa); "
             "không phục hồi.")


def read_payload(source: Path, work: Path, *, passphrase: str | None, allow_unverified: bool,
                 progress: Progress, proof: Callable[[Path], Any] | None = None,
                 ) -> tuple[Path, dict[str, Any], Any]:
    """The backup's content in ``work`` (decrypted, checksum proven), its metadata, and what
    ``proof`` (run on the copy beside the checksum) returned."""
    payload = work / "payload"
    if is_encrypted(source):
        if passphrase is None:
            raise PassphraseRequired(source)
        meta = decrypt_file(source, payload, passphrase,
                            lambda done, total: progress.step(done, total, "Đang giải mã…"))
        return payload, meta, _hash_beside(payload, meta, source.name, progress, proof, _CHANGED)
    side = sidecar(source)
    meta: dict[str, Any] = {}
    if side.exists():
        try:
            meta = json.loads(side.read_text(encoding="utf-8"))
            if not isinstance(meta.get("sha256"), str) or int(meta["size"]) < 0:
                raise ValueError
        except (OSError, ValueError, KeyError, TypeError):
            raise CaxaError(f"Tệp kiểm tra {side.name} bị hỏng nên không chứng minh được bản sao lưu còn "
                            f"nguyên. {UNCHANGED}") from None
    elif not allow_unverified:
        raise Unverified(
            f"Không thấy tệp kiểm tra {side.name} đi kèm {source.name}, nên không chứng minh được bản "
            "sao lưu còn nguyên. Hãy chép cả hai tệp vào cùng thư mục; với bản sao lưu làm từ phiên bản "
            f"cũ (chưa có tệp kiểm tra), dùng: caxa restore --unverified TỆP. {UNCHANGED}"
        )
    progress.step(0, 1, "Đang chép bản sao lưu…")
    shutil.copyfile(source, payload)  # the kernel copies; the checksum is taken of the copy itself
    return payload, meta, _hash_beside(payload, meta, source.name, progress, proof, _MISMATCH)


def _is_empty(db: Database) -> bool:
    return "alembic_version" not in inspect(db.engine).get_table_names()


def _kind_problem(payload: Path, db: Database, name: str) -> str:
    with open(payload, "rb") as fh:
        head = fh.read(16)
    if db.is_sqlite and head.startswith(b"PGDMP"):
        return f"Tệp {name} là bản sao lưu PostgreSQL, không phục hồi vào tệp SQLite được."
    if not db.is_sqlite and head.startswith(b"SQLite format 3"):
        return f"Tệp {name} là bản sao lưu SQLite, không phục hồi vào máy chủ PostgreSQL được."
    if db.is_sqlite and not head.startswith(b"SQLite format 3"):
        return f"Tệp {name} không phải cơ sở dữ liệu CAXA hoặc đã bị hỏng."
    return ""


def restore_backup(db: Database, source: Path, *, own_session: int | None, force: bool, progress: Progress,
                   passphrase: str | None, allow_unverified: bool) -> Path | None:
    if not source.is_file():
        raise CaxaError(f"Không tìm thấy tệp {source}.")
    work = _workdir(db)
    early = _SafetyBackup(db, own_session, force) if db.is_sqlite else None
    swapping = False
    try:
        proof = (lambda copy: _sqlite_proof(copy, db, source.name)) if early is not None else None
        payload, meta, revisions = read_payload(source, work, passphrase=passphrase,
                                                allow_unverified=allow_unverified, progress=progress,
                                                proof=proof)
        problem = _kind_problem(payload, db, source.name)
        if problem:
            raise CaxaError(f"{problem} {UNCHANGED}")
        if early is not None:
            prepare_sqlite(payload, meta, source.name, revisions=revisions)
            safety = early.result()
            swapping = True
            _swap_sqlite(db, payload, progress)
        else:
            final = _prepare_pg(db, payload, meta, source.name, work)
            safety = _before_swap(db, own_session, force)
            run_pg("pg_restore", db.url, ["--clean", "--if-exists", "--no-owner", "--single-transaction",
                                          "--exit-on-error"], (str(final),))
        db.engine.dispose()
        _after_swap(db, source, safety)
        return safety
    except BaseException:
        if early is not None and not swapping:
            early.discard()  # refused before the swap: the data is untouched, the safety copy not needed
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _sqlite_proof(copy: Path, db: Database, name: str) -> frozenset[str]:
    """The kind of file, then CAXA's tables, quick check and foreign keys; the copy's revisions."""
    problem = _kind_problem(copy, db, name)
    if problem:
        raise CaxaError(f"{problem} {UNCHANGED}")
    return check_sqlite_structure(copy, name)


def _before_swap(db: Database, own_session: int | None, force: bool, *, progress: Progress | None = None,
                 log: bool = True) -> Path | None:
    if _is_empty(db):
        return None
    if not force:
        ensure_nobody_else(db, own_session)
    return backup_now(db, reason="truoc-phuc-hoi", progress=progress or Progress(), log=log)


class _SafetyBackup:
    """The safety backup of the current data, taken on its own thread while the backup file is read
    and proven on the private copy (``result`` waits for it and logs it; ``discard`` stops it and
    deletes what it wrote). It reads only the live database; the proving touches only the copy."""

    def __init__(self, db: Database, own_session: int | None, force: bool) -> None:
        self._db = db
        self._progress = Progress()  # its own: cancelled by ``discard``, never reported to a window
        self._path: Path | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(own_session, force), daemon=True,
                                        name="caxa-safety-backup")
        self._thread.start()

    def _run(self, own_session: int | None, force: bool) -> None:
        try:
            self._path = _before_swap(self._db, own_session, force, progress=self._progress, log=False)
        except BaseException as exc:  # handed to the restoring thread by ``result``
            self._error = exc

    def result(self) -> Path | None:
        self._thread.join()
        if self._error is not None:
            raise self._error
        if self._path is not None:
            log_backup(self._db, self._path)
        return self._path

    def discard(self) -> None:
        self._progress.cancel()
        self._thread.join()
        if self._path is not None:
            self._path.unlink(missing_ok=True)
            sidecar(self._path).unlink(missing_ok=True)
        elif self._error is not None and not isinstance(self._error, Cancelled):
            logger.info("safety backup stopped with the refused restore: %s", self._error)


def _swap_sqlite(db: Database, payload: Path, progress: Progress) -> None:
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
