"""safety: audit rows carry the record's state hash, append-only triggers, the schema's program version

Revision ID: safety_0001
Revises: 0001
Create Date: 2026-11-29 09:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "safety_0001"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("safety",)
depends_on: str | Sequence[str] | None = None

_SQLITE_TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)
_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION caxa_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END $$
"""
_PG_TRIGGERS = (
    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION caxa_audit_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION caxa_audit_append_only()",
    "REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC",
    # the application's roles keep INSERT and SELECT only; the owner (who runs this) keeps the rest
    """
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT DISTINCT g.grantee FROM information_schema.role_table_grants g
             JOIN pg_tables t ON t.tablename = g.table_name AND t.schemaname = g.table_schema
             WHERE g.table_name = 'audit_log' AND g.table_schema = current_schema()
               AND g.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
               AND g.grantee <> t.tableowner AND g.grantee <> 'PUBLIC'
    LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %I', r.grantee);
    END LOOP;
END $$
""",
)


def upgrade() -> None:
    op.create_table(
        "caxa_schema",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("program_version", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caxa_schema")),
    )
    op.add_column("audit_log", sa.Column("state_hash", sa.String(length=64), nullable=True))
    op.create_index("ix_audit_log_table_name_record_id", "audit_log", ["table_name", "record_id"])
    if op.get_bind().dialect.name == "sqlite":
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)
    else:
        op.execute(_PG_FUNCTION)
        for statement in _PG_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS caxa_audit_append_only()")
    op.drop_index("ix_audit_log_table_name_record_id", table_name="audit_log")
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.drop_column("state_hash")
    op.drop_table("caxa_schema")
