"""Who may run each command of ``caxa``, and the check of the account named with ``--user``.

A command declares, when it registers, ``set_defaults(func=…, needs=…)`` with ``needs`` one of
``"open"`` (anyone), ``"clerk"`` (a clerk or an admin) or ``"admin"``; a command that declares nothing
needs an admin. Passwords come from a prompt at a keyboard, else one line each from standard input;
never from an argument. Imports nothing heavy at the top (``caxa --help`` stays instant).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from typing import Any

from desktop.errors import CaxaError, PermissionDenied

NEEDS = ("open", "clerk", "admin")
_ROLE_RANK = {"viewer": 0, "clerk": 1, "admin": 2}
_NEEDS_TEXT = {"clerk": "cán bộ nhập liệu hoặc quản trị viên", "admin": "quản trị viên"}


def secret(prompt: str, *, confirm: bool = False) -> str:
    """A password: typed without echo at a keyboard, else the next line of standard input."""
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Nhập lại: ") != first:
            raise CaxaError("Hai lần nhập mật khẩu không khớp.")
        return first
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise CaxaError(
            "Cần mật khẩu: gõ khi được hỏi, hoặc khi chạy không có bàn phím thì đưa vào đầu vào chuẩn, "
            "mỗi dòng một mật khẩu theo thứ tự được hỏi."
        )
    return line.rstrip("\r\n")


def _subcommands(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            seen: set[int] = set()
            for child in action.choices.values():
                if id(child) not in seen:
                    seen.add(id(child))
                    yield child


def commands(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """Every runnable command (a parser without sub-commands of its own), e.g. ``caxa export residents``."""
    for child in _subcommands(parser):
        if any(True for _ in _subcommands(child)):
            yield from commands(child)
        else:
            yield child


def declare_credentials(parser: argparse.ArgumentParser) -> None:
    """The one credential mechanism: each command runs with the ``needs`` it declared (none
    declared: admin), gets ``--user`` when it needs one, and refuses ``--password``."""
    for command in commands(parser):
        needs = command.get_default("needs") or "admin"
        if needs not in NEEDS:
            raise ValueError(f"{command.prog}: needs={needs!r} is not one of {NEEDS}")
        command.set_defaults(needs=needs, command=command.prog)
        if needs != "open":
            command.add_argument("--user", dest="auth_user", metavar="TÊN", default=argparse.SUPPRESS,
                                 help="tài khoản chạy lệnh (mật khẩu được hỏi sau)")
        command.add_argument("--password", dest="password_argument", default=argparse.SUPPRESS,
                             help=argparse.SUPPRESS)


def station_is_empty(db) -> bool:  # noqa: ANN001
    from sqlalchemy import inspect

    from desktop import accounts
    from desktop.db import Actor

    if "app_user" not in inspect(db.engine).get_table_names():
        return True
    with db.uow(Actor.system()) as work:
        return accounts.count_users(work) == 0


def authenticate(args: argparse.Namespace, open_db: Callable[..., Any]):  # -> Actor | None
    """Check the credentials the command declared it needs; None when it is open to anyone."""
    if getattr(args, "password_argument", None) is not None:
        raise CaxaError(
            "CAXA không nhận mật khẩu trên dòng lệnh (nó bị lưu lại trong lịch sử lệnh và danh sách "
            "tiến trình). Hãy gõ mật khẩu khi được hỏi, hoặc đưa vào đầu vào chuẩn."
        )
    needs = getattr(args, "needs", "admin")
    if needs == "open":
        return None
    name = getattr(args, "auth_user", None)
    if not name:
        if getattr(args, "open_when_empty", False) and station_is_empty(open_db(args, migrate=False)):
            return None  # the disaster case: a new PC without any account yet
        raise PermissionDenied(
            f"Lệnh «{args.command}» cần tài khoản {_NEEDS_TEXT[needs]}: thêm --user TÊN "
            "(mật khẩu sẽ được hỏi)."
        )
    from desktop.accounts import ROLES, login_user

    # the sign-in writes to the audit log in today's layout: an older station is brought up to date
    # first (the upgrade keeps its own copy of the data from before it); `check` and `audit verify`
    # need no account and look at the database as it is
    db = open_db(args)
    password = vars(args).pop("_password", None)  # already read by a command's fast path
    if password is None:
        password = secret(f"Mật khẩu của {name}: ")
    actor = login_user(db, name, password, via=f"dòng lệnh «{args.command}»")
    if _ROLE_RANK.get(actor.role, -1) < _ROLE_RANK[needs]:
        raise PermissionDenied(
            f"Tài khoản «{actor.username}» ({ROLES.get(actor.role, actor.role)}) không được chạy lệnh "
            f"«{args.command}»: lệnh này cần {_NEEDS_TEXT[needs]}."
        )
    return actor
