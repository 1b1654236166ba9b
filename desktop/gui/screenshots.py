"""`caxa screenshots DIR`: every page of the main window and every dialog of the gallery, rendered
offscreen to PNG at 1366×768 (``01-residents.png`` …, ``dialog-person.png`` …)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.db import Database


def offscreen_platform(width: int = 1366, height: int = 768, dpr: float = 1.0) -> str:
    """A ``QT_QPA_PLATFORM`` value for an offscreen screen of that size (Qt's default is 800×800)."""
    config = {
        "synchronousWindowSystemEvents": False,
        "windowFrameMargins": False,
        "screens": [{"name": "caxa", "x": 0, "y": 0, "width": width, "height": height,
                     "logicalDpiX": 96, "logicalDpiY": 96, "dpr": dpr}],
    }
    path = Path(tempfile.mkdtemp(prefix="caxa-screen-")) / "screen.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return f"offscreen:configfile={path}"


def settle() -> None:
    """Let background work finish and its results arrive before a picture is taken."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from desktop.gui import operations

    for _ in range(4):
        QApplication.processEvents()
        operations.pool().waitForDone(30000)
        QThreadPool.globalInstance().waitForDone(30000)
    QApplication.processEvents()


def _let_pdf_pages_render(widget: Any) -> None:
    """QPdfView draws its pages in a thread of its own: give it a moment before the picture."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtPdfWidgets import QPdfView

    if widget.findChild(QPdfView) is None:
        return
    loop = QEventLoop()
    QTimer.singleShot(1500, loop.quit)
    loop.exec()


def take_screenshots(
    db: Database,
    out_dir: Path,
    *,
    username: str = "admin",
    password: str = "demo1234",
    size: tuple[int, int] = (1366, 768),
) -> list[Path]:
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = offscreen_platform(*size)
    from PySide6.QtCore import QSettings

    from desktop.accounts import login_user
    from desktop.gui import gallery
    from desktop.gui.app import application
    from desktop.gui.context import AppContext
    from desktop.gui.main_window import MainWindow
    from desktop.gui.prefs import Prefs

    app = application()
    out_dir.mkdir(parents=True, exist_ok=True)
    actor = login_user(db, username, password)
    prefs_file = out_dir / ".screenshots-prefs.ini"
    ctx = AppContext(db, actor, Prefs(QSettings(str(prefs_file), QSettings.Format.IniFormat)))
    window = MainWindow(ctx)
    window.resize(*size)
    window.show()
    files = []
    for number, entry in enumerate(window.entries, start=1):
        window.show_page(entry.key)
        settle()
        path = out_dir / f"{number:02d}-{entry.key}.png"
        window.grab().save(str(path))
        files.append(path)
    for item in gallery.ENTRIES:
        dialog = item.factory(ctx, window)
        dialog.show()
        settle()
        _let_pdf_pages_render(dialog)
        path = out_dir / f"dialog-{item.key}.png"
        dialog.grab().save(str(path))
        files.append(path)
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    window.close()
    prefs_file.unlink(missing_ok=True)
    return files
