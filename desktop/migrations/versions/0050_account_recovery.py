"""accounts: the hash of the station's lost-admin recovery code

Revision ID: accounts_0001
Revises: 0001
Create Date: 2026-11-29 09:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "accounts_0001"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("accounts",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "account_recovery",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("code_hash", sa.String(length=200), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_recovery")),
    )


def downgrade() -> None:
    op.drop_table("account_recovery")
