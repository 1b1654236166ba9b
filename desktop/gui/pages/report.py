"""The monthly report page ("Báo cáo"): choose the month, read the figures with their comparison
columns, open the records behind any figure, write the narrative (kept as a draft), preview and issue
the report, export the workbook, and see, reprint and compare the versions already issued.

Every figure comes from ``desktop.reports.monthly.service.compose`` (read off the GUI thread with a
progress dialog); issuing happens in the print preview (``kit.print_action``): printing or saving the
previewed report issues it — it takes its number from the outgoing-document register and is frozen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db import UnitOfWork
from desktop.figures import period_for
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.figure_records import FigureRecordsDialog, number_text
from desktop.gui.kit import operation, print_action
from desktop.gui.kit.flow import FlowLayout
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.gui.pages.base import Page
from desktop.gui.pages.report_narrative import NarrativeEditor
from desktop.jobs import Progress
from desktop.reports.monthly import service
from desktop.reports.monthly.model import Figure, MonthlyReport, Narrative, Period
from desktop.text import format_date, format_datetime

#: the figure tree's columns: the line, then this period and the comparison columns
TREE_HEADERS = ["Nội dung", "Tháng này", "Tháng trước", "Cùng kỳ năm trước", "Lũy kế năm", "Tăng/giảm"]
ISSUE_CONFIRM = ("Phát hành báo cáo tháng {month}? Sau khi phát hành, số liệu và nội dung được lưu cố "
                 "định; sửa sau này là một bản mới.")
#: every area whose records the figures count: a change there makes the figures stale
AREAS = ("reports", "register", "residents", "archive", "schedule", "incidents", "security", "support",
         "weapons", "staff", "villages", "station", "settings")

ISSUED_COLUMNS = [
    Column("Bản số", lambda s: s.version, "right"),
    Column("Số văn bản", lambda s: s.number_label or ""),
    Column("Ngày phát hành", lambda s: format_datetime(s.issued_at), sort=lambda s: s.issued_at),
    Column("Người phát hành", lambda s: s.issued_by),
]


@dataclasses.dataclass(frozen=True)
class MonthView:
    """What the page shows for one month, read in one unit of work."""

    year: int
    month: int
    period: Period
    report: MonthlyReport
    narrative: Narrative | None  # the saved draft (None: the page keeps the text being written)
    issued: list[Any]


def read_month(uow: UnitOfWork, year: int, month: int, with_draft: bool = True) -> MonthView:
    period = service.month_period(uow, year, month)
    draft = service.load_draft(uow, period)
    report = service.compose(uow, period, draft)
    issued = service.list_issued(uow, period)
    return MonthView(year, month, period, report, draft if with_draft else None, issued)


def compare_issued(uow: UnitOfWork, issued_id: int, period: Period) -> list[tuple]:
    """The figures that differ between an issued version and the records as they are now."""
    old = service.get_issued(uow, issued_id).report
    return service.differences(old, service.compose(uow, period))


def write_workbook(
    uow: UnitOfWork, report: MonthlyReport, path: str, progress: Progress | None = None
) -> str:
    """The report's workbook (sections and check sheets) written to ``path`` through a temporary file,
    so a failure never leaves half a workbook under the chosen name."""
    from desktop.files import atomic_write
    from desktop.reports.monthly import workbook

    data = workbook.workbook_bytes(uow, report, progress=progress)
    with atomic_write(path) as fh:
        fh.write(data)
    return path


def last_full_month(today: dt.date, start_day: int) -> tuple[int, int]:
    """The month of the last period that has ended (a period is named by the month it ends in)."""
    start, _end = period_for(today, start_day)
    last_day = start - dt.timedelta(days=1)
    return last_day.year, last_day.month


def change_text(figure: Figure) -> str:
    change = figure.change
    if change is None:
        return ""
    return ("+" if change > 0 else "−" if change < 0 else "") + number_text(abs(change))


def _optional(value: Any) -> str:  # noqa: ANN401
    return "" if value is None else number_text(value)


class ReportPage(Page):
    title = "Báo cáo"
    areas = AREAS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view: MonthView | None = None
        self._generation = 0
        self.can_write = ctx.can("write")

        # ---- the month and the actions
        bar = FlowLayout()
        self.prev_button = self._tool("◀", "Tháng trước", lambda: self.step(-1))
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("reportMonth")
        self.month_combo.setAccessibleName("Tháng báo cáo")
        for month in range(1, 13):
            self.month_combo.addItem(f"Tháng {month}", month)
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("reportYear")
        self.year_spin.setAccessibleName("Năm báo cáo")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setKeyboardTracking(False)  # a year typed digit by digit is read once, when done
        self.next_button = self._tool("▶", "Tháng sau", lambda: self.step(1))
        month_box = QWidget()
        row = QHBoxLayout(month_box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel("Tháng báo cáo:"), self.prev_button, self.month_combo, self.year_spin,
                       self.next_button):
            row.addWidget(widget)
        bar.addWidget(month_box)
        self.save_button = self._button("Lưu nháp", lambda: self.save_draft(),
                                        "Lưu phần viết để làm tiếp sau (Ctrl+S)", write=True)
        self.preview_button = self._button("Xem trước, phát hành…", self.preview,
                                           "Xem bản in; in hoặc lưu tệp PDF từ đó là phát hành báo cáo")
        self.export_button = self._button("Xuất Excel…", self.export,
                                          "Các mục của báo cáo và các trang kiểm tra danh sách bản ghi")
        for button in (self.save_button, self.preview_button, self.export_button):
            bar.addWidget(button)
        # the period and the state of the month on a line of their own: their texts change
        self.period_label = QLabel("Đang tính số liệu…")
        self.period_label.setObjectName("reportPeriod")
        self.status_label = QLabel("")
        self.status_label.setObjectName("reportStatus")
        self.status_label.setWordWrap(True)
        info = QHBoxLayout()
        info.addWidget(self.period_label)
        info.addWidget(self.status_label, 1)
        self.save_shortcut = save = QAction(self)
        save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(lambda: self.save_draft())
        self.addAction(save)

        # ---- the figures
        self.tree = QTreeWidget()
        self.tree.setObjectName("reportFigures")
        self.tree.setHeaderLabels(TREE_HEADERS)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(TREE_HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            self.tree.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        self.tree.itemActivated.connect(lambda item, _col: self.open_figure(item))
        figures_tab = QWidget()
        fl = QVBoxLayout(figures_tab)
        fl.addWidget(QLabel("Nhấn đúp hoặc Enter vào một số liệu để xem các bản ghi được đếm vào đó."))
        fl.addWidget(self.tree, 1)

        # ---- the narrative
        self.narrative_editor = NarrativeEditor(read_only=not self.can_write)
        self.narrative_editor.changed.connect(self._narrative_changed)

        # ---- the issued versions
        self.issued = RecordList(self, "monthlyIssued", ISSUED_COLUMNS, search=False, sort_by=0)
        self.reprint_action = self.issued.add_action("Xem/in lại", self.reprint, default=True,
                                                     tip="Bản đã phát hành, đúng như lúc phát hành")
        self.compare_action = self.issued.add_action(
            "So sánh với số liệu hiện tại", self.compare,
            tip="Những số liệu đã thay đổi kể từ khi phát hành bản này")
        self.issued.fit_columns(stretch=3)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(figures_tab, "Số liệu")
        self.tabs.addTab(self.narrative_editor, "Phần viết")
        self.tabs.addTab(self.issued, "Các bản đã phát hành")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(info)
        layout.addWidget(self.tabs, 1)

        today = dt.date.today()
        year, month = last_full_month(today, ctx.station.period_start_day)
        #: a station too new to have a full month behind it opens on the month in progress instead
        end = period_for(today, ctx.station.period_start_day)[1]
        self._fallback: tuple[int, int] | None = (end.year, end.month)
        self._show_picker(year, month)
        self.month_combo.currentIndexChanged.connect(lambda _i: self._picked())
        self.year_spin.valueChanged.connect(lambda _v: self._picked())
        self._update_buttons()

    def _tool(self, text: str, tip: str, slot: Any) -> QToolButton:  # noqa: ANN401
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def _button(self, text: str, slot: Any, tip: str, *, write: bool = False) -> QPushButton:  # noqa: ANN401
        button = QPushButton(text)
        button.setToolTip(tip if self.can_write or not write
                          else f"{tip} — tài khoản của bạn chỉ được xem")
        button.clicked.connect(slot)
        return button

    # ---- the month ----------------------------------------------------------------------------

    def chosen(self) -> tuple[int, int]:
        return self.year_spin.value(), self.month_combo.currentData()

    def _show_picker(self, year: int, month: int) -> None:
        for widget in (self.month_combo, self.year_spin):
            widget.blockSignals(True)
        self.year_spin.setValue(year)
        self.month_combo.setCurrentIndex(month - 1)
        for widget in (self.month_combo, self.year_spin):
            widget.blockSignals(False)

    def step(self, months: int) -> None:
        year, month = self.chosen()
        index = year * 12 + month - 1 + months
        self.choose(index // 12, index % 12 + 1)

    def _picked(self) -> None:
        self.choose(*self.chosen())

    def choose(self, year: int, month: int) -> None:
        """Show another month: the unsaved narrative is saved first when the clerk agrees."""
        shown = (self.view.year, self.view.month) if self.view is not None else None
        if shown == (year, month):
            self._show_picker(year, month)
            return
        if self.narrative_editor.dirty and self.view is not None:
            if not messages.confirm(self, f"Phần viết của báo cáo tháng {self.month_text()} chưa lưu. "
                                    "Lưu nháp rồi chuyển tháng? (Chọn Hủy để ở lại tháng này.)"):
                self._show_picker(*shown)
                return
            self.save_draft(then=lambda: self.load(year, month))
            return
        self.load(year, month)

    def month_text(self, view: MonthView | None = None) -> str:
        view = view or self.view
        return "" if view is None else f"{view.month:02d}/{view.year}"

    def load(self, year: int, month: int, *, with_draft: bool = True) -> None:
        """Read the month off the GUI thread; a month the service refuses (in the future, before the
        station's records) shows its message and the picker returns to the month shown."""
        self._generation += 1
        generation = self._generation
        self._show_picker(year, month)
        self.status_label.setText("Đang tính số liệu…")

        def done(view: MonthView) -> None:
            if generation == self._generation:
                self.show_month(view)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            fallback, self._fallback = self._fallback, None
            if self.view is None and fallback is not None and fallback != (year, month):
                self.load(*fallback)
                return
            if self.view is not None:
                self._show_picker(self.view.year, self.view.month)
            self._update_buttons()
            messages.error(self, exc)

        operation.run(self, read_month, year, month, with_draft, done=done, failed=failed,
                      title=f"Đang tính số liệu báo cáo tháng {month:02d}/{year}…", cancellable=False)

    def refresh(self) -> None:
        """Records changed (or the page opens): read the figures and the issued versions again; the
        narrative being written stays as it is."""
        if self.view is None:
            self.load(*self.chosen())
        else:
            self.load(self.view.year, self.view.month, with_draft=False)

    def show_month(self, view: MonthView) -> None:
        self.view = view
        self._fallback = None
        self._show_picker(view.year, view.month)
        self.period_label.setText(f"Kỳ báo cáo từ {format_date(view.period.start)} đến "
                                  f"{format_date(view.period.end)}.")
        self.show_figures(view.report)
        if view.narrative is not None:
            self.narrative_editor.set_narrative(view.narrative)
        self.narrative_editor.set_planned(view.report.planned_next)
        self.issued.set_rows(view.issued)
        self.issued.count_label.setText(
            f"{len(view.issued)} bản đã phát hành" if view.issued else "Tháng này chưa phát hành báo cáo.")
        if view.issued and self.issued.selected() is None:
            self.issued.select_row(len(view.issued) - 1)
        self._narrative_changed()
        self._update_buttons()

    def show_figures(self, report: MonthlyReport) -> None:
        self.tree.clear()
        bold = self.tree.font()
        bold.setBold(True)
        for section in report.sections:
            top = QTreeWidgetItem([f"{section.number}. {section.title}"])
            top.setFont(0, bold)
            self.tree.addTopLevelItem(top)
            for item in section.items:
                point = QTreeWidgetItem(top, [f"{item.number}. {item.title}".strip(". ")])
                for figure in item.figures:
                    self._figure_item(point, figure)
        self.tree.expandAll()

    def _figure_item(self, parent: QTreeWidgetItem, figure: Figure) -> QTreeWidgetItem:
        label = f"{figure.label} ({figure.unit})" if figure.unit else figure.label
        values = [number_text(figure.value), _optional(figure.previous), _optional(figure.last_year),
                  _optional(figure.year_to_date), change_text(figure)]
        node = QTreeWidgetItem(parent, [label, *values])
        node.setData(0, Qt.ItemDataRole.UserRole, figure)
        node.setToolTip(0, f"{label}\nNhấn đúp hoặc Enter để xem các bản ghi được đếm vào số liệu này.")
        for column in range(1, len(TREE_HEADERS)):
            node.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return node

    def figure_items(self) -> list[QTreeWidgetItem]:
        found = []
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            for i in range(top.childCount()):
                point = top.child(i)
                found += [point.child(k) for k in range(point.childCount())]
        return found

    def open_figure(self, node: QTreeWidgetItem | None) -> None:
        figure = node.data(0, Qt.ItemDataRole.UserRole) if node is not None else None
        if isinstance(figure, Figure) and self.view is not None:
            period = self.view.period
            FigureRecordsDialog(self.ctx, figure.key, figure.label, period.start, period.end, self,
                                value=figure.value).exec()

    # ---- the narrative ------------------------------------------------------------------------

    def _narrative_changed(self) -> None:
        if self.narrative_editor.dirty:
            self.status_label.setText("Phần viết có thay đổi chưa lưu.")
        elif self.view is not None:
            issued = self.view.issued
            self.status_label.setText(f"Đã phát hành {len(issued)} bản; bản mới nhất số "
                                      f"{issued[-1].number_label or '(chưa có số)'}." if issued
                                      else "Chưa phát hành.")

    def save_draft(self, *, then: Any = None) -> None:  # noqa: ANN401
        if self.view is None or not self.can_write:
            return
        narrative = self.narrative_editor.narrative()
        month = self.month_text()

        def saved(_result: Any) -> None:  # noqa: ANN401
            if self.narrative_editor.narrative() == narrative:
                self.narrative_editor.mark_saved()
            self.status_label.setText(f"Đã lưu nháp lúc {dt.datetime.now():%H:%M}.")
            if callable(then):
                then()

        operation.run(self, service.save_draft, self.view.period, narrative, done=saved,
                      message=f"Đã lưu nháp báo cáo tháng {month}.")

    def hideEvent(self, event: Any) -> None:  # noqa: ANN401
        """Leaving the page with unsaved narrative: offer to save it (the text stays here either way)."""
        super().hideEvent(event)
        if self.narrative_editor.dirty and self.can_write and self.view is not None and messages.confirm(
                self, f"Phần viết của báo cáo tháng {self.month_text()} chưa lưu. Lưu nháp bây giờ?"):
            self.save_draft()

    # ---- output -------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        ready = self.view is not None
        self.save_button.setEnabled(ready and self.can_write)
        self.preview_button.setEnabled(ready)
        self.export_button.setEnabled(ready)

    def current_report(self) -> MonthlyReport | None:
        if self.view is None:
            return None
        return dataclasses.replace(self.view.report, narrative=self.narrative_editor.narrative())

    def preview(self) -> None:
        """The draft preview; printing or saving it issues the report (a confirmed, numbered version)."""
        if self.view is None:
            return
        if self.narrative_editor.dirty and self.can_write:
            self.save_draft(then=self.preview)
            return
        view, narrative = self.view, self.narrative_editor.narrative()
        month = self.month_text()
        print_action.show(
            self, service.printout, view.period, narrative,
            title=f"Báo cáo tháng {month}", filename=f"bao-cao-thang-{view.year}-{view.month:02d}.pdf",
            changes="reports", confirm=ISSUE_CONFIRM.format(month=month),
            failed=lambda _exc: self.refresh(), as_version=self.next_version())

    def next_version(self) -> int:
        """The version the clerk is about to issue: the latest shown plus one (a version another clerk
        issued meanwhile is refused, not issued twice)."""
        versions = [s.version for s in self.view.issued] if self.view is not None else []
        return max(versions, default=0) + 1

    def export(self) -> None:
        report = self.current_report()
        if report is None or self.view is None:
            return
        name = f"bao-cao-thang-{self.view.year}-{self.view.month:02d}.xlsx"
        path = messages.save_file(self, "Xuất báo cáo tháng ra Excel", name, "Excel (*.xlsx)")
        if path:
            operation.run(self, write_workbook, report, path, with_progress=True, title="Đang xuất Excel…",
                          done=lambda p: messages.info(self, f"Đã xuất báo cáo tháng ra {Path(p).name}."))

    # ---- issued versions ----------------------------------------------------------------------

    def reprint(self, summary: Any) -> None:  # noqa: ANN401
        """An issued version exactly as issued: its stored PDF."""
        if self.view is None:
            return
        title = f"Báo cáo tháng {self.month_text()} — bản số {summary.version}"
        name = f"bao-cao-thang-{self.view.year}-{self.view.month:02d}-ban-{summary.version}.pdf"
        operation.run(self, service.printout, self.view.period, None, summary.id,
                      done=lambda pdf: print_action.preview(self, pdf, title=title, filename=name),
                      title="Đang mở bản đã phát hành…", cancellable=False)

    def compare(self, summary: Any) -> None:  # noqa: ANN401
        from desktop.gui.dialogs.report_differences import DifferencesDialog

        if self.view is None:
            return
        view = self.view
        title = f"Bản số {summary.version} ({summary.number_label or 'chưa có số'}) so với số liệu hiện tại"
        operation.run(self, compare_issued, summary.id, view.period, title="Đang so sánh…",
                      cancellable=False,
                      done=lambda rows: DifferencesDialog(self.ctx, title, rows, view.period, self).exec())
