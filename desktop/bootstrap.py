"""Opening the database at start-up: folders, logging, connection, migrations."""

from __future__ import annotations

import atexit
import logging
import logging.handlers
import os
import re
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import paths
from desktop.errors import CaxaError, DatabaseError, storage_message

if TYPE_CHECKING:
    from desktop.db import Database

# SQLAlchemy and the database layer are imported where a database is opened, not here: the
# command-line backup sets up logging without them (``desktop.backup_fast``)

logger = logging.getLogger(__name__)
_logging_done = False


def database_url(explicit: str | None = None) -> str:
    from desktop.db import default_url

    return explicit or os.environ.get("CAXA_DATABASE_URL") or default_url()


#: runs of 9 or more digits (ID numbers: 9 or 12 digits, phone numbers) and PostgreSQL's
#: "Key (column)=(value)" details are masked in the log file, whatever logged them
_DIGITS = re.compile(r"\d{9,}")
_PG_DETAIL = re.compile(r"(Key \([^)]*\)=\()[^)]*(\))")


def redact(text: str) -> str:
    return _DIGITS.sub("[…]", _PG_DETAIL.sub(r"\1…\2", text))


class RedactingFormatter(logging.Formatter):
    """The log file never carries personal data, even in a traceback's exception text."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(level: int = logging.INFO) -> None:
    """A rotating log file in the logs folder (and stderr when ``CAXA_LOG_STDERR`` is set)."""
    global _logging_done
    if _logging_done:
        return
    root = logging.getLogger()
    root.setLevel(level)
    fmt = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        paths.private_dir(paths.logs_dir())
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.logs_dir() / "caxa.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(fmt)
        root.addHandler(handler)
    except OSError:
        pass  # a read-only data folder is reported by open_database
    if os.environ.get("CAXA_LOG_STDERR") and sys.stderr is not None:  # developers; frozen GUI has none
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(fmt)
        root.addHandler(stream)
    _logging_done = True


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Connect, and bring the schema up to date (backup first when an existing database changes).

    A SQLite file that cannot be written (read-only medium, folder or file) is opened through a
    private temporary copy marked read-only: reading, checking and exporting work, changes are
    refused (``UnitOfWork.require``)."""
    from sqlalchemy.exc import DatabaseError as SADatabaseError
    from sqlalchemy.exc import OperationalError

    from desktop.db import Database, default_url, describe_operational_error

    url = database_url(url)
    db_is_default = url == default_url()
    if db_is_default:
        try:
            paths.ensure_dirs()
        except OSError as exc:
            raise CaxaError(
                f"Không tạo được thư mục dữ liệu {paths.data_dir()}: {exc.strerror}. "
                "Kiểm tra quyền ghi của thư mục, hoặc chọn thư mục khác bằng --data-dir."
            ) from exc
    from desktop.backup import clean_leftovers

    clean_leftovers()  # .partial files and restore folders of killed backups and restores
    read_only = False
    source = _sqlite_file(url)
    if source is not None and source.exists() and not writable(source):
        url, read_only = _private_copy(source), True
    try:
        db = Database(url, read_only=read_only)
    except Exception as exc:  # bad URL, missing driver
        raise DatabaseError(f"Địa chỉ cơ sở dữ liệu không dùng được: {exc}") from exc
    try:
        with db.engine.connect():
            pass
    except OperationalError as exc:
        db.dispose()
        raise DatabaseError(describe_operational_error(exc)) from exc
    except SADatabaseError as exc:
        db.dispose()
        raise DatabaseError(
            storage_message(exc) or "Tệp cơ sở dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu CAXA."
        ) from exc
    if migrate:
        try:
            bring_up_to_date(db)
        except BaseException:
            db.dispose()
            raise
        from desktop import demo

        if demo.is_half_built(db):  # `caxa demo` or the GUI's demo was killed half-way
            db = demo.reset_half_built(db)
    return db


def bring_up_to_date(db: Database) -> None:
    """Run the migrations (a backup first, except on a private read-only copy)."""
    from sqlalchemy.exc import DatabaseError as SADatabaseError
    from sqlalchemy.exc import OperationalError

    from desktop.db import describe_operational_error
    from desktop.migrate import upgrade

    try:
        upgrade(db, backup=not db.read_only)
    except OperationalError as exc:
        raise DatabaseError(describe_operational_error(exc)) from exc
    except SADatabaseError as exc:
        raise DatabaseError(
            storage_message(exc) or "Tệp cơ sở dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu CAXA."
        ) from exc


def _sqlite_file(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001  (reported by Database below)
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)  # type: ignore[arg-type]


def writable(path: Path) -> bool:
    """Can this process change the database file (and create its journal beside it)?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _private_copy(source: Path) -> str:
    """Copy a read-only database (with its WAL, if readable) to a private temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="caxa-ro-"))  # 0700
    atexit.register(shutil.rmtree, folder, True)
    target = folder / source.name
    try:
        try:
            src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:  # a WAL database on a read-only medium: read the main file as it is
            src = sqlite3.connect(f"file:{source}?immutable=1", uri=True)
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
        dst.close()
        src.close()
    except sqlite3.Error as exc:
        raise DatabaseError(
            storage_message(exc) or "Tệp cơ sở dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu CAXA."
        ) from exc
    except OSError as exc:
        raise DatabaseError(storage_message(exc) or str(exc)) from exc
    head = source.with_name(source.name + ".audit-head")  # the audit log's anchor travels with it
    if head.exists():
        try:
            shutil.copyfile(head, target.with_name(target.name + ".audit-head"))
        except OSError:
            logger.warning("the audit anchor beside a read-only database could not be read")
    logger.info("read-only database opened through a private copy")
    return "sqlite:///" + str(target)
