"""Imports every ORM model so that ``Base.metadata`` is complete (Alembic, tests).

Each area's package imports its own models; ``desktop.areas`` imports the areas.
"""

import desktop.areas  # noqa: F401
from desktop import accounts, audit, sessions, settings, staff  # noqa: F401
from desktop.db import Base

metadata = Base.metadata
