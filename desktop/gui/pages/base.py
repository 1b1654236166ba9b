"""The base of every page: receives the context and refreshes itself, once, when an operation
announces a change to one of its areas (pages never refresh by hand after a dialog or a save)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.gui.context import AppContext


class Page(QWidget):
    #: navigation label (Vietnamese)
    title = ""
    #: areas whose changes make this page refresh (announced by ``kit.operation.run(changes=…)``)
    areas: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        # a bound method of a QObject: Qt drops the connection when the page is destroyed
        ctx.bus.changes.connect(self._on_changes)

    def _on_changes(self, areas: frozenset[str], _initiator: Any) -> None:
        if not areas.intersection(self.areas):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def record_lists(self) -> list[Any]:
        from desktop.gui.kit.record_list import RecordList

        return [w for w in self.findChildren(RecordList) if w.fetch is not None]

    def refresh(self) -> None:
        """Reload what the page shows (off the GUI thread). By default: every record list it holds."""
        for record_list in self.record_lists():
            record_list.reload()

    def save_layout(self) -> None:
        """Store splitter/header states in ``self.ctx.prefs`` (called when the window closes)."""
        from desktop.gui.kit.record_list import RecordList

        for record_list in self.findChildren(RecordList):
            record_list.save_layout()
