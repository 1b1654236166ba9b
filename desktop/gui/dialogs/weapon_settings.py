"""Admin: the receipt's fixed wording, the destruction policy and the station's categories."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.models.base import Column, ListTableModel
from desktop.gui.widgets import TableView
from desktop.weapons import service
from desktop.weapons.categories import RECEIPT_PLACEHOLDERS
from desktop.weapons.models import UNITS
from desktop.weapons.views import WeaponSettingsView

CATEGORY_COLUMNS = [
    Column("Loại", lambda c: c.name),
    Column("Đơn vị thường dùng", lambda c: c.default_unit),
    Column("Nguồn", lambda c: "Danh mục chung" if c.builtin else "Đơn vị tự thêm"),
    Column("Trạng thái", lambda c: "Đang dùng" if c.active else "Không dùng"),
]


class WeaponSettingsDialog(Dialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle("Cài đặt sổ vũ khí, vật liệu nổ")
        self.resize(820, 720)
        self.current = ctx.run(service.get_weapon_settings)
        self.intro = QPlainTextEdit(self.current.receipt_intro)
        self.closing = QPlainTextEdit(self.current.receipt_closing)
        self.handover = QPlainTextEdit(self.current.handover_intro)
        for edit in (self.intro, self.closing, self.handover):
            edit.setMaximumHeight(90)
        self.direct = QCheckBox(
            "Cho phép ghi tiêu hủy vật phẩm đang lưu giữ tại Công an xã khi chưa bàn giao"
        )
        self.direct.setChecked(self.current.allow_direct_destruction)
        form = QFormLayout()
        form.addRow("Lời mở đầu biên bản tiếp nhận:", self.intro)
        form.addRow("Lời kết biên bản tiếp nhận:", self.closing)
        form.addRow("Lời mở đầu biên bản bàn giao:", self.handover)
        form.addRow("", self.direct)
        hint = QLabel("Chỗ điền: " + "; ".join("{" + k + "} = " + v for k, v in RECEIPT_PLACEHOLDERS.items()))
        hint.setWordWrap(True)
        self.model = ListTableModel(CATEGORY_COLUMNS, self)
        self.table = TableView("weaponCategoriesTable", ctx.prefs)
        self.table.setModel(self.model)
        self.add_button = QPushButton("Thêm loại…")
        self.add_button.clicked.connect(self.add_category)
        self.toggle_button = QPushButton("Dùng / thôi dùng")
        self.toggle_button.clicked.connect(self.toggle_category)
        cat_bar = QHBoxLayout()
        cat_bar.addWidget(QLabel("<b>Danh mục loại vũ khí, vật liệu nổ</b>"), 1)
        cat_bar.addWidget(self.add_button)
        cat_bar.addWidget(self.toggle_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("Lưu")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Đóng")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(cat_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.load_categories()

    def load_categories(self) -> None:
        self.model.set_rows(self.ctx.run(service.list_categories, include_inactive=True))

    def add_category(self) -> None:
        name, ok = QInputDialog.getText(self, "Thêm loại", "Tên loại vũ khí, vật liệu nổ, công cụ hỗ trợ:")
        if not ok:
            return
        unit, ok = QInputDialog.getItem(self, "Thêm loại", "Đơn vị thường dùng:", list(UNITS), 0, False)
        if not ok:
            return
        try:
            self.ctx.run(service.add_category, service.CategoryInput(name, unit))
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.ctx.changed("weapons", self)
        self.load_categories()

    def toggle_category(self) -> None:
        c = self.model.row_at(self.table.current_row())
        if c is None:
            messages.info(self, "Hãy chọn một loại trong danh mục.")
            return
        try:
            self.ctx.run(
                service.update_category,
                c.id,
                c.version,
                service.CategoryInput(c.name, c.default_unit, not c.active),
            )
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.ctx.changed("weapons", self)
        self.load_categories()

    def save(self) -> None:
        data = WeaponSettingsView(
            self.intro.toPlainText(),
            self.closing.toPlainText(),
            self.handover.toPlainText(),
            self.direct.isChecked(),
            self.current.version,
        )
        if self.try_save(lambda: self.ctx.run(service.save_weapon_settings, data)):
            self.ctx.changed("weapons", self)
