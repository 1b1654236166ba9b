"""``caxa backup`` on a SQLite station as the clerk starts it: the copy starts at once, beside the
account check, and nothing loads the database layer (SQLAlchemy, the models, Alembic).

The usual command loads SQLAlchemy (~0.25 s), checks the password (argon2, ~0.2 s), then copies
and hashes the copy, one after the other. Here:

1. The copy starts on a thread at once into ``NAME.raw.partial`` beside the destination, with its
   SHA-256 and metadata (schema revisions, audit head), as ``backup.backup_now`` writes them: the
   file read, hashed and written in one pass under the write lock (``backup_single``), or, when a
   reader holds an older snapshot, SQLite's online backup API in one step and the checksum after.
2. Meanwhile the password is read and checked against the account with plain SQL (argon2 releases
   the GIL, so the two share the cores). The login's write waits for the copy's lock (busy timeout);
   the copy waits at most ``backup_single.LOCK_SECONDS`` for a login already writing, then copies
   through the backup API: neither can wait on the other for good.
3. Only a clean success goes on here: the account exists, is active and not locked, the password is
   right and its hash needs no upgrade, the role may back up, and the station is at this CAXA's
   schema heads and not a half-built demo. The login is then recorded as ``accounts.login`` records
   it (the account's counters and version, an audit row in the hash chain, the signed head), the copy
   renamed to its final name, its checksum file written, and the backup logged.
4. Anything else (a wrong password, an unknown or locked account, an older schema, ``--encrypt``, a
   PostgreSQL server, a destination folder that does not exist yet …) deletes the partial copy and
   returns None: the usual command then runs with the password already read, and refuses, records or
   migrates exactly as it always does. The copy never reaches its final name before the account is
   accepted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
from argparse import Namespace
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import __version__, audit_anchor, paths
from desktop.audit_anchor import GENESIS, Head
from desktop.backup_files import PARTIAL, copy_to, sidecar, target, write_json
from desktop.backup_single import copy_database
from desktop.cli_access import _ROLE_RANK, secret
from desktop.errors import CaxaError
from desktop.migrate_scripts import quick_heads
from desktop.text import clean

logger = logging.getLogger(__name__)

#: as ``desktop.db.BUSY_SECONDS``: how long a writer waits for another one
BUSY_SECONDS = 15
#: as ``backup.BUSY_STEPS``: a copy that keeps answering "busy" this many times ends with a message
BUSY_STEPS = 240
#: the source is read through a memory map up to this size (~20 % faster than reading it page by page)
MMAP_BYTES = 1 << 30
#: ``demo.DEMO_DONE``: the audit entry that ends a demo station's building (a test holds them equal)
DEMO_DONE = "Đã tạo xong đơn vị mẫu"
#: an argon2 hash of a random text, checked for an unknown user (a miss costs what a wrong password does)
_DUMMY_HASH = ("$argon2id$v=19$m=65536,t=3,p=4$AJhGNz745TKTK6qUW93H5w$"
               "rC23bsjD4W9dlL5i9hKcOjD1lFJCxQrMr9X20DKcuFk")


def sqlite_file(explicit: str | None) -> Path | None:
    """The station's SQLite file when the command runs on one named plainly (the data folder's, or
    ``--db``/``CAXA_DATABASE_URL`` ``sqlite:///PATH``); None for anything else."""
    url = explicit or os.environ.get("CAXA_DATABASE_URL")
    if not url:
        return paths.database_file()
    if not url.startswith("sqlite:///") or any(c in url for c in "?%"):
        return None
    name = url[len("sqlite:///"):]
    return Path(name) if name and name != ":memory:" and not name.startswith("file:") else None


def _destination_folder(to: str | None) -> Path:
    wanted = Path(to) if to else paths.backups_dir()
    return wanted if to is None or wanted.is_dir() else wanted.parent


