"""``caxa weapons print receipt|handover|labels|stocktake``: print a record to a PDF file.
(``caxa figures weapons`` comes from the figures registry.)"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import cli
from desktop.errors import CaxaError


def _find(work, model, number: int, year: int | None) -> int:  # noqa: ANN001
    from sqlalchemy import select

    stmt = select(model.id).where(model.number == number).order_by(model.year.desc())
    if year:
        stmt = stmt.where(model.year == year)
    found = work.session.scalar(stmt.limit(1))
    if found is None:
        raise CaxaError(f"Không có biên bản số {number:02d}" + (f" năm {year}." if year else "."))
    return found


def cmd_print(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from desktop.db import Actor
    from desktop.weapons import labels, printouts
    from desktop.weapons.models import WeaponHandover, WeaponItem, WeaponReceipt, WeaponStocktake

    db = cli._db(args)
    with db.uow(Actor.system()) as work:
        if args.what == "receipt":
            data = printouts.print_receipt(work, _find(work, WeaponReceipt, args.number, args.year))
        elif args.what == "handover":
            data = printouts.print_handover(work, _find(work, WeaponHandover, args.number, args.year))
        elif args.what == "labels":
            rid = _find(work, WeaponReceipt, args.number, args.year)
            ids = list(
                work.session.scalars(
                    select(WeaponItem.id).where(WeaponItem.receipt_id == rid).order_by(WeaponItem.line_no)
                )
            )
            data = labels.print_labels(work, ids)
        else:
            sid = work.session.scalar(
                select(WeaponStocktake.id)
                .order_by(WeaponStocktake.held_on.desc(), WeaponStocktake.id.desc())
                .limit(1)
            )
            if sid is None:
                raise CaxaError("Chưa có đợt kiểm kê nào.")
            data = printouts.print_stocktake(work, sid)
    out = Path(args.out)
    out.write_bytes(data)
    print(f"Đã ghi {out}")
    return 0


def register(sub: argparse._SubParsersAction, _groups: dict[str, argparse._SubParsersAction]) -> None:
    p = sub.add_parser("weapons", help="sổ vũ khí, vật liệu nổ, công cụ hỗ trợ")
    wsub = p.add_subparsers(metavar="print", required=True)
    pr = wsub.add_parser("print", help="in biên bản hoặc nhãn ra tệp PDF")
    pr.add_argument("what", choices=["receipt", "handover", "labels", "stocktake"])
    pr.add_argument(
        "number", type=int, nargs="?", default=0, help="số biên bản (trừ stocktake: đợt mới nhất)"
    )
    pr.add_argument("--year", type=int, help="năm của biên bản (mặc định: năm gần nhất có số đó)")
    pr.add_argument("--out", required=True, help="tệp PDF ghi ra")
    pr.set_defaults(func=cmd_print, needs="clerk")  # names, ID numbers


cli.EXTRA_COMMANDS.append(register)
