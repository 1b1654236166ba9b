"""The login dialog: username, password, clear Vietnamese messages, lockout shown as it is."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from desktop.accounts import login_user
from desktop.db import Actor, Database
from desktop.errors import CaxaError
from desktop.gui.forms.login_dialog import Ui_LoginDialog
from desktop.gui.prefs import Prefs


class LoginDialog(QDialog):
    def __init__(
        self, db: Database, prefs: Prefs, station_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.prefs = db, prefs
        self.actor: Actor | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Đăng nhập — {station_name}" if station_name else "Đăng nhập CAXA")
        self.error_label = QLabel("")
        self.error_label.setObjectName("loginError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.ui.mainLayout.insertWidget(1, self.error_label)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Đăng nhập")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Thoát")
        self.ui.buttons.accepted.connect(self.try_login)
        self.ui.buttons.rejected.connect(self.reject)
        last = prefs.get("last_username")
        self.ui.username.setText(last)
        (self.ui.password if last else self.ui.username).setFocus()

    def try_login(self) -> None:
        username = self.ui.username.text().strip()
        if not username:
            self.error_label.setText("Hãy nhập tên đăng nhập.")
            self.ui.username.setFocus()
            return
        try:
            self.actor = login_user(self.db, username, self.ui.password.text())
        except CaxaError as exc:
            self.error_label.setText(str(exc))
            self.ui.password.clear()
            self.ui.password.setFocus()
            return
        self.prefs.set("last_username", self.actor.username)
        self.accept()
