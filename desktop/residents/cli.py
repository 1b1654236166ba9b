"""``caxa template residents``, ``caxa import residents``, ``caxa export residents``, ``caxa quality``."""

from __future__ import annotations

import argparse
import json

from desktop import cli
from desktop.errors import CaxaError


def _actor():  # noqa: ANN202
    from desktop.db import Actor

    return Actor.system()


def cmd_template(args: argparse.Namespace) -> int:
    from desktop.residents.io import write_template

    db = cli._db(args)
    with db.uow(_actor()) as work:
        path = write_template(work, args.file)
    print(f"Đã tạo tệp mẫu {path}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.residents.io import ImportFailed, import_persons

    db = cli._db(args)
    try:
        with db.uow(_actor()) as work:
            report = import_persons(work, args.file, dry_run=args.dry_run)
    except ImportFailed as exc:
        if exc.report.errors:
            print("Lỗi (không lưu được, dừng nhập):")
        for error in exc.report.errors:
            print(error)
        _print_warnings(exc.report)
        print(exc.report.summary())
        return 1
    if args.dry_run and report.changes:
        print(report.details())
    _print_warnings(report)
    print(report.summary())
    return 0


def _print_warnings(report) -> None:  # noqa: ANN001
    if report.warnings:
        print("Cảnh báo (vẫn nhập nguyên như trong tệp, đánh dấu để làm sạch):")
        for warning in report.warnings:
            print(warning)


def _filter(args: argparse.Namespace, work) -> object:  # noqa: ANN001
    from desktop.residents.quality import RULES
    from desktop.residents.search import STATUS_FILTERS, SearchFilter
    from desktop.settings import list_villages
    from desktop.text import fold

    village_id = None
    if args.village:
        matches = [
            v
            for v in list_villages(work, include_inactive=True)
            if fold(args.village) in (fold(v.name), fold(v.label))
        ]
        if not matches:
            raise CaxaError(f"Không có thôn, bon «{args.village}».")
        village_id = matches[0].id
    if args.status and args.status not in STATUS_FILTERS:
        raise CaxaError("--status phải là một trong: " + ", ".join(k for k in STATUS_FILTERS if k))
    if args.problem and args.problem not in RULES and args.problem != "wrong_id":
        raise CaxaError("--problem phải là một trong: " + ", ".join([*RULES, "wrong_id"]))
    return SearchFilter(
        args.search or "", village_id=village_id, status=args.status or "", problem=args.problem or ""
    )


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.residents.io import export_persons

    db = cli._db(args)
    with db.uow(_actor()) as work:
        n = export_persons(work, args.file, _filter(args, work))
    print(f"Đã xuất {n} nhân khẩu ra {args.file}")
    return 0


def cmd_quality(args: argparse.Namespace) -> int:
    from desktop.residents import quality

    db = cli._db(args)
    with db.uow(_actor()) as work:
        if args.scan:
            quality.run_scan(work)
        rows = quality.counts(work)
    summary = {r.code: r.count for r in rows}
    summary["wrong_id"] = sum(summary[c] for c in quality.WRONG_ID_RULES)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(
            f"{r.label:<50} {r.count:>8}"
            + (f"   (đã đánh dấu không phải lỗi: {r.marked})" if r.marked else "")
        )
    print(f"{'Sai số định danh (tổng 3 loại)':<50} {summary['wrong_id']:>8}")
    return 0


def register(sub: argparse._SubParsersAction, groups: dict[str, argparse._SubParsersAction]) -> None:
    p = groups["template"].add_parser("residents", help="tệp Excel mẫu để nhập nhân khẩu, hộ")
    p.add_argument("file")
    p.set_defaults(func=cmd_template, needs="open")  # no personal data

    p = groups["import"].add_parser("residents", help="nhập nhân khẩu, hộ từ tệp Excel (tất cả hoặc không)")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    p.set_defaults(func=cmd_import, needs="clerk")

    p = groups["export"].add_parser("residents", help="xuất danh sách nhân khẩu ra Excel")
    p.add_argument("file")
    p.add_argument("--search", help="tìm theo tên, số định danh, điện thoại, số hồ sơ")
    p.add_argument("--village", help='thôn, bon (vd. "Bu Sir")')
    p.add_argument("--status", help="registered, living, deceased, moved, struck_off")
    p.add_argument("--problem", help="mã lỗi dữ liệu (xem caxa quality --json)")
    p.set_defaults(func=cmd_export, needs="clerk")

    p = sub.add_parser("quality", help="số lỗi dữ liệu nhân khẩu theo từng loại")
    p.add_argument("--json", action="store_true", help="in dạng JSON (khóa ổn định)")
    p.add_argument("--scan", action="store_true", help="rà soát lại toàn bộ trước khi đếm")
    p.set_defaults(func=cmd_quality, needs="open")  # counts only


cli.EXTRA_COMMANDS.append(register)
