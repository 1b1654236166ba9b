"""Apostrophes in M'Nông and Ê Đê names: every form folds away, in the stored keys (a migration
re-folds old ones) and in the typed query, on SQLite (FTS5) and PostgreSQL (pg_trgm)."""

import importlib.util
from pathlib import Path

import pytest
from sqlalchemy import select, update

from desktop import audit_verify
from desktop.audit import AuditEntry
from desktop.residents import bulk, search
from desktop.residents.models import Person
from desktop.residents.search import SearchFilter

NAMES = ["Điểu N'Jriêng", "Y N’Jriêng Niê", "H NJriêng Mlô", "Nguyễn Văn Đức"]


def _migration():
    path = Path(__file__).parents[2] / "desktop/migrations/versions/0650_fold_apostrophes.py"
    spec = importlib.util.spec_from_file_location("fold_apostrophes", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def jrieng(db, admin):
    with db.uow(admin) as work:
        bulk.insert_persons(work, [{"full_name": n, "sex": "M", "birth_year": 1990} for n in NAMES])


@pytest.mark.parametrize("query", ["N'Jriêng", "N’Jriêng", "NJriêng", "nʼjrieng", "n`jri", "N´JRIÊNG"])
def test_every_apostrophe_form_finds_the_others(db, admin, jrieng, query):
    with db.uow(admin) as work:
        found = {r.full_name for r in search.search_page(work, SearchFilter(query)).rows}
        assert found == set(NAMES[:3])
        assert search.count(work, SearchFilter(query)) == 3


def test_prefix_and_d_fold_too(db, admin, jrieng):
    with db.uow(admin) as work:
        assert [
            r.full_name for r in search.search_page(work, SearchFilter("dieu n'j", mode="prefix")).rows
        ] == ["Điểu N'Jriêng"]
        assert [r.full_name for r in search.search_page(work, SearchFilter("đuc")).rows] == ["Nguyễn Văn Đức"]


def test_migration_refolds_keys_stored_with_apostrophes(db, admin, jrieng):
    module = _migration()
    with db.uow(admin) as work:
        conn = work.session.connection()
        # keys as the earlier fold stored them (apostrophes kept)
        conn.execute(
            update(Person)
            .where(Person.full_name == "Điểu N'Jriêng")
            .values(name_key="dieu n'jrieng", search_key="dieu n'jrieng")
        )
        conn.execute(
            update(Person)
            .where(Person.full_name == "Y N’Jriêng Niê")
            .values(name_key="y n’jrieng nie", search_key="y n’jrieng nie")
        )
    with db.uow(admin) as work:
        assert search.count(work, SearchFilter("njrieng")) == 1  # only the one stored without
    with db.engine.begin() as conn:
        columns = module.key_columns(conn)
        assert ("person", "search_key") in columns and ("person", "order_key") not in columns
        changes = {}
        for table, column in columns:
            rows = module.refold(conn, table, column)
            if rows:
                changes[(table, column)] = rows
        assert {k: len(v) for k, v in changes.items()} == {
            ("person", "name_key"): 2,
            ("person", "search_key"): 2,
        }
        module._audit(conn, changes)
    with db.uow(admin) as work:
        for query in ("njrieng", "N'Jriêng", "N’Jriêng"):
            assert search.count(work, SearchFilter(query)) == 3
        logged = work.session.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.table_name == "person", AuditEntry.username == "system"
            )
        ).all()
        assert len(logged) == 4 and any("dieu n'jrieng" in c for c in logged)
    assert audit_verify.verify_database(db).ok


def test_a_unique_key_is_refolded_only_when_free(db, admin):
    from sqlalchemy import insert

    from desktop.db import now
    from desktop.support.models import ProjectKind

    module = _migration()
    stamp = now()
    rows = [
        ("k1", "Nhà Ja'Rai", "nha ja'rai"),
        ("k2", "Nhà JaRai", "nha jarai"),
        ("k3", "Bếp M'Nông", "bep m'nong"),
    ]
    with db.engine.begin() as conn:
        conn.execute(
            insert(ProjectKind),
            [
                {
                    "code": c,
                    "name": n,
                    "name_key": k,
                    "sort_order": 1,
                    "active": True,
                    "created_at": stamp,
                    "updated_at": stamp,
                    "version": 1,
                }
                for c, n, k in rows
            ],
        )
        changed = module.refold(conn, "support_kind", "name_key")
        assert [(old, new) for _i, old, new in changed] == [("bep m'nong", "bep mnong")]
        keys = set(conn.scalars(select(ProjectKind.name_key)))
    assert {"nha ja'rai", "nha jarai", "bep mnong"} <= keys
