"""The Vietnamese translator translates what it knows and leaves every other text alone."""

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from desktop.gui.app import application


def test_standard_buttons_speak_vietnamese(qtbot):
    application()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {box.button(QDialogButtonBox.StandardButton.Ok).text(),
             box.button(QDialogButtonBox.StandardButton.Cancel).text()}
    assert texts == {"Đồng ý", "Hủy"}


def test_unknown_texts_keep_their_source(qtbot):
    application()
    assert QCoreApplication.translate("LoginDialog", "Tên đăng nhập:") == "Tên đăng nhập:"
    assert QCoreApplication.translate("QFileDialog", "Some text Qt added later") == "Some text Qt added later"


def test_designer_form_labels_are_shown(qtbot, sqlite_db, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.gui.dialogs.login import LoginDialog
    from desktop.gui.prefs import Prefs

    application()
    prefs = Prefs(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    dialog = LoginDialog(sqlite_db, prefs)
    qtbot.addWidget(dialog)
    assert dialog.ui.label_username.text() == "Tên đăng nhập:"
    assert dialog.ui.label_password.text() == "Mật khẩu:"


def test_shortcuts_keep_their_modifiers(qtbot):
    application()
    assert QKeySequence("Ctrl+Q").toString(QKeySequence.SequenceFormat.NativeText) == "Ctrl+Q"
    menu = QMenu()
    qtbot.addWidget(menu)
    action = menu.addAction("Thoát")
    action.setShortcut(QKeySequence("Ctrl+Shift+S"))
    assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) == "Ctrl+Shift+S"


def test_designer_date_formats_keep_the_full_year(qtbot, gui_ctx):
    from PySide6.QtWidgets import QDialog

    from desktop.gui.forms.weapon_receipt_dialog import Ui_WeaponReceiptDialog

    application()
    host = QDialog()
    qtbot.addWidget(host)
    form = Ui_WeaponReceiptDialog()
    form.setupUi(host)
    assert form.received_at.displayFormat() == "dd/MM/yyyy HH:mm"
    form.received_at.setDateTime(QDateTime(QDate(2025, 3, 4), QTime(8, 5)))
    assert form.received_at.text() == "04/03/2025 08:05"
