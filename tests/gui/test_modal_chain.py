"""A record opened from a list inside a chain of modal dialogs (a report's differences → the records
behind one figure; a person's page → the household's page) lands the clerk on that record: when the
record lives on a page, every dialog of the chain closes, not only the innermost one.

The dialogs run their real ``exec()``: each step runs inside the modal loop of the dialog it drives
(``QTimer.singleShot``), and a last step closes whatever is still modal, so a failure ends the test
instead of hanging it."""

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop import figures, links
from desktop.gui import openers
from desktop.gui.dialogs.figure_records import FigureRecordsDialog
from desktop.gui.dialogs.record_page import HouseholdPageDialog, PersonPageDialog
from desktop.gui.dialogs.report_differences import DifferencesDialog
from desktop.reports.monthly.model import Period
from desktop.residents import archive


def _window(qtbot, gui_ctx):
    from desktop.gui.main_window import MainWindow

    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _household_file(gui_ctx):
    files = (gui_ctx.run(archive.get_file, row.id) for row in gui_ctx.run(archive.list_files, limit=50))
    return next(f for f in files if f.household_id)


def _sweep(left_open: list[str]) -> None:
    """Close (and name) every dialog still modal: what the clerk would find over the page."""
    while (widget := QApplication.activeModalWidget()) is not None:
        left_open.append(type(widget).__name__)
        widget.reject()


def _open_row(records, opens: str) -> object:
    number = next(n for n, r in enumerate(records.rows()) if r.opens == opens)
    records.select_row(number)
    return records.rows()[number]


def test_a_handover_from_a_reports_differences_closes_the_whole_chain(qtbot, gui_ctx, messages):
    """Report page → "So sánh với số liệu hiện tại" → the records behind a figure → a handover: the
    weapons page shows it with nothing modal left over it."""
    window = _window(qtbot, gui_ctx)
    end = dt.date.today()
    period = Period(end - dt.timedelta(days=365), end)
    key = "weapons.handed_over.handovers"
    assert gui_ctx.run(figures.records, key, period.start, period.end)
    outer = DifferencesDialog(gui_ctx, "Báo cáo tháng", [(key, "Số lần bàn giao", 0, None)], period,
                              window.page("report"))
    left_open: list[str] = []
    seen: dict[str, object] = {}

    def in_figures() -> None:
        inner = QApplication.activeModalWidget()
        seen["inner"] = inner
        if isinstance(inner, FigureRecordsDialog):
            seen["row"] = _open_row(inner.records, "weapons.handover")
            qtbot.keyClick(inner.records.table, Qt.Key.Key_Return)
        QTimer.singleShot(0, lambda: _sweep(left_open))

    def in_differences() -> None:
        outer.rows.select_row(0)
        QTimer.singleShot(0, in_figures)
        qtbot.keyClick(outer.rows.table, Qt.Key.Key_Return)  # exec()s the records behind the figure

    QTimer.singleShot(0, in_differences)
    outer.exec()
    assert isinstance(seen["inner"], FigureRecordsDialog)
    assert left_open == []
    assert not outer.isVisible() and not seen["inner"].isVisible()
    page = window.pages["weapons"]
    assert window.stack.currentWidget() is page
    assert page.tabs.currentWidget() is page.handovers
    assert page.handovers.list.selected().id == seen["row"].record_id
    assert not [m for m in messages.shown if m[0] == "warn"]


def test_a_file_from_the_household_page_over_a_persons_page_closes_both(qtbot, gui_ctx, messages):
    """Person's page → "Xem toàn bộ hồ sơ" of the household → its residence file: the archive page
    shows the file, neither page is left open over it."""
    window = _window(qtbot, gui_ctx)
    f = _household_file(gui_ctx)
    members = gui_ctx.run(lambda uow: links.for_household(uow.session, f.household_id))
    outer = PersonPageDialog(gui_ctx, members[0].record_id, window)
    left_open: list[str] = []
    seen: dict[str, object] = {}

    def in_household() -> None:
        inner = QApplication.activeModalWidget()
        seen["inner"] = inner
        if isinstance(inner, HouseholdPageDialog):
            seen["row"] = _open_row(inner.records, "residents.file")
            qtbot.keyClick(inner.records.table, Qt.Key.Key_Return)
        QTimer.singleShot(0, lambda: _sweep(left_open))

    def in_person() -> None:
        _open_row(outer.records, "residents.household")
        QTimer.singleShot(0, in_household)
        outer.page_action.trigger()  # exec()s the household's page

    QTimer.singleShot(0, in_person)
    outer.exec()
    assert isinstance(seen["inner"], HouseholdPageDialog)
    assert left_open == []
    page = window.pages["archive"]
    assert window.stack.currentWidget() is page
    assert page.files_list.selected().id == seen["row"].record_id == f.id


def test_a_record_with_a_dialog_opens_over_the_chain(qtbot, gui_ctx, messages, monkeypatch):
    """A record that has a dialog of its own opens over the innermost list, the chain stays open
    beneath it (the clerk comes back to the list when the record's dialog closes)."""
    from desktop.gui.dialogs.person import PersonDialog

    opened = []
    monkeypatch.setattr(PersonDialog, "exec", lambda self: opened.append(self) or 0)
    window = _window(qtbot, gui_ctx)
    f = _household_file(gui_ctx)
    members = gui_ctx.run(lambda uow: links.for_household(uow.session, f.household_id))
    outer = HouseholdPageDialog(gui_ctx, f.household_id, window)
    qtbot.addWidget(outer)
    outer.show()
    inner = PersonPageDialog(gui_ctx, members[0].record_id, outer)
    qtbot.addWidget(inner)
    inner.show()
    openers.open_record(gui_ctx, inner, "residents.person", members[0].record_id)
    (dialog,) = opened
    assert dialog.parentWidget() is inner
    assert inner.isVisible() and outer.isVisible()


class _ReadOnlyList(QDialog):
    CLOSES_WITH_CHAIN = True


def test_close_modal_chain_stops_at_the_main_window(qtbot, gui_ctx):
    window = _window(qtbot, gui_ctx)
    chain = [window]
    for _ in range(3):
        dialog = _ReadOnlyList(chain[-1])
        qtbot.addWidget(dialog)
        dialog.show()
        chain.append(dialog)
    closed = openers.close_modal_chain(chain[-1])
    assert closed == chain[:0:-1]  # innermost first
    assert window.isVisible() and not any(d.isVisible() for d in chain[1:])


def test_close_modal_chain_leaves_a_form_being_filled_in(qtbot, gui_ctx):
    """A form under the lists (it never says CLOSES_WITH_CHAIN) is neither accepted (saved) nor
    thrown away: the walk stops there, closing only the lists above it."""
    window = _window(qtbot, gui_ctx)
    accepted: list[str] = []

    class Form(QDialog):
        def accept(self) -> None:  # a form's accept saves
            accepted.append("form")
            super().accept()

    form = Form(window)
    qtbot.addWidget(form)
    form.show()
    middle = _ReadOnlyList(form)
    inner = QDialog(middle)  # the list the clerk acts in closes whatever it is
    for dialog in (middle, inner):
        qtbot.addWidget(dialog)
        dialog.show()
    closed = openers.close_modal_chain(inner)
    assert closed == [inner, middle]
    assert form.isVisible() and not accepted
    assert not middle.isVisible() and not inner.isVisible()
