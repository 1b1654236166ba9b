"""s19: the ID-card campaign's step dates indexed (partial: only rows where the step is dated)

The monthly report counts each step dated within four periods; without these it read the whole
person table each time. No data is written (the audit log's signed head does not move).

Revision ID: s19_0001
Revises: reports_0001
Create Date: 2026-11-29 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s19_0001"
down_revision: str | Sequence[str] | None = "reports_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("reviewed_date", "mobilised_date", "id_card_applied_date", "id_card_issued_date", "vneid2_date")


def upgrade() -> None:
    for column in COLUMNS:
        where = sa.text(f"{column} IS NOT NULL")
        op.create_index(f"ix_person_{column}", "person", [column], sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    for column in COLUMNS:
        op.drop_index(f"ix_person_{column}", table_name="person")
