"""Users, roles, passwords and permission checks.

Permissions are checked here and in every service, never only by greying out
buttons: a viewer calling a write service gets ``PermissionDenied``.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Boolean, DateTime, Integer, String, func, select
from sqlalchemy.orm import Mapped, mapped_column

from desktop import audit
from desktop.db import Actor, Base, Database, Record, UnitOfWork, now
from desktop.errors import AuthError, PermissionDenied, ValidationError
from desktop.text import clean, require_text

logger = logging.getLogger(__name__)

ROLES: dict[str, str] = {
    "admin": "Quản trị (Trưởng/Phó Công an xã)",
    "clerk": "Cán bộ nhập liệu",
    "viewer": "Chỉ xem",
}

PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset({"read", "write", "admin", "audit", "backup"}),
    "clerk": frozenset({"read", "write", "backup"}),
    "viewer": frozenset({"read"}),
}

_PERMISSION_TEXT = {
    "read": "xem dữ liệu",
    "write": "thêm, sửa hoặc xóa dữ liệu",
    "admin": "quản trị (người dùng, cài đặt đơn vị)",
    "audit": "xem nhật ký thao tác",
    "backup": "sao lưu, phục hồi dữ liệu",
}

MAX_FAILED = 5
LOCK_MINUTES = 5
MIN_PASSWORD = 8

#: one message for an unknown user, a wrong password and a disabled or locked account with a wrong
#: password, so that a guess learns nothing about which user names exist
LOGIN_FAILED = (
    f"Sai tên đăng nhập hoặc mật khẩu. Sau {MAX_FAILED} lần sai liên tiếp, "
    f"tài khoản bị khóa {LOCK_MINUTES} phút."
)

_hasher = PasswordHasher()


class User(Record):
    __tablename__ = "app_user"
    __label__ = "Người dùng"

    username: Mapped[str] = mapped_column(String(40), unique=True, info={"label": "Tên đăng nhập"})
    full_name: Mapped[str] = mapped_column(String(120), info={"label": "Họ và tên"})
    role: Mapped[str] = mapped_column(String(10), info={"label": "Vai trò"})
    password_hash: Mapped[str] = mapped_column(String(200), info={"label": "Mật khẩu"})
    active: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": "Đang dùng"})
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class RecoveryCode(Base):
    """One row (id 1): the hash of the station's recovery code, shown once when it is issued.

    Not copied to the audit log (the hash stays here only); issuing and using it are audited."""

    __tablename__ = "account_recovery"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    code_hash: Mapped[str] = mapped_column(String(200))
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None
    version: int

    @property
    def role_text(self) -> str:
        return ROLES.get(self.role, self.role)


def _view(u: User) -> UserView:
    return UserView(
        u.id, u.username, u.full_name, u.role, u.active, u.locked_until, u.last_login_at, u.version
    )


def check_permission(actor: Actor, permission: str) -> None:
    if permission not in PERMISSIONS.get(actor.role, frozenset()):
        what = _PERMISSION_TEXT.get(permission, permission)
        raise PermissionDenied(
            f"Tài khoản «{actor.username}» ({ROLES.get(actor.role, actor.role)}) không có quyền {what}."
        )


def can(actor: Actor, permission: str) -> bool:
    return permission in PERMISSIONS.get(actor.role, frozenset())


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _check_username(value: str) -> str:
    name = require_text("Tên đăng nhập", value, max_len=40).lower()
    if not all(ch.isascii() and (ch.isalnum() or ch in "._-") for ch in name):
        raise ValidationError("Tên đăng nhập", "chỉ dùng chữ không dấu, số và các dấu . _ -")
    return name


def _check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValidationError("Mật khẩu", f"cần ít nhất {MIN_PASSWORD} ký tự.")
    if len(password) > 200:
        raise ValidationError("Mật khẩu", "dài quá 200 ký tự.")
    return password


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError("Vai trò", f"«{role}» không phải vai trò hợp lệ ({', '.join(ROLES)}).")
    return role


def count_users(uow: UnitOfWork) -> int:
    return uow.session.scalar(select(func.count(User.id))) or 0


def create_user(uow: UnitOfWork, username: str, full_name: str, role: str, password: str) -> UserView:
    """Add an account. The very first account may be created by anyone (first-run set-up)."""
    if count_users(uow) > 0:
        uow.require("admin")
    name = _check_username(username)
    full = require_text("Họ và tên", full_name, max_len=120)
    _check_role(role)
    _check_password(password)
    if uow.session.scalar(select(User.id).where(User.username == name)) is not None:
        raise ValidationError("Tên đăng nhập", f"«{name}» đã có người dùng.")
    user = uow.add(User(username=name, full_name=full, role=role, password_hash=hash_password(password)))
    uow.flush()
    return _view(user)


def list_users(uow: UnitOfWork, *, include_inactive: bool = True) -> list[UserView]:
    uow.require("read")
    stmt = select(User).order_by(User.username)
    if not include_inactive:
        stmt = stmt.where(User.active.is_(True))
    return [_view(u) for u in uow.session.scalars(stmt)]


def update_user(
    uow: UnitOfWork, user_id: int, version: int, *, full_name: str, role: str, active: bool
) -> UserView:
    uow.require("admin")
    user = uow.get(User, user_id, version=version)
    full = require_text("Họ và tên", full_name, max_len=120)
    _check_role(role)
    if user.role == "admin" and (role != "admin" or not active) and _active_admins(uow) <= 1:
        raise ValidationError("Vai trò", "phải còn ít nhất một quản trị viên đang hoạt động.")
    user.full_name, user.role, user.active = full, role, active
    uow.flush()
    return _view(user)


def _active_admins(uow: UnitOfWork) -> int:
    stmt = select(func.count(User.id)).where(User.role == "admin", User.active.is_(True))
    return uow.session.scalar(stmt) or 0


def reset_password(uow: UnitOfWork, user_id: int, new_password: str) -> None:
    """Admin sets another user's password (also clears a lock)."""
    uow.require("admin")
    user = uow.get(User, user_id)
    user.password_hash = hash_password(_check_password(new_password))
    user.failed_count, user.locked_until = 0, None
    uow.flush()


