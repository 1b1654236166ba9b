"""Preferences (window layout, last user name, last folders), declared once with types and defaults.

They live in ``caxa-prefs.ini`` inside the data folder, not in the user's registry: two data folders
(the station's and a colleague's, or a test folder) never see each other's last user."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from desktop import paths

FILE_NAME = "caxa-prefs.ini"

_DEFAULTS: dict[str, Any] = {
    "last_username": "",
    "quality_scan_day": "",  # ISO date of this PC's last sign-in scan of the data problems
}


class Prefs:
    """Typed access to QSettings; tests pass a throw-away ini file."""

    def __init__(self, settings: QSettings | None = None) -> None:
        if settings is None:
            settings = QSettings(str(paths.data_dir() / FILE_NAME), QSettings.Format.IniFormat)
        self._s = settings

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

    # the columns a clerk showed or hid from a list's header menu, by list (JSON: title → shown)
    def columns(self, name: str) -> str:
        value = self._s.value(f"columns/{name}", "")
        return str(value) if value else ""

    def set_columns(self, name: str, choices: str) -> None:
        self._s.setValue(f"columns/{name}", choices)

    # the last folder a file dialog used, per purpose ("export", "backup", "import" …)
    def folder(self, purpose: str) -> str:
        value = self._s.value(f"folders/{purpose}", "")
        return str(value) if value else ""

    def set_folder(self, purpose: str, folder: str) -> None:
        self._s.setValue(f"folders/{purpose}", folder)

    # a list's remembered toggle filters (``RecordList.add_toggle(…, remember=True)``), by list and key
    def toggle(self, name: str, default: bool) -> bool:
        value = self._s.value(f"filters/{name}")
        if value is None:
            return default
        return value is True or str(value).lower() in ("true", "1")

    def set_toggle(self, name: str, checked: bool) -> None:
        self._s.setValue(f"filters/{name}", bool(checked))

    def sync(self) -> None:
        self._s.sync()
