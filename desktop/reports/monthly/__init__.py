"""The monthly report (báo cáo tháng): the period's figures composed from every area's providers."""

from desktop.reports.monthly import cli, models  # noqa: F401  (its command; its tables)
