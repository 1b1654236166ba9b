"""The ``caxa`` command: the GUI by default, and headless subcommands.

Errors print one Vietnamese sentence and exit non-zero; tracebacks go to the log file.

Every command declares who may run it, when it registers: ``set_defaults(func=…, needs=…)``
(see ``desktop.cli_access``). ``main`` then checks the account named with ``--user NAME`` and its
password before running it, and the command runs and is audited as that user. This module imports
no database code at the top, so ``caxa --version`` and ``caxa --help`` stay instant.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop import __version__, cli_access, cli_words, paths
from desktop.cli_access import commands  # noqa: F401  (part of this module's interface)
from desktop.cli_backup import cmd_backup, cmd_restore, drop_early, early_restore, fast_backup
from desktop.errors import CaxaError, storage_message

logger = logging.getLogger(__name__)

#: areas add ``fn(subparsers, groups)`` here to register their own subcommands; ``groups`` maps
#: "export", "import" and "template" to sub-parser collections: ``groups["export"].add_parser("events")``.
#: Each command sets ``needs`` (see above) with its ``func``.
EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction, dict[str, argparse._SubParsersAction]], None]] = []

#: the top-level commands the areas register, for ``caxa --help`` without importing the areas
#: (a test checks this list against the real registrations)
AREA_COMMANDS = {
    "quality": "số lỗi dữ liệu nhân khẩu theo từng loại",
    "register": "sổ đăng ký văn bản đi",
    "report": "báo cáo tháng; tổng hợp báo cáo của nhiều đơn vị",
    "support": "công trình hỗ trợ, nhà hảo tâm (dân vận khéo)",
    "weapons": "sổ vũ khí, vật liệu nổ, công cụ hỗ trợ",
}


def _db(args: argparse.Namespace, *, migrate: bool = True):  # -> Database
    """The command's database, opened once (the credential check may have opened it already)."""
    from desktop.bootstrap import bring_up_to_date, open_database

    db = getattr(args, "_opened_db", None)
    if db is None:
        db = open_database(args.db, migrate=migrate)
        args._opened_db, args._migrated = db, migrate
    elif migrate and not args._migrated:
        bring_up_to_date(db)
        args._migrated = True
    return db


def _password(args: argparse.Namespace, prompt: str = "Mật khẩu: ") -> str:
    """A new password (for an account being set up or changed), asked twice at a keyboard."""
    return cli_access.secret(prompt, confirm=True)


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.gui.app import run_gui

    return run_gui(args.db)


def cmd_init(args: argparse.Namespace) -> int:
    from desktop import firstrun
    from desktop.settings import StationView, infer_unit_kind

    db = _db(args)
    station = StationView(
        commune_name=args.commune, parent_body=args.parent,
        issuing_body=args.issuing or f"CÔNG AN {args.commune}",
        unit_kind=infer_unit_kind(args.issuing or f"CÔNG AN {args.commune}"),
        place_name=args.place or args.commune.split(" ", 1)[-1], head_name=args.head or "",
    )
    villages = [tuple(v.split(":", 1)[::-1]) if ":" in v else (v, "thôn") for v in args.village or []]
    admin = firstrun.set_up_station(db, station, villages, args.admin, args.admin_name or args.admin,
                                    _password(args, "Mật khẩu quản trị viên: "))
    print(f"Đã cài đặt {station.commune_name}; quản trị viên: {args.admin}.")
    print(firstrun.recovery_notice(db, admin))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.demo import DEMO_USERS, OPTIONS, create_demo

    if args.residents:
        OPTIONS["residents"] = args.residents
    db = _db(args)
    create_demo(db, scale=args.scale)
    print(f"Đã tạo đơn vị mẫu trong {db.describe()}.")
    for username, full_name, role, password in DEMO_USERS:
        print(f"  {username} / {password}  ({full_name}, {role})")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.backup import check

    db = _db(args, migrate=False)
    result = check(db)
    for problem in result.problems:
        print(problem)
    from desktop.residents.search import index_notice

    with db.engine.connect() as conn:
        notice = index_notice(conn)
    if notice:
        print(notice)
    print(result.audit.message())
    if result.ok:
        print("Cơ sở dữ liệu tốt: kiểm tra toàn vẹn và khóa ngoại không thấy lỗi.")
    return 0 if result.ok else 1


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from desktop.audit import verify

    result = verify(_db(args, migrate=False), anchor=args.anchor)
    print(result.message())
    return 0 if result.ok else 1


