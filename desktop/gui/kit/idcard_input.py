"""An ID card read by a USB QR reader, in any line edit.

The reader types the card's QR text into the focused field as keystrokes, usually ending with Enter.
Installed on a QLineEdit, ``IdCardInput`` watches the text; once it holds a whole card (Enter, Tab, or
the reader falls silent for a moment), it takes the card's text out of the field, puts back what was
there before, and emits ``card_read(CardData)``:

    reader = IdCardInput.install(self.ui.search)      # the page or dialog keeps no other state
    reader.card_read.connect(self._card)               # (CardData)

A field's ``maxLength`` is lifted while installed (a card's text is ~120 characters; the services
check each field's length anyway). Ordinary typing is never taken: the text must parse as a card
(``desktop.residents.idcard_qr.parse``), which needs a 12-digit number, ``|`` and a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.residents import idcard_qr

#: where a card's text starts inside a field: an optional reader prefix, 12 digits, a separator
_CARD_START = re.compile(r"(?:\][A-Za-z][0-9A-Za-z])?\s*\d{12}\s*[|¦｜]")
#: the reader's silence that ends a card typed without Enter (readers type a character every few ms)
IDLE_MS = 250


class IdCardInput(QObject):
    card_read = Signal(object)

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.setMaxLength(32767)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.flush)
        edit.textChanged.connect(self._changed)
        edit.installEventFilter(self)

    @classmethod
    def install(cls, edit: QLineEdit) -> IdCardInput:
        return cls(edit)

    def _start(self) -> int | None:
        m = _CARD_START.search(self.edit.text())
        return m.start() if m else None

    def _changed(self, _text: str) -> None:
        if self._start() is not None:
            self._timer.start()
        else:
            self._timer.stop()

    def flush(self) -> bool:
        """Take a whole card out of the field now; False when the field holds no card."""
        self._timer.stop()
        start = self._start()
        if start is None:
            return False
        text = self.edit.text()
        card = idcard_qr.parse(text[start:])
        if card is None:
            return False
        self.edit.setText(text[:start].rstrip())
        self.card_read.emit(card)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
            and self._start() is not None
        ):
            # the reader's own ending: the card is taken and the key goes no further
            return self.flush() or super().eventFilter(watched, event)
        return super().eventFilter(watched, event)


def pick_person_by_card(
    owner: QWidget, picker: QLineEdit, outsider: Callable[[idcard_qr.CardData], None] | None = None
) -> IdCardInput:
    """A card read into a person picker (``kit.pickers.PersonPicker``) picks the register's person
    holding the card's number, as if the clerk had chosen them. A card nobody in the register holds
    goes to ``outsider`` (the dialog fills its fields for a person from outside the commune); two
    persons with the number are named for the clerk to choose and clean up."""
    from desktop.gui import messages
    from desktop.gui.kit import operation
    from desktop.residents import search

    reader = IdCardInput.install(picker)

    def found(card: idcard_qr.CardData, ids: list[int]) -> None:
        if len(ids) == 1:
            picker.set_value(ids[0], emit=True)  # type: ignore[attr-defined]
        elif ids:
            messages.info(owner, f"Có {len(ids)} nhân khẩu cùng số định danh {card.number}: hãy gõ tên để "
                                 "chọn đúng người, rồi làm sạch bản ghi trùng.")
        elif outsider is not None:
            outsider(card)
        else:
            messages.info(owner, f"Không có nhân khẩu nào mang số định danh {card.number} trong sổ.")

    def read(card: idcard_qr.CardData) -> None:
        operation.run(owner, search.find_by_id_number, card.number, done=lambda ids: found(card, ids))

    reader.card_read.connect(read)
    return reader
