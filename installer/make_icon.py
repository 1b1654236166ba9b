"""Render resources/caxa.svg into a Windows icon (.ico) with the sizes Explorer and the taskbar use.

Usage: python installer/make_icon.py OUT.ico  (needs PySide6, and Pillow, which reportlab brings).
caxa.spec runs it so the bundle's caxa.exe, setup.exe and the uninstall entry carry the CAXA shield.
"""

import os
import sys
from pathlib import Path

SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
SVG = Path(__file__).resolve().parent.parent / "resources" / "caxa.svg"


def render(size: int):
    """One square RGBA Pillow image of the SVG drawn at exactly size×size (no downscaling blur)."""
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    pixels = bytes(image.constBits())
    return Image.frombuffer("RGBA", (size, size), pixels, "raw", "RGBA", image.bytesPerLine(), 1)


def main(out: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPainter needs one
    images = [render(size) for size in SIZES]
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    # BMP entries, not PNG: read by every Windows version and by the tools that copy icons into an exe.
    images[-1].save(
        out, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1], bitmap_format="bmp"
    )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python installer/make_icon.py OUT.ico")
    main(sys.argv[1])
