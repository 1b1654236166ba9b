"""The monthly report (báo cáo tháng): the period's figures composed from every area's providers."""

from desktop.reports.monthly import models  # noqa: F401  (its tables belong to the metadata)
