"""Typed, expected failures. The GUI and the CLI show their message as it is."""

from __future__ import annotations


class CaxaError(Exception):
    """An expected failure whose message (Vietnamese) can be shown to the user."""

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(CaxaError):
    """Bad input. ``field`` names the field (its Vietnamese label) that is wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.detail = message


class PermissionDenied(CaxaError):
    pass


class NotFound(CaxaError):
    pass


class StaleRecord(CaxaError):
    def __init__(self, what: str = "Bản ghi") -> None:
        super().__init__(
            f"{what} đã được người khác sửa hoặc xóa trong lúc bạn đang sửa. "
            "Hãy mở lại để xem dữ liệu mới nhất rồi sửa lại."
        )


class AuthError(CaxaError):
    pass


class DatabaseError(CaxaError):
    pass


class FileRefused(CaxaError):
    """A file CAXA will not read (damaged, hostile or too large); the message names the file."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"Tệp «{name}» {reason}")
        self.name = name
        self.reason = reason
