"""Station settings (printed on every document) and the list of villages."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop import settings
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.village import VillageDialog
from desktop.gui.forms.station_form import Ui_StationForm
from desktop.gui.models.base import Column, ListTableModel
from desktop.gui.pages.base import Page
from desktop.gui.widgets import SearchBox, TableView
from desktop.settings import StationView
from desktop.text import fold

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
)

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
        editable = ctx.can("admin")

        form_box = QGroupBox("Thông tin in trên văn bản")
        self.form = QWidget()
        self.ui = Ui_StationForm()
        self.ui.setupUi(self.form)
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
        self.search = SearchBox("Tìm thôn, bon…")
        self.search.search.connect(lambda _t: self.load_villages())
        self.add_button = QPushButton("Thêm (Ctrl+N)")
        self.add_button.setShortcut("Ctrl+N")
        self.edit_button = QPushButton("Sửa…")
        self.delete_button = QPushButton("Xóa")
        self.add_button.clicked.connect(self.add_village)
        self.edit_button.clicked.connect(self.edit_village)
        self.delete_button.clicked.connect(self.delete_village)
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setEnabled(editable)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for b in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(b)
        self.villages = ListTableModel(VILLAGE_COLUMNS, self)
        self.table = TableView("villagesTable", ctx.prefs)
        self.table.setModel(self.villages)
        self.table.activated_row.connect(lambda _r: self.edit_village() if editable else None)
        v_layout = QVBoxLayout(village_box)
        v_layout.addLayout(bar)
        v_layout.addWidget(self.table, 1)

        layout = QHBoxLayout(self)
        layout.addWidget(form_box, 1)
        layout.addWidget(village_box, 1)

    def refresh(self) -> None:
        self.view = self.ctx.run(settings.get_station)
        for name in TEXT_FIELDS:
            getattr(self.ui, name).setText(getattr(self.view, name))
        self.ui.show_rank.setChecked(self.view.show_rank)
        self.ui.period_start_day.setValue(self.view.period_start_day)
        self.ui.backups_to_keep.setValue(self.view.backups_to_keep)
        self.load_villages()

    def load_villages(self) -> None:
        rows = self.ctx.run(settings.list_villages, include_inactive=True)
        needle = fold(self.search.text())
        self.villages.set_rows([v for v in rows if needle in fold(v.label)])

    def form_data(self) -> StationView:
        values = {name: getattr(self.ui, name).text() for name in TEXT_FIELDS}
        return dataclasses.replace(
            self.view,
            **values,
            show_rank=self.ui.show_rank.isChecked(),
            period_start_day=self.ui.period_start_day.value(),
            backups_to_keep=self.ui.backups_to_keep.value(),
        )

    def save(self) -> None:
        try:
            self.view = self.ctx.run(settings.save_station, self.form_data())
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.ctx.changed("station", self)
        self.refresh()
        messages.info(self, "Đã lưu thông tin đơn vị.")

    def selected_village(self) -> settings.VillageView | None:
        return self.villages.row_at(self.table.current_row())

    def add_village(self) -> None:
        if VillageDialog(self.ctx, None, self).exec():
            self.load_villages()

    def edit_village(self) -> None:
        village = self.selected_village()
        if village is None:
            messages.info(self, "Hãy chọn một thôn/bon trong danh sách.")
            return
        if VillageDialog(self.ctx, village, self).exec():
            self.load_villages()

    def delete_village(self) -> None:
        village = self.selected_village()
        if village is None:
            messages.info(self, "Hãy chọn một thôn/bon trong danh sách.")
            return
        if not messages.confirm(self, f"Xóa {village.label} khỏi danh sách?"):
            return
        try:
            self.ctx.run(settings.delete_village, village.id, village.version)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.ctx.changed("villages", self)
        self.load_villages()

    def save_layout(self) -> None:
        self.table.save_layout()
