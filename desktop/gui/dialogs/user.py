"""Add or edit a user account (admin)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop import accounts
from desktop.accounts import ROLES, UserView
from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.user_dialog import Ui_UserDialog


def create_account(
    uow: UnitOfWork, username: str, full_name: str, role: str, password: str, active: bool
) -> UserView:
    """A new account, locked from the start when ``active`` is off (one unit of work)."""
    created = accounts.create_user(uow, username, full_name, role, password)
    if active:
        return created
    return accounts.update_user(
        uow, created.id, created.version, full_name=full_name, role=role, active=False
    )


class UserDialog(Dialog):
    def __init__(self, ctx: AppContext, user: UserView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.user = user
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        for key, text in ROLES.items():
            self.ui.role.addItem(text, key)
        self.ui.active.setChecked(True)
        if user is None:
            self.setWindowTitle("Thêm người dùng")
            self.ui.role.setCurrentIndex(list(ROLES).index("clerk"))
        else:
            self.setWindowTitle(f"Sửa người dùng «{user.username}»")
            self.ui.username.setText(user.username)
            self.ui.username.setReadOnly(True)
            self.ui.full_name.setText(user.full_name)
            self.ui.role.setCurrentIndex(list(ROLES).index(user.role))
            self.ui.active.setChecked(user.active)
            for w in (self.ui.password, self.ui.password2, self.ui.label_password, self.ui.label_password2):
                w.setVisible(False)
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        role, full_name = self.ui.role.currentData(), self.ui.full_name.text()
        active = self.ui.active.isChecked()
        if self.user is not None:
            self.save(accounts.update_user, self.user.id, self.user.version,
                      full_name=full_name, role=role, active=active, changes="users")
            return
        if self.ui.password.text() != self.ui.password2.text():
            messages.error(self, ValidationError("Nhập lại mật khẩu", "không khớp với mật khẩu."))
            return
        self.save(create_account, self.ui.username.text(), full_name, role, self.ui.password.text(), active,
                  changes="users")
