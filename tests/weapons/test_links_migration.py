"""weapons_links_0001 on both databases: today's typed givers and events become links where they match
exactly one record, and stay as text, flagged for the clerk, where they do not; every receipt changed
is audited and the log still verifies."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import column as sa_column
from sqlalchemy import insert, inspect, select
from sqlalchemy import table as sa_table

from desktop import audit, migrate
from desktop.db import Actor, Database
from desktop.residents.models import Person
from desktop.schedule.models import Event
from desktop.settings import Village
from desktop.staff.models import Officer
from desktop.text import fold
from desktop.weapons import service
from desktop.weapons.models import WeaponCategory, WeaponReceipt, WeaponReceiptOfficer

BEFORE = "links_0001"


@pytest.fixture(params=["sqlite", "postgresql"])
def old_db(request: pytest.FixtureRequest, tmp_path) -> Iterator[Database]:
    """A database at the revision before this one (the columns of the typed names only)."""
    from alembic import command

    if request.param == "sqlite":
        db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
        name = None
    else:
        server = request.getfixturevalue("pg_server")
        name = f"caxa_wl_{uuid.uuid4().hex[:8]}"
        server.execute(f"CREATE DATABASE {name}")
        db = Database(server.url_for(name))
    cfg = migrate._config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, BEFORE)
    try:
        yield db
    finally:
        db.dispose()
        if name:
            request.getfixturevalue("pg_server").drop_database(name)


def _add(conn, model, **values) -> int:
    """Insert a row with the columns the old schema has, filling the rest from the model's defaults."""
    table = model.__table__
    present = {c["name"] for c in inspect(conn).get_columns(table.name)}
    row = {}
    for column in table.columns:
        if column.name not in present or column.name == "id":
            continue
        if column.name in values:
            row[column.name] = values[column.name]
        elif column.default is not None:
            arg = column.default.arg
            row[column.name] = arg(None) if callable(arg) else arg
    old = sa_table(table.name, sa_column("id"), *[sa_column(name) for name in row])
    return conn.execute(insert(old).values(row).returning(old.c.id)).scalar_one()


def _person(conn, name: str, id_number: str = "", village: int | None = None) -> int:
    return _add(
        conn, Person, full_name=name, name_key=fold(name), order_key=fold(name), search_key=fold(name),
        sex="M", id_number=id_number, village_id=village, birth_year=1990,
    )


def _receipt(conn, n: int, when: dt.datetime, officer: int, cat: int, **values) -> int:
    name = values.get("person_name", "")
    rid = _add(
        conn, WeaponReceipt, year=when.year, number=n, received_at=when, origin="voluntary",
        place="Nhà văn hóa", person_key=fold(name), event_key=fold(values.get("event_text", "")), **values,
    )
    _add(conn, WeaponReceiptOfficer, receipt_id=rid, officer_id=officer, position=0)
    return rid


