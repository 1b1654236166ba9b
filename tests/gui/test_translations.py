from PySide6.QtWidgets import QDialogButtonBox

from desktop.gui.app import application


def test_standard_buttons_speak_vietnamese(qtbot):
    application()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {box.button(QDialogButtonBox.StandardButton.Ok).text(),
             box.button(QDialogButtonBox.StandardButton.Cancel).text()}
    assert texts == {"Đồng ý", "Hủy"}
