"""Security register (an ninh, trật tự): reports received (tin báo, tố giác), persons under the
station's management, residence checks and lodging notices, and the period figures of section I
of the monthly report (incidents as the law classifies them come from ``desktop.schedule``)."""

from desktop.security import cli, demo, figure_records, figures, links, models  # noqa: F401
