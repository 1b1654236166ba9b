"""Pickers: wherever a record names another record (an officer, a village, a person, a household,
an event), the clerk types a few letters without diacritics and picks it; the record holds its id.

    picker = OfficerPicker()            # in a Designer form: a promoted QLineEdit
    picker.bind(self)                   # the page or dialog (its ``ctx``); loads the choices
    picker.set_value(officer_id)        # or set_value(None)
    picker.value()                      # the id, or None
    picker.picked.connect(…)            # (id or None) when the clerk picks or clears

``MultiPicker`` holds several (the officers of an event): a picker plus the chosen list.
Officers and villages are few: they load once and filter in memory. Persons, households and events
are many: each keystroke asks the service (off the GUI thread, a stale answer dropped).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.kit.operation import Query
from desktop.text import fold


@dataclass(frozen=True)
class Choice:
    id: Any
    label: str
    key: str = ""  # folded text the search matches; the label's when empty

    @property
    def search_key(self) -> str:
        return self.key or fold(self.label)


class RecordPicker(QLineEdit):
    """A line edit with a drop-down of matching records. Subclasses say where choices come from:
    ``load(uow)`` for a small set read once, or ``search(uow, text)`` for a large one."""

    picked = Signal(object)
    placeholder = "Gõ để tìm…"
    #: the most choices a drop-down shows
    limit = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.placeholder)
        self.setClearButtonEnabled(True)
        self.owner: QWidget | None = None
        self._choices: list[Choice] = []  # the small set, or the last search's answer
        self._shown: list[Choice] = []
        self._value: Choice | None = None
        self._setting = False
        self._list = QStringListModel(self)
        self.completer_ = QCompleter(self._list, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated_index)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._lookup)
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._finished)
        self._query: Query | None = None

    # ---- subclasses ---------------------------------------------------------------------

    #: small sets: ``load(uow) -> list[Choice]`` (None for a large set)
    load: Callable[..., list[Choice]] | None = None

    def search(self, uow: Any, text: str) -> list[Choice]:
        """Large sets: the choices matching ``text``."""
        raise LookupError(type(self).__name__)

    def describe(self, uow: Any, record_id: Any) -> Choice | None:
        """The choice for one id (to show a value set from a stored record in a large set)."""
        return None

    # ---- use ----------------------------------------------------------------------------

    def bind(self, owner: QWidget, *, value: Any = None) -> None:
        """Attach to a page or dialog (its ``ctx``) and read the choices of a small set."""
        self.owner = owner
        self._query = Query(owner)
        if type(self).load is not None:
            ctx = owner.ctx  # type: ignore[attr-defined]
            self._choices = ctx.db.run(ctx.actor, type(self).load)
        if value is not None:
            self.set_value(value)

    def value(self) -> Any:
        return self._value.id if self._value is not None else None

    def choice(self) -> Choice | None:
        return self._value

    def set_value(self, record_id: Any, label: str | None = None, *, emit: bool = False) -> None:
        """Show ``record_id`` as chosen; ``emit``: as if the clerk had picked it (``picked`` fires)."""
        choice = None
        if record_id is not None:
            choice = next((c for c in self._choices if c.id == record_id), None)
            if choice is None and label is not None:
                choice = Choice(record_id, label)
            if choice is None and self.owner is not None:
                ctx = self.owner.ctx  # type: ignore[attr-defined]
                choice = ctx.db.run(ctx.actor, self.describe, record_id)
            if choice is None:
                choice = Choice(record_id, f"#{record_id}")
        self._set(choice, emit=emit)

    def choices(self) -> list[Choice]:
        return list(self._choices)

    def matches(self, text: str) -> list[Choice]:
        """The choices of a small set whose folded text holds every word typed."""
        words = fold(text).split()
        return [c for c in self._choices if all(w in c.search_key for w in words)][: self.limit]

    # ---- internals ----------------------------------------------------------------------

    def _set(self, choice: Choice | None, *, emit: bool) -> None:
        changed = (choice.id if choice else None) != self.value()
        self._value = choice
        self._setting = True
        self.setText(choice.label if choice else "")
        self.setCursorPosition(0)
        self.setToolTip(choice.label if choice else "")
        self._setting = False
        if emit and changed:
            self.picked.emit(self.value())

    def _edited(self, text: str) -> None:
        if self._setting:
            return
        if not text.strip():
            self._set(None, emit=True)
            self._show([])
            return
        if type(self).load is not None:
            self._show(self.matches(text))
        else:
            self._timer.start()

    def _lookup(self) -> None:
        if self._query is None or not self.text().strip():
            return
        self._query.run(self.search, self.text().strip(), done=self._show)

    def _show(self, choices: Sequence[Choice]) -> None:
        self._shown = list(choices)[: self.limit]
        if type(self).load is None:
            self._choices = list(self._shown)
        self._list.setStringList([c.label for c in self._shown])
        if self._shown and self.hasFocus():
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _activated_index(self, index: QModelIndex) -> None:
        # the popup is unfiltered: its rows are the rows of ``_shown``
        if index.isValid() and 0 <= index.row() < len(self._shown):
            self._set(self._shown[index.row()], emit=True)

    def _finished(self) -> None:
        """Leaving the field: an exact single match is taken; otherwise the field shows the value."""
        if self._setting:
            return
        text = self.text().strip()
        if not text:
            self._set(None, emit=True)
            return
        if self._value is not None and text == self._value.label:
            return
        candidates = self.matches(text) if type(self).load is not None else self._shown
        exact = [c for c in candidates if fold(c.label) == fold(text)]
        if len(candidates) == 1 or len(exact) == 1:
            self._set((exact or candidates)[0], emit=True)
        else:
            self._set(self._value, emit=False)

    def pick_text(self, text: str) -> Choice | None:
        """Type ``text`` and take the first match, as a clerk would (tests, QR readers)."""
        if type(self).load is not None:
            found = self.matches(text)
        else:
            ctx = self.owner.ctx  # type: ignore[union-attr]
            found = ctx.db.run(ctx.actor, self.search, text)
            self._choices = list(found)
        if found:
            self._set(found[0], emit=True)
            return found[0]
        return None


# ---- the record kinds -----------------------------------------------------------------------


def _officers(uow: Any) -> list[Choice]:
    from desktop.staff import service as staff

    return [
        Choice(o.id, o.label + (f" — {o.position}" if o.position else ""), fold(f"{o.label} {o.position}"))
        for o in staff.list_officers(uow)
    ]


def _villages(uow: Any) -> list[Choice]:
    from desktop.settings import list_villages

    return [Choice(v.id, v.label) for v in list_villages(uow)]


class OfficerPicker(RecordPicker):
    placeholder = "Gõ tên cán bộ…"
    load = staticmethod(_officers)

    def describe(self, uow: Any, record_id: Any) -> Choice | None:
        """An officer no longer serving (not among the choices) still named on an older record."""
        from desktop.staff import service as staff

        o = staff.get_officer(uow, record_id)
        return Choice(o.id, o.label + ("" if o.active else " (đã thôi)"))


class VillagePicker(RecordPicker):
    placeholder = "Gõ tên thôn, tổ dân phố…"
    load = staticmethod(_villages)

    def describe(self, uow: Any, record_id: Any) -> Choice | None:
        """A village no longer in use still named on an older record."""
        from desktop.settings import list_villages

        v = next((v for v in list_villages(uow, include_inactive=True) if v.id == record_id), None)
        return Choice(v.id, f"{v.label} (không còn dùng)") if v is not None else None


def _person_choice(row: Any) -> Choice:
    parts = [row.full_name, row.birth_text and f"sinh {row.birth_text}", row.id_number, row.village_label]
    return Choice(row.id, " — ".join(p for p in parts if p))


class PersonPicker(RecordPicker):
    placeholder = "Gõ tên, số định danh hoặc số điện thoại…"

    def search(self, uow: Any, text: str) -> list[Choice]:
        from desktop.residents.search import SearchFilter, search_page

        return [_person_choice(r) for r in search_page(uow, SearchFilter(text=text), limit=self.limit).rows]

    def describe(self, uow: Any, record_id: Any) -> Choice | None:
        from desktop.residents.search import fetch_rows

        rows = fetch_rows(uow, [record_id])
        return _person_choice(rows[0]) if rows else None


class HouseholdPicker(RecordPicker):
    placeholder = "Gõ số hộ hoặc tên chủ hộ…"

    def search(self, uow: Any, text: str) -> list[Choice]:
        from desktop.residents.households import list_households

        return [
            Choice(i, f"Hộ {number}" + (f" — {village}" if village else ""))
            for i, number, village in list_households(uow, text=text, limit=self.limit)
        ]

    def describe(self, uow: Any, record_id: Any) -> Choice | None:
        from desktop.residents.households import get_household

        h = get_household(uow, record_id)
        return Choice(h.id, f"Hộ {h.number}" + (f" — {h.village_label}" if h.village_label else ""))


def _event_choice(e: Any) -> Choice:
    when = e.starts_at.strftime("%d/%m/%Y %H:%M")
    return Choice(e.id, f"{when} — {e.title}" + (f" — {e.place}" if e.place else ""))


class EventPicker(RecordPicker):
    """Events of the last year and the next three months (the forum at which weapons were handed
    in, the day a project was handed over)."""

    placeholder = "Gõ tên hoạt động, địa điểm…"

    def search(self, uow: Any, text: str) -> list[Choice]:
        from desktop.schedule.events import list_events

        today = dt.date.today()
        found = list_events(uow, today - dt.timedelta(days=366), today + dt.timedelta(days=92), text=text)
        return [_event_choice(e) for e in reversed(found)][: self.limit]

    def describe(self, uow: Any, record_id: Any) -> Choice | None:
        from desktop.schedule.events import get_event

        return _event_choice(get_event(uow, record_id))


class MultiPicker(QWidget):
    """Several records of one kind: a picker to add, the chosen list below, Delete or × to remove."""

    changed = Signal()
    #: the picker made when none is given (a subclass promoted in a Designer form sets it)
    picker_class: type[RecordPicker] = OfficerPicker

    def __init__(self, picker: RecordPicker | QWidget | None = None, parent: QWidget | None = None) -> None:
        if picker is not None and not isinstance(picker, RecordPicker):
            # built by a Designer form: ``MultiPicker(parent)``
            picker, parent = None, picker
        super().__init__(parent)
        self.picker = picker if picker is not None else self.picker_class()
        self.chosen = QListWidget()
        self.chosen.setMaximumHeight(110)
        remove = QToolButton()
        remove.setText("Bỏ")
        remove.setToolTip("Bỏ mục đang chọn khỏi danh sách (Delete)")
        remove.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.chosen)
        self.picker.picked.connect(self._add)

    def bind(self, owner: QWidget, *, values: Iterable[Any] = ()) -> None:
        self.picker.bind(owner)
        self.set_values(values)

    def _add(self, record_id: Any) -> None:
        choice = self.picker.choice()
        if record_id is None or choice is None:
            return
        if record_id not in self.values():
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            self.chosen.addItem(item)
            self.changed.emit()
        self.picker._set(None, emit=False)

    def add(self, record_id: Any) -> None:
        self.picker.set_value(record_id)
        self._add(record_id)

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.changed.emit()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Delete and self.chosen.hasFocus():
            self.remove_selected()
            return
        super().keyPressEvent(event)

    def set_values(self, values: Iterable[Any]) -> None:
        self.chosen.clear()
        for value in values:
            self.add(value)

    def values(self) -> tuple[Any, ...]:
        return tuple(self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count()))


class OfficerMultiPicker(MultiPicker):
    """Several officers (``MultiPicker(OfficerPicker())``), promotable in a Designer form."""

    picker_class = OfficerPicker


class VillageMultiPicker(MultiPicker):
    """Several villages (``MultiPicker(VillagePicker())``), promotable in a Designer form."""

    picker_class = VillagePicker
