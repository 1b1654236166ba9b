"""Community-support projects: households helped, donors and contributions, officers' labour."""

from desktop.support import cli, demo, figure_records, figures, links, models  # noqa: F401
