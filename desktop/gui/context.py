"""What every page and dialog receives: the database, the logged-in user, preferences,
and the app-wide change bus (Anki's pattern: operations announce, pages refresh)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop import accounts, settings
from desktop.db import Actor, Database
from desktop.gui.prefs import Prefs

T = TypeVar("T")


class ChangeBus(QObject):
    #: an area's records changed: ("villages", initiator) — kept for listeners of one area
    changed = Signal(str, object)
    #: one operation's changes, announced once: (frozenset of areas, initiator) — pages refresh once
    changes = Signal(object, object)
    #: a short line for the status bar ("Đã lưu …")
    notice = Signal(str)


class AppContext:
    def __init__(self, db: Database, actor: Actor, prefs: Prefs, session_id: int | None = None) -> None:
        self.db = db
        self.actor = actor
        self.prefs = prefs
        self.session_id = session_id
        self.bus = ChangeBus()
        self._station: settings.StationView | None = None

    def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Call a service function in a fresh unit of work as the logged-in user (GUI thread, short work)."""
        return self.db.run(self.actor, fn, *args, **kwargs)

    def can(self, permission: str) -> bool:
        return accounts.can(self.actor, permission)

    def changed(self, area: str, initiator: object = None) -> None:
        self.announce((area,), initiator)

    def announce(self, areas: Iterable[str], initiator: object = None) -> None:
        """Tell open pages what one operation changed; each page showing any of them refreshes once."""
        areas = frozenset(areas)
        if not areas:
            return
        if "station" in areas:
            self._station = None
        for area in sorted(areas):
            self.bus.changed.emit(area, initiator)
        self.bus.changes.emit(areas, initiator)

    def notify(self, text: str) -> None:
        """A short message for the main window's status bar."""
        self.bus.notice.emit(text)

    @property
    def station(self) -> settings.StationView:
        if self._station is None:
            self._station = self.run(settings.get_station)
        return self._station
