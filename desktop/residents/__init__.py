"""Residents, households and the residence-file archive."""

from desktop.residents import cli, cli_bulk, demo, figure_records, figures, models, person_links  # noqa: F401
