"""The real application, as a clerk sees it on a 1366×768 screen: every page and every dialog.

One process (``tests/gui/real_app_probe.py``) starts CAXA the way ``caxa`` does — translator, locale,
style sheet, the data folder's lock and preferences, the real login window typed into, the main
window — on the demo station, opens every page from the navigation and every dialog of
``desktop/gui/gallery.py``, and records what ``desktop/gui/uicheck.py`` finds: empty labels, buttons,
group boxes, tabs, menu items and headers; clipped widgets; windows bigger than the screen. Each
page and dialog is a test of its own here, so ``-k weapons`` shows one area's findings.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.gui import gallery, registry

ROOT = Path(__file__).resolve().parents[2]
TARGETS = (
    ["window"] + [f"page:{e.key}" for e in registry.PAGES] + [f"dialog:{e.key}" for e in gallery.ENTRIES]
)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    folder = tmp_path_factory.mktemp("real-app")
    out = folder / "report.json"
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.real_app_probe", str(out), str(folder / "data"),
         "--screen", "1366x768"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert out.exists(), f"the probe wrote no report:\n{done.stdout}\n{done.stderr}"
    found = json.loads(out.read_text(encoding="utf-8"))
    assert "start" not in found, "CAXA did not start:\n" + "\n".join(found["start"])
    return found


@pytest.mark.parametrize("target", TARGETS)
def test_usable_at_1366x768(report: dict[str, list[str]], target: str) -> None:
    assert target in report, f"{target} was never opened (the probe stopped before it)"
    problems = report[target]
    assert not problems, f"{target}:\n  " + "\n  ".join(problems)


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
    source = Path(gallery.__file__).read_text(encoding="utf-8")
    missing = sorted(c.__name__ for c in classes - bases if not re.search(rf"\b{c.__name__}\b", source))
    assert not missing, f"dialogs without a gallery entry: {missing}"
