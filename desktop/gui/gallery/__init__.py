"""Every dialog of CAXA, openable without clicking through a page.

Each entry builds a realistic instance on the demo station (the person dialog for an existing
person, the receipt dialog for a recorded receipt …). The real-app check
(``tests/gui/test_real_app.py``) opens every entry and looks for empty texts and clipped widgets;
``caxa screenshots`` renders every entry to PNG.

One module per area (``accounts``, ``residents``, ``schedule``, ``weapons``, ``support``,
``security``, ``reports``), each with its factories and its ``ENTRIES``: add a dialog's entry to
its area's module. Keep each factory a small function: whoever changes a dialog's constructor
changes its factory in the same commit. A factory imports what it needs itself, so importing the
gallery is cheap.
"""

from __future__ import annotations

from desktop.gui.gallery import accounts, reports, residents, schedule, security, support, weapons
from desktop.gui.gallery.base import Factory, GalleryEntry, MissingDemoRecord, first

__all__ = ["ENTRIES", "Factory", "GalleryEntry", "MissingDemoRecord", "entry", "first"]

ENTRIES: list[GalleryEntry] = [
    *accounts.ENTRIES,
    *residents.ENTRIES,
    *schedule.ENTRIES,
    *weapons.ENTRIES,
    *support.ENTRIES,
    *security.ENTRIES,
    *reports.ENTRIES,
]


def entry(key: str) -> GalleryEntry:
    return next(e for e in ENTRIES if e.key == key)
