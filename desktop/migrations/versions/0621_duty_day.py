"""duty days: the duty leader and duty officer of each day, for the weekly roster

Revision ID: support_links_0002
Revises: support_links_0001
Create Date: 2026-11-29 12:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "support_links_0002"
down_revision: str | Sequence[str] | None = "support_links_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "duty_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("leader_id", sa.Integer(), nullable=True),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["leader_id"], ["officer.id"], name=op.f("fk_duty_day_leader_id_officer"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"], name=op.f("fk_duty_day_officer_id_officer"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duty_day")),
        sa.UniqueConstraint("day", name=op.f("uq_duty_day_day")),
    )
    with op.batch_alter_table("duty_day", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_duty_day_leader_id"), ["leader_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_duty_day_officer_id"), ["officer_id"], unique=False)


def downgrade() -> None:
    op.drop_table("duty_day")
