"""The records behind the residents and schedule figures open in their own dialogs."""

import datetime as dt

from PySide6.QtWidgets import QWidget

from desktop import figures
from desktop.gui import openers
from desktop.gui.dialogs.event import EventDialog
from desktop.gui.dialogs.incident import HotspotDialog, IncidentDialog
from desktop.gui.dialogs.person import PersonDialog


def test_every_listed_record_opens(qtbot, gui_ctx, messages, monkeypatch):
    """For each kind of row the demo station's figures list (a year, so every kind has rows), the
    first row opens its record's dialog with that record."""
    opened = []
    for cls in (EventDialog, IncidentDialog, HotspotDialog, PersonDialog):
        monkeypatch.setattr(cls, "exec", lambda self: opened.append(self) or 0)
    parent = QWidget()  # the page or dialog a list is shown in: it has ``ctx``
    parent.ctx = gui_ctx
    qtbot.addWidget(parent)
    end = dt.date.today()
    start = end - dt.timedelta(days=365)
    paths = ("schedule.events.total", "schedule.incidents.count", "schedule.hotspots.open",
             "residents.campaign.reviewed", "residents.quality_open.no_vneid2")  # fmt: skip
    for path in paths:
        rows = gui_ctx.run(figures.records, path, start, end)
        assert rows, path
        opened.clear()
        assert openers.open_record(gui_ctx, parent, rows[0].opens, rows[0].record_id)
        (dialog,) = opened
        names = ("hotspot", "incident", "record", "person")  # what each dialog keeps its record as
        record = next(getattr(dialog, n) for n in names if getattr(dialog, n, None) is not None)
        assert record is not None and record.id == rows[0].record_id, path
    assert not [m for m in messages.shown if m[0] == "warn"]
