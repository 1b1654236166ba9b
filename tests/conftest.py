"""Test session set-up: headless Qt, private data folders, SQLite and PostgreSQL databases."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.util import LRUCache  # noqa: E402

import desktop.areas  # noqa: E402,F401
import desktop.db  # noqa: E402
from desktop import accounts, paths  # noqa: E402
from desktop.db import Actor, Database  # noqa: E402
from tests import pgserver  # noqa: E402

# Cheap hashes: tests create many users; the real parameters are tested in test_accounts.
accounts._hasher = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)


class _SharedCompiledCache(LRUCache):
    """One cache of compiled SQL for every engine the tests open on the same kind of database.

    SQLAlchemy keeps compiled statements per engine and the tests open a new engine for each
    test, so every test compiled every statement it ran anew (a tenth of the suite's CPU time);
    the program keeps one engine, and its cache warm, for hours. A key's first part is the
    engine's dialect object; here it stands for what the compiled SQL depends on: the dialect's
    class, the server's version and the parameter style.
    """

    @staticmethod
    def _shared(key: tuple) -> tuple:
        dialect = key[0]
        return ((type(dialect), dialect.server_version_info, dialect.paramstyle), *key[1:])

    def get(self, key, default=None):  # noqa: ANN001, ANN201
        return super().get(self._shared(key), default)

    def __getitem__(self, key):  # noqa: ANN001, ANN204
        return super().__getitem__(self._shared(key))

    def __setitem__(self, key, value) -> None:  # noqa: ANN001
        super().__setitem__(self._shared(key), value)

    def __delitem__(self, key) -> None:  # noqa: ANN001
        super().__delitem__(self._shared(key))


_COMPILED = _SharedCompiledCache(5000)


def _engine_sharing_compiled_sql(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
    engine = create_engine(*args, **kwargs)
    engine._compiled_cache = _COMPILED
    return engine


desktop.db.create_engine = _engine_sharing_compiled_sql


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
    from desktop.migrate import upgrade

    server.drop_database("caxa_template")
    server.execute("CREATE DATABASE caxa_template")
    template = Database(server.url_for("caxa_template"))
    upgrade(template, backup=False)
    template.dispose()
    yield server
    server.close()


def _sqlite_db(template: Path, tmp_path: Path) -> Database:
    path = tmp_path / "caxa.sqlite3"
    shutil.copyfile(template, path)
    return Database(f"sqlite:///{path}")


@contextmanager
def _pg_db(server: pgserver.PgServer) -> Iterator[Database]:
    """A database copied from the migrated template, dropped again after the test."""
    name = server.take_database("caxa_template")
    database = Database(server.url_for(name))
    try:
        yield database
    finally:
        database.dispose()
        server.give_back(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """A fresh, migrated database: every service test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        database = _sqlite_db(sqlite_template, tmp_path)
        yield database
        database.dispose()
    else:
        with _pg_db(request.getfixturevalue("pg_server")) as database:
            yield database


@pytest.fixture
def pg_db(pg_server: pgserver.PgServer) -> Iterator[Database]:
    """PostgreSQL only: features that differ by database (pg_dump backups)."""
    with _pg_db(pg_server) as database:
        yield database


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """SQLite only: GUI tests and file-level features (backup files, restore)."""
    database = _sqlite_db(sqlite_template, tmp_path)
    yield database
    database.dispose()


@dataclass(frozen=True)
class DemoTemplate:
    database: Path  # the SQLite file with the demo station
    data: Path  # the data folder create_demo wrote into (photos under media/)
    admin: Actor


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> DemoTemplate:
    """The demo station built once per session (building it takes seconds), copied per test."""
    from desktop.demo import create_demo

    folder = tmp_path_factory.mktemp("demo")
    path, data = folder / "caxa.sqlite3", folder / "data"
    shutil.copyfile(sqlite_template, path)
    previous = paths._override
    paths.set_data_dir(data)
    try:
        db = Database(f"sqlite:///{path}")
        admin_actor = create_demo(db)
        db.dispose()
    finally:
        paths.set_data_dir(previous)
    return DemoTemplate(path, data, admin_actor)


@pytest.fixture
def sqlite_demo(sqlite_db: Database, demo_template: DemoTemplate) -> Actor:
    """``sqlite_db`` holding the demo station (and its photos in this test's data folder); its admin.

    Same result as ``create_demo(sqlite_db)``, copied from the session's demo template.
    """
    from desktop import firstrun
    from desktop.demo import create_demo

    if firstrun.is_set_up(sqlite_db):
        create_demo(sqlite_db)  # raises the same error a set-up database gets
    sqlite_db.dispose()
    target = sqlite_db.sqlite_path
    assert target is not None
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(demo_template.database, target)
    if demo_template.data.exists():
        shutil.copytree(demo_template.data, paths.data_dir(), dirs_exist_ok=True)
    return demo_template.admin


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
def gui_ctx(qtbot, sqlite_demo: Actor, sqlite_db: Database, tmp_path: Path, messages: MessageRecorder):
    """An AppContext on a fresh SQLite database with the demo station, logged in as its admin."""
    from PySide6.QtCore import QSettings

    from desktop.gui.context import AppContext
    from desktop.gui.prefs import Prefs

    admin_actor = sqlite_demo
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    return AppContext(sqlite_db, admin_actor, prefs)
