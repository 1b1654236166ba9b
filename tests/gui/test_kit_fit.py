"""The kit's layout helpers: a table's first columns fit its width (a cut cell shows its whole text on
hover), a flow bar wraps and lines its items up."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSizePolicy, QToolTip, QWidget

from desktop.gui.kit.flow import FlowLayout
from desktop.gui.models.base import Column, ListTableModel
from desktop.gui.widgets import TableView


@dataclass(frozen=True)
class Row:
    name: str
    place: str
    note: str
    amount: str


ROWS = [Row("Nguyễn Thị Mai Anh", "bon Phai Kol Pru Đăng, xã Đắk Nia, tỉnh Lâm Đồng",
            "Tố giác bị lấy trộm 01 xe máy Honda Wave để trước nhà trong đêm", "1.500.000 đ")] * 5
COLUMNS = [Column("Họ và tên", lambda r: r.name), Column("Nơi ở", lambda r: r.place),
           Column("Nội dung", lambda r: r.note), Column("Số tiền", lambda r: r.amount)]


def _table(qtbot, width: int) -> TableView:
    table = TableView("fitTable")
    model = ListTableModel(COLUMNS, table)
    table.setModel(model)
    qtbot.addWidget(table)
    table.resize(width, 300)
    table.show()
    model.set_rows(ROWS)
    return table


def test_the_first_rows_fit_the_columns_into_the_table(qtbot):
    table = _table(qtbot, 620)
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0  # no side scrolling
    metrics = header.fontMetrics()
    for column, c in enumerate(COLUMNS):  # every header still reads whole
        assert header.sectionSize(column) >= metrics.horizontalAdvance(c.header), c.header
    # the widest columns gave up width; the narrow amount kept its own
    assert header.sectionSize(3) >= metrics.horizontalAdvance("1.500.000 đ")
    assert header.sectionSize(1) < metrics.horizontalAdvance(ROWS[0].place)


def test_a_wide_table_keeps_the_contents_widths(qtbot):
    table = _table(qtbot, 1800)
    header = table.horizontalHeader()
    assert header.sectionSize(1) >= header.fontMetrics().horizontalAdvance(ROWS[0].place)


def test_the_first_fit_measures_the_rows_in_view_not_all_rows(qtbot):
    """A list of 1,000 rows is fitted to the rows the clerk sees: a long text far below does not
    widen its column (it is cut, and shows whole on hover)."""
    table = TableView("fitMany")
    model = ListTableModel(COLUMNS, table)
    table.setModel(model)
    qtbot.addWidget(table)
    table.resize(1800, 300)
    table.show()
    far = Row("Lê Văn Tư", "thôn Nam Rạ, bên kia suối Đắk Nia", "ghi chú", "1 đ")  # under the 320 cap
    model.set_rows([Row("Lê Văn Tư", "thôn Nam Rạ", "ghi chú", "1 đ")] * 999 + [far])
    metrics = table.fontMetrics()
    width = table.horizontalHeader().sectionSize(1)
    assert metrics.horizontalAdvance("thôn Nam Rạ") <= width < metrics.horizontalAdvance(far.place)
    assert table.horizontalHeader().resizeContentsPrecision() == 1000  # as it was, for later fits


def test_a_cut_cell_shows_its_whole_text_on_hover(qtbot):
    table = _table(qtbot, 620)
    cut = table.visualRect(table.model().index(0, 2))
    event = QHelpEvent(QEvent.Type.ToolTip, cut.center(), table.viewport().mapToGlobal(cut.center()))
    assert table.viewportEvent(event)
    assert QToolTip.text() == ROWS[0].note
    QToolTip.hideText()


def test_a_flow_bar_wraps_and_lines_its_items_up(qtbot):
    bar = QWidget()
    qtbot.addWidget(bar)
    flow = FlowLayout(bar)
    search = QLineEdit()
    search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    label = QLabel("Từ ngày:")
    date = QLineEdit()
    date.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    date.setMaximumWidth(110)
    buttons = [QPushButton(f"Nút số {n}") for n in range(6)]
    for widget in (search, label, date, *buttons):
        flow.addWidget(widget)
    flow.setGeometry(QRect(0, 0, 700, flow.heightForWidth(700)))
    assert search.width() == 320  # an expanding search box takes up to 320 pixels
    assert label.geometry().center().y() == date.geometry().center().y()  # level with its field
    assert date.width() == 110
    assert buttons[0].x() - (date.x() + date.width()) == 6  # no gap: the date took only its own width
    assert all(w.geometry().right() < 700 for w in (search, label, date, *buttons))
    assert buttons[-1].y() > search.y()  # the bar wrapped onto a second line
    assert flow.heightForWidth(700) == buttons[-1].geometry().bottom() + 1
    assert QPoint(0, 0) == search.pos()
