"""Small parts of the schedule and staff dialogs: a list of check boxes (the topics of an event,
promoted in a Designer form), times in a QTimeEdit, counts typed by the clerk, and reading a form
before saving it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTimeEdit

from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.text import clean


class CheckList(QListWidget):
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
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked(self) -> tuple[Any, ...]:
        return tuple(
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )


def set_time(edit: QTimeEdit, value: dt.time) -> None:
    edit.setTime(QTime(value.hour, value.minute))


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


def save_form(dialog: Any, read: Callable[[], tuple], *, changes: str) -> None:
    """Read the form into ``(service_fn, *args)`` — a field that is not a date or a number is named
    in the message and the dialog stays open — then save through ``Dialog.save`` off the GUI thread."""
    try:
        fn, *args = read()
    except ValidationError as exc:
        messages.error(dialog, exc)
        return
    dialog.save(fn, *args, changes=changes)
