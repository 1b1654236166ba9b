"""Residents, households and the residence-file archive."""

from desktop.residents import cli, demo, figures, models, person_links  # noqa: F401
