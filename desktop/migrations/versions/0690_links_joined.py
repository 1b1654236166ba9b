"""the work of the connected-records, register and security issues joined again into one line of history

Each area's migrations after ``links_0001`` (weapons and support links, the import's wider ID column,
apostrophe folding, the residence-law changes, the outgoing-document register, the security register)
were written side by side; this revision makes them one head again, so the next migration has one
parent. It changes no table.

Revision ID: links_0002
Revises: bulk_0001, import_0001, register_0001, residence_0002, security_0001, support_links_0002,
    weapons_links_0001
Create Date: 2026-11-29 13:20:00
"""

from collections.abc import Sequence

revision: str = "links_0002"
down_revision: str | Sequence[str] | None = (
    "bulk_0001",
    "import_0001",
    "register_0001",
    "residence_0002",
    "security_0001",
    "support_links_0002",
    "weapons_links_0001",
)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
