"""CAXA — records program for commune police stations."""

__version__ = "0.1.0"
