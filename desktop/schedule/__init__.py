"""Schedule (lịch công tác): events with recurrence and conflicts, incidents, traffic hotspots,
period figures, iCalendar export, the weekly duty roster and the reinforcement round summary."""

from desktop.schedule import cli, demo, figure_records, figures, models  # noqa: F401
