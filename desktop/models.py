"""Imports every ORM model so that ``Base.metadata`` is complete (Alembic, tests).

Each area adds its ``models`` module here.
"""

from desktop import accounts, audit, sessions, settings  # noqa: F401
from desktop.db import Base

metadata = Base.metadata
