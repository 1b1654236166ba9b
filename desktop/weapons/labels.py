"""Labels for sealed bags: a QR code of the item's identifier and what the bag holds.

Ten labels (2 × 5) per A4 sheet. Labels are not official documents, so they are drawn
here with reportlab directly, in the same embedded serif family as the official layout.
"""

from __future__ import annotations

import io
import logging

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop import audit
from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.reports.fonts import register_family
from desktop.settings import get_station
from desktop.text import nfc
from desktop.weapons.common import item_views
from desktop.weapons.models import WeaponItem
from desktop.weapons.views import NOT_ISSUED, ItemView

logger = logging.getLogger(__name__)

COLUMNS, ROWS = 2, 5
MARGIN_X, MARGIN_Y = 10 * mm, 13.5 * mm
LABEL_W = (A4[0] - 2 * MARGIN_X) / COLUMNS
LABEL_H = (A4[1] - 2 * MARGIN_Y) / ROWS
QR_SIZE = 34 * mm
PAD = 4 * mm


def _fit(text: str, font: str, size: float, width: float) -> str:
    text = nfc(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _qr(canvas: Canvas, value: str, x: float, y: float, size: float) -> None:
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def _receipt_line(item: ItemView) -> str:
    """The receipt the item came in with, as its paper is numbered in the outgoing register."""
    if item.receipt_label == NOT_ISSUED:
        return f"BB ngày {item.received_at:%d/%m/%Y} (chưa in)"
    return f"BB {item.receipt_label} – {item.received_at:%d/%m/%Y}"


def _label(canvas: Canvas, family: str, item: ItemView, station: str, x: float, y: float) -> None:
    canvas.setDash(2, 2)
    canvas.setLineWidth(0.4)
    canvas.rect(x, y, LABEL_W, LABEL_H)
    canvas.setDash()
    _qr(canvas, item.code, x + PAD - 2 * mm, y + (LABEL_H - QR_SIZE) / 2, QR_SIZE)
    tx = x + PAD + QR_SIZE
    width = LABEL_W - (tx - x) - PAD
    top = y + LABEL_H - PAD - 4 * mm
    canvas.setFont(family, 8)
    canvas.drawString(tx, top + 1 * mm, _fit(station, family, 8, width))
    canvas.setFont(family + "-Bold", 15)
    canvas.drawString(tx, top - 6 * mm, _fit(item.code, family + "-Bold", 15, width))
    lines = [
        (family + "-Bold", 11, f"{item.category} – {item.quantity_text}"),
        (family, 10, f"Niêm phong: {item.seal_number or '(chưa có)'}"),
        (family, 10, _receipt_line(item)),
        (family, 9, item.markings and f"Ký hiệu: {item.markings}" or item.description),
    ]
    cy = top - 12.5 * mm
    for font, size, text in lines:
        if text:
            canvas.setFont(font, size)
            canvas.drawString(tx, cy, _fit(text, font, size, width))
        cy -= size + 3.5
    canvas.setFont(family + "-Italic", 8)
    canvas.drawString(tx, y + PAD - 1 * mm, "Ký niêm phong: ..............................")


def labels_pdf(items: list[ItemView], station_name: str) -> bytes:
    family = register_family()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, pageCompression=1)
    canvas.setTitle("Nhãn niêm phong vũ khí, vật liệu nổ")
    canvas.setAuthor(nfc(station_name))
    per_page = COLUMNS * ROWS
    for n, item in enumerate(items):
        slot = n % per_page
        if n and slot == 0:
            canvas.showPage()
        col, row = slot % COLUMNS, slot // COLUMNS
        x = MARGIN_X + col * LABEL_W
        y = A4[1] - MARGIN_Y - (row + 1) * LABEL_H
        _label(canvas, family, item, station_name, x, y)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _views(uow: UnitOfWork, item_ids: list[int] | tuple[int, ...]) -> list[ItemView]:
    uow.require("read")
    if not item_ids:
        raise ValidationError("Nhãn", "hãy chọn ít nhất một vật phẩm để in nhãn.")
    return item_views(uow, [uow.get(WeaponItem, i) for i in dict.fromkeys(item_ids)])


def labels_for(uow: UnitOfWork, item_ids: list[int] | tuple[int, ...]) -> bytes:
    """Labels for the given items (in that order) as PDF bytes, for a preview (nothing logged)."""
    views = _views(uow, item_ids)
    return labels_pdf(views, get_station(uow).issuing_body)


def log_labels_printed(uow: UnitOfWork, item_ids: list[int] | tuple[int, ...]) -> None:
    """Log that the labels of these items were printed or saved."""
    views = _views(uow, item_ids)
    audit.record(
        uow,
        "print",
        WeaponItem.__tablename__,
        views[0].id if len(views) == 1 else None,
        f"In nhãn niêm phong: {', '.join(v.code for v in views)}"[:2000],
    )


def print_labels(uow: UnitOfWork, item_ids: list[int] | tuple[int, ...]) -> bytes:
    """Labels for the given items as PDF bytes, the print logged (the command line)."""
    log_labels_printed(uow, item_ids)
    return labels_for(uow, item_ids)
