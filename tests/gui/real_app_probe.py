"""Runs the real CAXA in a process of its own and writes what a clerk would see wrong, as JSON.

``python -m tests.gui.real_app_probe REPORT.json DATA_DIR [--screen 1366x768] [--dpr 1.0]``

The process starts CAXA exactly as ``caxa`` does (``desktop.gui.app.start``: application with its
translator, locale and style sheet, the data-folder lock, the preferences of the data folder, the
login window with the database opened behind it, the main window fitted to the screen), on an
offscreen screen of the given size, with the demo station as the data folder's database (built
here, or copied there beforehand). It types
the user name and password into the real login window, opens every page from the navigation and
every dialog of the gallery, and records ``desktop.gui.uicheck``'s findings per page and dialog.
A message box that pops up on its own is a finding too (it would block a clerk).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("data_dir")
    parser.add_argument("--screen", default="1366x768")
    parser.add_argument("--dpr", type=float, default=1.0)
    args = parser.parse_args(argv)
    width, height = (int(x) for x in args.screen.split("x"))
    from desktop.gui.screenshots import offscreen_platform

    os.environ["QT_QPA_PLATFORM"] = offscreen_platform(width, height, args.dpr)
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    report: dict[str, list[str]] = {}
    try:
        run(Path(args.data_dir), report)
    except BaseException:  # noqa: BLE001 — whatever stops the probe is the first finding
        report["start"] = [traceback.format_exc()]
    Path(args.report).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _demo_station(data_dir: Path) -> None:
    """The demo station in the data folder, unless the caller copied one there (the test session's)."""
    from desktop import paths
    from desktop.bootstrap import open_database
    from desktop.demo import create_demo

    paths.set_data_dir(data_dir)
    if paths.database_file().exists():
        return
    db = open_database(None)
    create_demo(db)
    db.dispose()


def _silence_message_boxes(seen: list[str]) -> None:
    """A box shown while a page opens would wait for a click forever offscreen: record it instead."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui import messages

    def record(kind: str):
        return lambda *args, **_kw: seen.append(f"{kind}: {args[1] if len(args) > 1 else args}")

    messages.info = record("info")
    messages.warn = record("warn")
    messages.confirm = lambda *a, **k: seen.append(f"confirm: {a[1]}") and False
    messages.error = lambda _parent, exc: seen.append(f"error: {exc!r}")
    for name in ("information", "warning", "critical", "question"):
        setattr(QMessageBox, name, staticmethod(record(name)))


def _type_login(username: str, password: str):
    """Types into the real login window when it shows, as a clerk would, and presses Đăng nhập."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from desktop.gui.dialogs.login import LoginDialog

    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog) or not dialog.isVisible():
            return
        timer.stop()
        dialog.ui.username.clear()
        QTest.keyClicks(dialog.ui.username, username)
        QTest.keyClicks(dialog.ui.password, password)
        button = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def run(data_dir: Path, report: dict[str, list[str]]) -> None:
    _demo_station(data_dir)
    from desktop.gui import app as gui_app
    from desktop.gui import gallery, uicheck
    from desktop.gui.screenshots import settle

    application = gui_app.application()
    seen: list[str] = []
    _silence_message_boxes(seen)
    typer = _type_login("admin", "demo1234")
    started = gui_app.start(None)
    typer.stop()
    if isinstance(started, int):
        report["start"] = [f"CAXA stopped before the main window (exit code {started}); boxes: {seen}"]
        return
    window = started.window
    try:
        settle()
        report["window"] = uicheck.inspect(window, tabs=False) + [f"message box {m}" for m in seen]
        for entry in window.entries:
            seen.clear()
            page = window.show_page(entry.key)
            settle()
            found = uicheck.inspect(page, window)
            found += uicheck.page_fits(page, window.page_area.viewport())
            report[f"page:{entry.key}"] = found + [f"message box {m}" for m in seen]
        for item in gallery.ENTRIES:
            seen.clear()
            try:
                dialog = item.factory(started.ctx, window)
            except Exception:  # noqa: BLE001 — a factory that breaks is reported, the rest go on
                report[f"dialog:{item.key}"] = [f"could not be built: {traceback.format_exc(limit=-3)}"]
                continue
            dialog.show()
            settle()
            found = uicheck.inspect(dialog)
            report[f"dialog:{item.key}"] = found + [f"message box {m}" for m in seen]
            dialog.close()
            dialog.deleteLater()
            application.processEvents()
    finally:
        window.close()
        started.close()


if __name__ == "__main__":
    sys.exit(main())
