"""Residents, households and the residence-file archive."""

from desktop.residents import (  # noqa: F401
    cli,
    cli_bulk,
    demo,
    figure_records,
    figures,
    models,
    person_links,
)
