"""The PostgreSQL test databases: a database given back is reset to a fresh copy's state, or dropped."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from desktop.db import Actor, Database
from desktop.settings import add_village
from tests import pgserver
from tests.conftest import make_user

TEMPLATE = "caxa_template"


def _state(server: pgserver.PgServer, name: str) -> dict[str, object]:
    """Every row of every table, every sequence, the sizes the planner sees and its statistics."""
    with server._connect(name) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' ORDER BY 1").fetchall()]
        state: dict[str, object] = {}
        for table in tables:
            with conn.cursor().copy(f"COPY {table} TO STDOUT") as copy:
                state[table] = b"".join(bytes(block) for block in copy)
        for (seq,) in conn.execute("SELECT c.oid::regclass::text FROM pg_class c WHERE relkind = 'S' "
                                   "AND relnamespace = 'public'::regnamespace").fetchall():
            state[seq] = conn.execute(f"SELECT last_value, is_called FROM {seq}").fetchone()
        state["sizes"] = conn.execute(
            "SELECT relname, relpages, reltuples, relallvisible, pg_relation_size(oid) > 0 FROM pg_class "
            "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1").fetchall()
        state["statistics"] = conn.execute(
            "SELECT count(*) FROM pg_statistic s JOIN pg_class c ON c.oid = s.starelid "
            "WHERE c.relnamespace = 'public'::regnamespace").fetchone()
        state["fingerprint"] = conn.execute(pgserver._FINGERPRINT).fetchone()
    return state


def _use(server: pgserver.PgServer, name: str) -> None:
    """What tests do: users, records, the audit log; a seed row changed; statistics gathered."""
    db = Database(server.url_for(name))
    try:
        admin = make_user(db, "quantri", "admin")
        for village in ("Bu Sir", "Nia Đơn"):
            with db.uow(admin) as work:
                add_village(work, village, "thôn")
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE weapon_category SET name = name || ' (đã sửa)' WHERE id = 1"))
            conn.execute(text("DELETE FROM support_kind WHERE id = 7"))
            conn.execute(text("SELECT nextval('weapon_category_id_seq')"))
            conn.execute(text("ANALYZE"))
    finally:
        db.dispose()


@pytest.fixture
def server(pg_server: pgserver.PgServer) -> pgserver.PgServer:
    return pg_server


def test_a_database_given_back_is_as_a_fresh_copy(server: pgserver.PgServer) -> None:
    fresh = server._copy(TEMPLATE)
    try:
        expected = _state(server, fresh)
    finally:
        server.drop_database(fresh)
    name = server.take_database(TEMPLATE)
    _use(server, name)
    assert _state(server, name) != expected
    left_open = server._connect(name)  # a transaction holding a lock, as a careless test would leave it
    left_open.execute("BEGIN")
    left_open.execute("LOCK TABLE village IN SHARE MODE")
    resets = server.resets
    server.give_back(name)
    with pytest.raises(psycopg.OperationalError):  # ended by the reset
        left_open.execute("SELECT 1")
    left_open.close()
    assert server.resets == resets + 1
    again = server.take_database(TEMPLATE)
    try:
        assert again == name
        assert _state(server, again) == expected
        db = Database(server.url_for(again))
        try:
            assert make_user(db, "quantri", "admin").user_id == 1  # the ids start again too
        finally:
            db.dispose()
    finally:
        server.give_back(again)


def test_a_database_whose_schema_changed_is_dropped(server: pgserver.PgServer) -> None:
    name = server.take_database(TEMPLATE)
    db = Database(server.url_for(name))
    with db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
    db.dispose()
    resets = server.resets
    server.give_back(name)
    assert server.resets == resets
    with server._connect("postgres") as conn:
        assert conn.execute("SELECT count(*) FROM pg_database WHERE datname = %s", (name,)).fetchone() == (0,)
    other = server.take_database(TEMPLATE)
    try:
        assert other != name
        with server._connect(other) as conn:
            assert conn.execute("SELECT tgenabled FROM pg_trigger WHERE tgname = 'audit_log_append_only'"
                                ).fetchone() == ("O",)
    finally:
        server.give_back(other)


def test_the_fixture_gives_each_test_an_empty_station(db: Database) -> None:
    with db.uow(Actor.system()) as work:
        assert work.session.execute(text("SELECT count(*) FROM app_user")).scalar() == 0
    make_user(db, "quantri", "admin")
