"""reports: the monthly report's narrative drafts and its issued, frozen versions

Two new tables; no data is written (so the audit log's signed head does not move).

Revision ID: reports_0001
Revises: links_0002
Create Date: 2026-11-29 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "reports_0001"
down_revision: str | Sequence[str] | None = "links_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record(*cols: sa.Column) -> list[sa.Column]:
    return [
        *cols,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "monthly_report_draft",
        *_record(
            sa.Column("period_start", sa.Date(), nullable=False),
            sa.Column("period_end", sa.Date(), nullable=False),
            sa.Column("summary", sa.Text(), nullable=False),
            sa.Column("strengths", sa.Text(), nullable=False),
            sa.Column("shortcomings", sa.Text(), nullable=False),
            sa.Column("next_tasks", sa.Text(), nullable=False),
            sa.Column("proposals", sa.Text(), nullable=False),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monthly_report_draft")),
        sa.UniqueConstraint(
            "period_start", "period_end", name=op.f("uq_monthly_report_draft_period_start_period_end")
        ),
    )
    op.create_table(
        "monthly_report_issued",
        *_record(
            sa.Column("period_start", sa.Date(), nullable=False),
            sa.Column("period_end", sa.Date(), nullable=False),
            sa.Column("report_version", sa.Integer(), nullable=False),
            sa.Column("number_label", sa.String(40), nullable=False),
            sa.Column("issued_at", sa.DateTime(), nullable=False),
            sa.Column("issued_by", sa.String(160), nullable=False),
            sa.Column("report_json", sa.Text(), nullable=False),
            sa.Column("narrative_json", sa.Text(), nullable=False),
            sa.Column("pdf", sa.LargeBinary(), nullable=False),
            sa.Column("xlsx", sa.LargeBinary(), nullable=False),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monthly_report_issued")),
        sa.UniqueConstraint(
            "period_start",
            "period_end",
            "report_version",
            name=op.f("uq_monthly_report_issued_period_start_period_end_report_version"),
        ),
    )
    op.create_index(
        op.f("ix_monthly_report_issued_period_start"), "monthly_report_issued", ["period_start"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_monthly_report_issued_period_start"), table_name="monthly_report_issued")
    op.drop_table("monthly_report_issued")
    op.drop_table("monthly_report_draft")
