"""Station settings (printed on every document) and the list of villages."""

from __future__ import annotations

import dataclasses
import functools

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop import settings
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.village import VillageDialog
from desktop.gui.forms.station_form import Ui_StationForm
from desktop.gui.kit import operation
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.gui.pages.base import Page
from desktop.settings import StationView, VillageView

TEXT_FIELDS = (
    "commune_name",
    "commune_code",
    "parent_body",
    "issuing_body",
    "place_name",
    "doc_symbol",
    "head_name",
    "head_title",
    "head_rank",
    "own_code",
)

ALL_VILLAGES = functools.partial(settings.list_villages, include_inactive=True)
VILLAGE_COLUMNS = [
    Column("Loại", lambda v: v.kind),
    Column("Tên", lambda v: v.name),
    Column("Trạng thái", lambda v: "Đang dùng" if v.active else "Ngừng dùng"),
]


class StationPage(Page):
    title = "Thông tin đơn vị"
    areas = ("station", "villages")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = StationView()
        self.station_query = operation.Query(self)
        editable = ctx.can("admin")

        form_box = QGroupBox("Thông tin in trên văn bản")
        self.form = QWidget()
        self.ui = Ui_StationForm()
        self.ui.setupUi(self.form)
        for kind in settings.UNIT_KINDS:
            self.ui.unit_kind.addItem(kind, kind)
        self.ui.period_start_day.setToolTip(
            "Ngày đầu kỳ báo cáo tháng: 15 là từ ngày 15 tháng trước đến ngày 14 tháng báo cáo (như "
            "Nghị định 09/2019/NĐ-CP quy định cho báo cáo định kỳ hằng tháng); 1 là theo tháng dương lịch.")
        self.save_button = QPushButton("Lưu thông tin đơn vị")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(editable)
        self.form.setEnabled(editable)
        box_layout = QVBoxLayout(form_box)
        box_layout.addWidget(self.form)
        if not editable:
            box_layout.addWidget(QLabel("Chỉ quản trị viên được sửa thông tin đơn vị."))
        box_layout.addWidget(self.save_button)
        box_layout.addStretch(1)

        village_box = QGroupBox("Thôn, bon, buôn, tổ dân phố")
        self.villages = RecordList(self, "villages", VILLAGE_COLUMNS, ALL_VILLAGES, local_search=True,
                                   placeholder="Tìm thôn, bon…")
        self.villages.add_action("Thêm", self.add_village, needs="none", permission="admin",
                                 shortcut="Ctrl+N")
        self.villages.add_action("Sửa…", self.edit_village, permission="admin", default=True)
        self.villages.add_action("Xóa", self.delete_village, permission="admin", shortcut="Delete")
        self.villages.fit_columns(stretch=1)  # the name takes the room, the kind and the state fit
        QVBoxLayout(village_box).addWidget(self.villages)

        layout = QHBoxLayout(self)
        layout.addWidget(form_box, 1)
        layout.addWidget(village_box, 1)

    def refresh(self) -> None:
        self.station_query.run(settings.get_station, done=self.show_station)
        super().refresh()

    def show_station(self, view: StationView) -> None:
        self.view = view
        for name in TEXT_FIELDS:
            edit = getattr(self.ui, name)
            edit.setText(getattr(view, name))
            edit.setCursorPosition(0)
        self.ui.show_rank.setChecked(view.show_rank)
        self.ui.unit_kind.setCurrentIndex(max(0, self.ui.unit_kind.findData(view.unit_kind)))
        self.ui.period_start_day.setValue(view.period_start_day)
        self.ui.backups_to_keep.setValue(view.backups_to_keep)

    def form_data(self) -> StationView:
        values = {name: getattr(self.ui, name).text() for name in TEXT_FIELDS}
        return dataclasses.replace(
            self.view,
            **values,
            show_rank=self.ui.show_rank.isChecked(),
            unit_kind=self.ui.unit_kind.currentData(),
            period_start_day=self.ui.period_start_day.value(),
            backups_to_keep=self.ui.backups_to_keep.value(),
        )

    def save(self) -> None:
        operation.run(self, settings.save_station, self.form_data(), changes="station",
                      message="Đã lưu thông tin đơn vị.", done=self.show_station)

    def add_village(self) -> None:
        VillageDialog(self.ctx, None, self, used_kinds=[v.kind for v in self.villages.rows()]).exec()

    def edit_village(self, village: VillageView) -> None:
        VillageDialog(self.ctx, village, self, used_kinds=[v.kind for v in self.villages.rows()]).exec()

    def delete_village(self, village: VillageView) -> None:
        if messages.confirm(self, f"Xóa {village.label} khỏi danh sách?"):
            operation.run(self, settings.delete_village, village.id, village.version, changes="villages",
                          message=f"Đã xóa {village.label}.")
