"""A short answer the clerk types (a note, a name), with an optional choice beside it (a unit):
the one prompt every page uses instead of Qt's built-in input boxes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QWidget

from desktop.gui.forms.prompt_dialog import Ui_PromptDialog


class PromptDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, label: str, *, choices: Sequence[str] = (),
                 choice_label: str = "", text: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_PromptDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.label_text.setText(label)
        self.ui.text.setText(text)
        self.ui.choice.addItems(list(choices))
        self.ui.label_choice.setText(choice_label)
        self.ui.label_choice.setVisible(bool(choices))
        self.ui.choice.setVisible(bool(choices))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)


def ask(parent: QWidget | None, title: str, label: str, *, choices: Sequence[str] = (),
        choice_label: str = "") -> tuple[str, str] | None:
    """(text, choice) when the clerk pressed OK, None when cancelled. Tests replace this function."""
    dialog = PromptDialog(parent, title, label, choices=choices, choice_label=choice_label)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.ui.text.text(), dialog.ui.choice.currentText()
