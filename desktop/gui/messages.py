"""Every message box and file dialog goes through here, so tests can answer them.

File dialogs open in the folder last used for the same purpose ("export", "import", "backup",
"photo" …), remembered in the data folder's preferences; the first time, in the user's Documents."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.errors import CaxaError, storage_message

logger = logging.getLogger(__name__)


def info(parent: QWidget | None, text: str, title: str = "CAXA") -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, text: str, title: str = "CAXA") -> None:
    QMessageBox.warning(parent, title, text)


def confirm(parent: QWidget | None, text: str, title: str = "Xác nhận") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton("Đồng ý", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Hủy", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes


def error(parent: QWidget | None, exc: BaseException) -> None:
    """Expected failures show their Vietnamese message; anything else is logged with details to copy."""
    if isinstance(exc, CaxaError):
        warn(parent, str(exc))
        return
    known = storage_message(exc)  # disk full, a read-only folder, a file cut short: said as such
    if known:
        logger.warning("storage failure: %s", type(exc).__name__)
        warn(parent, known)
        return
    logger.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "Lỗi không mong đợi",
        "Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu không bị ảnh hưởng.\n"
        "Hãy sao chép chi tiết dưới đây gửi cho người hỗ trợ kỹ thuật.",
        parent=parent,
    )
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


def documents_folder() -> str:
    """The user's Documents folder (home when the platform has none)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


def start_folder(purpose: str) -> str:
    """Where a file dialog for ``purpose`` opens: the folder last used for it, else Documents."""
    from desktop.gui.prefs import Prefs

    last = Prefs().folder(purpose)
    return last if last and Path(last).is_dir() else documents_folder()


def remember_folder(purpose: str, chosen: str) -> None:
    from desktop.gui.prefs import Prefs

    if chosen:
        Prefs().set_folder(purpose, str(Path(chosen).parent))


def open_file(
    parent: QWidget | None, title: str, filter_text: str, folder: str = "", *, purpose: str = "import"
) -> str:
    """A file to read; ``folder`` (e.g. the backups folder) wins over the remembered one."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder or start_folder(purpose), filter_text)
    if path and not folder:
        remember_folder(purpose, path)
    return path


def save_file(
    parent: QWidget | None, title: str, suggested: str, filter_text: str, *, purpose: str = "export"
) -> str:
    """A file to write; a bare ``suggested`` name is placed in the remembered folder (or Documents)."""
    if suggested and Path(suggested).name == suggested:
        suggested = str(Path(start_folder(purpose)) / suggested)
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested or start_folder(purpose), filter_text)
    remember_folder(purpose, path)
    return path


def choose_folder(parent: QWidget | None, title: str, *, purpose: str = "backup") -> str:
    """A folder to write into (a USB drive for backups); remembered like the files."""
    folder = QFileDialog.getExistingDirectory(parent, title, start_folder(purpose))
    if folder:
        from desktop.gui.prefs import Prefs

        Prefs().set_folder(purpose, folder)
    return folder
