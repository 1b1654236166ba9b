"""The search's indexes: the plans use them (EXPLAIN, never a clock), the FTS table follows every
change, counts can be capped, and a PostgreSQL role that may not create pg_trgm still migrates."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from desktop.db import Actor, Database
from desktop.residents import bulk, search, service
from desktop.residents.idcard import make_number
from desktop.residents.search import SearchFilter

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi")
GIVEN = ("An", "Bình", "Chi", "Dũng", "Hà", "Khánh", "Lan", "Minh", "Nam", "Oanh", "Phúc", "Quân")


@pytest.fixture
def crowd(db, admin, villages):
    """3,000 residents with ID numbers and phones, statistics gathered (as after an import)."""
    a, _b = villages
    rows = [
        {
            "full_name": f"{SURNAMES[i % 8]} Văn {GIVEN[i % 12]} {i:04d}",
            "sex": "M",
            "birth_year": 1950 + i % 50,
            "village_id": a.id,
            "id_number": make_number("068", "M", 1950 + i % 50, 100000 + i),
            "phone": f"09{i:08d}",
        }
        for i in range(3000)
    ]
    with db.uow(admin) as work:
        bulk.insert_persons(work, rows)
    if not db.is_sqlite:
        with db.engine.connect() as conn:
            conn.execute(text("ANALYZE person"))
            conn.commit()
    return rows


def _plan(db: Database, admin: Actor, flt: SearchFilter, *, ordered: bool = False) -> str:
    with db.uow(admin) as work:
        stmt = search.page_statement(work, flt)
        conn = work.session.connection()
        sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
        prefix = "EXPLAIN QUERY PLAN " if db.is_sqlite else "EXPLAIN "
        if not db.is_sqlite:
            # 3,000 rows fit in a few pages, where reading them all is the cheapest plan; at the
            # station's size it is not (bench/bench_search.py prints the plans on 200,000). Ruling
            # out whole-table and whole-index scans shows which index serves the query's shape (for
            # a prefix, only the table scan: the ordered index range is the plan wanted).
            for scan in ("seqscan",) if ordered else ("seqscan", "indexscan", "indexonlyscan"):
                conn.exec_driver_sql(f"SET LOCAL enable_{scan} = off")
        return "\n".join(" ".join(str(c) for c in row) for row in conn.exec_driver_sql(prefix + sql))


@pytest.mark.parametrize(
    ("kind", "query"),
    [
        ("partial ID number", lambda rows: rows[1234]["id_number"][4:10]),
        ("phone", lambda rows: rows[2345]["phone"]),
        ("rare name", lambda rows: "khanh 1205"),
    ],
)
def test_substring_search_uses_the_trigram_index(db, admin, crowd, kind, query):
    flt = SearchFilter(query(crowd))
    plan = _plan(db, admin, flt)
    if db.is_sqlite:  # the FTS5 table's matches (a few: their ids) fetched by key, no scan of person
        assert "SEARCH person USING INTEGER PRIMARY KEY" in plan and "SCAN person" not in plan, plan
        with db.engine.connect() as conn:
            assert search.has_fts(conn)
    else:
        assert "ix_person_search_trgm" in plan, f"{kind}: {plan}"
    with db.uow(admin) as work:
        assert search.search_page(work, flt).rows, kind


@pytest.mark.parametrize("query", ["le van chi 0", "bui van q"])
def test_prefix_search_is_an_index_range(db, admin, crowd, query):
    plan = _plan(db, admin, SearchFilter(query, mode="prefix"), ordered=True)
    if db.is_sqlite:
        assert "name_key>? AND name_key<?" in plan, plan
    else:  # a range of the ordered index (name_key is in byte order, as on SQLite)
        assert "Index Cond: (((name_key)::text >=" in plan, plan
    with db.uow(admin) as work:
        rows = search.search_page(work, SearchFilter(query, mode="prefix")).rows
    assert rows and all(r.name_key.startswith(query) for r in rows)


def test_common_word_pages_in_name_order(db, admin, crowd):
    """Many matches: the scan of the ordered index, same results as the rare-word path."""
    flt = SearchFilter("van")
    with db.uow(admin) as work:
        first = search.search_page(work, flt, limit=50)
        second = search.search_page(work, flt, after=first.after, limit=50)
        assert search.count(work, flt) == 3000
    keys = [(r.name_key, r.id) for r in first.rows + second.rows]
    assert keys == sorted(keys) and len(set(keys)) == 100


def test_count_can_stop_at_a_cap(db, admin, crowd):
    with db.uow(admin) as work:
        assert search.count(work, SearchFilter("nguyen"), cap=100) == 101
        assert search.count(work, SearchFilter("nguyen")) == 375
        assert search.count(work, SearchFilter("nguyen van nam"), cap=200) == 125
    assert search.count_text(101, 100) == "hơn 100 nhân khẩu"
    assert search.count_text(12345) == "12.345 nhân khẩu"


def test_the_index_follows_edits_and_deletes(db, admin, villages):
    with db.uow(admin) as work:
        p = service.add_person(work, service.PersonInput("Ksor Thị Blang", "Nữ", "1990", ethnic="Ê Đê"))
        assert [r.id for r in search.search_page(work, SearchFilter("blang")).rows] == [p.id]
        view = service.get_person(work, p.id)
        service.update_person(
            work, p.id, view.version, service.PersonInput("Ksor Thị Hlinh", "Nữ", "1990", ethnic="Ê Đê")
        )
        assert search.search_page(work, SearchFilter("blang")).rows == ()
        assert [r.id for r in search.search_page(work, SearchFilter("hlinh")).rows] == [p.id]
        work.session.execute(text("DELETE FROM person WHERE id = :id"), {"id": p.id})
        assert search.search_page(work, SearchFilter("hlinh")).rows == ()
    with db.engine.connect() as conn:
        assert search.index_notice(conn) == ""
        if db.is_sqlite:  # the FTS table agrees with its content table
            conn.exec_driver_sql("INSERT INTO person_fts(person_fts, rank) VALUES ('integrity-check', 1)")


def test_a_role_that_may_not_create_pg_trgm_still_migrates(pg_server, caplog):
    from desktop.migrate import upgrade

    name = f"caxa_limited_{dt.datetime.now():%H%M%S%f}"
    pg_server.execute(f"CREATE ROLE {name} LOGIN")
    pg_server.execute(f"CREATE DATABASE {name}")  # owned by postgres: no CREATE for the role
    owner = Database(pg_server.url_for(name))
    with owner.engine.connect() as conn:
        conn.execute(text(f"GRANT ALL ON SCHEMA public TO {name}"))
        conn.commit()
    owner.dispose()
    db = Database(pg_server.url_for(name).replace("postgres@", f"{name}@", 1))
    with caplog.at_level("WARNING"):
        upgrade(db, backup=False)
    assert "pg_trgm could not be created" in caplog.text
    with db.engine.connect() as conn:
        notice = search.index_notice(conn)
        assert "pg_trgm" in notice and "CREATE INDEX ix_person_search_trgm" in notice
        indexes = {r[0] for r in conn.execute(text("SELECT indexname FROM pg_indexes"))}
    assert "ix_person_order" in indexes and "ix_person_search_trgm" not in indexes
    db.dispose()
    pg_server.drop_database(name)
    pg_server.execute(f"DROP ROLE {name}")


def test_a_whole_id_number_finds_current_and_old_numbers(db, admin, villages):
    current = make_number("068", "M", 1980, 4242)
    old = make_number("066", "M", 1980, 4242)
    with db.uow(admin) as work:
        a = service.add_person(work, service.PersonInput("Y Bhin Niê", "Nam", "1980", id_number=current))
        b = service.add_person(work, service.PersonInput("Y Sơn Êban", "Nam", "1980"))
        service.add_old_id(work, b.id, old)
        assert [r.id for r in search.search_page(work, SearchFilter(current)).rows] == [a.id]
        assert [r.id for r in search.search_page(work, SearchFilter(f" {old} ")).rows] == [b.id]
        assert search.search_page(work, SearchFilter(current[:-1] + "9")).rows == ()
        assert [r.id for r in search.search_page(work, SearchFilter(current[2:])).rows] == [a.id]
    plan = _plan(db, admin, SearchFilter(current))
    assert "ix_person_id_number" in plan and "ix_person_old_id_number" in plan, plan
