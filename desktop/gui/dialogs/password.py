"""The logged-in user changes their own password."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop import accounts
from desktop.errors import ValidationError
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.password_dialog import Ui_PasswordDialog


class PasswordDialog(Dialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        old, new = self.ui.old_password.text(), self.ui.new_password.text()

        def action() -> None:
            if new != self.ui.new_password2.text():
                raise ValidationError("Nhập lại mật khẩu mới", "không khớp với mật khẩu mới.")
            self.ctx.run(accounts.change_password, old, new)

        self.try_save(action)
