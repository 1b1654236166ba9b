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


class StorageError(CaxaError):
    """The disk or the folder refused: full, read-only, no permission, a file cut short."""


_ERRNO_TEXT = {
    "ENOSPC": "ổ đĩa đã đầy; hãy giải phóng chỗ trống rồi thử lại",
    "EDQUOT": "đã hết hạn mức dung lượng của tài khoản trên ổ đĩa",
    "EROFS": "ổ đĩa hoặc thư mục chỉ cho đọc",
    "EACCES": "không có quyền ghi hoặc đọc (kiểm tra quyền của thư mục, tệp)",
    "EPERM": "không có quyền ghi hoặc đọc (kiểm tra quyền của thư mục, tệp)",
    "ENOENT": "không tìm thấy tệp hoặc thư mục",
    "EIO": "lỗi đọc/ghi thiết bị (ổ đĩa hoặc USB có thể bị hỏng hoặc đã bị rút ra)",
    "ENAMETOOLONG": "tên hoặc đường dẫn tệp quá dài",
    "EISDIR": "đường dẫn là một thư mục, không phải tệp",
    "ENOTDIR": "một phần của đường dẫn không phải thư mục",
}

_SQLITE_TEXT = (
    ("database or disk is full", "ổ đĩa đã đầy; hãy giải phóng chỗ trống rồi thử lại"),
    ("readonly database", "cơ sở dữ liệu hoặc thư mục dữ liệu chỉ cho đọc"),
    ("read-only", "cơ sở dữ liệu hoặc thư mục dữ liệu chỉ cho đọc"),
    ("disk i/o error", "lỗi đọc/ghi ổ đĩa (ổ đĩa có thể bị hỏng hoặc đã bị rút ra)"),
    ("database disk image is malformed", "tệp cơ sở dữ liệu bị hỏng (có thể do bị ngắt giữa chừng)"),
    ("file is not a database", "tệp không phải cơ sở dữ liệu CAXA hoặc đã bị hỏng"),
    ("unable to open database file", "không mở được tệp cơ sở dữ liệu (kiểm tra thư mục và quyền ghi)"),
)


def storage_message(exc: BaseException) -> str | None:
    """A Vietnamese sentence for a disk, folder or SQLite storage failure; None for anything else.

    One place for every command and page: an ``OSError`` by its errno, SQLite by its text
    (also wrapped in SQLAlchemy's ``DBAPIError``, whose ``orig`` is the driver's exception)."""
    import errno as errno_mod

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno is not None:
            text = _ERRNO_TEXT.get(errno_mod.errorcode.get(current.errno, ""))
            if text:
                where = f" ({current.filename})" if current.filename else ""
                return f"Không đọc/ghi được tệp{where}: {text}."
        lowered = str(current).lower()
        for needle, text in _SQLITE_TEXT:
            if needle in lowered and type(current).__module__.split(".")[0] in ("sqlite3", "sqlalchemy"):
                return f"Lỗi lưu trữ: {text}."
        current = getattr(current, "orig", None) or current.__cause__
    return None


class FileRefused(CaxaError):
    """A file CAXA will not read (damaged, hostile or too large); the message names the file."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"Tệp «{name}» {reason}")
        self.name = name
        self.reason = reason
