"""pytest-qt: archive (tree, arranging by scanning, loans, printouts), data quality, Đề án 06."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.gui.dialogs.archive import DocumentDialog, LoanDialog, ReasonDialog
from desktop.residents import archive, loans, quality, service


def _select_box(page, name: str) -> None:
    items = page.tree.findItems(name, Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
    page.tree.setCurrentItem(items[0])


def test_archive_arrange_and_loans(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.pages.archive import ArchivePage

    page = ArchivePage(gui_ctx)
    qtbot.addWidget(page)
    page.refresh()
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
    page.refresh()
    assert len(page.files.rows) == before + 1

    # lend the selected file, print the slip
    page.search_box.setText(unplaced[0].number)
    page.search_box.fire()

    def document(dialog):
        dialog.form_code.setCurrentText("CT01")
        dialog.title.setText("Tờ khai thay đổi thông tin cư trú")
        dialog.doc_date.setText("05/01/2026")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(DocumentDialog, "exec", document)
    qtbot.mouseClick(page.document_button, Qt.MouseButton.LeftButton)
    assert "Tờ khai thay đổi thông tin cư trú" in page.file_detail.toPlainText()

    def lend(dialog):
        dialog.borrower.setText("Trần Văn Bình")
        dialog.purpose.setText("Xác minh nhân thân")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(LoanDialog, "exec", lend)
    qtbot.mouseClick(page.lend_button, Qt.MouseButton.LeftButton)
    assert page.last_preview.document.pageCount() == 1
    assert gui_ctx.run(archive.get_file, page.current_file.id).on_loan_to == "Trần Văn Bình"
    qtbot.mouseClick(page.lend_button, Qt.MouseButton.LeftButton)
    assert any("đang cho Trần Văn Bình mượn" in t for t in messages.texts("error"))
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    assert gui_ctx.run(archive.get_file, page.current_file.id).on_loan_to == ""
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    assert any("không có ai đang mượn" in t for t in messages.texts("error"))
    qtbot.mouseClick(page.overdue_button, Qt.MouseButton.LeftButton)
    assert page.last_preview.document.pageCount() >= 1
    assert len(gui_ctx.run(loans.overdue)) > 0


def test_quality_queue_mark_and_revoke(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.pages.quality import QualityPage

    page = QualityPage(gui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    counts = {r.code: r.count for r in gui_ctx.run(quality.counts)}
    assert [r.count for r in page.rules.rows] == list(counts.values())
    page.rules_view.selectRow(list(quality.RULES).index("id_mismatch"))
    assert page.queue.rowCount() == counts["id_mismatch"]
    person = page.queue.row_at(0)

    def reason(dialog):
        dialog.reason.setText("Đã đối chiếu giấy khai sinh: số đúng")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ReasonDialog, "exec", reason)
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    assert page.rules.row_at(page.rules_view.current_row()).count == counts["id_mismatch"] - 1
    assert person.person_id not in [r.person_id for r in page.queue.rows]
    page.marks_view.selectRow(0)
    assert page.marks.row_at(0).reason == "Đã đối chiếu giấy khai sinh: số đúng"
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    assert page.rules.row_at(page.rules_view.current_row()).count == counts["id_mismatch"]
    page.village.setCurrentIndex(page.village.findText("bon Bu Sir"))
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert page.last_preview.document.pageCount() >= 1


def test_campaign_progress_and_steps(qtbot, gui_ctx, messages):
    from desktop.gui.pages.campaign import CampaignPage

    page = CampaignPage(gui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.progress.rowCount() == 10
    village = page.current_village()
    assert page.needs.rowCount() >= village.need_card > 0
    first = page.needs.row_at(0)
    had_card = gui_ctx.run(service.get_person, first.person_id).id_card_status == "issued"
    buttons = {b.text(): b for b in page.step_buttons}
    page.needs_view.selectRow(0)
    buttons["Đã được cấp căn cước"].click()
    ids = [r.person_id for r in page.needs.rows]
    if first.person_id in ids:  # still needs VNeID level 2
        page.needs_view.selectRow(ids.index(first.person_id))
        buttons["Đã kích hoạt VNeID mức 2"].click()
    person = gui_ctx.run(service.get_person, first.person_id)
    assert person.id_card_status == "issued" and person.vneid_level == 2
    assert first.person_id not in [r.person_id for r in page.needs.rows]
    assert page.current_village().issued == village.issued + (0 if had_card else 1)
    page.day.setText("31/02/2026")
    page.needs_view.selectRow(0)
    buttons["Đã được cấp căn cước"].click()
    assert any("không có thật" in t for t in messages.texts("error")), messages.shown
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert page.last_preview.document.pageCount() >= 1
