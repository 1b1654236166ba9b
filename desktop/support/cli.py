"""``caxa support …``: list projects and donors, print the area's documents to PDF.

The period figures come from the generic ``caxa figures support --from --to --json``."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import cli
from desktop.errors import CaxaError


def _run(args: argparse.Namespace) -> int:
    from desktop.db import Actor
    from desktop.register.issuing import issuing, numbered
    from desktop.reports.official import render
    from desktop.support import printouts
    from desktop.support import service as sv
    from desktop.text import format_date, format_vnd, parse_date

    db = cli._db(args)
    with db.uow(Actor.system()) as work, issuing():  # the document written out is issued: numbered
        if args.support_cmd == "projects":
            flt = sv.ProjectFilter(text=args.search or "", unlinked_only=args.unlinked)
            for p in sv.list_projects(work, flt):
                print(f"{p.id:>5}  {p.status_text:<15} {format_date(p.start_date):<10}  {p.title} — "
                      f"{p.head_name}, {p.village_label}; đã nhận {format_vnd(p.totals.received_vnd)}"
                      + ("; chưa gắn hộ" if p.needs_household else ""))
            return 0
        if args.support_cmd == "donors":
            for d in sv.list_donors(work, text=args.search or "", include_inactive=True):
                print(f"{d.id:>5}  {d.name} ({d.kind_text}); đã nhận {format_vnd(d.received_vnd)}"
                      + ("" if d.active else " — ngừng theo dõi"))
            return 0
        if args.what == "sheet":
            doc = numbered(work, printouts.project_sheet(work, _id(args)), "support.project", _id(args))
            printouts.log_sheet_printed(work, _id(args))
        elif args.what == "letter":
            doc = numbered(work, printouts.thank_you_letter(work, _id(args)), "support.thanks", _id(args),
                           key="None..None", own_code=True)
            printouts.log_letter_printed(work, _id(args))
        else:
            start = parse_date("--from", args.date_from, required=True)
            end = parse_date("--to", args.date_to, required=True)
            assert start is not None and end is not None
            if end < start:
                raise CaxaError("--to phải sau hoặc bằng --from.")
            doc = printouts.summary_list(work, start, end)
            doc = numbered(work, doc, "support.list", key=f"{start}..{end}")
            printouts.log_list_printed(work, start, end)
    render(doc, Path(args.out))
    print(f"Đã in ra {args.out}")
    return 0


def _id(args: argparse.Namespace) -> int:
    if args.id is None:
        raise CaxaError("Cần số hiệu (ID) của công trình hoặc nhà hảo tâm.")
    return args.id


def register(sub: argparse._SubParsersAction, groups: dict[str, argparse._SubParsersAction]) -> None:
    p = sub.add_parser("support", help="công trình hỗ trợ, nhà hảo tâm (dân vận khéo)")
    s = p.add_subparsers(dest="support_cmd", metavar="projects|donors|print", required=True)
    for name, text in (("projects", "danh sách công trình"), ("donors", "danh sách nhà hảo tâm")):
        q = s.add_parser(name, help=text)
        q.add_argument("--search", help="tìm theo tên (không cần dấu)")
        if name == "projects":
            q.add_argument("--unlinked", action="store_true",
                           help="chỉ công trình chưa gắn hộ trong sổ hộ khẩu (tên chủ hộ gõ tay)")
        q.set_defaults(func=_run, needs="clerk")  # beneficiaries' and donors' names
    q = s.add_parser("print", help="in phiếu công trình, thư cảm ơn hoặc danh sách của kỳ ra PDF")
    q.add_argument("what", choices=["sheet", "letter", "list"])
    q.add_argument("id", type=int, nargs="?", help="ID công trình (sheet) hoặc nhà hảo tâm (letter)")
    q.add_argument("--from", dest="date_from", help="từ ngày (list)")
    q.add_argument("--to", dest="date_to", help="đến ngày (list)")
    q.add_argument("--out", required=True, help="tệp PDF")
    q.set_defaults(func=_run, needs="clerk")


cli.EXTRA_COMMANDS.append(register)
