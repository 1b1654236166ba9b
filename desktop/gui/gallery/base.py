"""What a gallery entry is, and the helpers its factories share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from desktop.gui.context import AppContext

T = TypeVar("T")
Factory = Callable[["AppContext", "QWidget | None"], "QDialog"]


@dataclass(frozen=True)
class GalleryEntry:
    key: str
    title: str  # Vietnamese, as the clerk knows the dialog
    factory: Factory


class MissingDemoRecord(LookupError):
    """The demo station has no record a factory needs (the demo generator changed)."""


def first(rows: list[T] | tuple[T, ...], what: str) -> T:
    if not rows:
        raise MissingDemoRecord(f"the demo station has no {what}")
    return rows[0]
