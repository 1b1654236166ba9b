"""Every message box and file dialog goes through here, so tests can answer them."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.errors import CaxaError

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


def open_file(parent: QWidget | None, title: str, filter_text: str, folder: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filter_text)
    return path


def save_file(parent: QWidget | None, title: str, suggested: str, filter_text: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
    return path
