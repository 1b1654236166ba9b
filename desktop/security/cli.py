"""``caxa export security-register --from DATE --to DATE --pdf F.pdf``: the register of reports
received, printed in the official layout (``caxa figures security`` comes from the figures registry)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import cli


def cmd_register(args: argparse.Namespace) -> int:
    from desktop.db import Actor
    from desktop.reports.official import render_bytes
    from desktop.security.printouts import reports_register
    from desktop.text import parse_date

    start = parse_date("Từ ngày", args.date_from, required=True)
    end = parse_date("Đến ngày", args.date_to, required=True)
    if end < start:
        from desktop.errors import ValidationError

        raise ValidationError("Đến ngày", "không thể trước ngày bắt đầu.")
    db = cli._db(args)
    with db.uow(Actor.system()) as work:
        data = render_bytes(reports_register(work, start, end))
    out = Path(args.pdf)
    out.write_bytes(data)
    print(f"Đã ghi {out}")
    return 0


def register(_sub: argparse._SubParsersAction, groups: dict[str, argparse._SubParsersAction]) -> None:
    p = groups["export"].add_parser("security-register", help="sổ tiếp nhận tố giác, tin báo (PDF)")
    p.add_argument("--from", dest="date_from", required=True, help="từ ngày (dd/mm/yyyy)")
    p.add_argument("--to", dest="date_to", required=True, help="đến ngày (dd/mm/yyyy)")
    p.add_argument("--pdf", required=True, help="tệp PDF ghi ra")
    p.set_defaults(func=cmd_register, needs="clerk")  # names of persons who reported


cli.EXTRA_COMMANDS.append(register)
