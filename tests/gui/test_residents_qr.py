"""pytest-qt: an ID card read by a QR reader into the residents search box and the person dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.gui.dialogs.person import PersonDialog
from desktop.residents import idcard, search, service
from desktop.residents.idcard_qr import parse
from desktop.residents.search import SearchFilter
from tests.gui.test_idcard_input import type_text


def _page(qtbot, gui_ctx):
    from desktop.gui.pages.residents import ResidentsPage

    page = ResidentsPage(gui_ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    return page


def _scan(page, text: str) -> None:
    page.search_box.setFocus()
    type_text(page.search_box, text)
    QTest.keyClick(page.search_box, Qt.Key.Key_Return)


def _a_person_with_a_good_number(gui_ctx) -> service.PersonView:
    ids = gui_ctx.run(search.search_ids, SearchFilter(status="registered"))
    for pid in ids[:400]:
        p = gui_ctx.run(service.get_person, pid)
        clean = p.id_issue == "" and p.id_number and p.birth_day and p.sex == "M"
        if clean and len(gui_ctx.run(search.find_by_id_number, p.id_number)) == 1:
            return p
    raise AssertionError("the demo station has no person with a clean number")


def test_unknown_card_offers_a_new_person_filled_from_it(qtbot, gui_ctx, messages, monkeypatch):
    page = _page(qtbot, gui_ctx)
    number = idcard.make_number("068", "F", 2005, 987654)
    assert gui_ctx.run(search.find_by_id_number, number) == []
    card = f"]Q1{number}||H'Hen Niê|30122005|Nữ|Bon Bu Sir, xã Tâm Thắng, tỉnh Lâm Đồng|02072024\r"
    seen = {}

    def save_as_filled(dialog):
        ui = dialog.ui
        seen.update(
            name=ui.full_name.text(), birth=ui.birth.text(), sex=ui.sex.currentData(),
            number=ui.id_number.text(), address=ui.permanent.text(), card=ui.card.currentData(),
            issued=ui.issued_date.date(), kind=ui.card_kind.currentData(),
        )  # fmt: skip
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", save_as_filled)
    _scan(page, card)
    assert any(number in t and "Thêm nhân khẩu mới" in t for t in messages.texts("confirm"))
    assert seen == {
        "name": "H'Hen Niê",
        "birth": "30/12/2005",
        "sex": "F",
        "number": number,
        "address": "Bon Bu Sir, xã Tâm Thắng, tỉnh Lâm Đồng",
        "card": "issued",
        "issued": dt.date(2024, 7, 2),
        "kind": "can_cuoc",
    }
    found = gui_ctx.run(search.find_by_id_number, number)
    assert len(found) == 1 and page.current.id == found[0]
    assert page.current.id_card_kind == "can_cuoc"
    assert page.search_box.text() == number  # the raw card text is gone from the box


def test_known_card_finds_the_person_and_the_clerk_takes_what_differs(qtbot, gui_ctx, messages, monkeypatch):
    page = _page(qtbot, gui_ctx)
    p = _a_person_with_a_good_number(gui_ctx)
    birth = dt.date(p.birth_year, p.birth_month or 1, p.birth_day or 1)
    wrong_day = birth + dt.timedelta(days=1)
    card = (
        f"{p.id_number}|245678901|{p.full_name} Bình|{wrong_day:%d%m%Y}|Nam|"
        f"{p.permanent_address or 'Thôn 1'}|20042021"
    )
    shown = {}

    def take_the_birth_only(dialog):
        shown["boxes"] = [(key, box.text()) for key, box in dialog.card_choices]
        shown["texts"] = [w.text() for w in dialog._diff_widgets]
        assert dialog.ui.card_diff.isVisibleTo(dialog)
        for key, box in dialog.card_choices:
            box.setChecked(key == "birth")
        dialog.take_checked()
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", take_the_birth_only)
    _scan(page, card)
    assert page.current.id == p.id
    asked = messages.texts("confirm")[-1]
    assert p.full_name in asked and "họ và tên" in asked and "ngày sinh" in asked
    keys = [k for k, _t in shown["boxes"]]
    assert keys == ["full_name", "birth", "id_card"]
    assert [t for _k, t in shown["boxes"]] == ["Họ và tên", "Ngày sinh", "Căn cước"]
    assert any(f"Thẻ: «{wrong_day:%d/%m/%Y}»" in t for t in shown["texts"])
    saved = gui_ctx.run(service.get_person, p.id)
    assert (saved.birth_year, saved.birth_month, saved.birth_day) == (
        wrong_day.year,
        wrong_day.month,
        wrong_day.day,
    )
    assert saved.full_name == p.full_name  # not checked: kept as in the register
    assert saved.id_card_issued_date == p.id_card_issued_date


def test_card_typed_into_an_open_dialog_of_a_new_person(qtbot, gui_ctx):
    dialog = PersonDialog(gui_ctx)
    qtbot.addWidget(dialog)
    dialog.ui.full_name.setFocus()
    type_text(dialog.ui.full_name, "068190001234|245678901|Nguyễn Văn Ấn|05011990|Nam|Thôn 3|20042021\t")
    ui = dialog.ui
    assert (ui.full_name.text(), ui.birth.text(), ui.id_number.text()) == (
        "Nguyễn Văn Ấn",
        "05/01/1990",
        "068190001234",
    )
    assert ui.card_kind.currentData() == "cccd"
    assert not ui.card_diff.isVisibleTo(dialog)


def test_matching_card_on_a_person_says_so(qtbot, gui_ctx):
    p = _a_person_with_a_good_number(gui_ctx)
    text = f"{p.id_number}||{p.full_name.upper()}|{p.birth_day:02d}{p.birth_month:02d}{p.birth_year}|Nam"
    dialog = PersonDialog(gui_ctx, p, card=parse(text))
    qtbot.addWidget(dialog)
    assert dialog.card_choices == []
    assert "khớp với sổ" in dialog.ui.card_diff_intro.text()
    assert not dialog.ui.take_card.isVisibleTo(dialog)
