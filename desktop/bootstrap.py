"""Opening the database at start-up: folders, logging, connection, migrations."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys

from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from desktop import paths
from desktop.db import Database, default_url, describe_operational_error
from desktop.errors import CaxaError, DatabaseError

logger = logging.getLogger(__name__)
_logging_done = False


def database_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get("CAXA_DATABASE_URL") or default_url()


def setup_logging(level: int = logging.INFO) -> None:
    """A rotating log file in the logs folder (and stderr when ``CAXA_LOG_STDERR`` is set)."""
    global _logging_done
    if _logging_done:
        return
    root = logging.getLogger()
    root.setLevel(level)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        paths.logs_dir().mkdir(parents=True, exist_ok=True)
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
    """Connect, and bring the schema up to date (backup first when an existing database changes)."""
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
    try:
        db = Database(url)
    except Exception as exc:  # bad URL, missing driver
        raise DatabaseError(f"Địa chỉ cơ sở dữ liệu không dùng được: {exc}") from exc
    try:
        with db.engine.connect():
            pass
        if migrate:
            from desktop.migrate import upgrade

            upgrade(db)
    except OperationalError as exc:
        db.dispose()
        raise DatabaseError(describe_operational_error(exc)) from exc
    except SADatabaseError as exc:
        db.dispose()
        raise DatabaseError("Tệp cơ sở dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu CAXA.") from exc
    if migrate:
        from desktop import demo

        if demo.is_half_built(db):  # `caxa demo` or the GUI's demo was killed half-way
            db = demo.reset_half_built(db)
    return db
