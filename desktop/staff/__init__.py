"""Staff: the station's officers and officers on reinforcement, their assignments and awards."""

from desktop.staff import models  # noqa: F401