def cmd_user(args: argparse.Namespace) -> int:
    from desktop import accounts
    from desktop.db import Actor

    db = _db(args)
    with db.uow(Actor.system()) as work:  # runs as the user named by --user (see main)
        if args.user_cmd == "add":
            user = accounts.create_user(work, args.username, args.full_name or args.username, args.role,
                                        _password(args, f"Mật khẩu cho {args.username}: "))
            print(f"Đã thêm người dùng {user.username} ({user.role_text}).")
        elif args.user_cmd == "list":
            for u in accounts.list_users(work):
                state = "đang dùng" if u.active else "đã khóa"
                print(f"{u.username:<20} {u.full_name:<30} {u.role_text:<35} {state}")
        elif args.user_cmd == "recovery-code":
            code = accounts.issue_recovery_code(work)
        else:
            user = next((u for u in accounts.list_users(work) if u.username == args.username.lower()), None)
            if user is None:
                raise CaxaError(f"Không có người dùng «{args.username}».")
            accounts.reset_password(work, user.id, _password(args, "Mật khẩu mới: "))
            print(f"Đã đổi mật khẩu của {user.username}.")
    if args.user_cmd == "recovery-code":
        print(f"Mã khôi phục quản trị mới: {code}\nHãy chép ra giấy, cất giữ cẩn thận; mã cũ hết hiệu lực.")
    return 0


def cmd_user_recover(args: argparse.Namespace) -> int:
    """A lost admin password: the recovery code printed at set-up sets a new one."""
    from desktop import accounts

    db = _db(args)
    code = cli_access.secret("Mã khôi phục: ")
    new_code = accounts.recover_admin(db, args.username, code, _password(args, "Mật khẩu mới: "))
    print(f"Đã đặt mật khẩu mới cho {args.username.lower()}. Mã khôi phục đã dùng hết hiệu lực.")
    print(f"Mã khôi phục quản trị mới: {new_code}\nHãy chép ra giấy và cất giữ cẩn thận.")
    return 0


def cmd_figures(args: argparse.Namespace) -> int:
    import json

    from desktop.db import Actor
    from desktop.figures import PROVIDERS
    from desktop.text import parse_date

    start = parse_date("--from", args.date_from, required=True)
    end = parse_date("--to", args.date_to, required=True)
    assert start is not None and end is not None
    if end < start:
        raise CaxaError("--to phải sau hoặc bằng --from.")
    db = _db(args)
    with db.uow(Actor.system()) as work:
        figures = PROVIDERS[args.area](work, start, end)
    payload = {"area": args.area, "from": start.isoformat(), "to": end.isoformat(), "figures": figures}
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
    else:
        _print_tree(figures)
    return 0


def _print_tree(data: object, indent: int = 0) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, dict | list):
                print(" " * indent + f"{key}:")
                _print_tree(value, indent + 2)
            else:
                print(" " * indent + f"{key}: {value}")
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, dict | list):
                _print_tree(item, indent + 2)
            else:
                print(" " * indent + f"- {item}")


def cmd_screenshots(args: argparse.Namespace) -> int:
    from desktop.gui.screenshots import take_screenshots

    files = take_screenshots(_db(args), Path(args.dir))
    print(f"Đã lưu {len(files)} ảnh vào {args.dir}")
    return 0


