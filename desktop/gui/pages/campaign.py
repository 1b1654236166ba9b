"""Đề án 06 page: progress by village, the field list of a village, recording each step."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from desktop.gui.context import AppContext
from desktop.gui.dialogs.bulk import CampaignBulkDialog
from desktop.gui.kit import operation, print_action
from desktop.gui.kit.pickers import OfficerPicker
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.gui.pages.base import Page
from desktop.gui.widgets import DateEdit
from desktop.residents import campaign, printouts, service
from desktop.text import fold, name_sort_key

PROGRESS_COLUMNS = [
    Column("Thôn, bon", lambda r: r.village_label),
    Column("Từ 14 tuổi", lambda r: r.target, "right"),
    Column("Đã rà soát", lambda r: r.reviewed, "right"),
    Column("Đã vận động", lambda r: r.mobilised, "right"),
    Column("Đã nộp hồ sơ", lambda r: r.applied, "right"),
    Column("Đã cấp căn cước", lambda r: r.issued, "right"),
    Column(
        "% đã cấp",
        lambda r: f"{r.percent_issued:.1f}".replace(".", ","),
        "right",
        sort=lambda r: r.percent_issued,
    ),
    Column("VNeID mức 2", lambda r: r.vneid2, "right"),
    Column("Còn phải làm căn cước", lambda r: r.need_card, "right"),
]
NEED_COLUMNS = [
    Column("Họ và tên", lambda r: r.full_name, sort=lambda r: name_sort_key(r.full_name)),
    Column("Ngày sinh", lambda r: r.birth_text),
    Column("Số hộ", lambda r: r.household_number),
    Column("Số định danh", lambda r: r.id_number),
    Column("Cần làm", lambda r: r.needs),
]
NEED_FILTERS = [
    ("Mọi việc cần làm", ""),
    ("Cần làm căn cước", "làm căn cước"),
    ("Cần kích hoạt VNeID mức 2", "kích hoạt VNeID"),
    ("Chưa vận động", "chưa vận động"),
]


def needs(uow: Any, text: str = "", need: str = "", village_id: int | None = None) -> list[campaign.NeedRow]:
    """The village's field list, only those who still need ``need``, whose name or number holds ``text``."""
    if village_id is None:
        return []
    words = fold(text).split()
    return [
        r
        for r in campaign.field_list(uow, village_id)
        if need in r.needs
        and all(w in fold(f"{r.full_name} {r.id_number} {r.household_number}") for w in words)
    ]


def record_step(uow: Any, person_id: int, step: str, day: str, officer_id: int | None) -> service.PersonView:
    """One campaign step for a person, on the person's current version."""
    person = service.get_person(uow, person_id)
    return campaign.record_step(uow, person.id, person.version, step, day, officer_id)


class CampaignPage(Page):
    title = "Căn cước, VNeID (Đề án 06)"
    areas = ("residents", "villages", "staff")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.progress_list = RecordList(
            self,
            "campaignProgress",
            PROGRESS_COLUMNS,
            campaign.progress_by_village,
            search=False,
            key=lambda r: r.village_id,
        )
        # at 125 % scaling the nine counts do not fit: the steps before the application give way
        # first (mobilised, reviewed; the row's tooltip shows them)
        self.progress_list.hide_when_narrow(3, 2)
        self.progress = self.progress_list.model
        self.progress_list.add_action(
            "In danh sách thôn, bon",
            self.print_list,
            tip="Danh sách người cần làm căn cước, VNeID của thôn, bon đang chọn",
        )
        self.progress_list.loaded.connect(lambda _n: self._progress_loaded())
        self.progress_list.selection_changed.connect(lambda _r: self._village_moved())
        self.total_label = QLabel("")

        self.needs_list = RecordList(
            self,
            "campaignNeeds",
            NEED_COLUMNS,
            needs,
            placeholder="Tìm tên, số định danh, số hộ…",
            key=lambda r: r.person_id,
            multi=True,
        )
        self.needs = self.needs_list.model
        self.needs_list.add_filter("need", "Việc cần làm", NEED_FILTERS)
        self.day = DateEdit()
        self.day.set_date(dt.date.today())
        self.day.setToolTip("Ngày của bước được ghi nhận")
        self.day.setFixedWidth(110)
        self.officer = OfficerPicker()
        self.officer.setFixedWidth(260)
        self.officer.setToolTip("Cán bộ vận động (ghi cùng bước «Đã vận động»)")
        for text, field in (("Ngày:", self.day), ("Cán bộ:", self.officer)):
            field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            label = QLabel(text)
            label.setBuddy(field)
            label.setMinimumHeight(field.sizeHint().height())
            self.needs_list.add_widget(label)
            self.needs_list.add_widget(field)
        self.step_actions = {
            code: self.needs_list.add_action(
                label,
                lambda row, c=code: self.record(row, c),
                permission="write",
                tip=f"Ghi nhận «{label}» cho người đang chọn",
            )
            for code, label in campaign.STEPS.items()
        }
        self.bulk_action = self.needs_list.add_action(
            "Ghi nhận cho nhiều người…",
            self.record_many,
            needs="none",
            permission="write",
            tip="Một bước, có ngày, cho những người đang chọn, cả thôn, bon hoặc một danh sách số định danh",
        )
        self.needs_list.loaded.connect(lambda _n: self._needs_loaded())

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.total_label)
        tl.addWidget(self.progress_list, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.needs_list)
        split.setSizes([340, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def refresh(self) -> None:
        if self.officer.owner is None:
            self.officer.bind(self)
        super().refresh()

    def _progress_loaded(self) -> None:
        rows = self.progress.rows
        target, issued = sum(r.target for r in rows), sum(r.issued for r in rows)
        vneid = sum(r.vneid2 for r in rows)
        self.total_label.setText(
            f"<b>Toàn xã:</b> {target} công dân từ 14 tuổi; đã cấp căn cước {issued}; VNeID mức 2: {vneid}."
        )
        if self.progress_list.selected() is None and rows:
            self.progress_list.select_row(0)

    def current_village(self) -> campaign.VillageProgress | None:
        return self.progress_list.selected()

    def _village_moved(self) -> None:
        village = self.current_village()
        self.needs_list.params["village_id"] = village.village_id if village else None
        self.needs_list.reload()

    def _needs_loaded(self) -> None:
        if self.needs_list.selected() is None and self.needs.rows:
            self.needs_list.select_row(0)

    def record(self, row: campaign.NeedRow, step: str) -> None:
        operation.run(
            self,
            record_step,
            row.person_id,
            step,
            self.day.text(),
            self.officer.value(),
            changes="residents",
            message=f"Đã ghi nhận {campaign.STEPS[step].lower()}: {row.full_name}.",
        )

    def record_many(self) -> None:
        village = self.current_village()
        CampaignBulkDialog(
            self.ctx,
            [r.person_id for r in self.needs_list.selected_rows()],
            village.village_id if village else None,
            village.village_label if village else "",
            self,
        ).exec()

    def print_list(self, village: campaign.VillageProgress) -> None:
        print_action.show(
            self,
            printouts.render_pdf,
            "campaign_list",
            village.village_id,
            title=f"Danh sách cần làm căn cước, VNeID — {village.village_label}",
            filename="danh-sach-de-an-06.pdf",
        )
