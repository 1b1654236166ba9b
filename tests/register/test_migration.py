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
from desktop.weapons.categories import get_weapon_settings

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


def _insert(conn, table: str, **values) -> None:  # noqa: ANN001
    names = ", ".join(values)
    conn.execute(text(f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + n for n in values)})"), values)


def _receipt(conn, rid: int, number: int, printed: dt.datetime | None, voided: bool = False) -> None:  # noqa: ANN001
    _insert(
        conn,
        "weapon_receipt",
        id=rid,
        created_at=T,
        updated_at=T,
        version=1,
        year=2026,
        number=number,
        received_at=T,
        place="",
        event_text="",
        event_key="",
        origin="voluntary",
        owner_unknown=False,
        person_name="A",
        person_key="a",
        person_id_number="",
        person_address="",
        witnesses="",
        notes="",
        photos="",
        printed_at=printed,
        voided_at=T if voided else None,
        void_reason="viết sai" if voided else "",
        voided_by="",
    )


def _handover(conn, hid: int, number: int, printed: dt.datetime | None) -> None:  # noqa: ANN001
    _insert(
        conn,
        "weapon_handover",
        id=hid,
        created_at=T,
        updated_at=T,
        version=1,
        year=2026,
        number=number,
        handed_at=T,
        receiving_unit="Công an tỉnh",
        receiving_unit_key="cong an tinh",
        their_number="",
        receiver_name="",
        deliverer_name="",
        notes="",
        printed_at=printed,
    )


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_printed_weapon_records_keep_their_numbers(kind, tmp_path, request):
    with _empty(kind, tmp_path, request) as db:
        cfg = _config(db)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "links_0001")
        with db.engine.begin() as conn:
            _insert(
                conn,
                "station",
                id=1,
                created_at=T,
                updated_at=T,
                version=1,
                commune_name="Phường Hòa Bình",
                commune_code="",
                parent_body="CÔNG AN TỈNH LÂM ĐỒNG",
                issuing_body="CÔNG AN PHƯỜNG HÒA BÌNH",
                place_name="Hòa Bình",
                head_name="Y Đức Niê",
                head_title="TRƯỞNG CÔNG AN XÃ",
                head_rank="",
                show_rank=False,
                doc_symbol="CAP",
                period_start_day=1,
                backups_to_keep=30,
            )
            _receipt(conn, 1, 1, T + dt.timedelta(hours=1))
            _receipt(conn, 2, 2, T + dt.timedelta(hours=3), voided=True)
            _receipt(conn, 3, 3, None)  # never printed: takes a number when it is
            _handover(conn, 1, 1, T + dt.timedelta(hours=2))  # "01/BB" again: printed after receipt 1
            _handover(conn, 2, 2, None)
            _insert(
                conn,
                "weapon_settings",
                id=1,
                created_at=T,
                updated_at=T,
                version=1,
                receipt_intro="Hôm nay, vào hồi {gio}, tại {dia_diem}, Công an xã chúng tôi gồm: {can_bo}.",
                receipt_closing="",
                allow_direct_destruction=False,
                handover_intro="Hôm nay, vào hồi {gio}, Công an xã tiến hành bàn giao cho {don_vi_nhan}:",
            )
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")  # the register's and every other area's (the models read all)

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
            wording = get_weapon_settings(work)
            assert "{don_vi} chúng tôi gồm" in wording.receipt_intro
            assert wording.handover_intro.startswith("Hôm nay, vào hồi {gio}, {don_vi} tiến hành")
        checked = audit.verify(db)  # (no signed head file beside a database migrated by hand)
        assert checked.first_bad_id is None and checked.checked >= 5, checked  # other areas log too
