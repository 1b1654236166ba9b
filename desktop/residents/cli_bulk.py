"""``caxa import files F.xlsx [--dry-run] [--date D]``: an opening inventory of residence files (file
number → box) checked whole, then written only when every row is right."""

from __future__ import annotations

import argparse

from desktop import cli


def cmd_import_files(args: argparse.Namespace) -> int:
    from desktop.db import Actor
    from desktop.residents import archive_bulk

    db = cli._db(args)
    with db.uow(Actor.system()) as work:
        report = archive_bulk.arrange_workbook(work, args.file, dry_run=args.dry_run, day=args.date)
    for problem in report.problems:
        print(problem.text())
    if not report.problems:
        for path, count in report.by_box:
            print(f"{path}: {count}")
    print(report.text())
    return 1 if report.problems else 0


def register(sub: argparse._SubParsersAction, groups: dict[str, argparse._SubParsersAction]) -> None:
    p = groups["import"].add_parser(
        "files", help="xếp hồ sơ cư trú vào hộp theo tệp Excel (cột «Số hồ sơ», «Vị trí»; tất cả hoặc không)"
    )
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    p.add_argument("--date", help="ngày xếp của các dòng không ghi ngày (dd/mm/yyyy; mặc định hôm nay)")
    p.set_defaults(func=cmd_import_files, needs="clerk")


cli.EXTRA_COMMANDS.append(register)
