"""Per-PC preferences (window layout, last user name), declared once with types and defaults."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

_DEFAULTS: dict[str, Any] = {
    "last_username": "",
    "last_page": "",
}


class Prefs:
    """Typed access to QSettings; tests pass a throw-away ini file."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings("CAXA", "CAXA")

    def get(self, key: str) -> Any:
        default = _DEFAULTS[key]
        value = self._s.value(key, default)
        return type(default)(value) if value is not None else default

    def set(self, key: str, value: Any) -> None:
        if key not in _DEFAULTS:
            raise KeyError(key)
        self._s.setValue(key, value)

    # window and dialog geometry, splitter and header states: keyed by object name
    def geometry(self, name: str) -> QByteArray | None:
        value = self._s.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, data: QByteArray) -> None:
        self._s.setValue(f"geometry/{name}", data)

    def state(self, name: str) -> QByteArray | None:
        value = self._s.value(f"state/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, name: str, data: QByteArray) -> None:
        self._s.setValue(f"state/{name}", data)

    def sync(self) -> None:
        self._s.sync()
