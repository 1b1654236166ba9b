"""``caxa report monthly --month 2026-11 [--pdf F] [--xlsx F] [--json] [--issue] [--version N]``.

Without ``--issue`` the report is counted now and ``--pdf`` writes an unnumbered draft; ``--issue``
issues the next version (numbered from the outgoing register, frozen); ``--version N`` writes and
prints the stored version N as it went out. ``--json`` prints every figure with its stable key (the
layout is in ``jsonio``); without it and without files, the figures are printed as text. Files are
written to a temporary file beside the target and renamed, so a failure never leaves half a file.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

from desktop import cli
from desktop.errors import CaxaError, ValidationError


def parse_month(text: str) -> tuple[int, int]:
    """'2026-11', '11/2026' or '11-2026' → (2026, 11)."""
    raw = (text or "").strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", raw) or re.fullmatch(r"(\d{1,2})[/-](\d{4})", raw)
    if m is None:
        raise ValidationError("--month", f"«{text}» không phải tháng (viết 2026-11 hoặc 11/2026).")
    a, b = int(m[1]), int(m[2])
    year, month = (a, b) if len(m[1]) == 4 else (b, a)
    if not 1 <= month <= 12:
        raise ValidationError("--month", f"«{text}»: tháng phải từ 1 đến 12.")
    return year, month


def write_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def format_value(value) -> str:  # noqa: ANN001
    """1500 → '1.500'; Decimal('12.5') → '12,5' (Vietnamese digit grouping)."""
    from decimal import Decimal

    if isinstance(value, Decimal) and value != value.to_integral_value():
        whole, _, frac = f"{value.normalize():,f}".partition(".")
        return whole.replace(",", ".") + "," + frac
    return f"{int(value):,}".replace(",", ".")


def _print_text(report) -> None:  # noqa: ANN001
    p = report.period
    print(f"{report.station.name} — báo cáo từ {p.start:%d/%m/%Y} đến {p.end:%d/%m/%Y}")
    for section in report.sections:
        print(f"{section.number}. {section.title.upper()}")
        for item in section.items:
            print(f"  {item.number}. {item.title}")
            for f in item.figures:
                cols = [f"{format_value(f.value)} {f.unit}".strip()]
                for name, value in (("tháng trước", f.previous), ("cùng kỳ", f.last_year),
                                    ("lũy kế", f.year_to_date)):
                    if value is not None:
                        cols.append(f"{name} {format_value(value)}")
                print(f"    - {f.label}: {'; '.join(cols)}")
            if item.text:
                for line in item.text.splitlines():
                    print(f"    {line}")


def cmd_monthly(args: argparse.Namespace) -> int:
    import json

    from desktop.db import Actor
    from desktop.reports.monthly import jsonio, service

    if args.issue and args.version is not None:
        raise CaxaError("Chọn --issue (phát hành lần mới) hoặc --version N (in lần đã phát hành), "
                        "không cả hai.")
    year, month = parse_month(args.month)
    db = cli._db(args)
    pdf_bytes = xlsx_bytes = None
    notice = ""
    with db.uow(Actor.system()) as work:
        period = service.month_period(work, year, month)
        if args.version is not None:
            found = service.find_issued_version(work, period, args.version)
            issued = service.get_issued(work, found.id)
            report, pdf_bytes, xlsx_bytes = issued.report, issued.pdf, issued.xlsx
        elif args.issue:
            issued = service.issue(work, period)
            report, pdf_bytes, xlsx_bytes = issued.report, issued.pdf, issued.xlsx
            notice = (f"Đã phát hành báo cáo tháng {month:02d}/{year} lần {issued.summary.version}, "
                      f"số {issued.summary.number_label or '(chưa có số)'}.")
        else:
            report = service.compose(work, period)
            if args.pdf:
                from desktop.reports.monthly import pdf

                pdf_bytes = pdf.render(work, report)  # a draft: no number is taken
            if args.xlsx:
                from desktop.reports.monthly import workbook

                xlsx_bytes = workbook.workbook_bytes(work, report)
    messages = [notice] if notice else []
    if args.pdf and pdf_bytes is not None:
        messages.append(f"Đã ghi {write_atomic(args.pdf, pdf_bytes)}")
    if args.xlsx and xlsx_bytes is not None:
        messages.append(f"Đã ghi {write_atomic(args.xlsx, xlsx_bytes)}")
    if args.json:
        print(json.dumps(jsonio.to_json(report), ensure_ascii=False, indent=2))
    elif not (args.pdf or args.xlsx or args.issue):
        _print_text(report)
    for line in messages:  # beside JSON on standard output, messages go to standard error
        print(line, file=sys.stderr if args.json else sys.stdout)
    return 0


def register(sub: argparse._SubParsersAction, _groups: dict[str, argparse._SubParsersAction]) -> None:
    p = sub.add_parser("report", help="báo cáo tháng; tổng hợp báo cáo của nhiều đơn vị")
    rsub = p.add_subparsers(metavar="monthly", required=True)
    m = rsub.add_parser("monthly", help="báo cáo tháng: số liệu, tệp PDF, Excel, JSON; phát hành")
    m.add_argument("--month", required=True, help="tháng báo cáo, vd. 2026-11 hoặc 11/2026")
    m.add_argument("--pdf", metavar="TỆP", help="ghi báo cáo ra tệp PDF (không --issue: bản dự thảo)")
    m.add_argument("--xlsx", metavar="TỆP", help="ghi bảng số liệu và các bảng kiểm tra ra tệp Excel")
    m.add_argument("--json", action="store_true", help="in mọi số liệu dạng JSON (khóa ổn định)")
    m.add_argument("--issue", action="store_true",
                   help="phát hành: lấy số văn bản đi, lưu cố định lần phát hành tiếp theo")
    m.add_argument("--version", type=int, metavar="N", help="in lại lần phát hành thứ N như đã gửi đi")
    m.set_defaults(func=cmd_monthly, needs="clerk")  # the workbook's check sheets name persons


cli.EXTRA_COMMANDS.append(register)
