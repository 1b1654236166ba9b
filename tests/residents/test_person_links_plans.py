"""Every query behind the person's and the household's page finds its rows by an index (SQLite's
plan has no full "SCAN" of a table): the page costs the same on a 200,000-resident station."""

from __future__ import annotations

from sqlalchemy import event

from desktop import links
from tests.residents.linked_station import build


def _plans(db, admin, fn) -> list[tuple[str, list[str]]]:
    statements: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT") and "audit_log" not in statement:
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        with db.uow(admin) as work:
            fn(work.session)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    out = []
    with db.engine.connect() as conn:
        for statement, parameters in statements:
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
            out.append((statement, [r[-1] for r in rows]))
    return out


def test_the_pages_queries_use_indexes(sqlite_db, villages_sqlite):
    from desktop import settings

    admin = villages_sqlite
    with sqlite_db.uow(admin) as work:
        ids = build(work, settings.list_villages(work))
    # no ANALYZE: on a handful of rows its statistics make a scan the cheapest plan; a real station
    # is analysed (the demo, an import) and picks these indexes all the more
    found = _plans(sqlite_db, admin, lambda s: links.for_person(s, ids["head"]))
    found += _plans(sqlite_db, admin, lambda s: links.for_person(s, ids["child"]))
    found += _plans(sqlite_db, admin, lambda s: links.for_household(s, ids["household"]))
    assert len(found) >= 10
    scans = [(sql, plan) for sql, plan in found if any(line.startswith("SCAN") for line in plan)]
    assert not scans, "\n\n".join(f"{sql}\n  {plan}" for sql, plan in scans)
