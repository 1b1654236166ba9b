"""The residents list on a small screen: at 125 % scaling (1093×614 logical pixels) its least useful
columns hide instead of the list scrolling sideways, at 1366×768 all nine show; the clerk shows and
hides columns from the header's context menu, remembered per list; a hidden column's value shows in
the row's tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip

from desktop.gui.models.residents import (
    COL_BIRTH,
    COL_HOUSEHOLD,
    COL_ID,
    COL_NAME,
    COL_RELATION,
    COL_SEX,
    COL_VILLAGE,
    COLUMNS,
)
from desktop.gui.screenshots import settle


def _page(qtbot, gui_ctx, width: int, height: int):
    from desktop.gui.main_window import MainWindow

    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    page = window.show_page("residents")
    settle()
    qtbot.waitUntil(lambda: bool(page.model.rows))
    settle()
    return window, page


def _shown(table) -> list[int]:
    header = table.horizontalHeader()
    return [c for c in range(header.count()) if not header.isSectionHidden(c)]


def _fits(table) -> bool:
    header = table.horizontalHeader()
    return header.length() <= table.viewport().width() and table.horizontalScrollBar().maximum() == 0


def test_at_125_percent_the_least_useful_columns_hide(qtbot, gui_ctx, messages):
    _window, page = _page(qtbot, gui_ctx, 1093, 614)
    table = page.table
    assert _fits(table), [table.horizontalHeader().sectionSize(c) for c in range(len(COLUMNS))]
    shown = _shown(table)
    assert {COL_NAME, COL_BIRTH, COL_ID} <= set(shown)
    assert COL_RELATION not in shown and COL_SEX not in shown  # the first to give way
    header = table.horizontalHeader()
    for column in shown:  # what shows reads whole: a column too narrow for its text gave way instead
        assert header.sectionSize(column) >= table.sizeHintForColumn(column) or column == COL_VILLAGE
    for column in shown:  # every header still reads whole
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(COLUMNS[column].header)


def test_at_1366_all_nine_columns_show(qtbot, gui_ctx, messages):
    window, page = _page(qtbot, gui_ctx, 1366, 768)
    assert _shown(page.table) == list(range(9))
    assert _fits(page.table)


def test_the_columns_come_back_when_the_window_widens(qtbot, gui_ctx, messages):
    window, page = _page(qtbot, gui_ctx, 1093, 614)
    assert len(_shown(page.table)) < 9
    window.resize(1366, 768)
    settle()
    assert _shown(page.table) == list(range(9))
    assert _fits(page.table)
    window.resize(1093, 614)
    settle()
    assert len(_shown(page.table)) < 9 and _fits(page.table)


def test_a_hidden_columns_value_shows_in_the_rows_tooltip(qtbot, gui_ctx, messages):
    _window, page = _page(qtbot, gui_ctx, 1093, 614)
    table = page.table
    row = page.model.rows[0]
    text = table.row_tooltip(page.model.index(0, COL_NAME))
    assert f"Quan hệ: {row.relation}" in text and f"Giới tính: {row.sex_text}" in text
    assert "Họ và tên:" not in text  # a shown column is not repeated
    cell = table.visualRect(page.model.index(0, COL_NAME))
    event = QHelpEvent(QEvent.Type.ToolTip, cell.center(), table.viewport().mapToGlobal(cell.center()))
    assert table.viewportEvent(event)
    assert f"Quan hệ: {row.relation}" in QToolTip.text()
    QToolTip.hideText()


def test_the_header_menu_shows_and_hides_columns_remembered_per_list(qtbot, gui_ctx, messages):
    window, page = _page(qtbot, gui_ctx, 1366, 768)
    table = page.table
    menu = table.columns.menu()
    actions = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert list(actions) == [c.header for c in COLUMNS]
    assert all(a.isChecked() for a in actions.values())
    actions["Số hộ"].trigger()  # the clerk hides the household number
    assert table.horizontalHeader().isSectionHidden(COL_HOUSEHOLD)
    assert _fits(table)
    window.close()  # the window saves its lists' layouts
    _window2, page2 = _page(qtbot, gui_ctx, 1366, 768)
    assert page2.table.horizontalHeader().isSectionHidden(COL_HOUSEHOLD)  # remembered
    assert len(_shown(page2.table)) == 8
    menu = page2.table.columns.menu()
    reset = next(a for a in menu.actions() if a.text() == "Hiện lại các cột như ban đầu")
    reset.trigger()
    assert _shown(page2.table) == list(range(9))


def test_a_column_the_clerk_asked_for_stays_on_a_narrow_screen(qtbot, gui_ctx, messages):
    _window, page = _page(qtbot, gui_ctx, 1093, 614)
    table = page.table
    menu = table.columns.menu()
    relation = next(a for a in menu.actions() if a.text() == "Quan hệ")
    assert not relation.isChecked()
    relation.trigger()
    assert not table.horizontalHeader().isSectionHidden(COL_RELATION)
    assert _fits(table)  # something else gave way for it
    last = next(a for a in table.columns.menu().actions() if a.isCheckable() and a.isChecked())
    assert last.isEnabled()
    for _ in COLUMNS:  # the clerk hides all they can (a column given way comes back): one stays
        ticked = [a for a in table.columns.menu().actions() if a.isCheckable() and a.isChecked()]
        if len(ticked) == 1:
            assert not ticked[0].isEnabled()
            break
        ticked[0].trigger()
    assert len(_shown(table)) == 1


def test_the_header_menu_opens_on_a_right_click(qtbot, gui_ctx, messages):
    from PySide6.QtWidgets import QMenu

    _window, page = _page(qtbot, gui_ctx, 1366, 768)
    header = page.table.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(10, 5))
    (menu,) = [m for m in header.findChildren(QMenu) if m.isVisible()]
    assert [a.text() for a in menu.actions() if a.isCheckable()] == [c.header for c in COLUMNS]
    menu.hide()
