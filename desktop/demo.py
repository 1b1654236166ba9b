"""The demo station: a commune in Lâm Đồng with thôn and bon, its users, and
each area's demo records (areas append a step to ``STEPS``)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import select, text

from desktop import accounts, audit, audit_anchor, firstrun, settings
from desktop.db import Actor, Database, UnitOfWork
from desktop.errors import ValidationError

logger = logging.getLogger(__name__)

#: audit entries (table "demo") that bracket the building of a demo station
DEMO_STARTED = "Bắt đầu tạo đơn vị mẫu"
DEMO_DONE = "Đã tạo xong đơn vị mẫu"

DEMO_ADMIN = ("admin", "demo1234")
DEMO_USERS = [
    ("admin", "Y Đức Niê", "admin", "demo1234"),
    ("canbo", "Nguyễn Thị Ánh Tuyết", "clerk", "demo1234"),
    ("xem", "Điểu K'Lung", "viewer", "demo1234"),
]

DEMO_STATION = settings.StationView(
    commune_name="Xã Đắk Nia",
    commune_code="",
    parent_body="CÔNG AN TỈNH LÂM ĐỒNG",
    issuing_body="CÔNG AN XÃ ĐẮK NIA",
    place_name="Đắk Nia",
    head_name="Y Đức Niê",
    head_title="TRƯỞNG CÔNG AN XÃ",
    head_rank="Thiếu tá",
    doc_symbol="CAX",
)

DEMO_VILLAGES = [
    ("Nia Đơn", "thôn"), ("Nam Rạ", "thôn"), ("Nghĩa Hòa", "thôn"), ("Phú Xuân", "thôn"),
    ("Cây Xoài", "thôn"), ("Bu Sir", "bon"), ("N'Riêng", "bon"), ("Phai Kol Pru Đăng", "bon"),
    ("Ting Wel Đơm", "bon"), ("Ting Wel Đăng", "bon"),
]

#: area demo steps: ``step(uow, scale)`` adds that area's records; ``scale`` multiplies volumes
STEPS: list[Callable[[UnitOfWork, int], None]] = []
#: per-area demo options from the command line (e.g. ``{"residents": 200000}``); steps read what they need
OPTIONS: dict[str, object] = {}


def create_demo(db: Database, *, scale: int = 1) -> Actor:
    """Set up the demo station in an empty database; refuses a database that is in use."""
    if firstrun.is_set_up(db):
        raise ValidationError("Dữ liệu mẫu",
                              "cơ sở dữ liệu này đã có dữ liệu; hãy dùng thư mục dữ liệu khác.")
    with db.uow(Actor.system()) as work:  # a demo killed before the end is recognised by this
        audit.record(work, "demo", "demo", None, DEMO_STARTED)
    username, _, _, password = DEMO_USERS[0]
    admin = firstrun.set_up_station(db, DEMO_STATION, DEMO_VILLAGES, username, DEMO_USERS[0][1], password)
    with db.uow(admin) as work:
        for name, full_name, role, pw in DEMO_USERS[1:]:
            accounts.create_user(work, name, full_name, role, pw)
    # staff first (schedule's step adds the station's officers the other areas name), then the rest
    for step in sorted(STEPS, key=lambda s: getattr(s, "order", 50)):
        with db.uow(admin) as work:
            step(work, scale)
    with db.uow(admin) as work:
        audit.record(work, "demo", "demo", None, DEMO_DONE)
    return admin


def is_half_built(db: Database) -> bool:
    """A demo station whose building was killed (started, never finished). A real station
    never has the start entry, so it is never taken for one."""
    table = audit.AuditEntry.__table__
    with db.engine.connect() as conn:
        marks = set(conn.execute(select(table.c.summary).where(table.c.table_name == "demo")).scalars())
    return DEMO_STARTED in marks and DEMO_DONE not in marks


def reset_half_built(db: Database) -> Database:
    """Throw away a half-built demo so it can be made again; returns the (empty) database to use."""
    from desktop.migrate import upgrade

    logger.warning("half-built demo station in %s: starting it again", db.describe())
    audit_anchor.remove(db.url)
    path = db.sqlite_path
    if path is not None:
        db.dispose()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        db = Database(db.url)
    else:
        with db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        db.dispose()
    upgrade(db, backup=False)
    return db
