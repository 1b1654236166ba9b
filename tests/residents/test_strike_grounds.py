"""Strike-off grounds of Luật Cư trú 2020 Điều 24 khoản 1, and the 0660 migration of the 2006 ground."""

from __future__ import annotations

import datetime as dt
import importlib
import json

import pytest
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from desktop import audit, migrate
from desktop.audit import AuditEntry
from desktop.errors import ValidationError
from desktop.residents import service, validate
from desktop.residents.models import STRIKE_GROUNDS, STRIKE_GROUNDS_2020, Person
from desktop.residents.service import PersonInput

MIGRATION = importlib.import_module("desktop.migrations.versions.0660_residence")


def test_the_nine_points_of_the_2020_law():
    assert list(STRIKE_GROUNDS_2020) == ["a", "b", "c", "d", "đ", "e", "g", "h", "i"]
    assert "thuê, mượn, ở nhờ" in STRIKE_GROUNDS_2020["e"]
    assert "nơi khác" not in STRIKE_GROUNDS_2020["e"]  # the 2006 ground is no longer "e"
    assert "Luật Cư trú 2006" in STRIKE_GROUNDS["e6"]
    for code, label in STRIKE_GROUNDS_2020.items():
        assert label.startswith(f"Điểm {code}:")
        assert validate.strike_ground(label) == code
        assert validate.strike_ground(code) == code
    assert validate.strike_ground(STRIKE_GROUNDS["e6"]) == "e6"
    with pytest.raises(ValidationError, match="Căn cứ xóa đăng ký"):
        validate.strike_ground("k")


def _struck(work, name: str, ground: str) -> int:
    data = PersonInput(name, "Nam", "1970", struck_off_date=dt.date(2020, 3, 1), strike_ground=ground)
    return service.add_person(work, data).id


def test_migration_keeps_the_old_ground_under_its_legacy_code(db, admin):
    with db.uow(admin) as work:
        old = [_struck(work, f"Đăng Ký Nơi Khác {i}", "e") for i in range(3)]
        other = _struck(work, "Chết Rồi", "a")
    with db.engine.begin() as conn:
        versions = dict(conn.execute(select(Person.id, Person.version)).all())
        last = conn.execute(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)).scalar()
        with Operations.context(MigrationContext.configure(conn)):
            MIGRATION._remap(MIGRATION.OLD, MIGRATION.NEW)
    migrate.advance_signed_head(db)  # as migrate.upgrade does after the migrations
    with db.engine.connect() as conn:
        grounds = dict(conn.execute(select(Person.id, Person.strike_ground)).all())
        after = dict(conn.execute(select(Person.id, Person.version)).all())
        entries = conn.execute(select(AuditEntry).where(AuditEntry.id > last).order_by(AuditEntry.id)).all()
    assert [grounds[i] for i in old] == ["e6", "e6", "e6"]
    assert grounds[other] == "a"
    assert all(after[i] == versions[i] + 1 for i in old) and after[other] == versions[other]
    assert [(e.action, e.table_name, e.record_id) for e in entries] == [("update", "person", i) for i in old]
    assert json.loads(entries[0].changes) == {"strike_ground": ["e", "e6"]}
    assert entries[0].username == "system"
    assert audit.verify(db).ok
    with db.uow(admin) as work:  # the record still reads and saves with its legacy ground
        view = service.get_person(work, old[0])
        assert view.strike_ground_text.startswith("Đã đăng ký thường trú ở nơi khác")
        saved = service.update_person(work, view.id, view.version, service.input_from_view(view, phone=""))
        assert saved.strike_ground == "e6"


def test_the_migrated_schema_has_the_card_kind(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM person WHERE id_card_kind <> ''")).scalar() == 0


def test_hashes_written_before_the_new_columns_still_verify(db, admin):
    """An audit entry hashed before person.id_card_kind existed matches the row after the upgrade while
    the new column is empty; once a kind is set the row's hash covers it."""
    import hashlib

    from desktop.audit_state import _canonical, state_columns, state_hash

    with db.uow(admin) as work:
        view = service.add_person(work, PersonInput("Trước Nâng Cấp", "Nữ", "1980"))
    table = Person.__table__
    with db.engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.id == view.id)).one()._mapping
        mine = (AuditEntry.table_name == "person", AuditEntry.record_id == view.id)
        newest = select(AuditEntry.state_hash).where(*mine).order_by(AuditEntry.id.desc())
        stored = conn.execute(newest).scalar()
    # the hash as a CAXA without the column wrote it (the payload of audit_state.state_hash)
    payload = [[c.name, _canonical(c, row[c.name])] for c in state_columns(table) if c.name != "id_card_kind"]
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str, sort_keys=True)
    assert hashlib.sha256(text.encode()).hexdigest() == state_hash(table, row) == stored
    assert state_hash(table, {**row, "id_card_kind": "cccd"}) != stored
    assert audit.verify(db).ok
