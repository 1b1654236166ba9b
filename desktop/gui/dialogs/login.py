"""The login dialog: username, password, clear Vietnamese messages, lockout shown as it is.

It may be shown before the database is open (start-up opens it behind the login): the clerk types
at once, and a login asked for before the database is ready runs as soon as it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from desktop.gui.forms.login_dialog import Ui_LoginDialog

if TYPE_CHECKING:
    from desktop.db import Actor, Database
    from desktop.gui.prefs import Prefs


class LoginDialog(QDialog):
    def __init__(
        self, db: Database | None, prefs: Prefs, station_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.prefs = db, prefs
        self.actor: Actor | None = None
        self._pending = False
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.set_title(station_name)
        self.error_label = QLabel("")
        self.error_label.setObjectName("loginError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.ui.mainLayout.insertWidget(1, self.error_label)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Đăng nhập")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Thoát")
        self.ui.buttons.accepted.connect(self.try_login)
        self.ui.buttons.rejected.connect(self.reject)
        last = prefs.get("last_username")
        self.ui.username.setText(last)
        (self.ui.password if last else self.ui.username).setFocus()

    def set_title(self, station_name: str) -> None:
        self.setWindowTitle(f"Đăng nhập — {station_name}" if station_name else "Đăng nhập CAXA")

    def show_message(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def set_database(self, db: Database, station_name: str = "") -> None:
        """The database opened behind the login; a login already asked for runs now."""
        self.db = db
        self.set_title(station_name)
        if self._pending:
            self._pending = False
            self.try_login()

    def try_login(self) -> None:
        from desktop.accounts import login_user
        from desktop.errors import CaxaError

        username = self.ui.username.text().strip()
        if not username:
            self.show_message("Hãy nhập tên đăng nhập.")
            self.ui.username.setFocus()
            return
        if self.db is None:
            self._pending = True
            self.show_message("Đang mở dữ liệu, xin chờ giây lát…")
            return
        from desktop.gui.operations import run_task

        def refused(exc: BaseException) -> None:
            self.setEnabled(True)
            if not isinstance(exc, CaxaError):
                raise exc  # the error hooks log and show it
            self.show_message(str(exc))
            self.ui.password.clear()
            self.ui.password.setFocus()

        def signed_in(actor: Actor) -> None:
            self.setEnabled(True)
            self.actor = actor
            self.prefs.set("last_username", actor.username)
            self.accept()

        # the password hash takes a fifth of a second: checked off the GUI thread
        self.setEnabled(False)
        db, password = self.db, self.ui.password.text()
        run_task(self, lambda _p: login_user(db, username, password), signed_in, on_error=refused)
