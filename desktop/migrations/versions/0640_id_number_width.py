"""room for an ID number as a register wrote it: ``person.id_number`` up to 32 characters

An import keeps a row whose ID number is malformed (13 digits, a letter, spaces) exactly as it was
written and flags it for the data-quality queue, instead of refusing the workbook. PostgreSQL
enforces ``VARCHAR(12)``, so the column is widened there (a catalogue change: no row is rewritten
and no value changes, hence no audit rows). SQLite does not enforce a declared length and keeps
its declaration (the model says so with a variant); recreating ``person`` there would cascade
through every table that points at it.

Revision ID: import_0001
Revises: links_0001
Create Date: 2026-11-29 12:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "import_0001"
down_revision: str | Sequence[str] | None = "links_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column(
            "person", "id_number", type_=sa.String(32), existing_type=sa.String(12), existing_nullable=False
        )


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        # a number kept as written cannot go back into 12 characters, and cutting it would change
        # records behind the audit log: refuse until the clerk has corrected them
        longer = conn.exec_driver_sql("SELECT count(*) FROM person WHERE length(id_number) > 12").scalar()
        if longer:
            raise RuntimeError(
                f"{longer} persons hold an ID number longer than 12 characters; correct them before "
                "downgrading below import_0001"
            )
        op.alter_column(
            "person", "id_number", type_=sa.String(12), existing_type=sa.String(32), existing_nullable=False
        )
