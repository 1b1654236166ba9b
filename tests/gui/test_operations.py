"""run_task on a real worker thread: results and errors come back on the GUI thread; cancel stops."""

from __future__ import annotations

import threading

from desktop.errors import CaxaError
from desktop.gui import operations


def test_result_and_error_arrive_on_gui_thread(qtbot):
    main = threading.get_ident()
    seen: dict[str, int | str] = {}

    def work(progress):
        seen["worker"] = threading.get_ident()
        progress.step(1, 2, "nửa chừng")
        return 42

    def done(value):
        seen["value"] = value
        seen["done_thread"] = threading.get_ident()

    operations.run_task(None, work, done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42 and seen["done_thread"] == main and seen["worker"] != main

    errors: list[tuple[BaseException, int]] = []

    def fail(_progress):
        raise CaxaError("Tệp không đọc được.")

    operations.run_task(None, fail, on_error=lambda exc: errors.append((exc, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0][0]) == "Tệp không đọc được." and errors[0][1] == main


def test_cancel_stops_the_job_quietly(qtbot):
    started = threading.Event()
    finished: list[str] = []

    def long_job(progress):
        started.set()
        for n in range(10_000_000):
            progress.step(n, 10_000_000)
        return "xong"

    progress = operations.run_task(None, long_job, finished.append, on_error=lambda e: finished.append("lỗi"),
                                   title="Đang làm…")
    assert started.wait(5)
    progress.cancel()
    assert operations.wait_for_tasks(5000)
    qtbot.waitUntil(lambda: not operations._alive, timeout=5000)  # the queued "failed" signal arrived
    assert finished == []
