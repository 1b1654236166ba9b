"""The base of every page: receives the context, refreshes when its areas change."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.gui.context import AppContext


class Page(QWidget):
    #: navigation label (Vietnamese)
    title = ""
    #: areas whose changes make this page refresh (``ctx.changed(area)``)
    areas: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        # a bound method of a QObject: Qt drops the connection when the page is destroyed
        ctx.bus.changed.connect(self._on_changed)

    def _on_changed(self, area: str, initiator: Any) -> None:
        if area in self.areas and initiator is not self:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def save_layout(self) -> None:
        """Store splitter/header states in ``self.ctx.prefs`` (called when the window closes)."""
