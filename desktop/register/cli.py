"""``caxa register list`` (the outgoing-document register of a year) and ``caxa register print``
(the printable register, a PDF)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import cli


def cmd_list(args: argparse.Namespace) -> int:
    from desktop.db import Actor, now
    from desktop.register import service
    from desktop.register.service import RegisterFilter
    from desktop.text import format_date

    db = cli._db(args)
    flt = RegisterFilter(
        year=args.year or now().year,
        kind_code=args.kind or "",
        status=args.status or "",
        text=args.text or "",
    )
    with db.uow(Actor.system()) as work:
        entries = service.list_entries(work, flt, limit=100000)
    for e in entries:
        state = f"  [ĐÃ HỦY: {e.void_reason}]" if e.voided else ""
        hand = "  (lấy số tay)" if e.hand_entered else ""
        print(f"{e.symbol}\t{format_date(e.doc_date)}\t{e.subject}\t{e.signer}{hand}{state}")
    print(f"{len(entries)} văn bản.")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from desktop.db import Actor, now
    from desktop.register import printout

    db = cli._db(args)
    year = args.year or now().year
    with db.uow(Actor.system()) as work:
        data = printout.register_pdf(work, year)
    out = Path(args.out)
    out.write_bytes(data)
    print(f"Đã ghi {out}")
    return 0


def register(sub: argparse._SubParsersAction, _groups: dict[str, argparse._SubParsersAction]) -> None:
    p = sub.add_parser("register", help="sổ đăng ký văn bản đi")
    rsub = p.add_subparsers(metavar="list|print", required=True)
    ls = rsub.add_parser("list", help="các số văn bản đã cấp trong năm")
    ls.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    ls.add_argument("--kind", help="ký hiệu loại văn bản, vd. BB, BC")
    ls.add_argument("--status", choices=["issued", "voided"], help="chỉ số đã phát hành hoặc đã hủy")
    ls.add_argument("--text", help="tìm trong trích yếu, người ký")
    ls.set_defaults(func=cmd_list, needs="clerk")
    pr = rsub.add_parser("print", help="in sổ đăng ký văn bản đi ra tệp PDF")
    pr.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    pr.add_argument("--out", required=True, help="tệp PDF ghi ra")
    pr.set_defaults(func=cmd_print, needs="clerk")


cli.EXTRA_COMMANDS.append(register)
