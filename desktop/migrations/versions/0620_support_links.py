"""support links: a project's beneficiary household and event, the donor's sex

A project names its beneficiary by the household of the register (``household_id``) and may name
the schedule event at which it was handed over (``event_id``). Today's typed head names are linked
where they match exactly one household: a living head (``Chủ hộ``) whose folded name equals the
project's folded head name, in the project's village. Other projects keep their typed name and
no household: the projects list shows them under "chưa gắn hộ" for the clerk to resolve.

Donors gain ``sex`` (``ông``/``bà`` in letters of thanks), empty until the clerk records it.

Every record this changes gets an audit entry carrying its new state hash (linked projects; every
donor, whose audited columns now include the sex), so ``caxa audit verify`` stays clean.

Revision ID: support_links_0001
Revises: links_0001
Create Date: 2026-11-29 12:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "support_links_0001"
down_revision: str | Sequence[str] | None = "links_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 500


def upgrade() -> None:
    with op.batch_alter_table("support_project", schema=None) as batch_op:
        batch_op.add_column(sa.Column("household_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("event_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_support_project_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_support_project_event_id"), ["event_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_support_project_household_id_household"), "household",
                                    ["household_id"], ["id"], ondelete="SET NULL")
        batch_op.create_foreign_key(batch_op.f("fk_support_project_event_id_event"), "event",
                                    ["event_id"], ["id"], ondelete="SET NULL")
    with op.batch_alter_table("support_donor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sex", sa.String(length=1), nullable=False, server_default=""))
    with op.batch_alter_table("support_donor", schema=None) as batch_op:
        batch_op.alter_column("sex", server_default=None)
    from desktop.support.migration import link_typed_households

    link_typed_households(op.get_bind(), batch=BATCH)


def downgrade() -> None:
    with op.batch_alter_table("support_donor", schema=None) as batch_op:
        batch_op.drop_column("sex")
    with op.batch_alter_table("support_project", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_support_project_event_id_event"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_support_project_household_id_household"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_support_project_event_id"))
        batch_op.drop_index(batch_op.f("ix_support_project_household_id"))
        batch_op.drop_column("event_id")
        batch_op.drop_column("household_id")
