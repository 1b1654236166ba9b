"""Đề án 06 page: progress by village, the field list of a village, recording each step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.gui import messages, printing
from desktop.gui.context import AppContext
from desktop.gui.dialogs.archive import officer_combo
from desktop.gui.models.base import Column, ListTableModel
from desktop.gui.pages.base import Page
from desktop.gui.widgets import DateEdit, TableView
from desktop.residents import campaign, printouts, service

PROGRESS_COLUMNS = [
    Column("Thôn, bon", lambda r: r.village_label),
    Column("Từ 14 tuổi", lambda r: r.target, "right"),
    Column("Đã rà soát", lambda r: r.reviewed, "right"),
    Column("Đã vận động", lambda r: r.mobilised, "right"),
    Column("Đã nộp hồ sơ", lambda r: r.applied, "right"),
    Column("Đã cấp căn cước", lambda r: r.issued, "right"),
    Column("% đã cấp", lambda r: f"{r.percent_issued:.1f}".replace(".", ","), "right"),
    Column("VNeID mức 2", lambda r: r.vneid2, "right"),
    Column("Còn phải làm căn cước", lambda r: r.need_card, "right"),
]
NEED_COLUMNS = [
    Column("Họ và tên", lambda r: r.full_name),
    Column("Ngày sinh", lambda r: r.birth_text),
    Column("Số hộ", lambda r: r.household_number),
    Column("Số định danh", lambda r: r.id_number),
    Column("Cần làm", lambda r: r.needs),
]


class CampaignPage(Page):
    title = "Căn cước, VNeID (Đề án 06)"
    areas = ("residents",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.progress = ListTableModel(PROGRESS_COLUMNS, self)
        self.progress_view = TableView("campaignProgress", ctx.prefs)
        self.progress_view.setModel(self.progress)
        self.progress_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.load_needs())
        self.total_label = QLabel("")
        self.needs = ListTableModel(NEED_COLUMNS, self)
        self.needs_view = TableView("campaignNeeds", ctx.prefs)
        self.needs_view.setModel(self.needs)
        self.day = DateEdit()
        self.day.set_date(dt.date.today())
        self.officer = officer_combo(ctx)
        self.step_buttons = []
        self.day.setMinimumWidth(110)
        self.officer.setMinimumWidth(200)
        who = QHBoxLayout()
        who.addWidget(QLabel("Ghi nhận cho người đang chọn — ngày:"))
        who.addWidget(self.day)
        who.addWidget(QLabel("cán bộ vận động:"))
        who.addWidget(self.officer)
        who.addStretch(1)
        self.print_button = QPushButton("In danh sách thôn, bon")
        self.print_button.clicked.connect(self.print_list)
        who.addWidget(self.print_button)
        steps = QHBoxLayout()
        for code, label in campaign.STEPS.items():
            button = QPushButton(label)
            button.setEnabled(ctx.can("write"))
            button.clicked.connect(lambda _c=False, c=code: self.record(c))
            steps.addWidget(button)
            self.step_buttons.append(button)
        steps.addStretch(1)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.addLayout(who)
        bl.addLayout(steps)
        bl.addWidget(self.needs_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.addWidget(self.total_label)
        tl.addWidget(self.progress_view, 1)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([300, 450])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def refresh(self) -> None:
        row = max(0, self.progress_view.current_row())
        rows = self.ctx.run(campaign.progress_by_village)
        self.progress.set_rows(rows)
        target, issued = sum(r.target for r in rows), sum(r.issued for r in rows)
        vneid = sum(r.vneid2 for r in rows)
        self.total_label.setText(
            f"<b>Toàn xã:</b> {target} công dân từ 14 tuổi; đã cấp căn cước {issued}; VNeID mức 2: {vneid}."
        )
        if rows:
            self.progress_view.selectRow(min(row, len(rows) - 1))
        self.load_needs()

    def current_village(self) -> campaign.VillageProgress | None:
        return self.progress.row_at(self.progress_view.current_row())

    def load_needs(self) -> None:
        village = self.current_village()
        self.needs.set_rows(self.ctx.run(campaign.field_list, village.village_id) if village else [])

    def record(self, step: str) -> None:
        need = self.needs.row_at(self.needs_view.current_row())
        if need is None:
            messages.info(self, "Hãy chọn một người trong danh sách.")
            return
        try:
            person = self.ctx.run(service.get_person, need.person_id)
            self.ctx.run(
                campaign.record_step,
                person.id,
                person.version,
                step,
                self.day.text(),
                self.officer.currentData(),
            )
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.ctx.changed("residents", self)
        row = self.needs_view.current_row()
        self.refresh()
        self.needs_view.selectRow(min(row, self.needs.rowCount() - 1))

    def print_list(self) -> None:
        village = self.current_village()
        if village is None:
            return
        try:
            data = self.ctx.run(printouts.render_pdf, "campaign_list", village.village_id)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.last_preview = printing.preview_pdf(self, data, "Danh sách cần làm căn cước, VNeID")
