"""register_0001 on both databases: printed weapon records keep their numbers in the register
(a clash between a receipt and a handover of one year is resolved once), the ward's kind is
inferred, and every line written is in the audit log."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from alembic import command
from sqlalchemy import text

from desktop import audit
from desktop.db import Actor, Database
from desktop.migrate import _config
from desktop.register import service
from desktop.settings import get_station

T = dt.datetime(2026, 3, 2, 9, 30)


@contextmanager
def _empty(kind: str, tmp_path, request) -> Iterator[Database]:  # noqa: ANN001
    if kind == "sqlite":
        db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
        yield db
        db.dispose()
        return
    server = request.getfixturevalue("pg_server")
    name = f"caxa_mig_{uuid.uuid4().hex[:8]}"
    server.execute(f"CREATE DATABASE {name}")
    db = Database(server.url_for(name))
    try:
        yield db
    finally:
        db.dispose()
        server.drop_database(name)


def _receipt(conn, rid: int, number: int, printed: dt.datetime | None, voided: bool = False) -> None:  # noqa: ANN001
    conn.execute(text(
        "INSERT INTO weapon_receipt (id, created_at, updated_at, version, year, number, received_at, place, "
        "event_text, event_key, origin, owner_unknown, person_name, person_key, person_id_number, "
        "person_address, witnesses, notes, photos, printed_at, voided_at, void_reason, voided_by) VALUES "
        "(:id, :t, :t, 1, 2026, :n, :t, '', '', '', 'voluntary', false, 'A', 'a', '', '', '', '', '', :p, "
        ":v, :why, '')"
    ), {"id": rid, "t": T, "n": number, "p": printed, "v": T if voided else None,
        "why": "viết sai" if voided else ""})


def _handover(conn, hid: int, number: int, printed: dt.datetime | None) -> None:  # noqa: ANN001
    conn.execute(text(
        "INSERT INTO weapon_handover (id, created_at, updated_at, version, year, number, handed_at, "
        "receiving_unit, receiving_unit_key, their_number, receiver_name, deliverer_name, notes, printed_at) "
        "VALUES (:id, :t, :t, 1, 2026, :n, :t, 'Công an tỉnh', 'cong an tinh', '', '', '', '', :p)"
    ), {"id": hid, "t": T, "n": number, "p": printed})


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_printed_weapon_records_keep_their_numbers(kind, tmp_path, request):
    with _empty(kind, tmp_path, request) as db:
        cfg = _config(db)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "links_0001")
        with db.engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO station (id, created_at, updated_at, version, commune_name, commune_code, "
                "parent_body, issuing_body, place_name, head_name, head_title, head_rank, show_rank, "
                "doc_symbol, period_start_day, backups_to_keep) VALUES (1, :t, :t, 1, 'Phường Hòa Bình', '', "
                "'CÔNG AN TỈNH LÂM ĐỒNG', 'CÔNG AN PHƯỜNG HÒA BÌNH', 'Hòa Bình', 'Y Đức Niê', "
                "'TRƯỞNG CÔNG AN XÃ', '', false, 'CAP', 1, 30)"
            ), {"t": T})
            _receipt(conn, 1, 1, T + dt.timedelta(hours=1))
            _receipt(conn, 2, 2, T + dt.timedelta(hours=3), voided=True)
            _receipt(conn, 3, 3, None)  # never printed: takes a number when it is
            _handover(conn, 1, 1, T + dt.timedelta(hours=2))  # "01/BB" again: printed after receipt 1
            _handover(conn, 2, 2, None)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "register_0001")

        with db.uow(Actor.system()) as work:
            station = get_station(work)
            assert (station.unit_kind, station.head_title) == ("phường", "TRƯỞNG CÔNG AN PHƯỜNG")
            entries = {(e.area, e.record_id): e for e in service.list_entries(work)}
            assert set(entries) == {("weapons.receipt", 1), ("weapons.receipt", 2), ("weapons.handover", 1)}
            assert entries["weapons.receipt", 1].symbol == "01/BB-CAP"
            assert entries["weapons.receipt", 2].number == 2 and entries["weapons.receipt", 2].voided
            clash = entries["weapons.handover", 1]
            assert clash.number == 3 and "01/BB-CAP" in clash.note
            assert service.next_number(work, 2026) == 4
            logged = [e for e in audit.list_entries(work, audit.AuditFilter(table_name="outgoing_document"))]
            assert len(logged) == 3 and all(e.action == "insert" for e in logged)
        checked = audit.verify(db)  # (no signed head file beside a database migrated by hand)
        assert checked.first_bad_id is None and checked.checked == 4, checked
