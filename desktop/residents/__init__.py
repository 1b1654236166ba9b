"""Residents, households and the residence-file archive."""

from desktop.residents import models  # noqa: F401
