"""`caxa screenshots DIR`: every page of the main window rendered offscreen to PNG."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.db import Database


def take_screenshots(
    db: Database,
    out_dir: Path,
    *,
    username: str = "admin",
    password: str = "demo1234",
    size: tuple[int, int] = (1366, 768),
) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from desktop.accounts import login_user
    from desktop.gui import operations
    from desktop.gui.app import application
    from desktop.gui.context import AppContext
    from desktop.gui.main_window import MainWindow
    from desktop.gui.prefs import Prefs

    app = application()
    operations.INLINE = True
    out_dir.mkdir(parents=True, exist_ok=True)
    actor = login_user(db, username, password)
    prefs = Prefs(QSettings(str(out_dir / ".screenshots-prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(db, actor, prefs))
    window.resize(*size)
    window.show()
    files = []
    for number, entry in enumerate(window.entries, start=1):
        window.show_page(entry.key)
        for _ in range(3):
            app.processEvents()
        path = out_dir / f"{number:02d}-{entry.key}.png"
        window.grab().save(str(path))
        files.append(path)
    window.close()
    (out_dir / ".screenshots-prefs.ini").unlink(missing_ok=True)
    return files
