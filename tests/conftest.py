"""Test session set-up: headless Qt, private data folders, SQLite and PostgreSQL databases."""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402

import desktop.areas  # noqa: E402,F401
from desktop import accounts, paths  # noqa: E402
from desktop.db import Actor, Database  # noqa: E402
from tests import pgserver  # noqa: E402

# Cheap hashes: tests create many users; the real parameters are tested in test_accounts.
accounts._hasher = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)

_counter = itertools.count()


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "data"
    paths.set_data_dir(folder)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty SQLite database, copied for each test (migrating once is faster)."""
    from desktop.migrate import upgrade

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    upgrade(db, backup=False)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pgserver.PgServer]:
    server, reason = pgserver.start()
    if server is None:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {reason}")
        pytest.skip(reason)
    from sqlalchemy import text

    from desktop.migrate import upgrade

    admin = Database(server.base_url)
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("DROP DATABASE IF EXISTS caxa_template"))
        conn.execute(text("CREATE DATABASE caxa_template"))
    template = Database(server.url_for("caxa_template"))
    upgrade(template, backup=False)
    template.dispose()
    server.admin = admin  # type: ignore[attr-defined]
    yield server
    admin.dispose()
    if callable(server.stop):
        server.stop()


def _sqlite_db(template: Path, tmp_path: Path) -> Database:
    path = tmp_path / "caxa.sqlite3"
    shutil.copyfile(template, path)
    return Database(f"sqlite:///{path}")


def _pg_db(server: pgserver.PgServer) -> Database:
    from sqlalchemy import text

    name = f"caxa_t{os.getpid()}_{next(_counter)}"
    with server.admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:  # type: ignore[attr-defined]
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE caxa_template"))
    return Database(server.url_for(name))


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """A fresh, migrated database: every service test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        database = _sqlite_db(sqlite_template, tmp_path)
    else:
        database = _pg_db(request.getfixturevalue("pg_server"))
    yield database
    database.dispose()


@pytest.fixture
def pg_db(pg_server: pgserver.PgServer) -> Iterator[Database]:
    """PostgreSQL only: features that differ by database (pg_dump backups)."""
    database = _pg_db(pg_server)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """SQLite only: GUI tests and file-level features (backup files, restore)."""
    database = _sqlite_db(sqlite_template, tmp_path)
    yield database
    database.dispose()


def make_user(db: Database, username: str, role: str, password: str = "matkhau123") -> Actor:
    with db.uow(Actor.system()) as work:
        user = accounts.create_user(work, username, username.title(), role, password)
    return Actor(user.id, user.username, user.role, user.full_name)


@pytest.fixture
def admin(db: Database) -> Actor:
    return make_user(db, "quantri", "admin")


@pytest.fixture
def clerk(db: Database, admin: Actor) -> Actor:
    return make_user(db, "canbo", "clerk")


@pytest.fixture
def viewer(db: Database, admin: Actor) -> Actor:
    return make_user(db, "xem", "viewer")


# ---- GUI ------------------------------------------------------------------------------------


class MessageRecorder:
    """Answers message boxes and file dialogs in GUI tests and remembers what was shown."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.confirm_answer = True
        self.open_path = ""
        self.save_path = ""
        self.folder_path = ""

    def texts(self, kind: str | None = None) -> list[str]:
        return [t for k, t in self.shown if kind is None or k == kind]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> MessageRecorder:
    from desktop.errors import CaxaError
    from desktop.gui import messages as gui_messages
    from desktop.gui import operations, printing

    rec = MessageRecorder()
    def info(parent, text, title="CAXA"):
        rec.shown.append(("info", text))

    def warn(parent, text, title="CAXA"):
        rec.shown.append(("warn", text))

    monkeypatch.setattr(gui_messages, "info", info)
    monkeypatch.setattr(gui_messages, "warn", warn)

    def confirm(parent, text, title="Xác nhận"):
        rec.shown.append(("confirm", text))
        return rec.confirm_answer

    def error(parent, exc):
        if not isinstance(exc, CaxaError):
            raise exc
        rec.shown.append(("error", str(exc)))

    monkeypatch.setattr(gui_messages, "confirm", confirm)
    monkeypatch.setattr(gui_messages, "error", error)
    monkeypatch.setattr(gui_messages, "open_file", lambda *a, **k: rec.open_path)
    monkeypatch.setattr(gui_messages, "save_file", lambda *a, **k: rec.save_path)
    monkeypatch.setattr(gui_messages, "choose_folder", lambda *a, **k: rec.folder_path)
    monkeypatch.setattr(operations, "INLINE", True)
    monkeypatch.setattr(printing, "_NO_EXEC", True)
    return rec


@pytest.fixture
def gui_ctx(qtbot, sqlite_db: Database, tmp_path: Path, messages: MessageRecorder):
    """An AppContext on a fresh SQLite database with the demo station, logged in as its admin."""
    from PySide6.QtCore import QSettings

    from desktop.demo import create_demo
    from desktop.gui.context import AppContext
    from desktop.gui.prefs import Prefs

    admin_actor = create_demo(sqlite_db)
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    return AppContext(sqlite_db, admin_actor, prefs)
