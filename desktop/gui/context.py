"""What every page and dialog receives: the database, the logged-in user, preferences,
and the app-wide change bus (Anki's pattern: operations announce, pages refresh)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop import accounts, settings
from desktop.db import Actor, Database
from desktop.gui.prefs import Prefs

T = TypeVar("T")


class ChangeBus(QObject):
    #: an area's records changed: ("villages", initiator) — pages showing them refresh
    changed = Signal(str, object)


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
        if area == "station":
            self._station = None
        self.bus.changed.emit(area, initiator)

    @property
    def station(self) -> settings.StationView:
        if self._station is None:
            self._station = self.run(settings.get_station)
        return self._station
