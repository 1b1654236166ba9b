"""register: the outgoing-document register; the unit's kind, own code and signer on the station

Every document CAXA issues takes its number from one register per calendar year. Weapon receipts
and handovers already printed keep the number they were printed with: each gets a register line.
Where two printed records of a year share a number (each kind used to count on its own), the one
printed first keeps it and the other gets the next free number of that year, with a note. The
station's kind (xã, phường, đặc khu) is inferred from its issuing body's name. Every line written
and the station's change are audited.

Revision ID: register_0001
Revises: links_0001
Create Date: 2026-11-29 12:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision: str = "register_0001"
down_revision: str | Sequence[str] | None = "links_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 500
RECEIPT_SUBJECT = "Tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ"
HANDOVER_SUBJECT = "Bàn giao vũ khí, vật liệu nổ, công cụ hỗ trợ"


def _columns() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind_code", sa.String(20), nullable=False),
        sa.Column("unit_symbol", sa.String(20), nullable=False),
        sa.Column("doc_date", sa.Date(), nullable=False),
        sa.Column("title", sa.String(80), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("signer", sa.String(160), nullable=False),
        sa.Column("signer_authority", sa.String(200), nullable=False),
        sa.Column("signer_rank", sa.String(40), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("record_key", sa.String(60), nullable=False),
        sa.Column("hand_entered", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
    ]


#: the table as this revision creates it (for the audit's state hashes)
outgoing = sa.Table(  # the columns in the models' order: the state hash lists them in order
    "outgoing_document",
    sa.MetaData(),
    *_columns()[3:],
    sa.Column("id", sa.Integer(), primary_key=True),
    *_columns()[:3],
)


def _create_table() -> None:
    op.create_table(
        "outgoing_document",
        *_columns(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outgoing_document")),
        sa.UniqueConstraint("year", "number", name=op.f("uq_outgoing_document_year_number")),
    )
    op.create_index("ix_outgoing_document_area_record_id", "outgoing_document", ["area", "record_id"])
    op.create_index(op.f("ix_outgoing_document_doc_date"), "outgoing_document", ["doc_date"])
    op.create_index(op.f("ix_outgoing_document_status"), "outgoing_document", ["status"])


def _station(conn: sa.Connection, session: Session) -> str:
    """Add the station's new settings; infer the kind from the issuing body. Returns the symbol."""
    from desktop.settings import chief_title, infer_unit_kind

    with op.batch_alter_table("station") as batch:
        batch.add_column(sa.Column("unit_kind", sa.String(10), nullable=False, server_default="xã"))
        batch.add_column(sa.Column("own_code", sa.String(10), nullable=False, server_default="TCƠ"))
        batch.add_column(sa.Column("signer_officer_id", sa.Integer(), nullable=True))
    query = "SELECT issuing_body, head_title, doc_symbol FROM station WHERE id = 1"
    row = conn.execute(sa.text(query)).first()
    if row is None:
        return "CAX"
    issuing, head_title, symbol = row
    kind = infer_unit_kind(issuing or "")
    changes: dict = {}
    if kind != "xã":
        changes["unit_kind"] = ["xã", kind]
        conn.execute(sa.text("UPDATE station SET unit_kind = :k WHERE id = 1"), {"k": kind})
    if head_title == chief_title("xã") and kind != "xã":
        changes["head_title"] = [head_title, chief_title(kind)]
        conn.execute(sa.text("UPDATE station SET head_title = :t WHERE id = 1"), {"t": chief_title(kind)})
    if changes:
        _audit_update(session, "station", 1, f"Loại đơn vị suy ra từ tên đơn vị: {kind}", changes)
    return symbol or "CAX"


def _audit_update(session: Session, table_name: str, record_id: int, summary: str, changes: dict) -> None:
    """An audit row for a record this migration changed, with the record's state after it."""
    from desktop import audit
    from desktop.audit_state import state_hash
    from desktop.db import Actor
    from desktop.models import metadata

    table = metadata.tables[table_name]
    row = session.connection().execute(sa.select(table).where(table.c.id == record_id)).mappings().one()
    audit._append(
        session, Actor.system(), [("update", table_name, record_id, summary, changes, state_hash(table, row))]
    )


#: the unit words of the weapons wording templates, now a placeholder filled from the station's kind
_WORDING = (
    ("tại {dia_diem}, Công an xã chúng tôi gồm", "tại {dia_diem}, {don_vi} chúng tôi gồm"),
    ("giao cho Công an xã quản lý", "giao cho {don_vi} quản lý"),
    ("vào hồi {gio}, Công an xã tiến hành bàn giao", "vào hồi {gio}, {don_vi} tiến hành bàn giao"),
)


