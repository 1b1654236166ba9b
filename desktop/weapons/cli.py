"""``caxa weapons print receipt|handover|labels|stocktake``: print a record to a PDF file.
(``caxa figures weapons`` comes from the figures registry.)

A receipt or handover is named as the clerk sees it: the number its paper carries in the outgoing
register ("15" or "15/BB-CAX", ``--year`` when the number recurs), or, not issued yet, the day it
was drawn up (``--date``, ``--time`` when the day has several)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import cli
from desktop.errors import CaxaError


def _record(work, kind: str, args: argparse.Namespace):  # noqa: ANN001, ANN202 - uow, Found
    from desktop.text import parse_date
    from desktop.weapons import lookup

    if args.number and args.date:
        raise CaxaError("Chọn biên bản theo số hoặc theo ngày (--date), không dùng cả hai.")
    if args.date:
        day = parse_date("--date", args.date, required=True)
        return lookup.by_day(work, kind, day, lookup.parse_time(args.time) if args.time else None)
    if not args.number:
        raise CaxaError(
            "Cho biết số biên bản (vd. 15 hoặc 15/BB-CAX) hoặc ngày lập của biên bản chưa in (--date)."
        )
    return lookup.by_number(work, kind, args.number, args.year)


def _said(work, what: str, record_id: int) -> str:  # noqa: ANN001 - uow
    """'biên bản tiếp nhận số 15/BB-CAX (08/03/2025 09:30, Y Thuông Niê: 1 khẩu súng kíp)'."""
    from desktop.weapons import custody, receipt_list

    if what == "handover":
        h = custody.get_handover(work, record_id)
        return (f"biên bản bàn giao số {h.label} ({h.handed_at:%d/%m/%Y %H:%M}, {h.receiving_unit}: "
                f"{receipt_list.totals_text(h.items)})")
    r = receipt_list.get_receipt(work, record_id)
    who = f"{r.person_text}: " if r.person_text else ""
    doc = "nhãn vật phẩm của biên bản tiếp nhận" if what == "labels" else "biên bản tiếp nhận"
    return f"{doc} số {r.label} ({r.received_at:%d/%m/%Y %H:%M}, {who}{receipt_list.totals_text(r.items)})"


def cmd_print(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from desktop.db import Actor
    from desktop.weapons import labels, printouts
    from desktop.weapons.models import WeaponItem, WeaponStocktake

    db = cli._db(args)
    with db.uow(Actor.system()) as work:
        if args.what == "receipt":
            rid = _record(work, "receipt", args).record_id
            data = printouts.print_receipt(work, rid)
            said = _said(work, "receipt", rid)  # after printing: the number it now carries
        elif args.what == "handover":
            hid = _record(work, "handover", args).record_id
            data = printouts.print_handover(work, hid)
            said = _said(work, "handover", hid)
        elif args.what == "labels":
            rid = _record(work, "receipt", args).record_id
            ids = list(
                work.session.scalars(
                    select(WeaponItem.id).where(WeaponItem.receipt_id == rid).order_by(WeaponItem.line_no)
                )
            )
            data = labels.print_labels(work, ids)
            said = _said(work, "labels", rid)
        else:
            row = work.session.execute(
                select(WeaponStocktake.id, WeaponStocktake.held_on)
                .order_by(WeaponStocktake.held_on.desc(), WeaponStocktake.id.desc())
                .limit(1)
            ).first()
            if row is None:
                raise CaxaError("Chưa có đợt kiểm kê nào.")
            data = printouts.print_stocktake(work, row.id)
            said = f"biên bản kiểm kê ngày {row.held_on:%d/%m/%Y} (đợt mới nhất)"
    out = Path(args.out)
    out.write_bytes(data)
    print(f"Đã in {said} ra tệp {out}")
    return 0


def register(sub: argparse._SubParsersAction, _groups: dict[str, argparse._SubParsersAction]) -> None:
    p = sub.add_parser("weapons", help="sổ vũ khí, vật liệu nổ, công cụ hỗ trợ")
    wsub = p.add_subparsers(metavar="print", required=True)
    pr = wsub.add_parser(
        "print",
        help="in biên bản hoặc nhãn ra tệp PDF",
        description="In biên bản tiếp nhận (receipt), nhãn vật phẩm của một biên bản tiếp nhận (labels), "
        "biên bản bàn giao (handover) hoặc biên bản kiểm kê mới nhất (stocktake). Biên bản được chọn "
        "theo số in trên biên bản (số trong sổ văn bản đi, vd. 15 hoặc 15/BB-CAX); biên bản chưa in thì "
        "chưa có số: chọn theo ngày lập (--date, thêm --time nếu ngày đó có nhiều biên bản).",
    )
    pr.add_argument("what", choices=["receipt", "handover", "labels", "stocktake"])
    pr.add_argument(
        "number", nargs="?", default="",
        help="số in trên biên bản, vd. 15 hoặc 15/BB-CAX (stocktake: không cần, in đợt mới nhất)",
    )
    pr.add_argument("--year", type=int, help="năm của số biên bản, khi số đó có ở nhiều năm")
    pr.add_argument("--date", help="biên bản chưa cấp số: ngày lập (dd/mm/yyyy)")
    pr.add_argument("--time", help="cùng --date, khi ngày đó có nhiều biên bản chưa cấp số: giờ lập (HH:MM)")
    pr.add_argument("--out", required=True, help="tệp PDF ghi ra")
    pr.set_defaults(func=cmd_print, needs="clerk")  # names, ID numbers


cli.EXTRA_COMMANDS.append(register)
