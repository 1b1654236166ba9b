"""pytest-qt: Tổng quan, the first page after login — the numbers the service counts, every list row
opening the record or the page behind it, a viewer's view, a refresh when data changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt

from desktop.accounts import login_user
from desktop.gui.context import AppContext
from desktop.gui.prefs import Prefs
from desktop.reports import dashboard
from desktop.schedule import events as ev
from desktop.schedule.views import EventInput, OutcomeInput
from desktop.text import format_int


def _window(qtbot, ctx):
    from desktop.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_login_lands_on_the_dashboard_with_the_service_figures(qtbot, gui_ctx):
    window = _window(qtbot, gui_ctx)
    assert window.current_key() == "dashboard"
    page = window.pages["dashboard"]
    assert window.stack.currentWidget() is page and window.entries[0].title == "Tổng quan"
    o = gui_ctx.run(dashboard.overview)
    for tile, figure in zip(page.tiles, o.figures, strict=True):
        assert tile.title.text() == figure.label
        assert tile.value.text() == format_int(figure.value)
        assert f"{o.month_labels[-2]}: {format_int(figure.previous)}" in tile.previous.text()
    assert o.current_label in page.compare_label.text() and o.previous_label in page.compare_label.text()
    chart = page.charts[0].chart()
    assert [s.label() for s in chart.series()[0].barSets()] == ["Tuần tra, kiểm soát", "Họp thôn, tổ dân phố"]
    assert [chart.series()[0].barSets()[0].at(i) for i in range(12)] == list(o.charts[0].series[0].values)
    months = chart.axes(Qt.Orientation.Horizontal)[0].categories()
    assert months[-1] == o.month_labels[-1].replace("/", "<br>")
    assert page.week_list.rows() == list(o.week_events)
    assert page.loans_list.rows() == list(o.overdue_loans) and o.overdue_loans
    assert [p.code for p in page.problems_list.rows()] == [p.code for p in o.problems if p.count]
    assert page.weapons_list.rows() == list(o.weapons_on_hand)
    assert f"{len(o.overdue_loans)}" in page.titles["dashboardLoans"].text()


def test_each_list_opens_what_is_behind_it(qtbot, gui_ctx, monkeypatch):
    window = _window(qtbot, gui_ctx)
    page = window.pages["dashboard"]

    problem = page.problems_list.rows()[0]
    page.problems_list.select_row(0)
    page.problems_list.table.activated_row.emit(0)
    assert window.current_key() == "quality"
    assert window.pages["quality"].current_rule().code == problem.code

    window.show_page("dashboard")
    loan = page.loans_list.rows()[1]
    page.loans_list.select_id(loan.id)
    page.loans_list.table.activated_row.emit(1)
    archive = window.pages["archive"]
    assert window.current_key() == "archive"
    assert archive.tabs.tabText(archive.tabs.currentIndex()) == "Mượn, trả"
    assert archive.loans_list.selected().id == loan.id

    window.show_page("dashboard")
    held = page.weapons_list.rows()[0]
    page.weapons_list.select_row(0)
    page.weapons_list.table.activated_row.emit(0)
    weapons = window.pages["weapons"]
    assert window.current_key() == "weapons" and weapons.tabs.currentWidget() is weapons.items
    items = weapons.items.list.rows()
    assert items and all(i.category == held.category for i in items)
    assert weapons.items.list.filter_values()["status"] == "on_hand"

    from desktop.gui.dialogs import event as event_dialog

    opened = []
    monkeypatch.setattr(event_dialog.EventDialog, "exec", lambda self: opened.append(self.record.id))
    window.show_page("dashboard")
    first = page.week_list.rows()[0]
    page.week_list.select_row(0)
    page.week_list.table.activated_row.emit(0)
    assert opened == [first.id]


def test_a_viewer_sees_it(qtbot, gui_ctx, tmp_path):
    viewer = login_user(gui_ctx.db, "xem", "demo1234")
    assert viewer.role == "viewer"
    prefs = Prefs(QSettings(str(tmp_path / "v.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(gui_ctx.db, viewer, prefs)
    window = _window(qtbot, ctx)
    assert window.current_key() == "dashboard"
    page = window.pages["dashboard"]
    assert page.overview is not None
    assert page.tiles[0].value.text() == format_int(page.overview.figures[0].value)


def test_refreshes_when_the_schedule_changes(qtbot, gui_ctx):
    window = _window(qtbot, gui_ctx)
    page = window.pages["dashboard"]
    before = page.overview.figures[0]
    assert before.key == "schedule.patrols"
    start = dt.datetime.combine(dt.date.today(), dt.time(0, 0))
    end = start + dt.timedelta(hours=1)
    data = EventInput("patrol", "Tuần tra đêm", start, end, "Thôn 1", (), (), "", ())

    def add_done_patrol(uow):
        view = ev.create_event(uow, data).event
        return ev.complete_event(uow, view.id, view.version, OutcomeInput(None, 0))

    gui_ctx.run(add_done_patrol)
    gui_ctx.announce(("schedule",))
    assert page.overview.figures[0].value == before.value + 1
    assert page.tiles[0].value.text() == format_int(before.value + 1)


def test_every_number_opens_its_records(qtbot, gui_ctx, monkeypatch):
    from desktop.gui.dialogs.figure_records import FigureRecordsDialog

    opened = []
    monkeypatch.setattr(FigureRecordsDialog, "exec",
                        lambda self: opened.append((self.key, self.start, self.end, self.value)))
    window = _window(qtbot, gui_ctx)
    page = window.pages["dashboard"]
    o = page.overview
    # a tile: this period so far, with the number shown, so the dialog says whether the list agrees
    qtbot.mouseClick(page.tiles[0], Qt.MouseButton.LeftButton)
    assert opened[-1] == ("schedule.patrols", o.current.start, o.current.end, o.figures[0].value)
    # its previous period's number, a link of its own
    page.tiles[3].previous.linkActivated.emit("previous")
    assert opened[-1] == ("residents.events.permanent", o.previous.start, o.previous.end,
                          o.figures[3].previous)
    # the keyboard: a focused tile opens on Enter
    page.tiles[5].setFocus()
    qtbot.keyClick(page.tiles[5], Qt.Key.Key_Return)
    assert opened[-1][0] == "weapons.received.items"
    # a sum over the rules: a menu with one entry per rule, each opening that rule's records
    found = next(f for f in o.figures if f.key == "residents.quality.*.found")
    menu = page.parts_menu(found, o.current, previous=False)
    assert [a.text() for a in menu.actions()] == [f"{p.label}: {format_int(p.value)}" for p in found.parts]
    menu.actions()[0].trigger()
    assert opened[-1] == (found.parts[0].key, o.current.start, o.current.end, found.parts[0].value)
    # a bar of a chart: that series' records in that month
    bars = page.charts[2].chart().series()[0].barSets()[1]  # residence events: temporary
    bars.clicked.emit(10)
    month = o.months[10]
    assert opened[-1][:3] == ("residents.events.temporary", month.start, month.end)


def test_the_records_dialog_lists_as_many_rows_as_a_tile_counts(qtbot, gui_ctx):
    """The real dialog over the real records of the demo station: for every single-figure tile the
    list behind it has exactly the number shown."""
    from desktop.gui.dialogs.figure_records import FigureRecordsDialog

    window = _window(qtbot, gui_ctx)
    o = window.pages["dashboard"].overview
    for figure in o.figures:
        for one in figure.parts or (figure,):
            dialog = FigureRecordsDialog(gui_ctx, one.key, one.label, o.current.start, o.current.end,
                                         window, value=one.value)
            qtbot.addWidget(dialog)
            assert dialog.matches is True, one.key
            dialog.close()
