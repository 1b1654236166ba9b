"""Staff page: officers (station and reinforcement), reinforcement rounds, awards, the round report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.staff import AssignmentDialog, AwardDialog, OfficerDialog, PeriodDialog
from desktop.gui.models.base import ListTableModel
from desktop.gui.models.staff import ASSIGNMENT_COLUMNS, AWARD_COLUMNS, OFFICER_COLUMNS
from desktop.gui.pages.base import Page
from desktop.gui.printing import preview_pdf
from desktop.gui.widgets import SearchBox, TableView, focus_shortcut
from desktop.staff import assignments, service
from desktop.text import format_date


class _Tab(QWidget):
    """A table with Add / Edit / Delete buttons."""

    def __init__(
        self,
        name: str,
        columns: list,
        ctx: AppContext,
        add: Callable[[], None],
        edit: Callable[[Any], None],
        delete: Callable[[Any], None],
    ) -> None:
        super().__init__()
        self.model = ListTableModel(columns, self)
        self.table = TableView(name, ctx.prefs)
        self.table.setModel(self.model)
        self.add_button, self.edit_button, self.delete_button = (
            QPushButton("Thêm…"),
            QPushButton("Sửa…"),
            QPushButton("Xóa"),
        )
        self.add_button.clicked.connect(add)
        self.edit_button.clicked.connect(lambda: self._with(edit))
        self.delete_button.clicked.connect(lambda: self._with(delete))
        self.table.activated_row.connect(lambda _r: self._with(edit))
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.table,
            activated=lambda: self._with(delete),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setEnabled(ctx.can("write"))
        bar = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.table.restore_layout()

    def _with(self, fn: Callable[[Any], None]) -> None:
        row = self.model.row_at(self.table.current_row())
        if row is None:
            messages.info(self, "Hãy chọn một dòng trong danh sách.")
            return
        fn(row)


class StaffPage(Page):
    title = "Cán bộ, chiến sĩ"
    areas = ("staff",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = SearchBox("Tìm cán bộ theo họ tên…")
        focus_shortcut(self, self.search)
        self.search.search.connect(lambda _t: self.refresh())
        self.show_inactive = QCheckBox("Cả cán bộ không còn công tác")
        self.show_inactive.toggled.connect(lambda _c: self.refresh())
        self.add_button = QPushButton("Thêm cán bộ (Ctrl+N)")
        self.add_button.setShortcut("Ctrl+N")
        self.edit_button = QPushButton("Sửa…")
        self.delete_button = QPushButton("Xóa")
        self.report_button = QPushButton("In báo cáo cán bộ tăng cường…")
        for b, fn in (
            (self.add_button, self.add_officer),
            (self.edit_button, self.edit_officer),
            (self.delete_button, self.delete_officer),
            (self.report_button, self.print_round),
        ):
            b.clicked.connect(fn)
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setEnabled(ctx.can("write"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_inactive)
        for b in (self.add_button, self.edit_button, self.delete_button, self.report_button):
            bar.addWidget(b)
        self.model = ListTableModel(OFFICER_COLUMNS, self)
        self.table = TableView("officersTable", ctx.prefs)
        self.table.setModel(self.model)
        self.table.activated_row.connect(lambda _r: self.edit_officer())
        self.assignments = _Tab(
            "assignmentsTable",
            ASSIGNMENT_COLUMNS,
            ctx,
            self.add_assignment,
            self.edit_assignment,
            self.delete_assignment,
        )
        self.awards = _Tab(
            "awardsTable", AWARD_COLUMNS, ctx, self.add_award, self.edit_award, self.delete_award
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.assignments, "Đợt tăng cường")
        self.tabs.addTab(self.awards, "Khen thưởng")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.tabs)
        split.setSizes([380, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.table.restore_layout()
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.table,
            activated=self.delete_officer,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def refresh(self) -> None:
        self.model.set_rows(
            self.ctx.run(
                service.list_officers,
                include_inactive=self.show_inactive.isChecked(),
                text=self.search.text(),
            )
        )
        self.assignments.model.set_rows(self.ctx.run(assignments.list_assignments))
        self.awards.model.set_rows(self.ctx.run(assignments.list_awards))

    def selected(self) -> service.OfficerView | None:
        return self.model.row_at(self.table.current_row())

    def _after(self, ok: Any) -> None:
        if ok:
            self.refresh()

    def add_officer(self) -> None:
        self._after(OfficerDialog(self.ctx, None, self).exec())

    def edit_officer(self) -> None:
        officer = self.selected()
        if officer is None:
            messages.info(self, "Hãy chọn một cán bộ trong danh sách.")
            return
        self._after(OfficerDialog(self.ctx, officer, self).exec())

    def delete_officer(self) -> None:
        officer = self.selected()
        if officer is None or not self.ctx.can("write"):
            return
        if not messages.confirm(self, f"Xóa cán bộ «{officer.full_name}»?"):
            return
        try:
            self.ctx.run(service.delete_officer, officer.id, officer.version)
        except ValidationError as exc:
            # on a record: offer what the rule says instead — keep them, no longer active
            question = f"{exc}\n\nChuyển «{officer.full_name}» sang «Không còn công tác» ngay bây giờ?"
            if not officer.active or not messages.confirm(self, question):
                if not officer.active:
                    messages.error(self, exc)
                return
            data = service.OfficerInput(
                officer.full_name, officer.rank, officer.position, officer.phone, officer.kind, active=False
            )
            try:
                self.ctx.run(service.update_officer, officer.id, officer.version, data)
            except Exception as exc2:  # noqa: BLE001
                messages.error(self, exc2)
                return
        except Exception as exc:  # noqa: BLE001 — the funnel shows it
            messages.error(self, exc)
            return
        self.ctx.changed("staff", self)
        self.refresh()

    def _officer_id(self) -> int | None:
        officer = self.selected()
        return officer.id if officer else None

    def add_assignment(self) -> None:
        self._after(AssignmentDialog(self.ctx, None, self, officer_id=self._officer_id()).exec())

    def edit_assignment(self, row: assignments.AssignmentView) -> None:
        self._after(AssignmentDialog(self.ctx, row, self).exec())

    def delete_assignment(self, row: assignments.AssignmentView) -> None:
        if messages.confirm(self, f"Xóa đợt tăng cường của «{row.officer_name}» ({row.period_text})?"):
            self._delete(assignments.delete_assignment, row)

    def add_award(self) -> None:
        self._after(AwardDialog(self.ctx, None, self, officer_id=self._officer_id()).exec())

    def edit_award(self, row: assignments.AwardView) -> None:
        self._after(AwardDialog(self.ctx, row, self).exec())

    def delete_award(self, row: assignments.AwardView) -> None:
        if messages.confirm(self, f"Xóa {row.title.lower()} của «{row.officer_name}»?"):
            self._delete(assignments.delete_award, row)

    def _delete(self, fn: Callable[..., Any], row: Any) -> None:
        try:
            self.ctx.run(fn, row.id, row.version)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.ctx.changed("staff", self)
        self.refresh()

    def print_round(self) -> None:
        from desktop.reports.official import render_bytes
        from desktop.schedule.printouts import round_report

        rounds = self.assignments.model.rows
        start = min((a.start_date for a in rounds[:1]), default=dt.date.today() - dt.timedelta(days=90))
        end = max((a.end_date for a in rounds[:1]), default=dt.date.today())
        dialog = PeriodDialog(self.ctx, "Báo cáo kết quả cán bộ tăng cường", start, end, self)
        if not dialog.exec():
            return
        start, end = dialog.result_value
        try:
            pdf = render_bytes(self.ctx.run(round_report, start, end))
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        preview_pdf(
            self,
            pdf,
            f"Báo cáo cán bộ tăng cường {format_date(start)} – {format_date(end)}",
            f"bao-cao-tang-cuong-{start}.pdf",
        )

    def save_layout(self) -> None:
        for table in (self.table, self.assignments.table, self.awards.table):
            table.save_layout()
