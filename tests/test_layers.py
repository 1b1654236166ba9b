"""House rule 1: nothing outside desktop/gui imports PySide6 (checked in a fresh interpreter)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_core_never_imports_qt():
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in (ROOT / "desktop").rglob("*.py")
        if not {"gui", "migrations"} & set(p.relative_to(ROOT).parts) and p.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "bad = sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core modules pulled in Qt: {out.stdout}"
    assert len(modules) > 10


def test_migrations_never_import_qt():
    for path in (ROOT / "desktop" / "migrations").rglob("*.py"):
        assert "PySide6" not in path.read_text(encoding="utf-8"), path
