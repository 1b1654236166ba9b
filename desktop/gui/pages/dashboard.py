"""Tổng quan: the first page after login — this period so far against the previous one, 12-period
trends, and what needs doing (overdue file loans, open data problems, weapons on hand, this week's
schedule and its conflicts). Every number opens the list behind it: a figure its records
(``FigureRecordsDialog``), a list row the record or the page that works on it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import messages, openers
from desktop.gui.context import AppContext
from desktop.gui.kit import operation
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.gui.pages.base import Page
from desktop.gui.pages.dashboard_parts import Tile, TrendChart
from desktop.reports import dashboard
from desktop.reports.dashboard import KeyFigure, Overview
from desktop.reports.monthly.model import Period
from desktop.text import format_date, format_datetime, format_int

TILES = len(dashboard.SINGLE) + 3  # the single figures, problems found, problems cleared, ID cards
TILE_WIDTH = 125  # the narrowest a tile's two-line title ("Vũ khí, VLN, CCHT tiếp nhận") fits
CHARTS = 5
CHART_TABS = ("Tuần tra, họp thôn", "Vụ việc", "Biến động cư trú", "Vũ khí tiếp nhận", "Lỗi dữ liệu")

WEEK_COLUMNS = [
    Column("Thời gian", lambda e: e.when_text),
    Column("Công việc", lambda e: e.title or e.kind_text,
           tooltip=lambda e: f"{e.kind_text}. {e.place_text}. Cán bộ: {e.officers_text or '—'}"),
    Column("Trạng thái", lambda e: ("Trùng lịch — " if e.conflict else "") + e.status_text),
]
CONFLICT_COLUMNS = [
    Column("Cán bộ", lambda c: c.officer_name),
    Column("Công việc", lambda c: f"{c.event_title} ({format_datetime(c.event_start)})"),
    Column("Trùng với", lambda c: f"{c.other_title} ({format_datetime(c.other_start)})"),
]
LOAN_COLUMNS = [
    Column("Số hồ sơ", lambda x: x.file_number),
    Column("Người mượn", lambda x: x.borrower,
           tooltip=lambda x: f"Mượn {format_date(x.out_date)}, hạn trả {format_date(x.due_date)}"),
    Column("Quá hạn", lambda x: f"{x.days_overdue()} ngày", "right", sort=lambda x: x.days_overdue(),
           tooltip=lambda x: f"Hạn trả {format_date(x.due_date)}"),
]
PROBLEM_COLUMNS = [
    Column("Loại lỗi", lambda p: p.label),
    Column("Số người", lambda p: format_int(p.count), "right", sort=lambda p: p.count),
]
WEAPON_COLUMNS = [
    Column("Loại", lambda h: h.category),
    Column("Đang lưu giữ", lambda h: h.quantity_text, "right"),
]


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class DashboardPage(Page):
    title = "Tổng quan"
    areas = ("residents", "archive", "schedule", "incidents", "security", "weapons", "staff", "villages",
             "station")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.overview: Overview | None = None
        #: each list's title (what it holds and how many), in its bar
        self.titles: dict[str, QLabel] = {}
        self.query = operation.Query(self)

        self.compare_label = QLabel("Đang đếm số liệu…")
        self.compare_label.setObjectName("dashboardCompare")
        self.compare_label.setWordWrap(True)
        self.refresh_button = QPushButton("Làm mới")
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip("Đếm lại số liệu (F5)")
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(self.compare_label, 1)
        header.addWidget(self.refresh_button)

        self.tiles = [Tile(self) for _ in range(TILES)]
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(6)
        self._tile_columns = 0
        for n, tile in enumerate(self.tiles):
            tile.setObjectName(f"dashboardTile{n}")
            tile.opened.connect(lambda n=n: self.open_tile(n, previous=False))
            tile.previous_opened.connect(lambda n=n: self.open_tile(n, previous=True))
        self._arrange_tiles(TILES)

        self.charts = [TrendChart(self) for _ in range(CHARTS)]
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setObjectName("dashboardCharts")
        for n, (chart, name) in enumerate(zip(self.charts, CHART_TABS, strict=True)):
            chart.setObjectName(f"dashboardChart{n}")
            chart.point_opened.connect(lambda s, p, n=n: self.open_point(n, s, p))
            self.chart_tabs.addTab(chart, name)

        self.week_list = self._list("dashboardWeek", WEEK_COLUMNS, self.open_event)
        self.conflicts_list = self._list("dashboardConflicts", CONFLICT_COLUMNS, self.open_conflict)
        self.week_tabs = QTabWidget()
        self.week_tabs.setObjectName("dashboardWeekTabs")
        self.week_tabs.addTab(self.week_list, "Lịch tuần này")
        self.week_tabs.addTab(self.conflicts_list, "Trùng lịch")
        middle = QHBoxLayout()
        middle.addWidget(self.chart_tabs, 3)
        middle.addWidget(self.week_tabs, 2)

        self.loans_list = self._list("dashboardLoans", LOAN_COLUMNS, self.open_loans,
                                     "Mở trang Tàng thư", lambda: self.open_loans(None))
        self.problems_list = self._list("dashboardProblems", PROBLEM_COLUMNS, self.open_rule,
                                        "Mở trang Làm sạch dữ liệu", lambda: self.open_rule(None))
        self.weapons_list = self._list("dashboardWeapons", WEAPON_COLUMNS, self.open_weapons,
                                       "Mở trang Vũ khí", lambda: self.open_weapons(None))
        lists = QHBoxLayout()
        lists.addWidget(self.loans_list, 4)
        lists.addWidget(self.problems_list, 3)
        lists.addWidget(self.weapons_list, 3)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addLayout(self.tile_grid)
        layout.addLayout(middle, 3)
        layout.addLayout(lists, 2)

    def _list(self, name: str, columns: list[Column], open_row: Any, page_text: str = "",
              open_page: Any = None) -> RecordList:
        """A small list of the overview's rows: its title and count in the bar, Enter/double-click
        opens the row, and a button the page that works on the whole list."""
        record_list = RecordList(self, name, columns, search=False)
        self.titles[name] = _title("")
        record_list.add_widget(self.titles[name])
        record_list.add_action("Mở", open_row, default=True, button=False)
        if open_page is not None:
            record_list.add_action(page_text, open_page, needs="none")
        record_list.count_label.hide()
        record_list.fit_columns(stretch=1 if len(columns) > 2 else 0)
        record_list.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        record_list.table.setMinimumHeight(90)
        return record_list

    def _arrange_tiles(self, columns: int) -> None:
        """The tiles in rows of ``columns``: one row on a wide page, two when each would be too
        narrow for its two-line texts (a 1366×768 screen at 125 %)."""
        if columns == self._tile_columns:
            return
        self._tile_columns = columns
        for tile in self.tiles:
            self.tile_grid.removeWidget(tile)
        for n, tile in enumerate(self.tiles):
            self.tile_grid.addWidget(tile, n // columns, n % columns)
        for column in range(TILES):
            self.tile_grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: Any) -> None:  # noqa: ANN401 — QResizeEvent
        self._arrange_tiles(max(3, min(TILES, event.size().width() // TILE_WIDTH)))
        super().resizeEvent(event)

    # ---- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count again, off the GUI thread (the page is painted first, then filled)."""
        self.query.run(dashboard.overview, done=self.show_overview)

    def show_overview(self, o: Overview) -> None:
        self.overview = o
        self.compare_label.setText(
            f"<b>{o.current_label}</b> so với {o.previous_label}. Nhấn vào một số để xem các bản ghi."
        )
        previous_name = o.month_labels[-2]
        for tile, figure in zip(self.tiles, o.figures, strict=True):
            tile.show_figure(figure, previous_name)
        for chart, spec in zip(self.charts, o.charts, strict=True):
            chart.show_chart(spec, o.month_labels)
        self.titles["dashboardWeapons"].setText(
            f"<b>Vũ khí, VLN, CCHT đang lưu giữ:</b> {format_int(o.weapons_items_on_hand)} hiện vật")
        self.weapons_list.set_rows(o.weapons_on_hand)
        week = f"{o.week.start.strftime('%d/%m')}–{format_date(o.week.end)}"
        self.titles["dashboardWeek"].setText(f"<b>Lịch công tác tuần {week}</b>")
        self.week_list.set_rows(o.week_events)
        self.week_tabs.setTabText(0, f"Lịch tuần này ({len(o.week_events)})")
        self.titles["dashboardConflicts"].setText(
            f"<b>Cán bộ trùng lịch trong tuần:</b> {len(o.conflicts)}")
        self.conflicts_list.set_rows(o.conflicts)
        self.week_tabs.setTabText(1, f"Trùng lịch ({len(o.conflicts)})")
        self.titles["dashboardLoans"].setText(
            f"<b>Hồ sơ mượn quá hạn:</b> {len(o.overdue_loans)}")
        self.loans_list.set_rows(o.overdue_loans)
        self.titles["dashboardProblems"].setText(
            f"<b>Lỗi dữ liệu đang mở:</b> {format_int(o.problems_open)}")
        self.problems_list.set_rows([p for p in o.problems if p.count])

    # ---- every number opens the list behind it -------------------------------------------------

    def open_records(self, key: str, label: str, period: Period) -> None:
        from desktop.gui.dialogs.figure_records import FigureRecordsDialog

        FigureRecordsDialog(self.ctx, key, label, period.start, period.end, self).exec()

    def open_tile(self, number: int, *, previous: bool) -> None:
        if self.overview is None or number >= len(self.overview.figures):
            return
        figure = self.overview.figures[number]
        period = self.overview.previous if previous else self.overview.current
        if figure.parts:
            self.parts_menu(figure, period, previous=previous).popup(QCursor.pos())
        else:
            self.open_records(figure.key, figure.label, period)

    def parts_menu(self, figure: KeyFigure, period: Period, *, previous: bool, counts: bool = True) -> QMenu:
        """A sum of several figures (problems found, by rule): one entry per part, each opening its
        records for ``period``."""
        menu = QMenu(self)
        menu.setObjectName("dashboardParts")
        for part in figure.parts:
            value = part.previous if previous else part.value
            text = f"{part.label}: {format_int(value)}" if counts else part.label
            action = menu.addAction(text)
            action.triggered.connect(
                lambda _c=False, p=part: self.open_records(p.key, f"{figure.label} — {p.label}", period))
        menu.aboutToHide.connect(menu.deleteLater)
        return menu

    def open_point(self, chart: int, series: int, month: int) -> None:
        o = self.overview
        if o is None:
            return
        spec = o.charts[chart].series[series]
        period = o.months[month]
        if not spec.key:  # the backlog: the problems themselves are worked on the quality page
            self.open_rule(None)
            return
        if "*" in spec.key:
            tile = next(f for f in o.figures if f.key == spec.key)
            self.parts_menu(tile, period, previous=False, counts=False).popup(QCursor.pos())
            return
        self.open_records(spec.key, f"{spec.label} — {o.month_labels[month]}", period)

    def _go(self, key: str) -> Any:  # noqa: ANN401 — the page, imported lazily by the window
        window = openers.main_window(self)
        if window is None or not any(e.key == key for e in window.entries):
            messages.info(self, "Trang này chưa mở được từ đây.")
            return None
        return window.show_page(key)

    def open_loans(self, loan: Any) -> None:  # noqa: ANN401 — a loans.LoanView or None
        """The archive page's loans (the overdue ones come first), the chosen loan selected."""
        page = self._go("archive")
        if page is None:
            return
        for index in range(page.tabs.count()):
            if page.tabs.tabText(index) == "Mượn, trả":
                page.tabs.setCurrentIndex(index)
        page.loans_list.reload(keep=loan.id if loan is not None else None)

    def open_rule(self, problem: Any) -> None:  # noqa: ANN401 — a dashboard.RuleProblems or None
        """The quality page on that rule."""
        page = self._go("quality")
        if page is not None and problem is not None:
            page.rules_list.reload(keep=problem.code)

    def open_weapons(self, held: Any) -> None:  # noqa: ANN401 — a dashboard.OnHand or None
        """The weapons page's items on hand (of that category)."""
        page = self._go("weapons")
        if page is None:
            return
        page.tabs.setCurrentWidget(page.items)
        items = page.items.list
        if items.search is not None:
            items.search.setText(held.category if held is not None else "")
        status = items.findChild(QComboBox, "weaponItems_status")
        if status is not None and status.findData("on_hand") >= 0:
            status.blockSignals(True)
            status.setCurrentIndex(status.findData("on_hand"))
            status.blockSignals(False)
        if items.search is not None:
            items.search.fire()
        else:
            items.reload()

    def open_event(self, event: Any) -> None:  # noqa: ANN401 — a schedule EventView
        openers.open_record(self.ctx, self, "schedule.event", event.id)

    def open_conflict(self, conflict: Any) -> None:  # noqa: ANN401 — a schedule Conflict
        openers.open_record(self.ctx, self, "schedule.event", conflict.event_id)

