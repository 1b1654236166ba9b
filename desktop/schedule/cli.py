"""CLI: ``caxa export events --ics F --from D --to D`` and the printouts as PDF files."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import cli
from desktop.errors import CaxaError


def _dates(args: argparse.Namespace):  # -> tuple[date, date]
    from desktop.text import parse_date

    start = parse_date("--from", args.date_from, required=True)
    end = parse_date("--to", args.date_to, required=True)
    assert start is not None and end is not None
    if end < start:
        raise CaxaError("--to phải sau hoặc bằng --from.")
    return start, end


def cmd_export_events(args: argparse.Namespace) -> int:
    from desktop.db import Actor
    from desktop.schedule.ics import export_ics

    start, end = _dates(args)
    db = cli._db(args)
    with db.uow(Actor.system()) as work:
        result = export_ics(work, start, end, Path(args.ics))
    print(result.message)
    return 0


def cmd_export_roster(args: argparse.Namespace) -> int:
    from desktop.db import Actor
    from desktop.register.issuing import issuing
    from desktop.reports.official import render
    from desktop.schedule.printouts import duty_roster, week_of
    from desktop.text import parse_date

    day = parse_date("--week", args.week, required=True)
    assert day is not None
    db = cli._db(args)
    with db.uow(Actor.system()) as work, issuing():  # the roster written out is issued: numbered
        doc = duty_roster(work, day)
    pages = render(doc, Path(args.pdf))
    monday, _ = week_of(day)
    print(f"Đã in lịch công tác tuần bắt đầu {monday:%d/%m/%Y} ra {args.pdf} ({pages} trang).")
    return 0


def cmd_export_round(args: argparse.Namespace) -> int:
    from desktop.db import Actor
    from desktop.register.issuing import issuing
    from desktop.reports.official import render
    from desktop.schedule.printouts import round_report

    start, end = _dates(args)
    db = cli._db(args)
    with db.uow(Actor.system()) as work, issuing():
        doc = round_report(work, start, end)
    pages = render(doc, Path(args.pdf))
    print(f"Đã in báo cáo cán bộ tăng cường ra {args.pdf} ({pages} trang).")
    return 0


def register(sub: argparse._SubParsersAction, groups: dict[str, argparse._SubParsersAction]) -> None:
    p = groups["export"].add_parser("events", help="lịch công tác ra tệp iCalendar (.ics) cho điện thoại")
    p.add_argument("--ics", required=True, help="tệp .ics đích")
    p.add_argument("--from", dest="date_from", required=True, help="từ ngày (dd/mm/yyyy)")
    p.add_argument("--to", dest="date_to", required=True, help="đến ngày")
    p.set_defaults(func=cmd_export_events, needs="clerk")

    p = groups["export"].add_parser("roster", help="lịch công tác tuần ra PDF")
    p.add_argument("--week", required=True, help="một ngày bất kỳ trong tuần (dd/mm/yyyy)")
    p.add_argument("--pdf", required=True, help="tệp PDF đích")
    p.set_defaults(func=cmd_export_roster, needs="clerk")

    p = groups["export"].add_parser("reinforcement", help="báo cáo kết quả cán bộ tăng cường ra PDF")
    p.add_argument("--from", dest="date_from", required=True, help="từ ngày (dd/mm/yyyy)")
    p.add_argument("--to", dest="date_to", required=True, help="đến ngày")
    p.add_argument("--pdf", required=True, help="tệp PDF đích")
    p.set_defaults(func=cmd_export_round, needs="clerk")


cli.EXTRA_COMMANDS.append(register)
