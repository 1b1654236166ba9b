"""The one dialog base: modal, geometry remembered per dialog, signals dropped on close,
and ``save`` that runs the service off the GUI thread and stays open with a message on failure."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from desktop.gui import messages
from desktop.gui.context import AppContext


class Dialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setModal(True)
        self.setObjectName(name or type(self).__name__)
        self._restored = False
        self.result_value: Any = None

    def showEvent(self, event: Any) -> None:
        if not self._restored:
            geometry = self.ctx.prefs.geometry(self.objectName())
            if geometry is not None:
                self.restoreGeometry(geometry)
            self._restored = True
        super().showEvent(event)

    def done(self, result: int) -> None:
        self.ctx.prefs.set_geometry(self.objectName(), self.saveGeometry())
        super().done(result)

    def save(
        self,
        fn: Callable[..., Any],
        *args: Any,
        changes: str | Iterable[str] = (),
        message: str | None = None,
        **kwargs: Any,
    ) -> None:
        """Save through a service call off the GUI thread: on success the dialog closes with
        ``result_value`` set and the change is announced (the pages showing it refresh once); on a
        validation error the message shows and the dialog stays open with everything typed."""
        from desktop.gui.kit import operation

        self.setEnabled(False)

        def saved(result: Any) -> None:
            self.setEnabled(True)
            self.result_value = result
            self.accept()

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            messages.error(self, exc)

        operation.run(self, fn, *args, changes=changes, message=message, done=saved, failed=failed, **kwargs)