def backup_before_login(args: Namespace) -> Path | None:
    """Take the backup ``caxa backup`` asks for, the copy beside the account check; the backup's path,
    or None when the usual command must run (``args._password`` then holds the password read)."""
    name = getattr(args, "auth_user", None)
    if args.encrypt or not name or getattr(args, "password_argument", None) is not None:
        return None
    source = sqlite_file(args.db)
    if source is None:
        return None
    if not (args.db or os.environ.get("CAXA_DATABASE_URL")):
        paths.ensure_dirs()  # as ``open_database`` does for the data folder's database
    if not source.is_file() or not (os.access(source, os.W_OK) and os.access(source.parent, os.W_OK)):
        return None  # a new or read-only database: the usual command opens it its own way
    if not _destination_folder(args.to).is_dir():
        return None  # nothing is created before the account is accepted
    dest = target(Path(args.to) if args.to else None, ".sqlite3")
    raw = dest.with_name(dest.name + ".raw" + PARTIAL)
    copy = _Copy(source, raw)
    try:
        from desktop.backup_files import clean_leftovers

        clean_leftovers()  # as ``open_database`` does (this copy's partial file is new: it stays)
        password = secret(f"Mật khẩu của {name}: ")
        args._password = password
        checking = time.perf_counter()
        actor = login(source, name, password, needs=args.needs, via=f"dòng lệnh «{args.command}»")
        checked = time.perf_counter() - checking
        if actor is None:
            copy.discard()
            return None
        try:
            meta = copy.result()
            os.replace(raw, dest)
            write_json(sidecar(dest), meta)
        except OSError as exc:
            raise CaxaError(f"Không ghi được tệp sao lưu {dest}: {exc.strerror or exc}.") from exc
    except BaseException:
        copy.discard()
        raise
    if args.also_to:
        copy_to(dest, Path(args.also_to))
    record(source, actor, "backup", "", None, f"Sao lưu vào {dest.name}")
    # one line the bench reads back (bench/bench_commands.py): where the command's time went
    logger.info("backup %s: %s, account check %.3f s beside %s (%s)", dest.name,
                ", ".join(f"{k} {v:.3f} s" for k, v in copy.took.items()), checked,
                "it" if len(copy.took) == 1 else "them", copy.method)
    return dest


class _Copy:
    """The online copy into ``raw``, its checksum and metadata, on a thread of its own."""

    def __init__(self, source: Path, raw: Path) -> None:
        self.source, self.raw = source, raw
        self.meta: dict[str, Any] | None = None
        self.took: dict[str, float] = {}
        self.method = ""
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="caxa-backup-copy", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self.raw.unlink(missing_ok=True)
            copied = copy_database(self.source, self.raw, lambda raw: copy_sqlite(self.source, raw))
            copied.meta.update(kind="sqlite3", taken_at=dt.datetime.now().isoformat(timespec="seconds"),
                               program_version=__version__)
            self.took, self.method = copied.took, copied.method
            self.meta = copied.meta
        except BaseException as exc:  # handed to the command's thread by ``result``
            self.error = exc

    def result(self) -> dict[str, Any]:
        self._thread.join()
        if self.error is not None:
            raise self.error
        assert self.meta is not None
        return self.meta

    def discard(self) -> None:
        self._thread.join()
        for leftover in (self.raw, self.raw.with_name(self.raw.name + "-wal"),
                         self.raw.with_name(self.raw.name + "-shm")):
            leftover.unlink(missing_ok=True)


def copy_sqlite(source: Path, raw: Path) -> None:
    """SQLite's online backup of ``source`` into the new file ``raw``, in one step: one read
    snapshot, so writers elsewhere go on and the copy never restarts."""
    busy = 0

    def on_progress(status: int, _remaining: int, _total: int) -> None:
        nonlocal busy
        busy = busy + 1 if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) else 0
        if busy >= BUSY_STEPS:
            raise CaxaError("Không sao lưu được: cơ sở dữ liệu luôn bận hoặc không đọc được "
                            "(tệp chỉ cho đọc, hoặc đang bị chương trình khác khóa). Hãy thử lại sau.")

    try:
        dst = sqlite3.connect(raw)
        dst.execute("PRAGMA journal_mode=OFF")  # a new partial file: deleted, never rolled back, on failure
    except sqlite3.Error as exc:
        raise CaxaError(f"Không tạo được tệp sao lưu {raw.name} (thư mục chỉ cho đọc?): {exc}.") from exc
    try:
        src = sqlite3.connect(source, timeout=BUSY_SECONDS)
        try:
            src.execute(f"PRAGMA mmap_size={MMAP_BYTES}")  # pages read from the mapped file, not copied in
            src.backup(dst, progress=on_progress)
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise CaxaError(f"Không sao lưu được cơ sở dữ liệu: {exc}.") from exc
    finally:
        dst.close()


# ---- the account check and the audit log, in plain SQL -----------------------------------------


