"""pytest-qt: the person's page opened from the residents page (sections of every area, a row opens
its record by double-click and by Enter), the household's page, and merging two duplicates from the
data-quality queue — on the demo station."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop import links
from desktop.gui import openers
from desktop.gui.dialogs.person import PersonDialog
from desktop.gui.dialogs.person_merge import PersonMergeDialog
from desktop.gui.dialogs.record_page import HouseholdPageDialog, PersonPageDialog
from desktop.gui.dialogs.weapon_receipt import ReceiptDialog
from desktop.links import LinkedRecord
from desktop.residents import person_links, quality
from desktop.weapons import receipt_list


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    if hasattr(widget, "refresh"):
        widget.refresh()
    return widget


def _double_click(qtbot, record_list, number: int) -> None:
    table = record_list.table
    rect = table.visualRect(record_list.model.index(number, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_person_page_from_the_residents_page(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.pages.residents import ResidentsPage

    receipt = gui_ctx.run(receipt_list.list_receipts, include_voided=False, limit=1)[0]
    fake = LinkedRecord(
        "Vũ khí đã giao nộp",
        "weapons.receipt",
        receipt.id,
        dt.date(2026, 3, 1),
        "Biên bản",
        "Người giao nộp",
        60,
    )
    monkeypatch.setitem(links.PERSON_PROVIDERS, "fake_weapons", lambda session, pid: [fake])
    pages, opened = [], []
    monkeypatch.setattr(PersonPageDialog, "exec", lambda self: pages.append(self) or 0)
    monkeypatch.setattr(ReceiptDialog, "exec", lambda self: opened.append(("receipt", self)) or 0)
    monkeypatch.setattr(PersonDialog, "exec", lambda self: opened.append(("person", self)) or 0)
    monkeypatch.setattr(HouseholdPageDialog, "exec", lambda self: opened.append(("household", self)) or 0)

    page = _show(qtbot, ResidentsPage(gui_ctx))
    row = next(r for r in page.model.rows if r.household_number)
    page.list.select_id(row.id)
    assert page.current is not None and page.current.id == row.id
    page.page_action.trigger()
    assert len(pages) == 1
    dialog = _show(qtbot, pages[0])
    assert dialog.windowTitle() == f"Hồ sơ nhân khẩu: {page.current.full_name}"
    rows = dialog.records.rows()
    sections = [r.section for r in rows]
    expected = [r.section for r in gui_ctx.run(lambda uow: links.for_person(uow.session, row.id))]
    assert sections == expected  # every area's records, in section order
    fake_at = next(n for n, r in enumerate(rows) if r.opens == "weapons.receipt" and r.text == "Biên bản")
    assert page.current.full_name in dialog.ui.fields.toPlainText()

    # double-click the other area's row: its own dialog opens on its record
    _double_click(qtbot, dialog.records, fake_at)
    assert opened[-1][0] == "receipt" and opened[-1][1].receipt.id == receipt.id
    # Enter on the household's row opens the household's page
    dialog.records.select_row(next(n for n, r in enumerate(rows) if r.opens == "residents.household"))
    qtbot.keyClick(dialog.records.table, Qt.Key.Key_Return)
    assert opened[-1][0] == "household" and opened[-1][1].record_id == page.current.household_id
    # the edit button opens the person's form
    dialog.ui.edit_button.click()
    assert opened[-1][0] == "person" and opened[-1][1].windowTitle()
    # the household tab of the residents page opens the household's page
    page.household_tab.page_action.trigger()
    assert opened[-1][0] == "household" and opened[-1][1].record_id == page.current.household_id


def test_household_page_lists_members_and_opens_a_member(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.gallery.residents import _person

    person = _person(gui_ctx)
    opened = []
    monkeypatch.setattr(PersonDialog, "exec", lambda self: opened.append(self) or 0)
    dialog = _show(qtbot, HouseholdPageDialog(gui_ctx, person.household_id))
    members = [r for r in dialog.records.rows() if r.section == person_links.MEMBERS]
    assert person.id in [m.record_id for m in members]
    number = dialog.records.rows().index(next(m for m in members if m.record_id == person.id))
    _double_click(qtbot, dialog.records, number)
    assert len(opened) == 1 and opened[0].windowTitle()
    assert "Hộ số" in dialog.ui.heading.text()


def test_every_opener_key_of_the_brief_is_known():
    assert {
        "residents.person",
        "residents.household",
        "residents.file",
        "residents.loan",
        "residents.problem",
        "residents.campaign",
        "weapons.receipt",
        "support.project",
        "schedule.incident",
        "schedule.event",
    } <= set(openers.OPENERS)


def test_merge_duplicates_from_the_quality_queue(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.pages.quality import QualityPage

    page = _show(qtbot, QualityPage(gui_ctx))
    page.rules_list.select_id("id_mismatch")
    page.queue_list.select_row(0)
    assert not page.merge_action.isEnabled()  # only in a duplicate rule's queue
    page.rules_list.select_id("person_duplicate")
    before = page.current_rule().count
    assert before >= 2
    first = page.queue.row_at(0)
    page.queue_list.select_id(first.person_id)
    assert page.merge_action.isEnabled()
    pages = []
    monkeypatch.setattr(PersonPageDialog, "exec", lambda self: pages.append(self) or 0)
    page.page_action.trigger()
    assert pages[0].record_id == first.person_id and pages[0].records.rows()
    seen = {}

    def merge(dialog):
        seen["rows"] = dialog.ui.compare.rowCount()
        seen["left"] = dialog.ui.compare.item(0, 1).text()
        dialog.ui.keep_right.setChecked(True)
        seen["keep"], seen["drop"] = dialog.keep_and_drop()
        dialog.ui.reason.setText("Cùng một người, nhập hai lần")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PersonMergeDialog, "exec", merge)
    page.merge_action.trigger()
    assert seen["rows"] > 10 and seen["left"] == first.full_name
    assert seen["drop"] == first.person_id
    assert page.current_rule().count == before - 2  # the pair is one person now
    assert first.person_id not in [r.person_id for r in gui_ctx.run(quality.queue, "person_duplicate")]


def test_a_file_opens_on_the_archive_page(qtbot, gui_ctx, messages):
    """A residence file has no dialog of its own: the person's page closes and the archive page
    shows the file, found by its number wherever it lies."""
    from desktop.gui.main_window import MainWindow
    from desktop.residents import archive

    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    f = gui_ctx.run(archive.list_files, limit=1)[0]
    owner = gui_ctx.run(archive.get_file, f.id)
    person_id = (
        owner.person_id
        or gui_ctx.run(lambda uow: links.for_household(uow.session, owner.household_id))[0].record_id
    )
    dialog = PersonPageDialog(gui_ctx, person_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    number = next(n for n, r in enumerate(dialog.records.rows()) if r.opens == "residents.file")
    row = dialog.records.rows()[number]
    dialog.records.select_row(number)
    qtbot.keyClick(dialog.records.table, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    page = window.pages["archive"]
    assert window.stack.currentWidget() is page
    assert page.search_box.text() == gui_ctx.run(archive.get_file, row.record_id).number
    assert page.files_list.selected().id == row.record_id
