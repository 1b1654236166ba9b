"""Staff page: officers (station and reinforcement), reinforcement rounds, awards, the round report."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.staff import AssignmentDialog, AwardDialog, OfficerDialog, PeriodDialog
from desktop.gui.kit import operation, print_action
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.staff import ASSIGNMENT_COLUMNS, AWARD_COLUMNS, OFFICER_COLUMNS
from desktop.gui.pages.base import Page
from desktop.staff import assignments, service
from desktop.text import format_date


def round_report_pdf(uow: Any, start: dt.date, end: dt.date) -> bytes:
    from desktop.reports.official import render_bytes
    from desktop.schedule.printouts import round_report

    return render_bytes(round_report(uow, start, end))


def _crud(rl: RecordList, add: Any, edit: Any, delete: Any, add_text: str = "Thêm…") -> None:
    rl.add_action(add_text, add, needs="none", permission="write")
    rl.add_action("Sửa…", edit, permission="write", default=True)
    rl.add_action("Xóa", delete, permission="write", shortcut="Delete")


class StaffPage(Page):
    title = "Cán bộ, chiến sĩ"
    areas = ("staff",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.officers = RecordList(
            self, "officers", OFFICER_COLUMNS, service.list_officers, placeholder="Tìm cán bộ theo họ tên…",
            sort_by=0,  # by given name, as a clerk reads a list of names
        )
        self.officers.add_toggle("include_inactive", "Cả cán bộ không còn công tác")
        self.officers.add_action("Thêm cán bộ", self.add_officer, needs="none", permission="write",
                                 shortcut="Ctrl+N")
        self.officers.add_action("Sửa…", self.edit_officer, permission="write", default=True)
        self.officers.add_action("Xóa", self.delete_officer, permission="write", shortcut="Delete")
        self.officers.add_action("In báo cáo cán bộ tăng cường…", self.print_round, needs="none")
        rounds = assignments.list_assignments
        self.assignments = RecordList(self, "assignments", ASSIGNMENT_COLUMNS, rounds, search=False)
        _crud(self.assignments, self.add_assignment, self.edit_assignment, self.delete_assignment,
              "Thêm đợt tăng cường…")
        self.awards = RecordList(self, "awards", AWARD_COLUMNS, assignments.list_awards, search=False)
        _crud(self.awards, self.add_award, self.edit_award, self.delete_award, "Thêm khen thưởng…")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.assignments, "Đợt tăng cường")
        self.tabs.addTab(self.awards, "Khen thưởng")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.officers)
        split.addWidget(self.tabs)
        split.setSizes([380, 260])
        QVBoxLayout(self).addWidget(split)

    def selected(self) -> service.OfficerView | None:
        return self.officers.selected()

    def _officer_id(self) -> int | None:
        officer = self.selected()
        return officer.id if officer else None

    def add_officer(self) -> None:
        OfficerDialog(self.ctx, None, self).exec()

    def edit_officer(self, officer: service.OfficerView) -> None:
        OfficerDialog(self.ctx, officer, self).exec()

    def delete_officer(self, officer: service.OfficerView) -> None:
        o = officer
        if not messages.confirm(self, f"Xóa cán bộ «{o.full_name}»?"):
            return

        def refused(exc: BaseException) -> None:
            # on a record: offer what the rule says instead — keep them, no longer serving
            question = f"{exc}\n\nChuyển «{o.full_name}» sang «Không còn công tác» ngay bây giờ?"
            if not isinstance(exc, ValidationError) or not o.active:
                messages.error(self, exc)
            elif messages.confirm(self, question):
                data = service.OfficerInput(o.full_name, o.rank, o.position, o.phone, o.kind, active=False)
                operation.run(self, service.update_officer, o.id, o.version, data, changes="staff")

        operation.run(self, service.delete_officer, o.id, o.version, changes="staff", failed=refused)

    def add_assignment(self) -> None:
        AssignmentDialog(self.ctx, None, self, officer_id=self._officer_id()).exec()

    def edit_assignment(self, row: assignments.AssignmentView) -> None:
        AssignmentDialog(self.ctx, row, self).exec()

    def delete_assignment(self, row: assignments.AssignmentView) -> None:
        if messages.confirm(self, f"Xóa đợt tăng cường của «{row.officer_name}» ({row.period_text})?"):
            operation.run(self, assignments.delete_assignment, row.id, row.version, changes="staff")

    def add_award(self) -> None:
        AwardDialog(self.ctx, None, self, officer_id=self._officer_id()).exec()

    def edit_award(self, row: assignments.AwardView) -> None:
        AwardDialog(self.ctx, row, self).exec()

    def delete_award(self, row: assignments.AwardView) -> None:
        if messages.confirm(self, f"Xóa {row.title.lower()} của «{row.officer_name}»?"):
            operation.run(self, assignments.delete_award, row.id, row.version, changes="staff")

    def print_round(self) -> None:
        rounds = self.assignments.rows()
        start = min((a.start_date for a in rounds[:1]), default=dt.date.today() - dt.timedelta(days=90))
        end = max((a.end_date for a in rounds[:1]), default=dt.date.today())
        dialog = PeriodDialog(self.ctx, "Báo cáo kết quả cán bộ tăng cường", start, end, self)
        if not dialog.exec():
            return
        start, end = dialog.result_value
        print_action.show(
            self,
            round_report_pdf,
            start,
            end,
            title=f"Báo cáo cán bộ tăng cường {format_date(start)} – {format_date(end)}",
            filename=f"bao-cao-tang-cuong-{start}.pdf",
        )
