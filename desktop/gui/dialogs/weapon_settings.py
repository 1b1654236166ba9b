"""Admin: the receipt's fixed wording, the destruction policy and the station's categories
(ui/weapon_settings_dialog.ui)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop.gui.context import AppContext
from desktop.gui.dialogs import prompt
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.weapon_settings_dialog import Ui_WeaponSettingsDialog
from desktop.gui.kit import operation
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.weapons import service
from desktop.weapons.categories import RECEIPT_PLACEHOLDERS
from desktop.weapons.models import UNITS
from desktop.weapons.views import CategoryView, WeaponSettingsView

CATEGORY_COLUMNS = [
    Column("Loại", lambda c: c.name),
    Column("Đơn vị thường dùng", lambda c: c.default_unit),
    Column("Nguồn", lambda c: "Danh mục chung" if c.builtin else "Đơn vị tự thêm"),
    Column("Trạng thái", lambda c: "Đang dùng" if c.active else "Không dùng"),
]


def all_categories(uow) -> list[CategoryView]:  # noqa: ANN001
    return service.list_categories(uow, include_inactive=True)


class WeaponSettingsDialog(Dialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, current: WeaponSettingsView | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = u = Ui_WeaponSettingsDialog()
        u.setupUi(self)
        self.current = current if current is not None else ctx.run(service.get_weapon_settings)
        self.intro, self.closing, self.handover, self.direct = (
            u.receipt_intro, u.receipt_closing, u.handover_intro, u.direct
        )
        self.intro.setPlainText(self.current.receipt_intro)
        self.closing.setPlainText(self.current.receipt_closing)
        self.handover.setPlainText(self.current.handover_intro)
        self.direct.setChecked(self.current.allow_direct_destruction)
        self.legal_basis = u.legal_basis
        self.legal_basis.setPlainText(self.current.legal_basis)
        u.hint.setText("Chỗ điền: " + "; ".join(f"{{{k}}} = {v}" for k, v in RECEIPT_PLACEHOLDERS.items()))
        self.categories = RecordList(self, "weaponCategories", CATEGORY_COLUMNS, all_categories, search=False)
        self.add_action = self.categories.add_action(
            "Thêm loại…", self.add_category, needs="none", permission="admin"
        )
        self.toggle_action = self.categories.add_action(
            "Dùng / thôi dùng", self.toggle_category, permission="admin", default=True
        )
        u.categoriesBox.addWidget(self.categories)
        self.buttons = u.buttons
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Lưu")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Đóng")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.categories.reload()

    def add_category(self) -> None:
        answer = prompt.ask(self, "Thêm loại", "Tên loại vũ khí, vật liệu nổ, công cụ hỗ trợ:",
                            choices=list(UNITS), choice_label="Đơn vị thường dùng:")
        if answer is not None:
            name, unit = answer
            operation.run(
                self,
                service.add_category,
                service.CategoryInput(name, unit),
                changes="weapons",
                done=lambda c: self.categories.reload(keep=c.id),
            )

    def toggle_category(self, c: CategoryView) -> None:
        operation.run(
            self,
            service.update_category,
            c.id,
            c.version,
            service.CategoryInput(c.name, c.default_unit, not c.active),
            changes="weapons",
            done=lambda _c: self.categories.reload(),
        )

    def submit(self) -> None:
        data = WeaponSettingsView(
            self.intro.toPlainText(),
            self.closing.toPlainText(),
            self.handover.toPlainText(),
            self.direct.isChecked(),
            self.current.version,
            self.legal_basis.toPlainText(),
        )
        self.save(service.save_weapon_settings, data, changes="weapons")
