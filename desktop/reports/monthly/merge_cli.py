"""``caxa report merge FILES… --xlsx F``: the province roll-up of several communes' monthly reports.

``add_merge_parser(subparsers)`` adds the ``merge`` command to the ``report`` command group (the
group itself belongs to the monthly report's command line). Reads files only, never the database.
"""

from __future__ import annotations

import argparse

__all__ = ["add_merge_parser", "cmd_merge"]


def add_merge_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "merge", help="tổng hợp báo cáo tháng của nhiều đơn vị (tệp JSON hoặc Excel) thành một bảng"
    )
    p.add_argument("files", nargs="+", metavar="TỆP",
                   help="tệp .json hoặc .xlsx báo cáo tháng của từng đơn vị")
    p.add_argument("--xlsx", required=True, metavar="TỆP_EXCEL", help="tệp Excel tổng hợp sẽ ghi ra")
    p.set_defaults(func=cmd_merge, needs="open")  # files the user chose; no record of the station is read
    return p


def cmd_merge(args: argparse.Namespace) -> int:
    from desktop.reports.monthly.merge import merge_files
    from desktop.text import format_date

    rollup = merge_files(args.files, args.xlsx)
    p = rollup.period
    print(f"Đã tổng hợp {len(rollup.communes)} đơn vị, {len(rollup.columns)} chỉ tiêu, kỳ từ ngày "
          f"{format_date(p.start)} đến ngày {format_date(p.end)}, vào tệp {args.xlsx}.")
    return 0
