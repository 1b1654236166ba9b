"""Add or edit a village (thôn, bon, buôn, tổ dân phố …)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QWidget

from desktop import settings
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.village_dialog import Ui_VillageDialog
from desktop.settings import VillageView, village_kinds


class VillageDialog(Dialog):
    """The kinds of Thông tư 04/2012/TT-BNV to choose from; a station types its own kind when none fits."""

    def __init__(
        self,
        ctx: AppContext,
        village: VillageView | None = None,
        parent: QWidget | None = None,
        used_kinds: Iterable[str] = (),
    ) -> None:
        super().__init__(ctx, parent)
        self.village = village
        self.ui = Ui_VillageDialog()
        self.ui.setupUi(self)
        self.ui.kind.setEditable(True)
        self.ui.kind.setToolTip("Chọn loại theo Thông tư 04/2012/TT-BNV, hoặc gõ loại riêng của địa phương")
        self.ui.kind.addItems(village_kinds([*used_kinds, village.kind if village else ""]))
        self.ui.active.setChecked(True)
        if village is not None:
            self.setWindowTitle(f"Sửa {village.label}")
            self.ui.kind.setCurrentText(village.kind)
            self.ui.name.setText(village.name)
            self.ui.active.setChecked(village.active)
        else:
            self.setWindowTitle("Thêm thôn, bon, tổ dân phố")
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        name, kind, active = self.ui.name.text(), self.ui.kind.currentText(), self.ui.active.isChecked()
        if self.village is None:
            self.save(settings.add_village, name, kind, changes="villages")
        else:
            v = self.village
            self.save(settings.update_village, v.id, v.version, name=name, kind=kind, active=active,
                      changes="villages")
