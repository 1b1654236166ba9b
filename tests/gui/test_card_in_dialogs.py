"""An ID card read (a USB QR reader typing into the focused field) in the receipt's giver field and
the incident's person field: the register's person is picked; a card of nobody fills the outsider."""

from __future__ import annotations

from sqlalchemy import select

from desktop.gui import gallery
from desktop.residents.models import Person
from tests.gui.test_idcard_input import type_text


def _card(number: str, name: str, address: str = "Thôn 3, Tâm Thắng") -> str:
    return f"{number}|245678901|{name}|05011990|Nam|{address}|20042021"


def _registered(gui_ctx) -> Person:
    def one(uow):
        with_number = select(Person).where(Person.id_number.is_not(None), Person.id_number != "")
        return uow.session.scalars(with_number.order_by(Person.id).limit(1)).one()

    return gui_ctx.run(one)


def _read(reader_owner, edit, text: str) -> None:
    type_text(edit, text)
    reader = next(c for c in edit.children() if type(c).__name__ == "IdCardInput")
    assert reader.flush()


def test_a_card_picks_the_giver_or_names_an_outsider(gui_ctx, qtbot):
    person = _registered(gui_ctx)
    dialog = gallery.entry("receipt_new").factory(gui_ctx, None)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    _read(dialog, ui.person, _card(person.id_number, person.full_name))
    assert ui.person.value() == person.id
    assert ui.person_name.text() == person.full_name and ui.person_name.isReadOnly()

    _read(dialog, ui.person, _card("068190009999", "Trần Văn Khách", "Phường 1, Đà Lạt"))
    assert ui.person.value() is None
    assert (ui.person_name.text(), ui.person_id_number.text(), ui.person_address.text()) == (
        "Trần Văn Khách", "068190009999", "Phường 1, Đà Lạt")
    assert not ui.person_name.isReadOnly()


def test_a_card_picks_a_person_of_an_incident(gui_ctx, qtbot):
    person = _registered(gui_ctx)
    dialog = gallery.entry("incident").factory(gui_ctx, None)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    _read(dialog, ui.person, _card(person.id_number, person.full_name))
    assert ui.person.value() == person.id
    _read(dialog, ui.person, _card("068190009999", "Trần Văn Khách"))
    assert ui.outsider_name.text() == "Trần Văn Khách"