def _weapon_wording(conn: sa.Connection, session: Session) -> None:
    query = "SELECT id, receipt_intro, receipt_closing, handover_intro FROM weapon_settings"
    for row in conn.execute(sa.text(query)).mappings().all():
        changes = {}
        for column in ("receipt_intro", "receipt_closing", "handover_intro"):
            new = old = row[column] or ""
            for before, after in _WORDING:
                new = new.replace(before, after)
            if new != old:
                changes[column] = [old, new]
                conn.execute(
                    sa.text(f"UPDATE weapon_settings SET {column} = :v WHERE id = :id"),
                    {"v": new, "id": row["id"]},
                )
        if changes:
            _audit_update(
                session,
                "weapon_settings",
                row["id"],
                "Lời văn biên bản: tên đơn vị theo loại đơn vị",
                changes,
            )


def _printed(conn: sa.Connection) -> list[dict]:
    """Printed weapon receipts and handovers, the first printed first."""
    found = []
    for row in conn.execute(
        sa.text(
            "SELECT id, year, number, received_at, printed_at, voided_at, void_reason "
            "FROM weapon_receipt WHERE printed_at IS NOT NULL"
        )
    ).mappings():
        found.append({"area": "weapons.receipt", "subject": RECEIPT_SUBJECT, "at": row["received_at"], **row})
    for row in conn.execute(
        sa.text(
            "SELECT id, year, number, handed_at, printed_at FROM weapon_handover WHERE printed_at IS NOT NULL"
        )
    ).mappings():
        found.append(
            {
                "area": "weapons.handover",
                "subject": HANDOVER_SUBJECT,
                "at": row["handed_at"],
                "voided_at": None,
                "void_reason": "",
                **row,
            }
        )
    return sorted(found, key=lambda r: (str(r["printed_at"]), r["area"], r["id"]))


def _as_datetime(value):  # noqa: ANN001, ANN202 - SQLite hands back text
    import datetime as dt

    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _register_printed(conn: sa.Connection, session: Session, symbol: str) -> None:
    from desktop import audit
    from desktop.audit_state import state_hash
    from desktop.db import Actor, now

    records = _printed(conn)
    taken: dict[int, set[int]] = {}
    clashes = []
    for r in records:
        year_taken = taken.setdefault(r["year"], set())
        if r["number"] in year_taken:
            clashes.append(r)
        else:
            year_taken.add(r["number"])
            r["new_number"] = r["number"]
    for r in clashes:  # after every kept number of the year
        r["new_number"] = max(taken[r["year"]]) + 1
        taken[r["year"]].add(r["new_number"])
    moment = now()
    rows = []
    for r in records:
        old = f"{r['number']:02d}/BB-{symbol}"
        note = (
            ""
            if r["new_number"] == r["number"]
            else (f"Đã in trước đây với số {old}, trùng số với văn bản khác cùng năm; cấp số mới khi lập sổ.")
        )
        rows.append(
            {
                "created_at": moment,
                "updated_at": moment,
                "version": 1,
                "year": r["year"],
                "number": r["new_number"],
                "kind_code": "BB",
                "unit_symbol": symbol,
                "doc_date": _as_datetime(r["at"]).date(),
                "title": "BIÊN BẢN",
                "subject": r["subject"],
                "signer": "",
                "signer_authority": "",
                "signer_rank": "",
                "recipients": "",
                "copies": 1,
                "area": r["area"],
                "record_id": r["id"],
                "record_key": "",
                "hand_entered": False,
                "status": "voided" if r["voided_at"] is not None else "issued",
                "void_reason": r["void_reason"] or "",
                "voided_at": _as_datetime(r["voided_at"]),
                "note": note,
            }
        )
    for start in range(0, len(rows), BATCH):
        chunk = rows[start : start + BATCH]
        conn.execute(outgoing.insert(), chunk)
        years = {v["year"] for v in chunk}
        ids = {
            (y, n): i
            for i, y, n in conn.execute(
                sa.select(outgoing.c.id, outgoing.c.year, outgoing.c.number).where(outgoing.c.year.in_(years))
            )
        }
        entries = []
        for values in chunk:
            rid = ids[(values["year"], values["number"])]
            changes = {
                k: [None, str(v) if v is not None else None]
                for k, v in values.items()
                if k not in ("created_at", "updated_at", "version")
            }
            label = f"{values['number']:02d}/BB-{symbol}"
            summary = f"Sổ văn bản đi: số {label} ({values['area']} #{values['record_id']})"
            entries.append(
                (
                    "insert",
                    "outgoing_document",
                    rid,
                    summary,
                    changes,
                    state_hash(outgoing, {**values, "id": rid}),
                )
            )
        audit._append(session, Actor.system(), entries)


def upgrade() -> None:
    _create_table()
    conn = op.get_bind()
    session = Session(bind=conn)
    symbol = _station(conn, session)
    _register_printed(conn, session, symbol)
    _weapon_wording(conn, session)
    session.flush()


def downgrade() -> None:
    with op.batch_alter_table("station") as batch:
        batch.drop_column("signer_officer_id")
        batch.drop_column("own_code")
        batch.drop_column("unit_kind")
    op.drop_index(op.f("ix_outgoing_document_status"), table_name="outgoing_document")
    op.drop_index(op.f("ix_outgoing_document_doc_date"), table_name="outgoing_document")
    op.drop_index("ix_outgoing_document_area_record_id", table_name="outgoing_document")
    op.drop_table("outgoing_document")