def _connect(db_file: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db_file, timeout=BUSY_SECONDS, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")  # as ``desktop.db`` sets every connection
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def _station_ready(conn: sqlite3.Connection) -> bool:
    """At this CAXA's schema heads (nothing to migrate) and not a half-built demo (to be reset)."""
    heads = quick_heads()
    revisions = frozenset(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
    if heads is None or revisions != heads:
        return False
    marks = {r[0] for r in conn.execute("SELECT summary FROM audit_log WHERE table_name = 'demo'")}
    return not marks or DEMO_DONE in marks


@dataclass(frozen=True)
class Account:
    """Who signed in (the fields of ``desktop.db.Actor``, which this module cannot import)."""

    user_id: int
    username: str
    role: str
    full_name: str


def password_hasher():  # -> argon2.PasswordHasher
    """The library's defaults, as ``accounts._hasher`` (tests give both cheap parameters)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


def login(db_file: Path, username: str, password: str, *, needs: str, via: str) -> Account | None:
    """The account when it signs in cleanly and may run a command that ``needs`` this role; the login
    is then recorded. None for anything else, recording nothing (the usual sign-in then runs, and
    records a failure as it does)."""
    name = clean(username).lower()
    try:
        return _login(db_file, name, password, needs=needs, via=via)
    except sqlite3.Error as exc:  # a damaged or foreign database: the usual sign-in reports it its way
        logger.info("plain sign-in gave way to the usual one: %s", exc)
        return None


def _login(db_file: Path, name: str, password: str, *, needs: str, via: str) -> Account | None:
    from argon2.exceptions import InvalidHashError, VerificationError

    conn = _connect(db_file)
    try:
        if not _station_ready(conn):
            return None
        row = conn.execute("SELECT id, username, role, version, password_hash, active, locked_until, "
                           "full_name FROM app_user WHERE username = ?", (name,)).fetchone()
        hasher = password_hasher()
        try:
            right = hasher.verify(row[4] if row else _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            right = False
        if row is None or not right:
            return None
        user_id, user, role, version, password_hash, active, locked, full_name = row
        if not active or locked is not None or _ROLE_RANK.get(role, -1) < _ROLE_RANK[needs]:
            return None
        if hasher.check_needs_rehash(password_hash):
            return None
        moment = _now()
        conn.execute("BEGIN IMMEDIATE")
        try:
            when = _sql_time(moment)
            changed = conn.execute(
                "UPDATE app_user SET failed_count = 0, locked_until = NULL, last_login_at = ?, "
                "updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND password_hash = ? "
                "AND active AND locked_until IS NULL", (when, when, user_id, version, password_hash),
            ).rowcount
            if changed != 1:  # changed since it was read: the usual sign-in decides
                conn.execute("ROLLBACK")
                return None
            head = _append(conn, user_id, user, "login", "app_user", user_id, f"Đăng nhập: «{name}» ({via})")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    audit_anchor.write(_url(db_file), head)
    return Account(user_id, user, role, full_name)


def record(db_file: Path, actor: Account, action: str, table: str, record_id: int | None,
           summary: str) -> None:
    """``audit.record`` for ``actor``, in plain SQL; a database that cannot be written is logged."""
    try:
        conn = _connect(db_file)
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                head = _append(conn, actor.user_id, actor.username, action, table, record_id, summary)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        finally:
            conn.close()
    except sqlite3.Error as exc:  # the copy is made, the log cannot grow (as ``backup.log_backup``)
        logger.warning("%s %s not logged: %s", action, summary, exc)
        return
    audit_anchor.write(_url(db_file), head)


def _url(db_file: Path) -> str:
    return "sqlite:///" + str(db_file)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)  # as ``desktop.db.now``


def _sql_time(moment: dt.datetime) -> str:
    """A DateTime as SQLAlchemy stores it in SQLite."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def digest(prev_hash: str, row: Mapping[str, Any]) -> str:
    """``audit._digest``: the hash that chains an audit row to the one before (a test holds them equal)."""
    fields = [row["id"], row["at"].isoformat(), row["user_id"], row["username"], row["action"],
              row["table_name"], row["record_id"], row["summary"], row["changes"]]
    if row.get("state_hash") is not None:
        fields.append(row["state_hash"])
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def _append(conn: sqlite3.Connection, user_id: int | None, username: str, action: str, table: str,
            record_id: int | None, summary: str) -> Head:
    """``audit._append`` of one entry without changes, inside the caller's write transaction."""
    head = conn.execute("SELECT last_id, last_hash FROM audit_head WHERE id = 1").fetchone()
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    last_id, last_hash = (int(last[0]), str(last[1])) if last else (0, GENESIS)
    if head is None:
        conn.execute("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, ?, ?)", (last_id, last_hash))
    elif tuple(head) != (last_id, last_hash):
        logger.warning("audit head row %s does not match the last entry %s; continuing from the entry",
                       tuple(head), last_id)
    row = {"id": last_id + 1, "at": _now(), "user_id": user_id, "username": username, "action": action,
           "table_name": table, "record_id": record_id, "summary": summary[:2000], "changes": "{}",
           "prev_hash": last_hash, "state_hash": None}
    row["hash"] = digest(last_hash, row)
    conn.execute(
        "INSERT INTO audit_log (id, at, user_id, username, action, table_name, record_id, summary, changes, "
        "prev_hash, hash, state_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
        (row["id"], _sql_time(row["at"]), user_id, username, action, table, record_id, row["summary"],
         row["changes"], row["prev_hash"], row["hash"]),
    )
    conn.execute("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1", (row["id"], row["hash"]))
    return Head(row["id"], row["hash"])
