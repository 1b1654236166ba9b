"""Engine, ORM base, units of work.

``Database(url)`` owns the engine. Every read or write goes through
``with db.uow(actor) as uow:`` — one session, one transaction, the acting user
attached so that permission checks and the audit log know who did it.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import DateTime, Integer, MetaData, create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, declared_attr, mapped_column, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop import paths
from desktop.errors import (
    CaxaError,
    DatabaseError,
    NotFound,
    PermissionDenied,
    StaleRecord,
    StorageError,
    storage_message,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def now() -> dt.datetime:
    """Local wall-clock time, second precision (a station lives in one time zone)."""
    return dt.datetime.now().replace(microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    #: set False on a model whose rows must not be copied to the audit log
    __audited__ = True
    #: Vietnamese name of one record of this kind, for messages and the audit page
    __label__ = "Bản ghi"


class Record(Base):
    """An editable record: id, timestamps, and a version for optimistic locking."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now, onupdate=now)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.__table__.c.version}


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a unit of work runs."""

    user_id: int | None
    username: str
    role: str
    full_name: str = ""

    @classmethod
    def system(cls) -> Actor:
        """The program itself (migrations, the CLI run by the machine's administrator)."""
        return cls(None, "system", "admin", "Hệ thống")


#: the user a command runs for (set by the command line after checking the password)
_ON_BEHALF: contextvars.ContextVar[Actor | None] = contextvars.ContextVar("caxa_on_behalf", default=None)


@contextmanager
def acting_for(actor: Actor | None) -> Iterator[None]:
    """Inside this block the program acts for ``actor``: a unit of work opened for the system
    actor (``Actor.system()``) runs, is permission-checked and is audited as ``actor`` instead."""
    token = _ON_BEHALF.set(actor)
    try:
        yield
    finally:
        _ON_BEHALF.reset(token)


class UnitOfWork:
    """One session and transaction for one use-case, on behalf of one actor."""

    def __init__(self, db: Database, actor: Actor) -> None:
        delegate = _ON_BEHALF.get()
        if delegate is not None and actor.user_id is None and actor.username == "system":
            actor = delegate
        self.db = db
        self.actor = actor
        self.session: Session = db.session_factory()
        self.session.info["actor"] = actor

    def require(self, permission: str) -> None:
        from desktop.accounts import check_permission

        check_permission(self.actor, permission)
        if permission in ("write", "admin"):
            if self.db.read_only:
                raise StorageError(
                    "Cơ sở dữ liệu đang mở ở chế độ chỉ đọc (tệp hoặc thư mục không cho ghi): "
                    "không thể thêm, sửa, nhập hay xóa dữ liệu."
                )
            self.begin_write()

    def begin_write(self) -> None:
        """Declare that this unit of work will write. On SQLite, when nothing has been read yet,
        the transaction takes the write lock now (``BEGIN IMMEDIATE``, waiting up to the busy
        timeout for another writer) instead of failing later when a read lock cannot be upgraded."""
        if not self.session.in_transaction():
            self.session.connection(execution_options={"caxa_write": True})

    def get(self, model: type[T], record_id: int, *, version: int | None = None) -> T:
        """Load a record or raise NotFound; with ``version``, raise StaleRecord when it moved on."""
        obj = self.session.get(model, record_id)
        label = getattr(model, "__label__", "Bản ghi")
        if obj is None:
            raise NotFound(f"{label} không còn tồn tại (có thể đã bị xóa).")
        if version is not None and obj.version != version:  # type: ignore[attr-defined]
            raise StaleRecord(label)
        return obj

    def add(self, obj: T) -> T:
        self.session.add(obj)
        return obj

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError as exc:
            raise StaleRecord() from exc


class Database:
    """The engine and session factory for one database (SQLite file or PostgreSQL URL)."""

    def __init__(self, url: str, *, echo: bool = False, read_only: bool = False) -> None:
        self.url = url
        #: a read-only source opened through a private copy: writes are refused (``begin_write``)
        self.read_only = read_only
        self.engine: Engine = make_engine(url, echo=echo)
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        return Path(database) if database and database != ":memory:" else None

    def describe(self) -> str:
        """Where the data is, for the status bar (no password)."""
        if self.is_sqlite:
            return str(self.sqlite_path or ":memory:")
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def uow(self, actor: Actor) -> Iterator[UnitOfWork]:
        work = UnitOfWork(self, actor)
        try:
            yield work
            work.session.commit()
        except StaleDataError as exc:
            work.session.rollback()
            raise StaleRecord() from exc
        except (CaxaError, PermissionDenied):
            work.session.rollback()
            raise
        except OperationalError as exc:
            work.session.rollback()
            raise DatabaseError(describe_operational_error(exc)) from exc
        except IntegrityError as exc:
            work.session.rollback()
            # the driver's text can carry the values (PostgreSQL's DETAIL: Key (...)=(...)): log names only
            logger.error("integrity error: %s", integrity_summary(exc))
            raise DatabaseError(
                "Dữ liệu vi phạm ràng buộc của cơ sở dữ liệu (trùng hoặc đang được dùng ở nơi khác); "
                "không có gì được lưu."
            ) from exc
        except BaseException:
            work.session.rollback()
            raise
        finally:
            work.session.close()

    def run(self, actor: Actor, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Call ``fn(uow, *args, **kwargs)`` in a fresh unit of work."""
        with self.uow(actor) as work:
            return fn(work, *args, **kwargs)

    def dispose(self) -> None:
        self.engine.dispose()

    def table_names(self) -> list[str]:
        from sqlalchemy import inspect

        return inspect(self.engine).get_table_names()


def integrity_summary(exc: IntegrityError) -> str:
    """Which constraint failed, without any value (for the log file)."""
    orig = exc.orig
    diag = getattr(orig, "diag", None)
    if diag is not None:  # psycopg
        return (f"sqlstate={getattr(orig, 'sqlstate', '?')} table={diag.table_name} "
                f"constraint={diag.constraint_name}")
    return (str(orig) if orig else type(exc).__name__).splitlines()[0]


def constraint_name(exc: IntegrityError) -> str:
    """The name of the violated constraint (PostgreSQL), or the SQLite message naming the columns."""
    diag = getattr(exc.orig, "diag", None)
    if diag is not None:
        return diag.constraint_name or ""
    return str(exc.orig or "")


def describe_operational_error(exc: OperationalError) -> str:
    known = storage_message(exc)
    if known:
        return known
    text = str(exc.orig) if exc.orig else str(exc)
    if "deadlock detected" in text or "could not serialize" in text or "lock timeout" in text:
        return "Máy khác đang ghi cùng dữ liệu này đúng lúc đó; không có gì được lưu. Hãy thử lại."
    if "locked" in text or "busy" in text:
        return "Cơ sở dữ liệu đang bận (máy khác đang ghi). Hãy thử lại sau ít giây."
    if "not a database" in text or "malformed" in text:
        return "Tệp cơ sở dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu CAXA."
    if "unable to open" in text:
        return "Không mở được tệp cơ sở dữ liệu (kiểm tra thư mục dữ liệu và quyền ghi)."
    if "connection" in text.lower() or "could not connect" in text:
        return "Không kết nối được máy chủ cơ sở dữ liệu: " + text.splitlines()[0]
    return "Lỗi cơ sở dữ liệu: " + text.splitlines()[0]


def default_url() -> str:
    return "sqlite:///" + str(paths.database_file())


def make_engine(url: str, *, echo: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).parent
            if not folder.exists():
                folder.mkdir(parents=True, mode=0o700)
        engine = create_engine(url, echo=echo, connect_args={"timeout": BUSY_SECONDS}, hide_parameters=True)
        on_disk = parsed.database not in (None, "", ":memory:")
        _configure_sqlite(engine, Path(parsed.database) if on_disk else None)  # type: ignore[arg-type]
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    # hide_parameters: SQL errors and echo never carry the values (names, ID numbers) into the log
    return create_engine(parsed, echo=echo, pool_pre_ping=True, hide_parameters=True)


#: how long a SQLite writer waits for another one before giving up
BUSY_SECONDS = 15


def _owner_only(path: Path) -> None:
    """The database file (and its -wal/-shm, which SQLite creates with the same mode) 0600."""
    if os.name == "posix" and path.exists():
        try:
            if path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o077:
                path.chmod(0o600)
        except OSError as exc:  # read-only medium: reading still works
            logger.info("could not restrict %s: %s", path.name, exc.strerror)


def _configure_sqlite(engine: Engine, path: Path | None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        if path is not None:
            _owner_only(path)
        # Let SQLAlchemy issue BEGIN itself (pysqlite's implicit transactions break SAVEPOINT).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}")
        try:
            cur.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as exc:  # read-only folder: no WAL, reading still works
            logger.info("could not switch SQLite to WAL: %s", exc)
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # a unit of work that declared it writes takes the write lock up front (waits, never fails
        # on a lock upgrade); readers stay deferred so they never queue behind a long import
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("caxa_write") else "BEGIN")