def test_typed_names_become_links_or_are_flagged(old_db):
    day = dt.datetime(2025, 3, 1, 9)
    with old_db.engine.begin() as conn:
        bu_sir = _add(conn, Village, name="Bu Sir", name_key="bu sir", kind="bon")
        ting = _add(conn, Village, name="Ting Wel", name_key="ting wel", kind="bon")
        officer = _add(conn, Officer, full_name="Trần Thị Thu Hà", name_key=fold("Trần Thị Thu Hà"))
        cat = conn.execute(select(WeaponCategory.id).limit(1)).scalar_one()
        thuong = _person(conn, "Y Thuông Niê", "067097106927", bu_sir)
        _person(conn, "Y Thuông Niê", "067097000001", bu_sir)  # a namesake in the same bon
        xieng = _person(conn, "Điểu Xiêng", "", ting)
        _person(conn, "Điểu Xiêng", "", bu_sir)  # a namesake in another bon
        _person(conn, "Lê Văn Tâm", "", bu_sir)
        _person(conn, "Lê Văn Tâm", "", bu_sir)  # two of that name in the one bon: no single match
        forum = _add(conn, Event, kind="forum", title="Ngày hội giao nộp vũ khí", search_key="x",
                     starts_at=day.replace(hour=7), ends_at=day.replace(hour=11))
        _add(conn, Event, kind="forum", title="Ngày hội giao nộp vũ khí", search_key="x",
             starts_at=day + dt.timedelta(days=30), ends_at=day + dt.timedelta(days=30, hours=4))
        by_number = _receipt(conn, 1, day, officer, cat, person_name="Y THUÔNG NIÊ",
                             person_id_number="067097106927", event_text="ngày hội giao nộp VŨ KHÍ")
        by_village = _receipt(conn, 2, day, officer, cat, person_name="Điểu Xiêng",
                              person_address="bon Ting Wel, xã Đắk Nia", event_text="Ra quân tổng kiểm tra")
        ambiguous = _receipt(conn, 3, day, officer, cat, person_name="Lê Văn Tâm",
                             person_address="bon Bu Sir")
        nobody = _receipt(conn, 4, day, officer, cat, person_name="Người Lạ", person_address="")
        unknown = _receipt(conn, 5, day, officer, cat, owner_unknown=True)
    migrate.upgrade(old_db, backup=False)
    with old_db.uow(Actor.system()) as work:
        ids = (by_number, by_village, ambiguous, nobody, unknown)
        view = {rid: service.get_receipt(work, rid) for rid in ids}
        flagged = [r.id for r in service.list_receipts(work, unlinked_only=True)]
        entries = audit.list_entries(work, audit.AuditFilter(table_name="weapon_receipt"))
        cats = {c.name: c.default_unit for c in service.list_categories(work)}
    assert (view[by_number].person_id, view[by_number].event_id) == (thuong, forum)
    assert not view[by_number].person_unlinked and not view[by_number].event_unlinked
    assert view[by_village].person_id == xieng and view[by_village].event_unlinked  # no such event
    assert view[ambiguous].person_id is None and view[ambiguous].person_unlinked
    assert view[nobody].person_id is None and view[nobody].person_unlinked
    assert view[unknown].person_id is None and not view[unknown].person_unlinked
    assert view[ambiguous].person_name == "Lê Văn Tâm"  # the typed text stays as signed
    assert sorted(flagged) == sorted([by_village, ambiguous, nobody])
    logged = {e.record_id: e.changes for e in entries if e.action == "update"}
    assert logged[by_number] == {
        "Người trong sổ nhân khẩu": [None, thuong],
        "Hoạt động trong lịch": [None, forum],
    }
    assert logged[ambiguous] == {"Chưa gắn người": [False, True]}
    assert unknown not in logged
    assert audit.verify(old_db).ok
    assert cats["dây nổ"] == "mét" and cats["kíp nổ"] == "cái" and "dao có tính sát thương cao" in cats


def test_downgrade_keeps_the_receipts_officers(old_db):
    """Going back drops the new columns in place: no table rebuild that would cascade to the officers."""
    from alembic import command

    day = dt.datetime(2025, 3, 1, 9)
    with old_db.engine.begin() as conn:
        officer = _add(conn, Officer, full_name="Trần Thị Thu Hà", name_key=fold("Trần Thị Thu Hà"))
        cat = conn.execute(select(WeaponCategory.id).limit(1)).scalar_one()
        village = _add(conn, Village, name="Bu Sir", name_key="bu sir", kind="bon")
        pid = _person(conn, "Y Thuông Niê", "067097106927", village)
        rid = _receipt(
            conn, 1, day, officer, cat, person_name="Y Thuông Niê", person_id_number="067097106927"
        )
    migrate.upgrade(old_db, backup=False)
    cfg = migrate._config(old_db)
    with old_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, BEFORE)
    with old_db.engine.connect() as conn:
        assert conn.execute(select(WeaponReceiptOfficer.receipt_id)).scalars().all() == [rid]
        assert "person_id" not in {c["name"] for c in inspect(conn).get_columns("weapon_receipt")}
    migrate.upgrade(old_db, backup=False)
    with old_db.uow(Actor.system()) as work:
        assert service.get_receipt(work, rid).person_id == pid