def build_parser(*, areas: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``areas=False`` builds the part ``--help`` and ``--version`` need
    without importing any area or database code (area commands are listed by name only)."""
    cli_words.install()
    parser = argparse.ArgumentParser(
        prog="caxa", description="CAXA — quản lý hồ sơ, công việc Công an xã",
        epilog="Lệnh thay đổi tài khoản, dữ liệu, phục hồi, xuất hoặc nhập dữ liệu cần --user TÊN; "
               "mật khẩu được hỏi sau (không bao giờ ghi trên dòng lệnh).")
    parser.add_argument("--version", action="version", version=f"CAXA {__version__}",
                        help="hiện số phiên bản rồi thoát")
    parser.add_argument("--data-dir", help="thư mục dữ liệu (mặc định: thư mục dữ liệu của người dùng)")
    parser.add_argument("--db", help="địa chỉ cơ sở dữ liệu, vd. postgresql://user:pass@may-chu/caxa")
    parser.add_argument("--user", dest="auth_user", metavar="TÊN",
                        help="tài khoản chạy lệnh (mật khẩu được hỏi sau)")
    parser.set_defaults(func=cmd_gui, needs="open")
    sub = parser.add_subparsers(title="lệnh", metavar="LỆNH")

    p = sub.add_parser("gui", help="mở chương trình (mặc định)")
    p.set_defaults(func=cmd_gui, needs="open")

    p = sub.add_parser("init", help="cài đặt đơn vị và quản trị viên đầu tiên")
    p.add_argument("--commune", required=True, help='tên xã/phường, vd. "Xã Đắk Nia"')
    p.add_argument("--parent", required=True, help='cơ quan cấp trên, vd. "CÔNG AN TỈNH LÂM ĐỒNG"')
    p.add_argument("--issuing", help='tên đơn vị, vd. "CÔNG AN XÃ ĐẮK NIA"')
    p.add_argument("--place", help="địa danh ghi trên văn bản")
    p.add_argument("--head", help="họ tên Trưởng Công an xã")
    p.add_argument("--village", action="append", help='thôn/bon, vd. "bon:Bu Sir" (lặp lại được)')
    p.add_argument("--admin", required=True, help="tên đăng nhập quản trị viên")
    p.add_argument("--admin-name", help="họ tên quản trị viên")
    p.set_defaults(func=cmd_init, needs="open")  # only an empty station: set_up_station refuses others

    p = sub.add_parser("demo", help="tạo đơn vị mẫu để dùng thử")
    p.add_argument("--scale", type=int, default=1, help="nhân số lượng dữ liệu mẫu")
    p.add_argument("--residents", type=int, help="số nhân khẩu mẫu (đơn vị lớn), vd. 200000")
    p.set_defaults(func=cmd_demo, needs="open")  # only an empty database: create_demo refuses others

    p = sub.add_parser("backup", help="sao lưu ngay")
    p.add_argument("--to", help="tệp hoặc thư mục đích, vd. ổ USB (mặc định: thư mục sao lưu)")
    p.add_argument("--also-to", help="thư mục thứ hai nhận một bản chép (vd. ổ USB)")
    p.add_argument("--encrypt", action="store_true", help="mã hóa bằng mật khẩu (hỏi khi chạy)")
    p.set_defaults(func=cmd_backup, needs="clerk", fast=fast_backup)  # a copy of all personal data

    p = sub.add_parser("restore", help="phục hồi từ tệp sao lưu (sao lưu dữ liệu hiện tại trước)")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="phục hồi cả khi máy khác đang mở CAXA")
    p.add_argument("--unverified", action="store_true",
                   help="bản sao lưu cũ không có tệp kiểm tra .caxa.json (vẫn kiểm tra cấu trúc, toàn vẹn)")
    p.set_defaults(func=cmd_restore, needs="admin", open_when_empty=True,  # a new PC has no accounts yet
                   fast=early_restore)

    p = sub.add_parser("check", help="kiểm tra toàn vẹn cơ sở dữ liệu và nhật ký")
    p.set_defaults(func=cmd_check, needs="open")

    p = sub.add_parser("audit", help="nhật ký thao tác")
    audit_sub = p.add_subparsers(metavar="verify", required=True)
    v = audit_sub.add_parser("verify", help="kiểm tra nhật ký không bị sửa, xóa")
    v.add_argument("--anchor", help="mã kiểm chứng in ở chân một văn bản, vd. 1234-K3F9-QX2M-7HTA")
    v.set_defaults(func=cmd_audit_verify, needs="open")

    p = sub.add_parser("user", help="quản lý người dùng")
    user_sub = p.add_subparsers(dest="user_cmd", metavar="add|list|passwd|recover|recovery-code",
                                required=True)
    a = user_sub.add_parser("add", help="thêm người dùng (mật khẩu được hỏi)")
    a.add_argument("username")
    a.add_argument("--full-name")
    a.add_argument("--role", choices=["admin", "clerk", "viewer"], default="clerk")
    pw = user_sub.add_parser("passwd", help="đặt mật khẩu mới cho người dùng")
    pw.add_argument("username")
    for q in (a, pw, user_sub.add_parser("list", help="danh sách người dùng"),
              user_sub.add_parser("recovery-code", help="cấp mã khôi phục quản trị mới")):
        q.set_defaults(func=cmd_user, needs="admin")
    r = user_sub.add_parser("recover", help="quên mật khẩu quản trị: đặt mật khẩu mới bằng mã khôi phục")
    r.add_argument("username")
    r.set_defaults(func=cmd_user_recover, needs="open")  # the recovery code is the credential

    p = sub.add_parser("screenshots", help="chụp ảnh mọi trang (không cần màn hình)")
    p.add_argument("dir")
    p.set_defaults(func=cmd_screenshots, needs="open")  # signs in with the demo station's password

    providers: list[str] = []
    if areas:
        from desktop.figures import PROVIDERS

        providers = sorted(PROVIDERS)
    p = sub.add_parser("figures", help="số liệu của một kỳ (cho báo cáo)")
    p.add_argument("area", choices=providers or None)
    p.add_argument("--from", dest="date_from", required=True, help="từ ngày (dd/mm/yyyy hoặc yyyy-mm-dd)")
    p.add_argument("--to", dest="date_to", required=True, help="đến ngày")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.set_defaults(func=cmd_figures, needs="open")  # counts only, no personal data

    groups: dict[str, argparse._SubParsersAction] = {}
    for name, text in (("export", "xuất dữ liệu ra tệp"), ("import", "nhập dữ liệu từ tệp"),
                       ("template", "tạo tệp mẫu để nhập")):
        g = sub.add_parser(name, help=text)
        groups[name] = g.add_subparsers(metavar="LOẠI", required=True)
    if areas:
        import desktop.areas  # noqa: F401  (areas register their commands, demo steps and pages)

        for register in EXTRA_COMMANDS:
            register(sub, groups)
    else:
        for name, text in AREA_COMMANDS.items():
            sub.add_parser(name, help=text)
    cli_access.declare_credentials(parser)
    return parser


_GLOBAL_WITH_VALUE = ("--data-dir", "--db", "--user")


#: commands of the foundation that need no area's code: the parser for them imports no area, so a
#: backup, restore or check started from the command line costs little more than the work itself
CORE_COMMANDS = frozenset({"backup", "restore", "check", "audit", "user"})


def _command_word(argv: Sequence[str]) -> str | None:
    """The command of ``caxa [global options] COMMAND …`` (None when there is none)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _GLOBAL_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _only_help_or_version(argv: Sequence[str]) -> bool:
    """``caxa [global options] --help|--version``: answered without importing the areas."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("-h", "--help", "--version"):
            return True
        elif arg in _GLOBAL_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return False  # a command: its help may need the areas' options
    return False


def plain_gui_start(argv: Sequence[str]) -> argparse.Namespace | None:
    """``caxa [--data-dir D] [--db URL] [gui]``: the window opens without loading the areas and the
    database layer first (the GUI loads them behind its login window); anything else is None."""
    args = argparse.Namespace(data_dir=None, db=None, func=cmd_gui, needs="open", command="gui")
    items = list(argv)
    while items:
        item = items.pop(0)
        name, _, value = item.partition("=")
        if item == "gui":
            continue
        if name in ("--data-dir", "--db") and (value or items):
            setattr(args, name[2:].replace("-", "_"), value or items.pop(0))
            continue
        return None
    return args


def _run(args: argparse.Namespace) -> int:
    fast = getattr(args, "fast", None)  # a command's own way round the database layer (None: not taken)
    done = fast(args) if fast is not None else None
    if done is not None:
        return done
    signed_in = vars(args).pop("_signed_in", None)  # by a command's own start (``early_restore``)
    if signed_in is not None:
        from desktop.db import Actor

        actor = Actor(signed_in.user_id, signed_in.username, signed_in.role, signed_in.full_name)
    else:
        actor = cli_access.authenticate(args, _db)
    if actor is None:
        return int(args.func(args) or 0)
    from desktop.db import acting_for

    with acting_for(actor):
        return int(args.func(args) or 0)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = plain_gui_start(argv)
    if args is None:
        if _only_help_or_version(argv):
            build_parser(areas=False).parse_args(argv)  # prints and exits
        args = build_parser(areas=_command_word(argv) not in CORE_COMMANDS).parse_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    # everything this run creates (database, backups, logs, exports) is readable by its owner only
    previous_umask = os.umask(paths.PRIVATE_UMASK) if os.name == "posix" else None
    try:
        if args.func is not cmd_gui:  # the GUI sets up logging behind its login window
            from desktop.bootstrap import setup_logging

            setup_logging()
        return _run(args)
    except CaxaError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `caxa figures … | head`: the reader has all it wanted
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 — Python flushes stdout at exit
        return 141
    except Exception as exc:  # disk full, read-only…: one Vietnamese sentence; else unexpected
        known = storage_message(exc)
        if known:
            logger.warning("storage failure in %s: %s", getattr(args, "command", "?"), type(exc).__name__)
            print(f"Lỗi: {known}", file=sys.stderr)
            return 2
        logger.exception("unexpected error in %s", getattr(args.func, "__name__", "?"))
        print(f"Lỗi không mong đợi: {exc}. Chi tiết trong {paths.logs_dir() / 'caxa.log'}", file=sys.stderr)
        return 1
    finally:
        drop_early(args)
        if previous_umask is not None:
            os.umask(previous_umask)
        opened = getattr(args, "_opened_db", None)
        if opened is not None:
            opened.dispose()


if __name__ == "__main__":
    # Run the imported module's main: with ``python -m desktop.cli`` this file is ``__main__``, and
    # areas append their commands to ``desktop.cli.EXTRA_COMMANDS``, not to this copy's list.
    from desktop.cli import main as _main

    sys.exit(_main())
