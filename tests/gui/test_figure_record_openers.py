"""The records behind the figures open in their own dialogs (or on their page, selected)."""

import ast
import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

import desktop
from desktop import figures
from desktop.gui import openers
from desktop.gui.dialogs.event import EventDialog
from desktop.gui.dialogs.incident import HotspotDialog, IncidentDialog
from desktop.gui.dialogs.person import PersonDialog
from desktop.gui.dialogs.security import LodgingDialog, ResidenceCheckDialog
from desktop.gui.dialogs.staff import OfficerDialog
from desktop.gui.dialogs.support import DonorDialog
from desktop.security import residence
from desktop.security.views import LodgingInput

DIALOGS = (EventDialog, IncidentDialog, HotspotDialog, PersonDialog, DonorDialog, OfficerDialog,
           ResidenceCheckDialog, LodgingDialog)


def _opens_values(path: Path) -> set[str]:
    """Every string a provider module can put in a RecordRow's ``opens`` (the sixth argument or the
    keyword): the constants in that expression, module-level names (``OPENS``) resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {
        t.id: node.value.value
        for node in tree.body if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for t in node.targets if isinstance(t, ast.Name)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "RecordRow"):
            continue
        exprs = [k.value for k in node.keywords if k.arg == "opens"] + node.args[5:6]
        for expr in exprs:
            for inner in ast.walk(expr):
                if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
                    found.add(inner.value)
                elif isinstance(inner, ast.Name) and isinstance(names.get(inner.id), str):
                    found.add(names[inner.id])
    return found


def test_every_opens_value_a_provider_can_emit_has_an_opener():
    root = Path(desktop.__file__).parent
    modules = sorted(root.glob("*/figure_records.py"))
    assert len(modules) >= 5
    emitted = set().union(*(_opens_values(m) for m in modules)) - {""}
    assert {"weapons.handover", "support.donor", "staff.officer", "security.check"} <= emitted
    assert emitted <= set(openers.OPENERS), sorted(emitted - set(openers.OPENERS))


def test_every_listed_record_opens(qtbot, gui_ctx, messages, monkeypatch):
    """For each kind of row the demo station's figures list (a year, so every kind has rows), the
    first row opens its record's dialog with that record."""
    opened = []
    for cls in DIALOGS:
        monkeypatch.setattr(cls, "exec", lambda self: opened.append(self) or 0)
    parent = QWidget()  # the page or dialog a list is shown in: it has ``ctx``
    parent.ctx = gui_ctx
    qtbot.addWidget(parent)
    end = dt.date.today()
    start = end - dt.timedelta(days=365)
    gui_ctx.run(residence.add_lodging, LodgingInput(end, "Nhà trọ Bình Minh", end, guest_name="Lê Văn Tư"))
    paths = ("schedule.events.total", "schedule.incidents.count", "schedule.hotspots.open",
             "residents.campaign.reviewed", "residents.quality_open.no_vneid2", "support.donors",
             "support.officers", "security.residence.checks")  # fmt: skip
    kinds = set()
    for path in (*paths, "security.residence.lodging_notices"):
        rows = gui_ctx.run(figures.records, path, start, end)
        if path.endswith("lodging_notices"):
            rows = [r for r in rows if r.opens == "security.lodging"]
        assert rows, path
        opened.clear()
        assert openers.open_record(gui_ctx, parent, rows[0].opens, rows[0].record_id)
        (dialog,) = opened
        names = ("hotspot", "incident", "record", "person", "donor", "officer", "row")  # its record
        record = next(getattr(dialog, n) for n in names if getattr(dialog, n, None) is not None)
        assert record is not None and record.id == rows[0].record_id, path
        kinds.add(rows[0].opens)
    assert {"support.donor", "staff.officer", "security.check", "security.lodging"} <= kinds
    assert not [m for m in messages.shown if m[0] == "warn"]


def test_a_handover_opens_on_the_weapons_page(qtbot, gui_ctx, messages):
    """A handover has no dialog of its own: the list it was opened from closes and the weapons page
    shows the handovers tab with that handover selected and its items listed."""
    from desktop.gui.main_window import MainWindow

    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    end = dt.date.today()
    rows = gui_ctx.run(figures.records, "weapons.handed_over.handovers", end - dt.timedelta(days=365), end)
    row = rows[-1]
    assert row.opens == "weapons.handover"
    shown_from = QDialog(window)
    shown_from.ctx = gui_ctx
    qtbot.addWidget(shown_from)
    shown_from.show()
    assert openers.open_record(gui_ctx, shown_from, row.opens, row.record_id)
    assert not shown_from.isVisible()
    page = window.pages["weapons"]
    assert window.stack.currentWidget() is page
    assert page.tabs.currentWidget() is page.handovers
    assert page.handovers.list.selected().id == row.record_id
    assert page.handovers.items.rows()  # its items, shown below
    assert not [m for m in messages.shown if m[0] == "warn"]


def test_a_handover_without_the_main_window_is_described(qtbot, gui_ctx, messages):
    parent = QWidget()
    parent.ctx = gui_ctx
    qtbot.addWidget(parent)
    end = dt.date.today()
    row = gui_ctx.run(figures.records, "weapons.handed_over.handovers", end - dt.timedelta(days=365), end)[0]
    assert openers.open_record(gui_ctx, parent, row.opens, row.record_id)
    (text,) = messages.texts("info")
    assert text.startswith("Biên bản bàn giao") and row.who in text
