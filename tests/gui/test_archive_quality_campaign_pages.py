"""pytest-qt: archive (tree, new file on a chosen box, arranging by scanning, loans, printouts), data
quality, Đề án 06 — each page driven like a clerk, reads and writes through the kit's operations."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.gui.dialogs.archive import DocumentDialog, FileDialog, LoanDialog, LocationDialog
from desktop.gui.dialogs.bulk import MarkManyDialog
from desktop.gui.kit import print_action
from desktop.residents import archive, loans, quality, service


def _show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    return page


def _select_box(page, name: str) -> None:
    items = page.tree.findItems(name, Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
    page.tree.setCurrentItem(items[0])


def test_archive_arrange_and_loans(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.pages.archive import ArchivePage

    page = _show(qtbot, ArchivePage(gui_ctx))
    assert page.tree.topLevelItemCount() == 1
    assert page.files.rowCount() > 100
    assert "quá hạn" in page.overdue_label.text()
    unplaced = [f for f in gui_ctx.run(archive.list_files) if f.location_path == ""]
    _select_box(page, "Hộp 01")
    before = len(page.files.rows)
    page.scan.setText(unplaced[0].number)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    page.scan.setText("99999-999999")
    page.scan.returnPressed.emit()
    assert page.placed.item(0).text() == unplaced[0].number
    assert page.unknown.item(0).text() == "99999-999999"
    assert len(page.files.rows) == before + 1  # the page refreshed itself once, on the change

    # add a paper to the file, lend it, print the slip
    page.search_box.setText(unplaced[0].number)
    page.search_box.fire()
    page.files_list.select_row(0)

    def document(dialog):
        dialog.ui.form_code.setCurrentText("CT01")
        dialog.ui.title.setText("Tờ khai thay đổi thông tin cư trú")
        dialog.ui.doc_date.setText("05/01/2026")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(DocumentDialog, "exec", document)
    page.document_action.trigger()
    assert "Tờ khai thay đổi thông tin cư trú" in page.file_detail.toPlainText()

    def lend(dialog):
        dialog.ui.borrower.setText("Trần Văn Bình")
        dialog.ui.purpose.setText("Xác minh nhân thân")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(LoanDialog, "exec", lend)
    page.lend_action.trigger()
    assert print_action.last_preview.document.pageCount() == 1
    assert gui_ctx.run(archive.get_file, page.current_file.id).on_loan_to == "Trần Văn Bình"
    # a file on loan cannot be lent again; only returned
    assert not page.lend_action.isEnabled() and page.return_action.isEnabled()
    page.return_action.trigger()
    assert gui_ctx.run(archive.get_file, page.current_file.id).on_loan_to == ""
    assert page.lend_action.isEnabled() and not page.return_action.isEnabled()
    page.print_overdue()
    assert print_action.last_preview.document.pageCount() >= 1
    assert len(gui_ctx.run(loans.overdue)) > 0


def test_archive_overdue_only_is_a_remembered_filter(qtbot, gui_ctx, messages):
    """"Chỉ hồ sơ mượn quá hạn" keeps the files whose loan is past due (the count from the service
    beside it), combines with the search and the location tree, and the page opens with it again."""
    from desktop.gui.pages.archive import OVERDUE_FILES, ArchivePage

    late = {x.file_id for x in gui_ctx.run(loans.overdue)}
    assert len(late) >= 2 and gui_ctx.run(loans.count_overdue) == len(late)
    page = _show(qtbot, ArchivePage(gui_ctx))
    page.tree.setCurrentItem(None)
    assert page.files.rowCount() > len(late)
    assert page.overdue_files.text() == f"{OVERDUE_FILES} ({len(late)})"
    assert f"{len(late)} hồ sơ mượn quá hạn" in page.overdue_label.text()
    page.overdue_files.click()
    assert {f.id for f in page.files.rows} == late
    assert {page.files.data(page.files.index(n, 4)) for n in range(page.files.rowCount())} == {"Quá hạn"}
    one = page.files.rows[0]
    page.search_box.setText(one.number)
    page.search_box.fire()
    assert [f.id for f in page.files.rows] == [one.id]
    page.search_box.setText("")
    page.search_box.fire()
    page.overdue_loans.click()  # the loans tab: only the overdue loans
    assert {x.file_id for x in page.loans.rows} == late
    borrower = page.loans.rows[0].borrower
    page.loans_list.search.setText(borrower.split()[-1])  # its search filters the rows shown
    page.loans_list.search.fire()
    assert page.loans.rows and all(borrower.split()[-1] in x.borrower for x in page.loans.rows)
    page.loans_list.search.setText("")
    page.loans_list.search.fire()
    again = _show(qtbot, ArchivePage(gui_ctx))  # the next time the page opens
    again.tree.setCurrentItem(None)
    assert again.overdue_files.isChecked() and again.overdue_loans.isChecked()
    assert {f.id for f in again.files.rows} == late
    again.overdue_files.click()
    assert len(again.files.rows) > len(late)


def test_archive_new_location_and_file_on_a_chosen_box(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.pages.archive import ArchivePage

    page = _show(qtbot, ArchivePage(gui_ctx))
    page.tree.setCurrentItem(None)

    def kho(dialog):
        assert [dialog.ui.kind.itemText(i) for i in range(dialog.ui.kind.count())] == ["Kho"]
        dialog.ui.name.setText("Kho 2")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(LocationDialog, "exec", kho)
    page.add_location()
    assert page.tree.findItems("Kho 2", Qt.MatchFlag.MatchExactly)  # not "Kho Kho 2"
    _select_box(page, "Hộp 02")
    box = page.current_location()

    def new_file(dialog):
        ui = dialog.ui
        assert ui.location.currentData() == box  # the box chosen in the tree, shown and changeable
        assert "Hộp 02" in ui.location.currentText()
        ui.number.setText("67099-000001")
        ui.owner_kind.setCurrentIndex(ui.owner_kind.findData("person"))
        assert ui.person.pick_text("nguyen") is not None
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(FileDialog, "exec", new_file)
    page.add_file()
    f = gui_ctx.run(archive.get_file, page.current_file.id)
    assert f.number == "67099-000001" and f.location_id == box and f.person_id is not None
    assert "Hộp 02" in f.location_path


def test_quality_queue_mark_and_revoke(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.pages.quality import QualityPage

    page = _show(qtbot, QualityPage(gui_ctx))
    counts = {r.code: r.count for r in gui_ctx.run(quality.counts)}
    assert {r.code: r.count for r in page.rules.rows} == counts
    page.rules_list.select_id("id_mismatch")
    assert page.queue.rowCount() == counts["id_mismatch"]
    person = page.queue.row_at(0)
    page.queue_list.select_id(person.person_id)

    def reason(dialog):
        dialog.ui.reason.setText("Đã đối chiếu giấy khai sinh: số đúng")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(MarkManyDialog, "exec", reason)
    page.mark_action.trigger()
    assert page.current_rule().count == counts["id_mismatch"] - 1
    assert person.person_id not in [r.person_id for r in page.queue.rows]
    page.marks_list.select_row(0)
    assert page.marks.row_at(0).reason == "Đã đối chiếu giấy khai sinh: số đúng"
    page.revoke_action.trigger()
    assert page.current_rule().count == counts["id_mismatch"]
    page.village.setCurrentIndex(page.village.findText("bon Bu Sir"))
    assert page.current_rule().code == "id_mismatch"  # the rule stays chosen across the filter
    page.print_action.trigger()
    assert print_action.last_preview.document.pageCount() >= 1


def test_quality_viewer_cannot_mark_or_scan(qtbot, gui_ctx, sqlite_db):
    from desktop.gui.context import AppContext
    from desktop.gui.pages.quality import QualityPage
    from tests.conftest import make_user

    ctx = AppContext(sqlite_db, make_user(sqlite_db, "xemcl", "viewer"), gui_ctx.prefs)
    page = _show(qtbot, QualityPage(ctx))
    page.rules_list.select_id("id_mismatch")
    page.queue_list.select_row(0)
    assert not page.mark_action.isEnabled()
    texts = {a.action.text(): a.action.isEnabled() for a in page.rules_list._actions}
    assert texts["Rà soát lại toàn bộ"] is False and texts["In danh sách của thôn, bon…"] is True


def test_campaign_progress_and_steps(qtbot, gui_ctx, messages):
    from desktop.gui.pages.campaign import CampaignPage

    page = _show(qtbot, CampaignPage(gui_ctx))
    assert page.progress.rowCount() == 10
    village = page.current_village()
    assert page.needs.rowCount() >= village.need_card > 0
    first = page.needs.row_at(0)
    page.needs_list.select_id(first.person_id)
    had_card = gui_ctx.run(service.get_person, first.person_id).id_card_status == "issued"
    page.step_actions["issued"].trigger()
    if page.needs_list.select_id(first.person_id):  # still needs VNeID level 2
        page.step_actions["vneid2"].trigger()
    person = gui_ctx.run(service.get_person, first.person_id)
    assert person.id_card_status == "issued" and person.vneid_level == 2
    assert first.person_id not in [r.person_id for r in page.needs.rows]
    assert page.current_village().issued == village.issued + (0 if had_card else 1)
    # the filter by what is still needed
    page.needs_list._filters["need"].setCurrentIndex(1)
    assert page.needs.rows and all("làm căn cước" in r.needs for r in page.needs.rows)
    page.day.setText("31/02/2026")
    page.needs_list.select_row(0)
    page.step_actions["issued"].trigger()
    assert any("không có thật" in t for t in messages.texts("error")), messages.shown
    page.progress_list._actions[0].action.trigger()
    assert print_action.last_preview.document.pageCount() >= 1
