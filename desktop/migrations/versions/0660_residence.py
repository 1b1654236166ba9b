"""residence: strike-off grounds of Luật Cư trú 2020 as they are; the ID card's kind on the person

Code "e" meant "registered elsewhere", a ground of the repealed 2006 law; Luật Cư trú 2020 Điều 24
khoản 1 gives "e" to another ground (a rental ended 12 months ago). Records struck off under the old
ground keep it, under the legacy code "e6", each change written to the audit log (in batches).
``person.id_card_kind`` ('' = not recorded, 'cccd', 'can_cuoc') is added empty: nothing in an
existing record says which card a person holds.

Revision ID: residence_0001
Revises: links_0001
Create Date: 2026-11-29 12:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "residence_0001"
down_revision: str | Sequence[str] | None = "links_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 2000
OLD, NEW = "e", "e6"


def _remap(old: str, new: str) -> None:
    """Move every person holding ground ``old`` to ``new``, one audit entry per person."""
    from sqlalchemy.orm import Session

    from desktop import audit
    from desktop.db import Actor

    conn = op.get_bind()
    person = sa.table(
        "person",
        sa.column("id", sa.Integer),
        sa.column("full_name", sa.String),
        sa.column("strike_ground", sa.String),
        sa.column("version", sa.Integer),
    )
    rows = conn.execute(
        sa.select(person.c.id, person.c.full_name).where(person.c.strike_ground == old).order_by(person.c.id)
    ).all()
    stmt = (
        sa.update(person)
        .where(person.c.id == sa.bindparam("pid"))
        .values(strike_ground=new, version=person.c.version + 1)
    )
    session = Session(bind=conn)
    for start in range(0, len(rows), BATCH):
        chunk = rows[start : start + BATCH]
        conn.execute(stmt, [{"pid": pid} for pid, _name in chunk])
        # no state hash: the row's later columns may not exist yet at this revision
        audit._append(
            session,
            Actor.system(),
            [
                ("update", "person", pid, f"Nhân khẩu «{name}»", {"strike_ground": [old, new]}, None)
                for pid, name in chunk
            ],
        )
    session.flush()


def upgrade() -> None:
    with op.batch_alter_table("person") as batch_op:
        batch_op.add_column(sa.Column("id_card_kind", sa.String(10), nullable=False, server_default=""))
    _remap(OLD, NEW)


def downgrade() -> None:
    _remap(NEW, OLD)
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_column("id_card_kind")
