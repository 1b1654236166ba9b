"""Staff: the station's officers and officers on reinforcement."""

from desktop.staff import models  # noqa: F401
