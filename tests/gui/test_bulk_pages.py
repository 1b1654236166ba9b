"""pytest-qt: bulk work in one step on the demo station — arranging many files (typed ranges, an
Excel list checked then written whole), a campaign step for the selected persons, many data problems
marked at once, and walking a rule's list person after person (next / previous)."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton

from desktop.gui import messages as gui_messages
from desktop.gui.dialogs.bulk import ArrangeImportDialog, CampaignBulkDialog, MarkManyDialog
from desktop.gui.dialogs.person import PersonDialog
from desktop.residents import archive, quality, service


def _show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    return page


def _select_box(page, name: str) -> None:
    items = page.tree.findItems(name, Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
    page.tree.setCurrentItem(items[0])


def _select_rows(record_list, count: int) -> list:
    record_list.table.clearSelection()
    model = record_list.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for i in range(count):
        model.select(record_list.model.index(i, 0), flags)
    return record_list.selected_rows()


def test_archive_many_files_typed_and_from_excel(qtbot, gui_ctx, messages, monkeypatch, tmp_path):
    from desktop.gui.pages.archive import ArchivePage

    page = _show(qtbot, ArchivePage(gui_ctx))
    unplaced = [f.number for f in gui_ctx.run(archive.list_files) if f.location_path == ""]
    assert len(unplaced) >= 8
    _select_box(page, "Hộp 01")
    page.arrange_day.set_date(dt.date.today() + dt.timedelta(days=1))
    page.many.setText(", ".join(unplaced[:3]))
    page.many_button.click()
    assert messages.shown[-1][0] == "error" and "tương lai" in messages.shown[-1][1]
    page.arrange_day.set_date(dt.date.today())
    page.many_button.click()
    assert [page.placed.item(i).text() for i in range(3)] == unplaced[:3][::-1]
    assert page.many.text() == ""
    box = page.current_location()
    placed = {f.number: f for f in gui_ctx.run(archive.list_files, location_id=box)}
    assert set(unplaced[:3]) <= set(placed)

    box_path = page.locations[box].path
    book = Workbook()
    sheet = book.active
    sheet.append(["Số hồ sơ", "Vị trí"])
    for number in unplaced[3:8]:
        sheet.append([number, box_path])
    bad = tmp_path / "co-loi.xlsx"
    sheet.append(["99999-000001", box_path])
    book.save(bad)
    sheet.delete_rows(sheet.max_row)
    good = tmp_path / "dung.xlsx"
    book.save(good)

    seen = {}

    def check_then_write(dialog):
        seen[dialog.path.name] = dialog.ui.report.toPlainText()
        if dialog.ui.write_button.isEnabled():
            dialog.ui.write_button.click()
        return dialog.result()

    monkeypatch.setattr(ArrangeImportDialog, "exec", check_then_write)
    monkeypatch.setattr(gui_messages, "open_file", lambda *a, **k: str(bad))
    page.import_button.click()
    assert "Dòng 7" in seen["co-loi.xlsx"] and "99999-000001" in seen["co-loi.xlsx"]
    assert not {f.number for f in gui_ctx.run(archive.list_files, location_id=box)} & set(unplaced[3:8])
    monkeypatch.setattr(gui_messages, "open_file", lambda *a, **k: str(good))
    page.import_button.click()
    assert "Sẽ xếp 5 hồ sơ" in seen["dung.xlsx"]
    assert set(unplaced[3:8]) <= {f.number for f in gui_ctx.run(archive.list_files, location_id=box)}


def test_campaign_step_for_the_selected_persons(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.pages.campaign import CampaignPage

    page = _show(qtbot, CampaignPage(gui_ctx))
    rows = _select_rows(page.needs_list, 4)
    assert len(rows) == 4
    unreviewed = [r for r in rows if gui_ctx.run(service.get_person, r.person_id).reviewed_date is None]

    def reviewed(dialog):
        ui = dialog.ui
        assert ui.who.currentData() == "selected" and "4 người" in ui.who.currentText()
        assert not ui.id_numbers.isEnabled() and not ui.officer.isEnabled()
        ui.step.setCurrentIndex(ui.step.findData("reviewed"))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(CampaignBulkDialog, "exec", reviewed)
    page.bulk_action.trigger()
    for r in unreviewed:
        assert gui_ctx.run(service.get_person, r.person_id).reviewed_date == dt.date.today()


def test_quality_mark_many_and_walk(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.pages.quality import QualityPage

    page = _show(qtbot, QualityPage(gui_ctx))
    page.rules_list.select_id("id_mismatch")
    before = page.current_rule().count
    order = [r.person_id for r in page.queue.rows]
    assert len(order) >= 4
    rows = _select_rows(page.queue_list, 2)
    assert not page.open_action.isEnabled() and page.mark_action.isEnabled()

    def reason(dialog):
        assert "2 người" in dialog.ui.summary.text()
        dialog.ui.reason.setText("Đã đối chiếu giấy khai sinh")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(MarkManyDialog, "exec", reason)
    page.mark_action.trigger()
    assert page.current_rule().count == before - 2
    assert not {r.person_id for r in rows} & {r.person_id for r in page.queue.rows}

    order = [r.person_id for r in page.queue.rows]
    visited = []
    moves = iter(["walkNext", "walkNext", "walkPrevious", None])

    def walk(dialog):
        visited.append(dialog.person.id)
        assert "trong danh sách)" in dialog.windowTitle()
        name = next(moves)
        if name is None:
            dialog.reject()
        else:
            dialog.findChild(QPushButton, name).click()
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", walk)
    page.queue_list.select_id(order[0])
    page.open_action.trigger()
    assert visited == [order[0], order[1], order[2], order[1]]
    assert page.queue_list.selected().person_id == order[1]  # the list follows the walk
    assert len(gui_ctx.run(quality.list_marks, code="id_mismatch")) >= 2
