"""The real application, as a clerk sees it on a 1366×768 screen (at 100 % and at 125 % scaling):
every page and every dialog.

For each screen one process (``tests/gui/real_app_probe.py``) starts CAXA the way ``caxa`` does —
translator, locale, style sheet, the data folder's lock and preferences, the real login window typed
into, the main window — on the demo station, opens every page from the navigation and every dialog of
``desktop/gui/gallery/``, and records what ``desktop/gui/uicheck.py`` finds: empty labels, buttons,
group boxes, tabs, menu items and headers; clipped widgets; windows bigger than the screen. Each
page and dialog on each screen is a test of its own here, so ``-k weapons`` shows one area's findings.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.gui import gallery, registry
from tests.conftest import DemoTemplate

ROOT = Path(__file__).resolve().parents[2]
TARGETS = (
    ["window"] + [f"page:{e.key}" for e in registry.PAGES] + [f"dialog:{e.key}" for e in gallery.ENTRIES]
)
#: a 1366×768 office PC at 100 %, and the same screen at 125 % scaling (1093×614 logical pixels)
SCREENS = {"1366x768": ("1366x768", "1.0"), "1366x768@125%": ("1093x614", "1.25")}


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, list[str]]]:
    return {}


def _report(reports: dict, screen: str, tmp_path_factory: pytest.TempPathFactory,
            demo: DemoTemplate) -> dict[str, list[str]]:
    if screen not in reports:
        size, dpr = SCREENS[screen]
        folder = tmp_path_factory.mktemp("real-app")
        out = folder / "report.json"
        # the session's demo station, as the probe would build it (building it there took seconds)
        shutil.copytree(demo.data, folder / "data") if demo.data.exists() else (folder / "data").mkdir()
        shutil.copyfile(demo.database, folder / "data" / "caxa.sqlite3")
        head = demo.database.with_name(demo.database.name + ".audit-head")
        if head.exists():
            shutil.copyfile(head, folder / "data" / "caxa.sqlite3.audit-head")
        done = subprocess.run(
            [sys.executable, "-m", "tests.gui.real_app_probe", str(out), str(folder / "data"),
             "--screen", size, "--dpr", dpr],
            cwd=ROOT, capture_output=True, text=True, timeout=600,
        )
        assert out.exists(), f"the probe wrote no report:\n{done.stdout}\n{done.stderr}"
        reports[screen] = json.loads(out.read_text(encoding="utf-8"))
    found = reports[screen]
    assert "start" not in found, "CAXA did not start:\n" + "\n".join(found["start"])
    return found


# one probe per screen: `make test` (--dist loadgroup) runs all of a screen's tests in one worker
@pytest.mark.parametrize(
    "screen", [pytest.param(s, marks=pytest.mark.xdist_group(f"real-app-{s}")) for s in SCREENS]
)
@pytest.mark.parametrize("target", TARGETS)
def test_usable_on_a_small_screen(reports, tmp_path_factory, demo_template, screen: str, target: str) -> None:
    report = _report(reports, screen, tmp_path_factory, demo_template)
    assert target in report, f"{target} was never opened (the probe stopped before it)"
    problems = report[target]
    assert not problems, f"{target} at {screen}:\n  " + "\n  ".join(problems)


def test_every_dialog_is_in_the_gallery() -> None:
    """A dialog class added to desktop/gui/dialogs must get a gallery entry, or the check misses it."""
    import importlib
    import inspect
    import pkgutil

    from PySide6.QtWidgets import QDialog

    import desktop.gui.dialogs as package

    classes = set()
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__ and not name.startswith("_"):
                classes.add(cls)
    bases = {c for c in classes if any(issubclass(o, c) and o is not c for o in classes)}
    source = "".join(p.read_text(encoding="utf-8") for p in Path(gallery.__file__).parent.glob("*.py"))
    missing = sorted(c.__name__ for c in classes - bases if not re.search(rf"\b{c.__name__}\b", source))
    assert not missing, f"dialogs without a gallery entry: {missing}"
