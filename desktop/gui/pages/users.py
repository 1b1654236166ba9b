"""Users page (admin): accounts, roles, active or not, password reset."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop import accounts
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.user import UserDialog
from desktop.gui.models.base import Column, ListTableModel
from desktop.gui.pages.base import Page
from desktop.gui.widgets import SearchBox, TableView
from desktop.text import fold, format_datetime

COLUMNS = [
    Column("Tên đăng nhập", lambda u: u.username),
    Column("Họ và tên", lambda u: u.full_name),
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
        self.search = SearchBox("Tìm theo tên đăng nhập hoặc họ tên…")
        self.search.search.connect(lambda _t: self.refresh())
        self.add_button = QPushButton("Thêm người dùng (Ctrl+N)")
        self.add_button.setShortcut("Ctrl+N")
        self.add_button.clicked.connect(self.add_user)
        self.edit_button = QPushButton("Sửa…")
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button = QPushButton("Đặt lại mật khẩu…")
        self.reset_button.clicked.connect(self.reset_password)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for b in (self.add_button, self.edit_button, self.reset_button):
            bar.addWidget(b)
        self.model = ListTableModel(COLUMNS, self)
        self.table = TableView("usersTable", ctx.prefs)
        self.table.setModel(self.model)
        self.table.activated_row.connect(lambda _r: self.edit_user())
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.table.restore_layout()

    def refresh(self) -> None:
        users = self.ctx.run(accounts.list_users)
        needle = fold(self.search.text())
        if needle:
            users = [u for u in users if needle in fold(u.username) or needle in fold(u.full_name)]
        self.model.set_rows(users)

    def selected(self) -> accounts.UserView | None:
        return self.model.row_at(self.table.current_row())

    def add_user(self) -> None:
        if UserDialog(self.ctx, None, self).exec():
            self.refresh()

    def edit_user(self) -> None:
        user = self.selected()
        if user is None:
            messages.info(self, "Hãy chọn một người dùng trong danh sách.")
            return
        if UserDialog(self.ctx, user, self).exec():
            self.refresh()

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            messages.info(self, "Hãy chọn một người dùng trong danh sách.")
            return
        password, ok = QInputDialog.getText(
            self,
            "Đặt lại mật khẩu",
            f"Mật khẩu mới cho «{user.username}» (ít nhất 8 ký tự):",
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        try:
            self.ctx.run(accounts.reset_password, user.id, password)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        messages.info(self, f"Đã đặt lại mật khẩu cho «{user.username}»; tài khoản được mở khóa.")
        self.ctx.changed("users", self)
        self.refresh()

    def save_layout(self) -> None:
        self.table.save_layout()
