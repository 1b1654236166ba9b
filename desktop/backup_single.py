"""A SQLite backup in one pass: the station's file read in 1 MiB chunks, each hashed as it is written.

SQLite's online backup API copies page by page, and the copy must then be read again for its SHA-256
(the API rewrites page 1 last, so the two cannot overlap). The file itself is a consistent snapshot
when nobody can write and every committed change is in it, which this module makes sure of:

1. A connection W takes the write lock (``BEGIN IMMEDIATE``): no commit, no new WAL frame until W
   lets go. It reads the schema revisions and the audit head, the page size and the page count: the
   state the copy holds.
2. WAL mode: a second connection checkpoints (``PASSIVE``, it never waits). When it reports every
   frame of the log copied into the file, the file is the committed state and stays so while W holds
   the lock (nothing is left to copy into it, and no writer can restart the log). When a reader still
   holds an older snapshot the checkpoint stops short: then the backup API makes the copy, as before.
   A rollback-journal database needs W's lock alone (a hot journal is rolled back when W first reads).
3. Exactly ``page_count * page_size`` bytes are read, hashed and written; W lets go right after the
   last byte is read; the copy is flushed to disk. It differs from what the backup API writes only in
   two header counters (bytes 24–27 and 92–95), and is a valid database in the same journal mode.

Anything else (a database that cannot be locked within a moment, a read-only file, a journal mode
without a journal, a file over 1 GiB, where Windows locks bytes of the file itself, a disk so slow that
writers would wait more than ``HOLD_SECONDS``) takes the backup API too. ``copy_database`` says which
path ran and why.

On POSIX, closing any descriptor of a file drops every lock this process holds on it, those of its
SQLite connections included (https://sqlite.org/howtocorrupt.html, 2.2); so the descriptor this
module reads through is opened once per database file and kept open for the life of the process.
Windows ties locks to handles: there the file is opened and closed for each copy.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.backup_files import file_sha256, read_meta, sqlite_meta
from desktop.jobs import SILENT, Progress

logger = logging.getLogger(__name__)

CHUNK = 1 << 20
#: how long W waits for another writer's transaction to end before the backup API copies instead
LOCK_SECONDS = 2
#: writers wait at most this long for the copy (a third of their busy timeout, ``db.BUSY_SECONDS``): a copy
#: still reading then (a slow disk) lets go and the backup API copies instead
HOLD_SECONDS = 5
#: SQLite's lock bytes start here; Windows refuses reads of locked bytes, so larger files take the API
PENDING_BYTE = 0x40000000
SINGLE_PASS = "single pass"
BACKUP_API = "backup API"
STEP_TEXT = "Đang sao lưu…"

#: POSIX: closing a descriptor drops the process's locks on the file (Windows ties them to handles)
POSIX_LOCKS = os.name != "nt"
_held: dict[tuple[int, int], int] = {}
_held_lock = threading.Lock()


@dataclass
class Copied:
    """What ``copy_database`` made: the metadata of the checksum file (schema revisions, audit head,
    ``sha256``, ``size``), which path ran, why the backup API when it did, and the seconds taken."""

    meta: dict[str, Any]
    method: str
    reason: str = ""
    took: dict[str, float] = field(default_factory=dict)


def copy_database(source: Path, raw: Path, api_copy: Callable[[Path], None], *,
                  progress: Progress = SILENT) -> Copied:
    """Copy the SQLite database ``source`` into the new file ``raw``: in one pass when it can be read
    as a consistent snapshot, otherwise with ``api_copy(raw)`` (the backup API) and a checksum after.
    Errors while writing, and ``Cancelled``, reach the caller, who removes ``raw``."""
    started = time.perf_counter()
    meta, reason = _single_pass(source, raw, progress)
    if meta is not None:
        return Copied(meta, SINGLE_PASS, took={"copy with checksum": time.perf_counter() - started})
    logger.info("backup of %s through the backup API: %s", source.name, reason)
    raw.unlink(missing_ok=True)
    started = time.perf_counter()
    api_copy(raw)
    copied = time.perf_counter()
    meta = sqlite_meta(raw)
    meta.update(sha256=file_sha256(raw), size=raw.stat().st_size)
    return Copied(meta, BACKUP_API, reason,
                  {"copy": copied - started, "checksum": time.perf_counter() - copied})


def _single_pass(source: Path, raw: Path, progress: Progress) -> tuple[dict[str, Any] | None, str]:
    """The metadata of the one-pass copy, or None and the reason it was not made."""
    if not source.is_file():  # connecting would create it
        return None, "no database file"
    try:
        writer = sqlite3.connect(source, timeout=LOCK_SECONDS, isolation_level=None)
    except sqlite3.Error as exc:
        return None, f"not opened: {exc}"
    try:
        try:
            writer.execute("BEGIN IMMEDIATE")
            mode = str(writer.execute("PRAGMA journal_mode").fetchone()[0]).lower()
            meta = read_meta(writer)
            page_size = int(writer.execute("PRAGMA page_size").fetchone()[0])
            pages = int(writer.execute("PRAGMA page_count").fetchone()[0])
        except sqlite3.Error as exc:  # busy, read-only, not a CAXA database …
            return None, f"not read under the write lock: {exc}"
        size = page_size * pages
        if size > PENDING_BYTE:
            return None, f"{size} bytes, over SQLite's lock bytes"
        if mode == "wal":
            stopped = _checkpoint(source)
            if stopped:
                return None, stopped
        elif mode not in ("delete", "truncate", "persist"):
            return None, f"journal mode {mode}"
        digest = hashlib.sha256()
        with open(raw, "wb") as out:
            done, deadline = 0, time.monotonic() + HOLD_SECONDS
            with _reader(source) as read:
                while done < size:
                    if time.monotonic() > deadline:
                        return None, f"writers held {HOLD_SECONDS} s at {done} of {size} bytes"
                    block = read(done, min(CHUNK, size - done))
                    if not block:
                        break
                    digest.update(block)
                    out.write(block)
                    done += len(block)
                    progress.step(done, size, STEP_TEXT)
            writer.execute("ROLLBACK")  # the last byte is read: writers go on while the copy is flushed
            if done != size:
                return None, f"the file ended at {done} of {size} bytes"
            out.flush()
            os.fsync(out.fileno())
    finally:
        writer.close()
    meta.update(sha256=digest.hexdigest(), size=size)
    return meta, ""


def _checkpoint(source: Path) -> str:
    """Empty when every frame of the WAL is in the database file; otherwise why not."""
    try:
        conn = sqlite3.connect(source, timeout=LOCK_SECONDS, isolation_level=None)
        try:
            busy, log, done = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"checkpoint failed: {exc}"
    if busy or log != done:
        return f"checkpoint stopped at frame {done} of {log}: a reader holds an older snapshot"
    return ""


@contextmanager
def _reader(source: Path) -> Iterator[Callable[[int, int], bytes]]:
    """``read(offset, count)`` on the database file, through a descriptor that is never closed on
    POSIX (see the module's note)."""
    if not POSIX_LOCKS:
        with open(source, "rb", buffering=0) as fh:
            def read_handle(offset: int, count: int) -> bytes:
                fh.seek(offset)
                return fh.read(count)

            yield read_handle
        return
    fd = _held_descriptor(source)
    yield lambda offset, count: os.pread(fd, count, offset)


def _held_descriptor(source: Path) -> int:
    """A read-only descriptor of ``source``'s file, opened once per file and never closed."""
    st = os.stat(source)
    with _held_lock:
        fd = _held.get((st.st_dev, st.st_ino))
        if fd is None:
            fd = os.open(source, os.O_RDONLY)
            opened = os.fstat(fd)
            _held.setdefault((opened.st_dev, opened.st_ino), fd)
        return fd
