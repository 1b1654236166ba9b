"""residence: a file loan names the written request it answers (for the loan slip)

``file_loan.request_ref`` holds the number, date and sender of the request (giấy đề nghị, công văn);
existing loans have none recorded, so it is added empty and nothing else changes.

Revision ID: residence_0002
Revises: residence_0001
Create Date: 2026-11-29 12:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "residence_0002"
down_revision: str | Sequence[str] | None = "residence_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("file_loan") as batch_op:
        batch_op.add_column(sa.Column("request_ref", sa.String(200), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("file_loan") as batch_op:
        batch_op.drop_column("request_ref")
