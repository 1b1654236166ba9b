"""pytest-qt on the demo station: the "Báo cáo" page — the month, the figures the service composes, the
records behind a figure, the narrative kept as a draft, issuing from the preview, the issued versions
(reprint, compare), two clerks issuing the same month, the workbook, and what a viewer may do."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desktop.gui.dialogs.figure_records import FigureRecordsDialog
from desktop.gui.dialogs.report_differences import DifferencesDialog
from desktop.gui.kit import print_action
from desktop.gui.pages import report as report_page
from desktop.gui.pages.report import ReportPage, last_full_month
from desktop.reports.monthly import service
from desktop.reports.monthly.model import Narrative


def pdf_text(data: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def make_page(qtbot, ctx) -> ReportPage:
    page = ReportPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    return page


@pytest.fixture
def page(qtbot, gui_ctx):
    return make_page(qtbot, gui_ctx)


def shown_figures(page: ReportPage) -> list[tuple[str, str]]:
    return [(item.data(0, Qt.ItemDataRole.UserRole).key, item.text(1)) for item in page.figure_items()]


def test_the_last_full_month_and_the_figures_the_service_composes(page, gui_ctx, messages):
    year, month = last_full_month(dt.date.today(), gui_ctx.station.period_start_day)
    assert page.chosen() == (year, month) and page.view is not None
    period = gui_ctx.run(service.month_period, year, month)
    assert page.view.period == period
    composed = gui_ctx.run(service.compose, period)
    assert shown_figures(page) == [(f.key, report_page.number_text(f.value)) for f in composed.figures()]
    assert len(composed.figures()) > 5
    sections = [page.tree.topLevelItem(n).text(0) for n in range(page.tree.topLevelItemCount())]
    assert sections == [f"{s.number}. {s.title}" for s in composed.sections]
    first = page.figure_items()[0]
    figure = first.data(0, Qt.ItemDataRole.UserRole)
    assert first.text(2) == ("" if figure.previous is None else report_page.number_text(figure.previous))
    assert not messages.texts("error")


def test_other_months_and_a_month_in_the_future(page, gui_ctx, messages):
    year, month = page.chosen()
    page.prev_button.click()
    before = (year, month - 1) if month > 1 else (year - 1, 12)
    assert page.chosen() == before and (page.view.year, page.view.month) == before
    page.next_button.click()
    assert page.chosen() == (year, month)
    future = dt.date.today().year + 1
    page.year_spin.setValue(future)
    assert any("chưa bắt đầu" in t for t in messages.texts("error"))
    assert page.chosen() == (year, month) and (page.view.year, page.view.month) == (year, month)


def test_a_figure_opens_the_records_behind_it(page, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(FigureRecordsDialog, "exec", lambda self: opened.append(self) or 0)
    key = Qt.ItemDataRole.UserRole
    item = next(i for i in page.figure_items() if i.data(0, key).key == "schedule.patrols")
    figure = item.data(0, Qt.ItemDataRole.UserRole)
    page.tree.setCurrentItem(item)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert len(opened) == 1
    dialog = opened[0]
    assert (dialog.key, dialog.start, dialog.end) == ("schedule.patrols", page.view.period.start,
                                                       page.view.period.end)
    assert len(dialog.records.rows()) == figure.value and dialog.matches is True
    # a section's title opens nothing
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert len(opened) == 1


def test_the_narrative_is_kept_as_a_draft(page, qtbot, gui_ctx, messages):
    editor = page.narrative_editor
    assert not editor.dirty
    editor.edits["summary"].setPlainText("Tình hình an ninh ổn định; không có vụ việc phức tạp.")
    editor.edits["proposals"].setPlainText("Đề nghị cấp thêm kinh phí tuần tra.")
    assert editor.dirty and "chưa lưu" in page.status_label.text()
    assert page.save_shortcut.shortcut() == QKeySequence("Ctrl+S")
    page.save_shortcut.trigger()
    assert not editor.dirty and "Đã lưu nháp" in page.status_label.text()
    again = make_page(qtbot, gui_ctx)
    assert again.narrative_editor.narrative() == Narrative(
        summary="Tình hình an ninh ổn định; không có vụ việc phức tạp.",
        proposals="Đề nghị cấp thêm kinh phí tuần tra.")
    # planned events of the next month are listed beside the tasks, and can be copied in
    planned = page.view.report.planned_next
    assert page.narrative_editor.planned_list.count() == max(len(planned), 1)
    # changing the month with unsaved text: asked, saved, then the other month
    editor.edits["strengths"].setPlainText("Ưu điểm: tuần tra đều.")
    page.prev_button.click()
    assert any("chưa lưu" in t for t in messages.texts("confirm"))
    assert gui_ctx.run(service.load_draft, again.view.period).strengths == "Ưu điểm: tuần tra đều."
    assert page.view.period != again.view.period and not editor.dirty


def test_preview_then_save_issues_version_one(page, gui_ctx, messages, tmp_path, monkeypatch):
    page.narrative_editor.edits["summary"].setPlainText("Tình hình chung tháng này ổn định.")
    page.preview_button.click()
    preview = print_action.last_preview
    assert "Báo cáo tháng" in preview.windowTitle()
    assert gui_ctx.run(service.list_issued, page.view.period) == []  # looking issues nothing
    assert gui_ctx.run(service.load_draft, page.view.period).summary == "Tình hình chung tháng này ổn định."
    messages.save_path = str(tmp_path / "bao-cao.pdf")
    preview.save_as()
    assert any(t.startswith("Phát hành báo cáo tháng") for t in messages.texts("confirm"))
    issued = gui_ctx.run(service.list_issued, page.view.period)
    assert [s.version for s in issued] == [1] and issued[0].number_label
    saved = (tmp_path / "bao-cao.pdf").read_bytes()
    assert issued[0].number_label.split("/")[0] in pdf_text(saved)
    # the page shows it: reprint gives the stored PDF, compare finds nothing changed
    assert [s.version for s in page.issued.rows()] == [1]
    assert page.next_version() == 2
    page.issued.select_row(0)
    page.reprint_action.trigger()
    assert print_action.last_preview.data == gui_ctx.run(service.get_issued, issued[0].id).pdf
    compared = []
    monkeypatch.setattr(DifferencesDialog, "exec", lambda self: compared.append(self) or 0)
    page.compare_action.trigger()
    assert len(compared) == 1 and compared[0].rows.rows() == []
    assert "không có gì thay đổi" in compared[0].ui.heading.text()
    assert not messages.texts("error")


def test_two_clerks_issue_the_same_month(page, gui_ctx, sqlite_db, messages, tmp_path):
    """Another PC (its own context) issued the month after this page read it: this clerk is told,
    nothing is issued twice, and the list shows the other version."""
    from desktop.gui.context import AppContext
    from desktop.register import issuing

    other = AppContext(sqlite_db, gui_ctx.actor, gui_ctx.prefs)

    def issue_elsewhere(uow):
        with issuing.issuing():
            return service.printout(uow, page.view.period, Narrative(summary="Bản của máy khác."),
                                    as_version=1)

    other.run(issue_elsewhere)
    assert page.issued.rows() == []  # this page has not heard of it
    page.preview_button.click()
    messages.save_path = str(tmp_path / "bao-cao.pdf")
    print_action.last_preview.save_as()
    assert any("đã" in t for t in messages.texts("error"))
    assert [s.version for s in gui_ctx.run(service.list_issued, page.view.period)] == [1]
    assert [s.version for s in page.issued.rows()] == [1]
    assert not (tmp_path / "bao-cao.pdf").exists()


def test_export_the_workbook(page, messages, tmp_path):
    from openpyxl import load_workbook

    messages.save_path = str(tmp_path / "bao-cao.xlsx")
    page.export_button.click()
    book = load_workbook(tmp_path / "bao-cao.xlsx", read_only=True)
    assert len(book.sheetnames) >= 2
    assert any("Đã xuất báo cáo tháng" in t for t in messages.texts("info"))
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_viewer_sees_but_cannot_save_or_issue(qtbot, gui_ctx, sqlite_db, messages):
    from desktop.gui.context import AppContext
    from tests.conftest import make_user

    viewer = AppContext(sqlite_db, make_user(sqlite_db, "xembc", "viewer"), gui_ctx.prefs)
    page = make_page(qtbot, viewer)
    assert page.figure_items() and page.preview_button.isEnabled()
    assert not page.save_button.isEnabled()
    assert all(edit.isReadOnly() for edit in page.narrative_editor.edits.values())
    page.preview_button.click()
    preview = print_action.last_preview
    assert not preview.ui.save_button.isEnabled() and not preview.ui.print_button.isEnabled()
    assert gui_ctx.run(service.list_issued, page.view.period) == []



def test_a_new_station_opens_on_a_mostly_zero_month(qtbot, sqlite_db, tmp_path, messages):
    """A station without records: a valid report of zeros, not an error."""
    from PySide6.QtCore import QSettings

    from desktop.gui.context import AppContext
    from desktop.gui.prefs import Prefs
    from tests.conftest import make_user

    prefs = Prefs(QSettings(str(tmp_path / "new.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(sqlite_db, make_user(sqlite_db, "truongmoi", "admin"), prefs)
    page = make_page(qtbot, ctx)
    assert page.view is not None and not messages.texts("error")
    values = [item.data(0, Qt.ItemDataRole.UserRole).value for item in page.figure_items()]
    assert values and not any(values)


def test_a_refused_first_month_falls_back_to_the_month_in_progress(qtbot, gui_ctx, messages):
    """The month the page opens on is refused (a station too new to have one behind it): the month in
    progress instead, without a message; a month refused later does show the message."""
    from desktop.figures import period_for

    page = ReportPage(gui_ctx)
    qtbot.addWidget(page)
    page._show_picker(dt.date.today().year + 1, 1)
    page.show()
    page.refresh()
    end = period_for(dt.date.today(), gui_ctx.station.period_start_day)[1]
    assert page.view is not None and page.chosen() == (end.year, end.month)
    assert not messages.texts("error")
    page.next_button.click()
    assert any("chưa bắt đầu" in t for t in messages.texts("error"))
    assert page.chosen() == (end.year, end.month)
