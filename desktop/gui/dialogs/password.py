"""Passwords: the logged-in user changes their own, or an admin sets another user's."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop import accounts
from desktop.accounts import UserView
from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.password_dialog import Ui_PasswordDialog


class PasswordDialog(Dialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, for_user: UserView | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.for_user = for_user
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        if for_user is not None:
            self.setWindowTitle(f"Đặt lại mật khẩu cho «{for_user.username}»")
            self.ui.label_old_password.setVisible(False)
            self.ui.old_password.setVisible(False)
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        new = self.ui.new_password.text()
        if new != self.ui.new_password2.text():
            messages.error(self, ValidationError("Nhập lại mật khẩu mới", "không khớp với mật khẩu mới."))
            return
        if self.for_user is None:
            self.save(accounts.change_password, self.ui.old_password.text(), new,
                      message="Đã đổi mật khẩu.")
        else:
            name = self.for_user.username
            self.save(accounts.reset_password, self.for_user.id, new, changes="users",
                      message=f"Đã đặt lại mật khẩu cho «{name}»; tài khoản được mở khóa.")
