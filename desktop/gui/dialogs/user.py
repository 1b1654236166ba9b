"""Add or edit a user account (admin)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop import accounts
from desktop.accounts import ROLES, UserView
from desktop.errors import ValidationError
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.user_dialog import Ui_UserDialog


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
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        role = self.ui.role.currentData()
        full_name = self.ui.full_name.text()

        def action() -> UserView:
            if self.user is not None:
                return self.ctx.run(
                    accounts.update_user,
                    self.user.id,
                    self.user.version,
                    full_name=full_name,
                    role=role,
                    active=self.ui.active.isChecked(),
                )
            if self.ui.password.text() != self.ui.password2.text():
                raise ValidationError("Nhập lại mật khẩu", "không khớp với mật khẩu.")
            created = self.ctx.run(
                accounts.create_user, self.ui.username.text(), full_name, role, self.ui.password.text()
            )
            if not self.ui.active.isChecked():
                created = self.ctx.run(
                    accounts.update_user,
                    created.id,
                    created.version,
                    full_name=full_name,
                    role=role,
                    active=False,
                )
            return created

        if self.try_save(action):
            self.ctx.changed("users", self)
