"""The swap of a SQLite restore: the proven copy takes the live file's name, and the live file itself
becomes the safety backup; no full copy of either.

``LiveFile.take`` holds the live database for this process alone: it folds the WAL into the file and
switches it to a rollback journal, which SQLite refuses while any other connection (in this process
or another) has the database open; then ``take`` returns None and the restore copies as before
(a safety backup, then SQLite's backup API into the live database). Otherwise an exclusive lock is
kept until ``release``, and:

- ``keep_as``: the safety backup is the live file, hard-linked under its backup name; where a link
  cannot be made (Windows, another drive, a file system without links) it is copied through the lock.
- ``replace_with``: the proven copy, self-contained (no WAL beside it) and flushed to disk, is renamed
  over the live file: atomic, so a restore stopped at any point leaves the old data or the new, each
  whole. Where the system refuses to rename over an open file (Windows), the backup API writes the
  copy into the locked database instead.

A program that opens the database between ``take`` and the rename waits for the lock and is then left
on the old file: it reads the old data, and SQLite refuses its writes (a rollback-journal database
whose file has moved is read-only), so it changes neither file and leaves no WAL beside the new one.

While the lock is held, nothing opens the live file outside SQLite (on POSIX, closing any descriptor
of a file drops the process's locks on it): the safety backup's checksum is taken after ``release``,
when the old file has no other name than the backup's.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

from desktop.backup_files import PARTIAL

#: how long ``take`` waits for a writer elsewhere to finish before it leaves the swap to the backup API
SWITCH_SECONDS = 2


class LiveFile:
    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = conn
        self._linked: Path | None = None

    @classmethod
    def take(cls, path: Path) -> LiveFile | None:
        """The live database held alone, or None when another connection has it open."""
        try:
            conn = sqlite3.connect(path, timeout=SWITCH_SECONDS, isolation_level=None)
        except sqlite3.Error:
            return None
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy is not None and busy[0]:
                raise sqlite3.OperationalError("checkpoint blocked")
            if conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0] != "delete":
                raise sqlite3.OperationalError("journal mode kept")
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")  # the lock stays after the commit (exclusive locking mode)
            conn.execute("COMMIT")
        except sqlite3.Error:
            conn.close()
            return None
        return cls(path, conn)

    @property
    def conn(self) -> sqlite3.Connection:
        assert self._conn is not None, "released"
        return self._conn

    def meta(self) -> dict[str, Any]:
        """The live data's schema revisions and audit head (as ``backup_files.sqlite_meta``), read
        through the lock."""
        revisions = sorted(r[0] for r in self.conn.execute("SELECT version_num FROM alembic_version"))
        row = self.conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        head = {"audit_count": int(row[0]), "audit_hash": str(row[1])} if row else {"audit_count": 0}
        return {"revisions": revisions, **head}

    def keep_as(self, dest: Path) -> None:
        """The live data, whole, under ``dest``: a hard link (POSIX: the rename that follows leaves the
        old file to it alone), else a copy through the lock."""
        if os.name == "posix":
            try:
                os.link(self.path, dest)
                self._linked = dest
                return
            except OSError:
                pass
        self._copy_to(dest)

    def _copy_to(self, dest: Path) -> None:
        part = dest.with_name(dest.name + PARTIAL)
        try:
            out = sqlite3.connect(part)
            try:
                self.conn.backup(out)
            finally:
                out.close()
            os.replace(part, dest)
        finally:
            part.unlink(missing_ok=True)

    def replace_with(self, payload: Path) -> None:
        """The proven copy becomes the live file (the copy's name is gone afterwards)."""
        conn = sqlite3.connect(payload, isolation_level=None)
        try:  # self-contained: whatever a WAL beside it holds goes into the file, and no WAL is needed
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
        with contextlib.suppress(OSError):  # the live file's owner-only mode (os.stat opens nothing)
            os.chmod(payload, stat.S_IMODE(os.stat(self.path).st_mode))
        with open(payload, "rb+") as fh:
            os.fsync(fh.fileno())
        try:
            os.replace(payload, self.path)
        except OSError:  # the system will not rename over the open file: write it through the lock
            if self._linked is not None:  # the safety backup must not share the file written into
                self._copy_to(self._linked)
                self._linked = None
            source = sqlite3.connect(f"file:{payload}?mode=ro", uri=True)
            try:
                source.backup(self.conn)
            finally:
                source.close()
            return
        with contextlib.suppress(OSError):  # the rename is made: nothing after it may undo the restore
            _sync_folder(self.path.parent)

    def release(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _sync_folder(folder: Path) -> None:
    """The rename on disk (POSIX; Windows has no folder handles to flush)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
