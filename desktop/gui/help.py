"""F1: the user's guide (``resources/help/*.md``, Vietnamese) shown inside the program."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QListWidgetItem,
    QWidget,
)

from desktop import paths
from desktop.gui.forms.help_dialog import Ui_HelpDialog

#: the guide page a page's F1 opens (the others open the first page)
PAGE_TOPICS = {
    "residents": "03-cac-phan-viec", "archive": "03-cac-phan-viec", "quality": "03-cac-phan-viec",
    "campaign": "03-cac-phan-viec", "schedule": "03-cac-phan-viec", "incidents": "03-cac-phan-viec",
    "staff": "03-cac-phan-viec", "weapons": "03-cac-phan-viec", "support": "03-cac-phan-viec",
    "backup": "04-sao-luu",
}


def help_pages() -> list[Path]:
    """The guide's pages in reading order (their file names start with a number)."""
    folder = paths.resource("help")
    return sorted(folder.glob("*.md")) if folder.is_dir() else []


def page_title(path: Path) -> str:
    """A page's first heading."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, topic: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_HelpDialog()
        self.ui.setupUi(self)
        self.topics, self.text = self.ui.topics, self.ui.text
        self.topics.setObjectName("helpTopics")
        self.text.setObjectName("helpText")
        self.ui.split.setStretchFactor(1, 1)
        self.ui.split.setSizes([220, 640])
        self.ui.buttons.rejected.connect(self.reject)
        for path in help_pages():
            item = QListWidgetItem(page_title(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.topics.addItem(item)
        self.topics.currentItemChanged.connect(self._show)
        wanted = PAGE_TOPICS.get(topic, topic)
        row = next(
            (r for r in range(self.topics.count())
             if Path(self.topics.item(r).data(Qt.ItemDataRole.UserRole)).stem == wanted),
            0,
        )
        if self.topics.count():
            self.topics.setCurrentRow(row)
        else:
            self.text.setPlainText("Không tìm thấy tệp hướng dẫn (thư mục resources/help).")

    def _show(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            path = Path(item.data(Qt.ItemDataRole.UserRole))
            self.text.setMarkdown(path.read_text(encoding="utf-8"))
