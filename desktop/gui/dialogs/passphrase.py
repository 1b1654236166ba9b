"""The passphrase of an encrypted backup: asked twice when making one, once when restoring."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.passphrase_dialog import Ui_PassphraseDialog

MIN_LENGTH = 8


class PassphraseDialog(Dialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, new: bool = False,
                 file_name: str = "") -> None:
        super().__init__(ctx, parent)
        self.new = new
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        if new:
            self.setWindowTitle("Mã hóa bản sao lưu")
            self.ui.hint.setText(
                f"Đặt mật khẩu cho bản sao lưu (ít nhất {MIN_LENGTH} ký tự). Hãy ghi nhớ: mất mật khẩu thì "
                "không phục hồi được bản sao lưu này."
            )
        else:
            self.setWindowTitle(f"Mở bản sao lưu {file_name}".strip())
            self.ui.label_passphrase2.setVisible(False)
            self.ui.passphrase2.setVisible(False)
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)

    def passphrase(self) -> str:
        return self.ui.passphrase.text()

    def submit(self) -> None:
        text = self.passphrase()
        if self.new and len(text) < MIN_LENGTH:
            messages.error(self, ValidationError("Mật khẩu sao lưu", f"cần ít nhất {MIN_LENGTH} ký tự."))
        elif self.new and text != self.ui.passphrase2.text():
            messages.error(self, ValidationError("Nhập lại", "không khớp với mật khẩu sao lưu."))
        elif not text:
            messages.error(self, ValidationError("Mật khẩu sao lưu", "không được để trống."))
        else:
            self.accept()
