"""the areas meet: one line of history from here, so records of one area can point at another's

Every area grew its own branch from the foundation (0001). This revision joins them; each later
migration that adds a link between areas (a weapon's giver to a person, a support project to its
household, …) revises this one or a revision after it, so the tables it points at always exist.
It changes no table.

Revision ID: links_0001
Revises: accounts_0001, residents_0003, schedule_0001, weapons_0001, support_0001, safety_0001
Create Date: 2026-11-29 12:00:00
"""

from collections.abc import Sequence

revision: str = "links_0001"
down_revision: str | Sequence[str] | None = (
    "accounts_0001",
    "residents_0003",
    "schedule_0001",
    "weapons_0001",
    "support_0001",
    "safety_0001",
)
branch_labels: str | Sequence[str] | None = ("links",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
