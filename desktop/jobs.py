"""Progress and cancellation for long core jobs (import, export, report, backup).

A long function takes a ``Progress`` and calls ``progress.step(done, total, text)``
now and then; when the user pressed Cancel, ``step`` raises ``Cancelled`` so the
job unwinds through its own ``finally``/transaction and leaves nothing half-done.
The GUI feeds the reports to a progress dialog; the CLI and tests use the silent default.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop.errors import CaxaError


class Cancelled(CaxaError):
    def __init__(self) -> None:
        super().__init__("Đã hủy theo yêu cầu; không có gì bị thay đổi.")


class Progress:
    def __init__(self, callback: Callable[[int, int, str], None] | None = None) -> None:
        self._callback = callback
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        if self._callback is not None:
            self._callback(done, total, text)


SILENT = Progress()
