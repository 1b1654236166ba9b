"""pytest-qt: the records behind a figure, with an area registered by the test (its figures and its
records): the rows, the columns, the check against the figure, filtering, opening a row, and a figure
that lists no records."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from desktop import figures
from desktop.figures import RecordRow
from desktop.gui import openers
from desktop.gui.dialogs import figure_records
from desktop.gui.dialogs.figure_records import COL_AMOUNT, NOT_LISTED, FigureRecordsDialog

START, END = dt.date(2026, 10, 1), dt.date(2026, 10, 31)
ROWS = [
    RecordRow("Nguyễn Văn An", "Trộm cắp xe máy", dt.date(2026, 10, 3), "Thôn 1", opens="test.thing",
              record_id=11),
    RecordRow("Trần Thị Bình", "Trộm cắp tài sản", dt.datetime(2026, 10, 20, 9, 30), "Bon Bu Sir",
              opens="test.thing", record_id=12),
    RecordRow("", "Đánh bạc", dt.date(2026, 10, 9), "Thôn 3", opens="", record_id=None),
]
GIFTS = [
    RecordRow("Công ty Hòa Bình", "Tiền mặt", dt.date(2026, 10, 2), amount=1_500_000),
    RecordRow("Bà Lê Thị Mến", "Xi măng", dt.date(2026, 10, 5), amount=Decimal("2500000")),
]


@pytest.fixture
def area(monkeypatch):
    """A test area: its figures, the records behind them, and what opens them."""
    counted = {"incidents": {"by_kind": {"theft": 2, "gambling": 1}, "total": 4},
               "gifts": {"vnd": 4_000_000}}
    asked = []

    def provider(uow, start, end):
        return counted

    def records(uow, start, end, path):
        asked.append((start, end, path))
        if path == "incidents.by_kind.theft":
            return ROWS[:2]
        if path == "incidents.total":
            return ROWS
        if path == "gifts.vnd":
            return GIFTS
        return None

    opened = []
    monkeypatch.setitem(figures.PROVIDERS, "test", provider)
    monkeypatch.setitem(figures.RECORDS, "test", records)
    monkeypatch.setitem(openers.OPENERS, "test.thing", lambda ctx, parent, rid: opened.append(rid))
    return {"counted": counted, "asked": asked, "opened": opened}


def _dialog(qtbot, gui_ctx, key, label="Trộm cắp", **kw):
    dialog = FigureRecordsDialog(gui_ctx, key, label, START, END, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_lists_the_records_and_agrees_with_the_figure(qtbot, gui_ctx, area, messages):
    dialog = _dialog(qtbot, gui_ctx, "test.incidents.by_kind.theft", "Số vụ trộm cắp")
    assert dialog.windowTitle() == "Số vụ trộm cắp — tháng 10/2026"
    assert area["asked"] == [(START, END, "incidents.by_kind.theft")]
    model = dialog.records.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Người liên quan", "Nội dung", "Ngày", "Thôn, tổ", "Số lượng"]
    assert [r.who for r in dialog.records.rows()] == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert model.data(model.index(1, 2)) == "20/10/2026 09:30"
    assert dialog.records.table.isColumnHidden(COL_AMOUNT)  # a count: no amounts to show
    assert dialog.ui.check_label.text() == "2 bản ghi — khớp với số liệu 2"
    assert dialog.matches is True
    assert not messages.texts()


def test_a_list_that_disagrees_is_flagged(qtbot, gui_ctx, area):
    dialog = _dialog(qtbot, gui_ctx, "test.incidents.total", "Tổng số vụ việc")
    assert len(dialog.records.rows()) == 3
    assert dialog.matches is False
    assert dialog.ui.check_label.text().startswith("⚠ 3 bản ghi nhưng số liệu là 4")


def test_the_callers_figure_is_used_when_given(qtbot, gui_ctx, area):
    dialog = _dialog(qtbot, gui_ctx, "test.incidents.total", "Tổng số vụ việc", value=3)
    assert dialog.matches is True and dialog.ui.check_label.text() == "3 bản ghi — khớp với số liệu 3"


def test_a_sum_shows_amounts_and_adds_them_up(qtbot, gui_ctx, area):
    dialog = _dialog(qtbot, gui_ctx, "test.gifts.vnd", "Tiền, hiện vật quy đổi (đồng)")
    assert not dialog.records.table.isColumnHidden(COL_AMOUNT)
    model = dialog.records.model
    assert sorted(model.data(model.index(n, COL_AMOUNT)) for n in range(2)) == ["1.500.000", "2.500.000"]
    assert dialog.ui.check_label.text() == "2 bản ghi, cộng lại 4.000.000 — khớp với số liệu 4.000.000"
    dialog.records.table.sortByColumn(COL_AMOUNT, Qt.SortOrder.DescendingOrder)
    assert [r.what for r in dialog.records.rows()] == ["Xi măng", "Tiền mặt"]


def test_filter_and_open(qtbot, gui_ctx, area):
    dialog = _dialog(qtbot, gui_ctx, "test.incidents.total", "Tổng số vụ việc")
    dialog.records.search.setText("bu sir")  # without diacritics
    dialog.records._searched()
    assert [r.who for r in dialog.records.rows()] == ["Trần Thị Bình"]
    dialog.records.select_row(0)
    qtbot.keyClick(dialog.records.table, Qt.Key.Key_Return)
    assert area["opened"] == [12]
    dialog.records.search.setText("")
    dialog.records._searched()
    # a row with no record to open: the action is disabled, Enter does nothing
    number = dialog.records.model.index_of(lambda r: r.what == "Đánh bạc")
    dialog.records.select_row(number)
    open_action = dialog.records._default.action
    assert not open_action.isEnabled()
    qtbot.keyClick(dialog.records.table, Qt.Key.Key_Return)
    assert area["opened"] == [12]


def test_a_figure_with_no_list(qtbot, gui_ctx, area):
    dialog = _dialog(qtbot, gui_ctx, "test.incidents.by_kind.gambling", "Đánh bạc")
    assert dialog.records.isHidden()
    assert dialog.ui.check_label.text() == NOT_LISTED
    dialog = _dialog(qtbot, gui_ctx, "nosuch.area", "Không có")
    assert dialog.ui.check_label.text() == NOT_LISTED


def test_other_periods_and_numbers():
    assert figure_records.period_text(dt.date(2026, 10, 15), dt.date(2026, 11, 14)) == (
        "từ 15/10/2026 đến 14/11/2026")
    assert figure_records.number_text(Decimal("12.500")) == "12,5"
    assert figure_records.number_text(1234.25) == "1.234,25"
    assert figure_records.figure_value({"by_category": {"Súng kíp 1.5": {"qty": 3}}},
                                       "by_category.Súng kíp 1.5.qty") == 3
    assert figure_records.figure_value({"a": {"b": 1}}, "a.c") is None



def test_the_demos_patrols_fit_without_side_scrolling(qtbot, gui_ctx, messages, monkeypatch):
    """The gallery's records of last month's patrols (the amount column hidden, the village last),
    arriving from the background once the dialog shows, as in the app: every column fits the dialog,
    the village stretched to the edge."""
    from desktop import paths
    from desktop.gui import operations
    from desktop.gui.gallery.reports import figure_records as open_patrols

    monkeypatch.setattr(operations, "INLINE", False)
    dialog = open_patrols(gui_ctx, None)
    qtbot.addWidget(dialog)
    dialog.setStyleSheet(paths.resource("style.qss").read_text(encoding="utf-8"))  # as the app draws it
    dialog.resize(980, 560)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.records.rows()))
    table = dialog.records.table
    assert table.isColumnHidden(COL_AMOUNT)
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
