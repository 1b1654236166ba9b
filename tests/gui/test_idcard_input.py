"""The kit's ID-card reader hook on a bare line edit: a card typed key by key, as a USB reader does."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from desktop.gui.kit.idcard_input import IdCardInput

_KEYS = {"\r": Qt.Key.Key_Return, "\n": Qt.Key.Key_Enter, "\t": Qt.Key.Key_Tab}
CARD = "]Q1068190001234|245678901|Nguyễn Văn Ấn|05011990|Nam|Thôn 3, Tâm Thắng|20042021"


def type_text(widget, text: str) -> None:
    """Type ``text`` one key at a time, as a reader does: CR and tab as their keys, other characters as
    text (QTest's keyClicks cannot type Vietnamese letters)."""
    for ch in text:
        if ch in _KEYS:
            QTest.keyClick(widget, _KEYS[ch])
            continue
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def test_a_card_ending_with_enter_is_taken_out_of_the_field(qtbot):
    edit = QLineEdit()
    edit.setMaxLength(20)
    qtbot.addWidget(edit)
    reader = IdCardInput.install(edit)
    returned = []
    edit.returnPressed.connect(lambda: returned.append(edit.text()))
    type_text(edit, "abc ")
    with qtbot.waitSignal(reader.card_read) as got:
        type_text(edit, CARD)
        QTest.keyClick(edit, Qt.Key.Key_Return)
    card = got.args[0]
    assert card.number == "068190001234"
    assert card.full_name == "Nguyễn Văn Ấn"
    assert card.birth_date == dt.date(1990, 1, 5)
    assert edit.text() == "abc"  # what the clerk had typed stays; the card's text is gone
    assert returned == []  # the reader's Enter went no further


def test_a_card_without_enter_is_taken_when_flushed(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    reader = IdCardInput.install(edit)
    cards = []
    reader.card_read.connect(cards.append)
    type_text(edit, CARD)
    assert reader._timer.isActive()  # the reader's silence will end the card
    assert reader.flush()
    assert [c.number for c in cards] == ["068190001234"]
    assert edit.text() == ""


def test_ordinary_typing_is_left_alone(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    reader = IdCardInput.install(edit)
    cards = []
    reader.card_read.connect(cards.append)
    returned = []
    edit.returnPressed.connect(lambda: returned.append(edit.text()))
    for text in ("068190001234", "Nguyễn Văn", "068190001234|245678901"):
        edit.clear()
        type_text(edit, text)
        QTest.keyClick(edit, Qt.Key.Key_Return)
    assert cards == []
    assert returned == ["068190001234", "Nguyễn Văn", "068190001234|245678901"]
    assert not reader.flush()
