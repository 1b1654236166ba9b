"""Start-up: from launching the process to the login window painted, against a bare PySide6
QMainWindow painted, in the same run (median of 5, alternating). Prints figures and the ratio;
asserts nothing. Goal (issue #9): the login within 3× the bare window.

``python -m bench.bench_startup`` (``CAXA_BENCH_STARTUP_RUNS`` to change the number of runs).

Both children are timed by this process from ``Popen`` to the line the child prints from inside its
first ``paintEvent``, so interpreter start, imports, QApplication and the first paint all count.
The CAXA child runs ``desktop.cli.main`` exactly as the ``caxa`` command does, on a data folder
with a set-up station (so the login shows, not the first-run wizard).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("CAXA_BENCH_STARTUP_RUNS", "5"))

BARE = """
import os
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        print("painted", flush=True)
        os._exit(0)

app = QApplication([])
window = Window()
window.resize(420, 130)
window.show()
app.exec()
"""

CAXA = """
import os, sys
from PySide6.QtWidgets import QDialog
from desktop.gui.dialogs import login

def paintEvent(self, event):
    QDialog.paintEvent(self, event)
    print("painted", flush=True)
    os._exit(0)

login.LoginDialog.paintEvent = paintEvent
from desktop.cli import main
main(["--data-dir", sys.argv[1]])
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QT_LOGGING_RULES"] = "qt.qpa.*=false"
    return env


def time_to_paint(code: str, *args: str) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, env=_env(),
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError(f"the child never painted (exit code {child.returncode})")
    return elapsed


def set_up_station(data_dir: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--data-dir", str(data_dir), "init",
         "--commune", "Xã Thử", "--parent", "CÔNG AN TỈNH THỬ", "--village", "thôn:Một",
         "--admin", "quantri"],
        input="matkhau123\n", check=True, capture_output=True, text=True, env=_env(),
    )


def _ms(values: list[float]) -> str:
    return ", ".join(f"{x * 1000:.0f}" for x in values)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="caxa-bench-start-") as folder:
        data_dir = Path(folder) / "data"
        set_up_station(data_dir)
        time_to_paint(CAXA, str(data_dir))  # warm the file cache once for both
        time_to_paint(BARE)
        bare, caxa = [], []
        for _ in range(RUNS):
            bare.append(time_to_paint(BARE))
            caxa.append(time_to_paint(CAXA, str(data_dir)))
    b, c = statistics.median(bare), statistics.median(caxa)
    print(f"bare QMainWindow painted: median {b * 1000:.0f} ms  ({_ms(bare)})")
    print(f"CAXA login painted:       median {c * 1000:.0f} ms  ({_ms(caxa)})")
    print(f"ratio: {c / b:.2f}× (goal ≤ 3×)")


if __name__ == "__main__":
    main()
