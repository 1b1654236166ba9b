"""Residents, households and the residence-file archive."""

from desktop.residents import cli, demo, figures, models  # noqa: F401
