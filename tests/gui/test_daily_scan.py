"""The data problems are scanned in full once a day on a PC, at the first sign-in that may write: a
save checks only the persons it touches, so problems that come with the date alone reach the list here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMainWindow
from sqlalchemy import delete, func, select

from desktop.gui import app
from desktop.residents.models import QualityIssue


def _open_issues(ctx) -> int:
    return ctx.run(lambda uow: uow.session.scalar(
        select(func.count()).select_from(QualityIssue).where(QualityIssue.cleared_on.is_(None))))


def _forget_issues(ctx) -> None:
    def forget(uow):
        uow.session.execute(delete(QualityIssue))
    ctx.run(forget)


def test_the_first_sign_in_of_the_day_scans_and_the_second_does_not(qtbot, gui_ctx):
    window = QMainWindow()
    qtbot.addWidget(window)
    open_before = _open_issues(gui_ctx)
    assert open_before > 0, "the demo station has data problems"
    _forget_issues(gui_ctx)  # as if the date had brought problems no save has looked at
    app._daily_quality_scan(window, gui_ctx)
    qtbot.waitUntil(lambda: gui_ctx.prefs.get("quality_scan_day") == dt.date.today().isoformat())
    assert _open_issues(gui_ctx) == open_before
    _forget_issues(gui_ctx)
    app._daily_quality_scan(window, gui_ctx)  # the same day on the same PC: nothing runs
    assert _open_issues(gui_ctx) == 0


def test_an_account_that_may_only_read_does_not_scan(qtbot, gui_ctx):
    import dataclasses

    window = QMainWindow()
    qtbot.addWidget(window)
    gui_ctx.actor = dataclasses.replace(gui_ctx.actor, role="viewer")
    app._daily_quality_scan(window, gui_ctx)
    assert gui_ctx.prefs.get("quality_scan_day") == ""
