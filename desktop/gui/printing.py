"""Print preview for every printout: the PDF the core rendered, shown page by page,
with Print (to the desk printer) and Save as PDF."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop.gui import messages
from desktop.gui.forms.pdf_preview_dialog import Ui_PdfPreviewDialog


def pdf_bytes(source: bytes | Path | str) -> bytes:
    return source if isinstance(source, bytes) else Path(source).read_bytes()


class PdfPreviewDialog(QDialog):
    #: the document went to a printer or a file ("printed" / "saved") — not when only looked at
    issued = Signal(str)

    def __init__(
        self,
        source: bytes | Path | str,
        title: str,
        parent: QWidget | None = None,
        suggested_name: str = "van-ban.pdf",
    ) -> None:
        super().__init__(parent)
        #: asked before the document leaves the program; False stops the print or save
        self.before_output: Callable[[], bool] = lambda: True
        #: called once the printer or file is chosen, with what sends the document out: the print flow
        #: puts the issued (numbered) PDF in place first, then calls it (now or later)
        self.prepare_output: Callable[[Callable[[], None]], None] = lambda proceed: proceed()
        self.suggested_name = suggested_name
        self.document = QPdfDocument(self)
        self._load(source)

        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.ui.signer_label.hide()  # the print flow shows the signer choice for a signed document
        self.ui.signer_combo.hide()
        self.setWindowTitle(f"Xem trước khi in — {title}")
        self._fit_screen(parent)
        self.view = self.ui.view
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = self.ui.pages_label
        self.pages_label.setText(f"{self.document.pageCount()} trang")
        self.ui.print_button.clicked.connect(self.print_document)
        self.ui.save_button.clicked.connect(self.save_as)
        self.ui.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)

    def _fit_screen(self, parent: QWidget | None) -> None:
        """A page-shaped window that never reaches below the screen (In / Lưu PDF stay visible)."""
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(900, 700)
            return
        area = screen.availableGeometry()
        height = int(area.height() * 0.92)
        width = min(int(height * 0.85), int(area.width() * 0.9))
        self.resize(max(width, 480), max(height, 400))

    def _load(self, source: bytes | Path | str) -> None:
        self.data = pdf_bytes(source)
        self._array = QByteArray(self.data)
        self._buffer = QBuffer(self._array)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def replace_pdf(self, source: bytes | Path | str) -> None:
        """Show another rendering of the document (the numbered one, another signer)."""
        self._load(source)
        self.pages_label.setText(f"{self.document.pageCount()} trang")

    def page_count(self) -> int:
        return self.document.pageCount()

    def print_document(self, printer: QPrinter | None = None) -> bool:
        if not self.before_output():
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle("In văn bản")
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        sent: list[bool] = []

        def proceed() -> None:
            try:
                render_to_printer(self.document, printer)
            except OSError as exc:
                messages.warn(self, f"Không in được: {exc}. Hãy kiểm tra máy in rồi thử lại.")
                return
            sent.append(True)
            self.issued.emit("printed")

        self.prepare_output(proceed)
        return bool(sent)  # False also while the numbered PDF is still being made

    def save_as(self) -> None:
        if not self.before_output():
            return
        path = messages.save_file(self, "Lưu văn bản", self.suggested_name, "Tệp PDF (*.pdf)")
        if not path:
            return
        self.prepare_output(lambda: self._write(Path(path)))

    def _write(self, target: Path) -> None:
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".partial")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(self.data)
            os.replace(tmp, target)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            messages.warn(self, f"Không lưu được {target}: {exc.strerror}.")
            return
        self.issued.emit("saved")


def render_to_printer(document: QPdfDocument, printer: QPrinter) -> None:
    """Draw each PDF page as an image at the printer's resolution, page for page."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("Không mở được máy in.")
    try:
        dpi = printer.resolution()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image: QImage = document.render(page, size)
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(
                0,
                0,
                image.scaled(
                    scaled, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                ),
            )
    finally:
        painter.end()


def preview_pdf(
    parent: QWidget | None, source: bytes | Path | str, title: str, suggested_name: str = "van-ban.pdf"
) -> PdfPreviewDialog:
    """Show the preview (modal); returns the dialog (tests inspect it)."""
    dialog = PdfPreviewDialog(source, title, parent, suggested_name)
    if not _NO_EXEC:
        dialog.exec()
    return dialog


#: tests set this so the preview is built but not shown modally
_NO_EXEC = False
