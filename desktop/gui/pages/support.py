"""Community support page ("Dân vận khéo"): projects with filters and the project editor, donors."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop import settings
from desktop.errors import CaxaError
from desktop.figures import period_for
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs import prompt
from desktop.gui.dialogs.support_project import ProjectDialog
from desktop.gui.kit import operation, print_action
from desktop.gui.kit.operation import Query
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.support import PROJECT_COLUMNS, ProjectTableModel
from desktop.gui.pages.base import Page
from desktop.gui.pages.support_donors import DonorsTab
from desktop.gui.widgets import DateEdit
from desktop.support import printouts
from desktop.support import service as sv
from desktop.support.models import STATUSES
from desktop.support.values import format_decimal
from desktop.text import format_date, format_vnd


def filter_choices(uow: Any) -> tuple[list[sv.KindView], list[Any]]:
    """The kinds (for the filter and the editor) and the villages, in one unit of work."""
    return sv.list_kinds(uow, include_inactive=True), settings.list_villages(uow, include_inactive=True)


class SupportPage(Page):
    title = "Dân vận, an sinh"
    areas = ("support", "villages", "staff")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kinds: list[sv.KindView] = []
        self._range: tuple[dt.date | None, dt.date | None] = (None, None)
        self.choices = Query(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._projects_tab(), "Công trình, phần việc")
        self.donors = DonorsTab(ctx, self)
        self.tabs.addTab(self.donors, "Nhà hảo tâm")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def _projects_tab(self) -> QWidget:
        tab = QWidget()
        self.list = rl = RecordList(
            self, "supportProjects", PROJECT_COLUMNS, self.fetch_projects, model=ProjectTableModel(self),
            placeholder="Tìm tên công trình, chủ hộ…", parent=tab,
        )
        self.model = rl.model
        self.kind = rl.add_filter("kind", "Loại công trình", [("Mọi loại", None)])
        self.status = rl.add_filter(
            "status", "Trạng thái", [("Mọi trạng thái", "")] + [(t, c) for c, t in STATUSES.items()]
        )
        self.village = rl.add_filter("village", "Thôn, bon", [("Mọi thôn, bon", None)])
        self.minority = rl.add_toggle("minority", "Chỉ hộ DTTS")
        self.unlinked = rl.add_toggle("unlinked", "Chưa gắn hộ")
        self.unlinked.setToolTip("Công trình chưa chọn hộ trong sổ hộ khẩu (tên chủ hộ chỉ được gõ tay)")
        self.date_from, self.date_to = DateEdit(), DateEdit()
        period = QWidget()
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        for label, edit in (("Từ", self.date_from), ("đến", self.date_to)):
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("00/00/00000") + 16)
            edit.setToolTip("Công trình làm trong khoảng ngày này (dd/mm/yyyy)")
            edit.editingFinished.connect(self._dates_changed)
            row.addWidget(QLabel(label))
            row.addWidget(edit)
        rl.add_widget(period)
        self.add_action = rl.add_action(
            "Thêm công trình", self.add_project, needs="none", permission="write", shortcut="Ctrl+N"
        )
        self.open_action = rl.add_action("Mở…", self.open_project, default=True)
        self.delete_action = rl.add_action("Xóa", self.delete_project, permission="write", shortcut="Delete")
        self.sheet_action = rl.add_action("In phiếu công trình…", self.print_sheet)
        self.list_action = rl.add_action(
            "In danh sách trong kỳ…", self.print_list, needs="none", more=True,
            tip="Theo khoảng ngày đã chọn; để trống thì lấy kỳ báo cáo hiện tại.",
        )
        self.kind_action = rl.add_action(
            "Thêm loại công trình…", self.add_kind, needs="none", permission="write", more=True,
            tip="Thêm một loại công trình, phần việc riêng của đơn vị",
        )
        self.summary = rl.count_label  # "6 công trình · đã nhận … · … ngày công"
        rl.loaded.connect(self._summarise)
        layout = QVBoxLayout(tab)
        layout.addWidget(rl)
        return tab

    # ------------------------------------------------------------------ loading

    def fetch_projects(self, uow: Any, text: str = "", kind: int | None = None, status: str = "",
                       village: int | None = None, minority: bool = False,
                       unlinked: bool = False) -> list[sv.ProjectView]:
        start, end = self._range
        flt = sv.ProjectFilter(text, kind, status or "", village, minority, start, end, unlinked)
        return sv.list_projects(uow, flt)

    def refresh(self) -> None:
        self.choices.run(filter_choices, done=self._set_choices)
        super().refresh()

    def _set_choices(self, loaded: tuple[list[sv.KindView], list[Any]]) -> None:
        self.kinds, villages = loaded
        self.list.set_filter_options("kind", [("Mọi loại", None)] + [(k.name, k.id) for k in self.kinds])
        villages_ = [("Mọi thôn, bon", None)] + [(v.label, v.id) for v in villages]
        self.list.set_filter_options("village", villages_)

    def _dates_changed(self) -> None:
        try:
            dates = (self.date_from.date("Từ ngày"), self.date_to.date("Đến ngày"))
        except CaxaError as exc:
            messages.error(self, exc)
            return
        if dates != self._range:
            self._range = dates
            self.list.reload()

    def _summarise(self, _count: int) -> None:
        rows = self.list.rows()
        received = sum(p.totals.received_vnd for p in rows)
        days = sum((p.totals.labour_days for p in rows), start=sv.Totals().labour_days)
        self.summary.setText(f"{len(rows)} công trình · đã nhận {format_vnd(received)} · "
                             f"{format_decimal(days)} ngày công")

    # ------------------------------------------------------------------ actions

    def add_project(self) -> None:
        ProjectDialog(self.ctx, None, self, kinds=self.kinds or None).exec()

    def open_project(self, p: sv.ProjectView) -> None:
        operation.run(self, sv.get_project, p.id,
                      done=lambda full: ProjectDialog(self.ctx, full, self, kinds=self.kinds or None).exec())

    def delete_project(self, p: sv.ProjectView) -> None:
        question = (f"Xóa công trình «{p.title}» cùng mọi khoản đóng góp, ngày công và ảnh của nó?\n"
                    "Số liệu đã báo cáo của công trình này sẽ mất.")
        if messages.confirm(self, question):
            operation.run(self, sv.delete_project, p.id, p.version, changes="support",
                          message=f"Đã xóa công trình «{p.title}».")

    def add_kind(self) -> None:
        answer = prompt.ask(self, "Thêm loại công trình", "Tên loại (vd. Làm đường giao thông):")
        if answer is not None:
            operation.run(self, sv.add_kind, answer[0], changes="support", done=lambda kind: messages.info(
                self, f"Đã thêm loại «{kind.name}» (mã số liệu: {kind.code})."))

    def print_sheet(self, p: sv.ProjectView) -> None:
        print_action.show(self, printouts.project_sheet_pdf, p.id, title=f"Phiếu công trình — {p.title}",
                          filename="phieu-cong-trinh.pdf", issue=(printouts.log_sheet_printed, p.id))

    def print_list(self) -> None:
        start, end = self._range
        if start is None or end is None:
            start, end = period_for(dt.date.today(), self.ctx.station.period_start_day)
        if end < start:
            messages.warn(self, "«Đến ngày» phải sau «Từ ngày».")
            return
        print_action.show(
            self, printouts.summary_list_pdf, start, end,
            title=f"Danh sách công trình từ {format_date(start)} đến {format_date(end)}",
            filename="danh-sach-ho-tro.pdf", issue=(printouts.log_list_printed, start, end),
        )
