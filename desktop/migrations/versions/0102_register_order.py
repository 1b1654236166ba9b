"""residents: the register's order (by given name, the Vietnamese alphabet) as an indexed column

``person.order_key`` holds ``desktop.text.register_order_key(full_name)``: the given name first, then
the whole name, letters in the order of the Vietnamese alphabet ("Đ" after "D", "Ă" after "A"),
tones last; it sorts in byte order ("C" on PostgreSQL, BINARY on SQLite), so the residents list
pages through ``ix_person_register`` sorted as a clerk expects.

Revision ID: residents_0003
Revises: residents_0002
Create Date: 2026-11-29 11:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "residents_0003"
down_revision: str | None = "residents_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000


def upgrade() -> None:
    from desktop.text import register_order_key

    kind = sa.String(400).with_variant(sa.String(400, collation="C"), "postgresql")
    with op.batch_alter_table("person") as batch_op:
        batch_op.add_column(sa.Column("order_key", kind, nullable=False, server_default=""))
    conn = op.get_bind()
    person = sa.table("person", sa.column("id", sa.Integer), sa.column("full_name", sa.String),
                      sa.column("order_key", sa.String))
    rows = conn.execute(sa.select(person.c.id, person.c.full_name)).all()
    update = sa.update(person).where(person.c.id == sa.bindparam("pid")).values(order_key=sa.bindparam("key"))
    for start in range(0, len(rows), BATCH):
        chunk = rows[start : start + BATCH]
        conn.execute(update, [{"pid": i, "key": register_order_key(name)} for i, name in chunk])
    op.create_index("ix_person_register", "person", ["order_key", "id"])


def downgrade() -> None:
    op.drop_index("ix_person_register", table_name="person")
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_column("order_key")
