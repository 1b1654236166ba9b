"""Users page (admin): accounts, roles, active or not, password reset."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop import accounts
from desktop.gui.context import AppContext
from desktop.gui.dialogs.password import PasswordDialog
from desktop.gui.dialogs.user import UserDialog
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.gui.pages.base import Page
from desktop.text import format_datetime, name_sort_key

COLUMNS = [
    Column("Tên đăng nhập", lambda u: u.username),
    Column("Họ và tên", lambda u: u.full_name, sort=lambda u: name_sort_key(u.full_name)),
    Column("Vai trò", lambda u: u.role_text),
    Column("Trạng thái", lambda u: "Đang dùng" if u.active else "Đã khóa"),
    Column("Đăng nhập gần nhất", lambda u: format_datetime(u.last_login_at)),
    Column("Tạm khóa đến", lambda u: format_datetime(u.locked_until)),
]


class UsersPage(Page):
    title = "Người dùng"
    areas = ("users",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.list = RecordList(
            self, "users", COLUMNS, accounts.list_users, local_search=True,
            placeholder="Tìm theo tên đăng nhập hoặc họ tên…",
        )
        self.list.add_action("Thêm người dùng", self.add_user, needs="none", permission="admin",
                             shortcut="Ctrl+N")
        self.list.add_action("Sửa…", self.edit_user, permission="admin", default=True)
        self.list.add_action("Đặt lại mật khẩu…", self.reset_password, permission="admin")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def add_user(self) -> None:
        UserDialog(self.ctx, None, self).exec()

    def edit_user(self, user: accounts.UserView) -> None:
        UserDialog(self.ctx, user, self).exec()

    def reset_password(self, user: accounts.UserView) -> None:
        PasswordDialog(self.ctx, self, for_user=user).exec()
