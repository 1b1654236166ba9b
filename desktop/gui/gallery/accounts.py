"""Gallery entries: start-up and accounts: login, first run, passwords, users, villages, the user guide."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.gui.gallery.base import GalleryEntry, first

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from desktop.gui.context import AppContext


def login(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.login import LoginDialog

    return LoginDialog(ctx.db, ctx.prefs, ctx.station.issuing_body, parent)


def first_run(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.firstrun import FirstRunDialog

    return FirstRunDialog(ctx.db, parent)


def password(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.password import PasswordDialog

    return PasswordDialog(ctx, parent)


def password_reset(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.accounts import list_users
    from desktop.gui.dialogs.password import PasswordDialog

    users = [u for u in ctx.run(list_users) if u.role == "clerk"]
    return PasswordDialog(ctx, parent, for_user=first(users, "clerk account"))


def prompt(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.prompt import PromptDialog
    from desktop.weapons.models import UNITS

    return PromptDialog(parent, "Thêm loại", "Tên loại vũ khí, vật liệu nổ, công cụ hỗ trợ:",
                        choices=list(UNITS), choice_label="Đơn vị thường dùng:", text="Súng bắn đạn cao su")


def backup_passphrase(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.passphrase import PassphraseDialog

    return PassphraseDialog(ctx, parent, new=True)


def user(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.accounts import list_users
    from desktop.gui.dialogs.user import UserDialog

    users = [u for u in ctx.run(list_users) if u.role == "clerk"]
    return UserDialog(ctx, first(users, "clerk account"), parent)


def village(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.village import VillageDialog
    from desktop.settings import list_villages

    return VillageDialog(ctx, first(ctx.run(list_villages), "village"), parent)


def user_guide(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.help import HelpDialog

    return HelpDialog(parent, "residents")


ENTRIES: list[GalleryEntry] = [
    GalleryEntry("login", "Đăng nhập", login),
    GalleryEntry("first_run", "Cài đặt lần đầu", first_run),
    GalleryEntry("password", "Đổi mật khẩu", password),
    GalleryEntry("password_reset", "Đặt lại mật khẩu", password_reset),
    GalleryEntry("backup_passphrase", "Mã hóa bản sao lưu", backup_passphrase),
    GalleryEntry("prompt", "Nhập tên, ghi chú", prompt),
    GalleryEntry("user", "Người dùng", user),
    GalleryEntry("village", "Thôn, bon", village),
    GalleryEntry("user_guide", "Hướng dẫn sử dụng (F1)", user_guide),
]
