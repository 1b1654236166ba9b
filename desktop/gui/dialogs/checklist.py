"""A list of check boxes (officers, villages, topics) and small parsing helpers for schedule dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QListWidgetItem, QTimeEdit, QWidget

from desktop.errors import ValidationError
from desktop.text import clean


class CheckList(QListWidget):
    def __init__(self, items: Iterable[tuple[Any, str]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_items(items)

    def set_items(self, items: Iterable[tuple[Any, str]], checked: Iterable[Any] = ()) -> None:
        chosen = set(checked)
        self.clear()
        for key, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.addItem(item)

    def set_checked(self, keys: Iterable[Any]) -> None:
        chosen = set(keys)
        for i in range(self.count()):
            item = self.item(i)
            state = (
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in chosen
                else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)

    def checked(self) -> tuple[Any, ...]:
        return tuple(
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )


def time_edit(value: dt.time | None = None) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    if value is not None:
        edit.setTime(QTime(value.hour, value.minute))
    return edit


def py_time(edit: QTimeEdit) -> dt.time:
    t = edit.time()
    return dt.time(t.hour(), t.minute())


def parse_count(field: str, text: str, *, optional: bool = False) -> int | None:
    """A whole number typed by the user; '' gives None (when optional) or 0."""
    raw = clean(text).replace(".", "").replace(" ", "")
    if not raw:
        return None if optional else 0
    try:
        return int(raw)
    except ValueError:
        raise ValidationError(field, f"«{clean(text)}» không phải số.") from None


def save_cancel(accept: Callable[[], None], reject: Callable[[], None]) -> QDialogButtonBox:
    """Lưu / Hủy buttons (Qt's standard buttons are English without a translator)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText("Lưu")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
    buttons.accepted.connect(accept)
    buttons.rejected.connect(reject)
    return buttons
