"""Asks the reason of an action that must give one (a "checked — not an error" mark, a voided
receipt, a cancelled event) and runs ``action(uow, *args, reason)`` with it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.reason_dialog import Ui_ReasonDialog


class ReasonDialog(Dialog):
    def __init__(
        self,
        ctx: AppContext,
        title: str,
        action: Callable[..., Any],
        *args: Any,
        changes: str | Iterable[str] = "residents",
        message: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent, name="ReasonDialog")
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self._call = (action, args, changes, message)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:  # type: ignore[override]
        action, args, changes, message = self._call
        super().save(action, *args, self.ui.reason.text(), changes=changes, message=message)
