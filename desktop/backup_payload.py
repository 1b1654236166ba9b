"""Reading a backup file for a restore: into a private work folder, decrypted or copied, its
checksum compared with the one written when it was taken, while a proof (the kind of file, CAXA's
tables, quick check, foreign keys) reads the same copy on a second thread.

Imports nothing of the database layer: the command-line restore starts this (``EarlyRead``) beside
the sign-in, before SQLAlchemy is loaded.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from desktop.backup_crypto import PassphraseRequired, decrypt_file, is_encrypted
from desktop.backup_files import sidecar
from desktop.errors import CaxaError
from desktop.jobs import Progress

UNCHANGED = "Dữ liệu hiện tại không bị thay đổi."


class Unverified(CaxaError):
    """A plain backup without its checksum file: restorable only when the clerk says it is an old
    backup made before checksum files existed (``allow_unverified``)."""


def _hash_beside(payload: Path, meta: dict[str, Any], name: str, progress: Progress,
                 proof: Callable[[Path], Any] | None, message: str, took: dict[str, float]) -> Any:
    """Compare the copy's SHA-256 (and size) with ``meta`` while ``proof(payload)`` reads the same
    copy on a second thread (the quick check does not wait for the checksum: both read the file from
    the page cache, on two cores). A mismatch is reported before anything the proof found; the
    proof's result (or error) is returned (raised) once the copy is proven the file backed up."""
    import hashlib

    def timed_proof(copy: Path) -> Any:
        started = time.perf_counter()
        try:
            return proof(copy)  # type: ignore[misc]
        finally:
            took["proof"] = time.perf_counter() - started

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="caxa-restore-proof") as pool:
        proven = pool.submit(timed_proof, payload) if proof is not None else None
        # on disk early, beside the reading: the rename into place flushes it again (quick then), and
        # reports a failure there
        pool.submit(_sync, payload)
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
            took["checksum"] = time.perf_counter() - started
    return proven.result() if proven is not None else None


def _sync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


_CHANGED = "Tệp {name} đã bị sửa sau khi sao lưu; không phục hồi."
_MISMATCH = ("Tệp {name} không khớp mã kiểm tra ghi lúc sao lưu (bị hỏng, bị cắt ngắn hoặc bị sửa); "
             "không phục hồi.")


def read_payload(source: Path, work: Path, *, passphrase: str | None, allow_unverified: bool,
                 progress: Progress, proof: Callable[[Path], Any] | None = None,
                 took: dict[str, float] | None = None) -> tuple[Path, dict[str, Any], Any]:
    """The backup's content in ``work`` (decrypted, checksum proven), its metadata, and what
    ``proof`` (run on the copy beside the checksum) returned; ``took``: the seconds each part took."""
    took = {} if took is None else took
    started = time.perf_counter()
    payload = work / "payload"
    if is_encrypted(source):
        if passphrase is None:
            raise PassphraseRequired(source)
        meta = decrypt_file(source, payload, passphrase,
                            lambda done, total: progress.step(done, total, "Đang giải mã…"))
        took["copy"] = time.perf_counter() - started
        return payload, meta, _hash_beside(payload, meta, source.name, progress, proof, _CHANGED, took)
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
    took["copy"] = time.perf_counter() - started
    return payload, meta, _hash_beside(payload, meta, source.name, progress, proof, _MISMATCH, took)


def kind_problem(payload: Path, is_sqlite: bool, name: str) -> str:
    """What is wrong with the file's kind for a SQLite (``is_sqlite``) or PostgreSQL station, or ""."""
    with open(payload, "rb") as fh:
        head = fh.read(16)
    if is_sqlite and head.startswith(b"PGDMP"):
        return f"Tệp {name} là bản sao lưu PostgreSQL, không phục hồi vào tệp SQLite được."
    if not is_sqlite and head.startswith(b"SQLite format 3"):
        return f"Tệp {name} là bản sao lưu SQLite, không phục hồi vào máy chủ PostgreSQL được."
    if is_sqlite and not head.startswith(b"SQLite format 3"):
        return f"Tệp {name} không phải cơ sở dữ liệu CAXA hoặc đã bị hỏng."
    return ""




def sqlite_proof(name: str) -> Callable[[Path], frozenset[str]]:
    """The proof of a SQLite copy: the kind of file, then CAXA's tables, quick check and foreign keys;
    it returns the copy's schema revisions."""
    from desktop.backup_candidate import check_sqlite_structure

    def proof(copy: Path) -> frozenset[str]:
        problem = kind_problem(copy, True, name)
        if problem:
            raise CaxaError(f"{problem} {UNCHANGED}")
        return check_sqlite_structure(copy, name)

    return proof


def workdir(base: Path) -> Path:
    """A private work folder beside the database (the same drive: the proven copy is renamed into place)."""
    try:
        base.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=".caxa-restore-", dir=base))
    except OSError as exc:
        raise CaxaError(f"Không tạo được thư mục tạm trong {base}: {exc.strerror}. {UNCHANGED}") from exc


class EarlyRead:
    """``read_payload`` of a plain backup for a SQLite station whose database lies in ``base``, on its own
    thread, started before the sign-in: the restore adopts it (``result``), or ``discard`` stops it and
    removes its work folder (a refused account leaves nothing behind)."""

    def __init__(self, source: Path, base: Path, *, allow_unverified: bool) -> None:
        self.source, self.base = source, base
        self.work = workdir(base)
        self._progress = Progress()  # cancelled by ``discard``
        self._result: tuple[Path, dict[str, Any], Any] | None = None
        self.took: dict[str, float] = {}
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(allow_unverified,), daemon=True,
                                        name="caxa-restore-read")
        self._thread.start()

    def _run(self, allow_unverified: bool) -> None:
        try:
            self._result = read_payload(self.source, self.work, passphrase=None,
                                        allow_unverified=allow_unverified, progress=self._progress,
                                        proof=sqlite_proof(self.source.name), took=self.took)
        except BaseException as exc:  # handed to the restore by ``result``
            self._error = exc

    def result(self) -> tuple[Path, dict[str, Any], Any]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result

    def discard(self) -> None:
        self._progress.cancel()
        self._thread.join()
        shutil.rmtree(self.work, ignore_errors=True)
