"""The ``caxa`` command: the GUI by default, and headless subcommands.

Errors print one Vietnamese sentence and exit non-zero; tracebacks go to the log file.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop import __version__, paths
from desktop.errors import CaxaError

logger = logging.getLogger(__name__)

#: areas add ``fn(subparsers, groups)`` here to register their own subcommands; ``groups`` maps
#: "export", "import" and "template" to sub-parser collections: ``groups["export"].add_parser("events")``
EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction, dict[str, argparse._SubParsersAction]], None]] = []


def _db(args: argparse.Namespace, *, migrate: bool = True):  # -> Database
    from desktop.bootstrap import open_database

    return open_database(args.db, migrate=migrate)


def _password(args: argparse.Namespace, prompt: str = "Mật khẩu: ") -> str:
    if getattr(args, "password", None):
        return args.password
    if not sys.stdin or not sys.stdin.isatty():
        raise CaxaError("Cần mật khẩu: dùng --password khi chạy không có bàn phím.")
    first = getpass.getpass(prompt)
    if getpass.getpass("Nhập lại: ") != first:
        raise CaxaError("Hai lần nhập mật khẩu không khớp.")
    return first


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.gui.app import run_gui

    return run_gui(args.db)


def cmd_init(args: argparse.Namespace) -> int:
    from desktop import firstrun
    from desktop.settings import StationView

    db = _db(args)
    station = StationView(
        commune_name=args.commune, parent_body=args.parent,
        issuing_body=args.issuing or f"CÔNG AN {args.commune}",
        place_name=args.place or args.commune.split(" ", 1)[-1], head_name=args.head or "",
    )
    villages = [tuple(v.split(":", 1)[::-1]) if ":" in v else (v, "thôn") for v in args.village or []]
    firstrun.set_up_station(db, station, villages, args.admin, args.admin_name or args.admin,
                            _password(args))
    print(f"Đã cài đặt {station.commune_name}; quản trị viên: {args.admin}.")
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


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.backup import backup_now

    passphrase = None
    if args.encrypt:  # prompted, never on the command line (it would stay in the shell history)
        passphrase = getpass.getpass("Mật khẩu sao lưu (ít nhất 8 ký tự): ")
        if len(passphrase) < 8:
            raise CaxaError("Mật khẩu sao lưu phải có ít nhất 8 ký tự.")
        if getpass.getpass("Nhập lại: ") != passphrase:
            raise CaxaError("Hai lần nhập mật khẩu không khớp.")
    path = backup_now(_db(args), dest=Path(args.to) if args.to else None, passphrase=passphrase,
                      also_to=Path(args.also_to) if args.also_to else None)
    print(f"Đã sao lưu vào {path}")
    if args.also_to:
        print(f"Đã chép thêm vào {Path(args.also_to) / path.name}")
    if passphrase:
        print("Tệp được mã hóa: hãy ghi nhớ mật khẩu, mất mật khẩu thì không phục hồi được.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.backup import restore
    from desktop.backup_crypto import is_encrypted
    from desktop.migrate import upgrade

    source = Path(args.file)
    passphrase = getpass.getpass("Mật khẩu sao lưu: ") if is_encrypted(source) else None
    db = _db(args, migrate=False)
    safety = restore(db, source, force=args.force, passphrase=passphrase, allow_unverified=args.unverified)
    upgrade(db, backup=False)
    kept = f" Dữ liệu trước khi phục hồi được giữ ở {safety}" if safety else ""
    print(f"Đã phục hồi từ {args.file}.{kept}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.backup import check

    result = check(_db(args, migrate=False))
    for problem in result.problems:
        print(problem)
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
    with db.uow(Actor.system()) as work:
        if args.user_cmd == "add":
            user = accounts.create_user(work, args.username, args.full_name or args.username, args.role,
                                        _password(args))
            print(f"Đã thêm người dùng {user.username} ({user.role_text}).")
        elif args.user_cmd == "list":
            for u in accounts.list_users(work):
                state = "đang dùng" if u.active else "đã khóa"
                print(f"{u.username:<20} {u.full_name:<30} {u.role_text:<35} {state}")
        else:
            user = next((u for u in accounts.list_users(work) if u.username == args.username.lower()), None)
            if user is None:
                raise CaxaError(f"Không có người dùng «{args.username}».")
            accounts.reset_password(work, user.id, _password(args, "Mật khẩu mới: "))
            print(f"Đã đổi mật khẩu của {user.username}.")
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="caxa", description="CAXA — quản lý hồ sơ, công việc Công an xã")
    parser.add_argument("--version", action="version", version=f"CAXA {__version__}")
    parser.add_argument("--data-dir", help="thư mục dữ liệu (mặc định: thư mục dữ liệu của người dùng)")
    parser.add_argument("--db", help="địa chỉ cơ sở dữ liệu, vd. postgresql://user:pass@may-chu/caxa")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="lệnh", metavar="LỆNH")

    p = sub.add_parser("gui", help="mở chương trình (mặc định)")
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("init", help="cài đặt đơn vị và quản trị viên đầu tiên")
    p.add_argument("--commune", required=True, help='tên xã/phường, vd. "Xã Đắk Nia"')
    p.add_argument("--parent", required=True, help='cơ quan cấp trên, vd. "CÔNG AN TỈNH LÂM ĐỒNG"')
    p.add_argument("--issuing", help='tên đơn vị, vd. "CÔNG AN XÃ ĐẮK NIA"')
    p.add_argument("--place", help="địa danh ghi trên văn bản")
    p.add_argument("--head", help="họ tên Trưởng Công an xã")
    p.add_argument("--village", action="append", help='thôn/bon, vd. "bon:Bu Sir" (lặp lại được)')
    p.add_argument("--admin", required=True, help="tên đăng nhập quản trị viên")
    p.add_argument("--admin-name", help="họ tên quản trị viên")
    p.add_argument("--password")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="tạo đơn vị mẫu để dùng thử")
    p.add_argument("--scale", type=int, default=1, help="nhân số lượng dữ liệu mẫu")
    p.add_argument("--residents", type=int, help="số nhân khẩu mẫu (đơn vị lớn), vd. 200000")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("backup", help="sao lưu ngay")
    p.add_argument("--to", help="tệp hoặc thư mục đích, vd. ổ USB (mặc định: thư mục sao lưu)")
    p.add_argument("--also-to", help="thư mục thứ hai nhận một bản chép (vd. ổ USB)")
    p.add_argument("--encrypt", action="store_true", help="mã hóa bằng mật khẩu (hỏi khi chạy)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="phục hồi từ tệp sao lưu (sao lưu dữ liệu hiện tại trước)")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="phục hồi cả khi máy khác đang mở CAXA")
    p.add_argument("--unverified", action="store_true",
                   help="bản sao lưu cũ không có tệp kiểm tra .caxa.json (vẫn kiểm tra cấu trúc, toàn vẹn)")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("check", help="kiểm tra toàn vẹn cơ sở dữ liệu và nhật ký")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("audit", help="nhật ký thao tác")
    audit_sub = p.add_subparsers(metavar="verify", required=True)
    v = audit_sub.add_parser("verify", help="kiểm tra nhật ký không bị sửa, xóa")
    v.add_argument("--anchor", help="mã kiểm chứng in ở chân một văn bản, vd. 1234-K3F9-QX2M-7HTA")
    v.set_defaults(func=cmd_audit_verify)

    p = sub.add_parser("user", help="quản lý người dùng")
    user_sub = p.add_subparsers(dest="user_cmd", metavar="add|list|passwd", required=True)
    a = user_sub.add_parser("add")
    a.add_argument("username")
    a.add_argument("--full-name")
    a.add_argument("--role", choices=["admin", "clerk", "viewer"], default="clerk")
    a.add_argument("--password")
    user_sub.add_parser("list")
    pw = user_sub.add_parser("passwd")
    pw.add_argument("username")
    pw.add_argument("--password")
    for q in (a, pw):
        q.set_defaults(func=cmd_user)
    user_sub.choices["list"].set_defaults(func=cmd_user)

    p = sub.add_parser("screenshots", help="chụp ảnh mọi trang (không cần màn hình)")
    p.add_argument("dir")
    p.set_defaults(func=cmd_screenshots)

    from desktop.figures import PROVIDERS

    p = sub.add_parser("figures", help="số liệu của một kỳ (cho báo cáo)")
    p.add_argument("area", choices=sorted(PROVIDERS) or ["(chưa có)"])
    p.add_argument("--from", dest="date_from", required=True, help="từ ngày (dd/mm/yyyy hoặc yyyy-mm-dd)")
    p.add_argument("--to", dest="date_to", required=True, help="đến ngày")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.set_defaults(func=cmd_figures)

    groups: dict[str, argparse._SubParsersAction] = {}
    for name, text in (("export", "xuất dữ liệu ra tệp"), ("import", "nhập dữ liệu từ tệp"),
                       ("template", "tạo tệp mẫu để nhập")):
        g = sub.add_parser(name, help=text)
        groups[name] = g.add_subparsers(metavar="LOẠI", required=True)
    for register in EXTRA_COMMANDS:
        register(sub, groups)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    import desktop.areas  # noqa: F401  (areas register their commands, demo steps and pages)

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    from desktop.bootstrap import setup_logging

    setup_logging()
    try:
        return int(args.func(args) or 0)
    except CaxaError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 130
    except Exception as exc:  # unexpected: one sentence here, the traceback in the log
        logger.exception("unexpected error in %s", getattr(args.func, "__name__", "?"))
        print(f"Lỗi không mong đợi: {exc}. Chi tiết trong {paths.logs_dir() / 'caxa.log'}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    # Run the imported module's main: with ``python -m desktop.cli`` this file is ``__main__``, and
    # areas append their commands to ``desktop.cli.EXTRA_COMMANDS``, not to this copy's list.
    from desktop.cli import main as _main

    sys.exit(_main())
