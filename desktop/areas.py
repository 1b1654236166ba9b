"""The areas of CAXA. Importing this module lets each area register its models,
CLI commands, demo steps and pages. Each area issue adds its import here."""
from desktop import (
    register,  # noqa: F401
    residents,  # noqa: F401
    schedule,  # noqa: F401
    security,  # noqa: F401
    support,  # noqa: F401
    weapons,  # noqa: F401
)
from desktop.reports import monthly  # noqa: F401, E402  (the monthly report's tables and command)
