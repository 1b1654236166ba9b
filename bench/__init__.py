"""Benchmarks: `make bench` runs every bench module and prints figures and ratios."""