def change_password(uow: UnitOfWork, old_password: str, new_password: str) -> None:
    """The acting user changes their own password."""
    if uow.actor.user_id is None:
        raise AuthError("Tài khoản hệ thống không có mật khẩu.")
    user = uow.get(User, uow.actor.user_id)
    if not _verify(user.password_hash, old_password):
        raise ValidationError("Mật khẩu hiện tại", "không đúng.")
    if old_password == new_password:
        raise ValidationError("Mật khẩu mới", "phải khác mật khẩu hiện tại.")
    user.password_hash = hash_password(_check_password(new_password))
    uow.flush()


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _dummy_verify(password: str) -> None:
    """Spend the time of a real check, so an unknown user name is not told apart by timing."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = _hasher.hash(secrets.token_hex(16))
    _verify(_DUMMY_HASH, password)


_DUMMY_HASH: str | None = None


def login(uow: UnitOfWork, username: str, password: str, *, at: dt.datetime | None = None,
          via: str = "") -> Actor:
    """Check a username and password; lock the account after MAX_FAILED wrong tries.

    A failure changes the account's counters and the audit log before raising,
    so the caller must still commit: ``login_user`` does that. Every failure gives the same
    message; only the right password on a locked account is told to wait.
    """
    moment = at or now()
    name = clean(username).lower()
    where = f" ({via})" if via else ""
    uow.begin_write()
    # the row lock serialises concurrent attempts on PostgreSQL (SQLite: BEGIN IMMEDIATE above)
    user = uow.session.scalar(select(User).where(User.username == name).with_for_update())
    if user is None or not user.active:
        _dummy_verify(password)
        audit.record(uow, "login_failed", "app_user", user.id if user else None,
                     f"Đăng nhập sai: «{name[:40]}»{where}")
        raise AuthError(LOGIN_FAILED)
    right = _verify(user.password_hash, password)
    if user.locked_until and user.locked_until > moment:
        audit.record(uow, "login_failed", "app_user", user.id, f"Đăng nhập khi đang bị khóa: «{name}»{where}")
        if not right:
            raise AuthError(LOGIN_FAILED)
        minutes = max(1, int((user.locked_until - moment).total_seconds() + 59) // 60)
        raise AuthError(f"Tài khoản đang bị khóa do nhập sai mật khẩu nhiều lần. Thử lại sau {minutes} phút.")
    if not right:
        user.failed_count = (user.failed_count or 0) + 1
        if user.failed_count >= MAX_FAILED:
            user.locked_until = moment + dt.timedelta(minutes=LOCK_MINUTES)
            user.failed_count = 0
        audit.record(uow, "login_failed", "app_user", user.id, f"Đăng nhập sai: «{name}»{where}")
        raise AuthError(LOGIN_FAILED)
    user.failed_count, user.locked_until, user.last_login_at = 0, None, moment
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    actor = Actor(user.id, user.username, user.role, user.full_name)
    audit.record(uow, "login", "app_user", user.id, f"Đăng nhập: «{name}»{where}", actor=actor)
    return actor


def login_user(db: Database, username: str, password: str, *, at: dt.datetime | None = None,
               via: str = "") -> Actor:
    """Log in, committing the failure counter and the audit row even when the password is wrong.

    ``via`` says where the attempt came from in the audit row (e.g. a command line)."""
    failure: AuthError | None = None
    with db.uow(Actor.system()) as work:
        try:
            return login(work, username, password, at=at, via=via)
        except AuthError as exc:
            failure = exc
    raise failure



# --- lost-admin recovery ------------------------------------------------------------------------

#: Crockford's base 32 (no I, L, O, U): easy to read aloud and to copy from paper
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_GROUPS = 5


def _normal_code(code: str) -> str:
    folded = clean(code).upper().replace("-", "").replace(" ", "")
    return folded.replace("O", "0").replace("I", "1").replace("L", "1")


def issue_recovery_code(uow: UnitOfWork) -> str:
    """A new recovery code (100 bits) replacing any earlier one; only its hash is stored.

    Shown once to the administrator, to keep on paper: ``caxa user recover NAME`` uses it
    to set a new password for an administrator when every admin password is lost."""
    uow.require("admin")
    code = "-".join(
        "".join(secrets.choice(_CODE_ALPHABET) for _ in range(4)) for _ in range(_CODE_GROUPS)
    )
    row = uow.session.get(RecoveryCode, 1)
    if row is None:
        row = uow.add(RecoveryCode(id=1, code_hash="", issued_at=now()))
    row.code_hash, row.issued_at = hash_password(_normal_code(code)), now()
    audit.record(uow, "update", "account_recovery", None,
                 "Cấp mã khôi phục quản trị mới (mã cũ hết hiệu lực)")
    uow.flush()
    return code


def recover_admin(db: Database, username: str, code: str, new_password: str) -> str:
    """Set a new password for administrator ``username`` with the recovery code; returns the new
    code (the used one stops working). Every attempt, right or wrong, is in the audit log."""
    name = clean(username).lower()
    failure: AuthError | None = None
    with db.uow(Actor.system()) as work:
        work.begin_write()
        row = work.session.get(RecoveryCode, 1, with_for_update=True)
        user = work.session.scalar(select(User).where(User.username == name))
        if row is None:
            failure = AuthError("Đơn vị này chưa có mã khôi phục (được cấp khi cài đặt).")
        elif not _verify(row.code_hash, _normal_code(code)) or user is None or user.role != "admin":
            failure = AuthError("Mã khôi phục không đúng, hoặc tài khoản không phải quản trị viên.")
        if failure is not None:
            audit.record(work, "login_failed", "app_user", user.id if user else None,
                         f"Khôi phục mật khẩu thất bại: «{name[:40]}»")
        else:
            assert user is not None
            user.password_hash = hash_password(_check_password(new_password))
            user.failed_count, user.locked_until, user.active = 0, None, True
            actor = Actor(user.id, user.username, user.role, user.full_name)
            audit.record(work, "update", "app_user", user.id,
                         f"Đặt lại mật khẩu «{name}» bằng mã khôi phục", actor=actor)
            work.actor = actor
            work.session.info["actor"] = actor
            return issue_recovery_code(work)
    assert failure is not None
    raise failure
