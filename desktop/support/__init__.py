"""Community-support projects: households helped, donors and contributions, officers' labour."""

from desktop.support import cli, demo, figures, links, models  # noqa: F401
