"""The records behind each weapons figure (``desktop.figures.records("weapons.<path>", …)``): the
check sheets of the monthly report and the "records behind this number" lists.

Rows are selected by the very conditions ``desktop.weapons.figures`` counts by (the ``*_where``
functions there), so a list always holds what its figure counted.

Path scheme (the dotted path inside ``caxa figures weapons --json``):

- a count (``received.receipts``, ``received.items``, ``received.event_unlinked_receipts``,
  ``handed_over.handovers``, ``handed_over.items``, ``destroyed.items``, ``on_hand_end.items``,
  ``voided_receipts``): one row per receipt, item or handover counted;
- a category list (``received.by_category``, ``received.by_origin.<origin>``, ``….by_category`` of
  ``handed_over``, ``destroyed``, ``on_hand_end``; also ``received.by_origin``, every origin): one row
  per item, ``amount`` its quantity (an integer, or a Decimal for kg and mét); a row of such a list
  is named by its index in the list (``received.by_category.0``) or by its category's name
  (``received.by_category.súng kíp``, or folded as the monthly report's keys have it,
  ``sung kip``, dots made spaces: every unit of that category; ``thuoc no/kg``: that unit only, as the
  monthly report keys a category counted in two units), optionally followed by ``.quantity``;
- ``received.by_campaign`` and ``handed_over.by_receiving_unit`` as a whole list their items (with
  amounts); an entry of either is named by its index or by its name (the campaign's title, the
  receiving unit): ``received.by_campaign.0`` (its items), ``received.by_campaign.0.receipts`` (its
  receipts), ``received.by_campaign.0.by_category.súng kíp``,
  ``handed_over.by_receiving_unit.PC06.by_category.1``.

A receipt is named by its register label ("09/BB-CAX", or its date while never printed); an item
row opens its receipt (``weapons.receipt``), as does a receipt row; a handover row opens the
handover on the weapons page (``weapons.handover``). ``who`` is the person named on the receipt (the
receiving unit for a handover), ``village`` the register's village of that person, else the address
typed on the receipt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from desktop import figures
from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.figures import RecordRow
from desktop.text import fold, nfc
from desktop.weapons import figures as counted
from desktop.weapons.common import issued_labels
from desktop.weapons.models import ORIGINS, CustodyEvent, WeaponHandover, WeaponItem, WeaponReceipt
from desktop.weapons.views import HANDOVER_AREA, RECEIPT_AREA, cited, format_quantity

OPENS = "weapons.receipt"
FIELD = "Số liệu"


@dataclass(frozen=True)
class _Item:
    id: int
    code: str
    category_id: int
    unit: str
    quantity: Decimal
    receipt_id: int
    received_at: dt.datetime
    origin: str
    event_id: int | None
    person_name: str
    person_id: int | None
    person_address: str
    at: dt.datetime | None = None  # the custody event's time (handed over, destroyed)
    handover_id: int | None = None


_ITEM_COLUMNS = (
    WeaponItem.id,
    WeaponItem.code,
    WeaponItem.category_id,
    WeaponItem.unit,
    WeaponItem.quantity,
    WeaponReceipt.id,
    WeaponReceipt.received_at,
    WeaponReceipt.origin,
    WeaponReceipt.event_id,
    WeaponReceipt.person_name,
    WeaponReceipt.person_id,
    WeaponReceipt.person_address,
)


def _unknown(path: str) -> ValidationError:
    return ValidationError(FIELD, f"không có số liệu «weapons.{path}» trong sổ vũ khí.")


def _amount(quantity: Decimal) -> int | Decimal:
    q = Decimal(quantity)
    return int(q) if q == q.to_integral_value() else q.normalize()


class _Lister:
    """The rows of one period; each method answers one kind of figure."""

    def __init__(self, uow: UnitOfWork, start: dt.date, end: dt.date) -> None:
        self.uow = uow
        self.lo, self.hi = counted.bounds(start, end)
        self.cats = counted.categories(uow)
        self._labels: dict[int, str] = {}
        self._villages: dict[int, str] = {}

    # --- reading ---------------------------------------------------------------------------------

    def received(self) -> list[_Item]:
        stmt = (
            select(*_ITEM_COLUMNS)
            .join(WeaponReceipt, WeaponReceipt.id == WeaponItem.receipt_id)
            .where(*counted.received_where(self.lo, self.hi))
            .order_by(WeaponReceipt.received_at, WeaponReceipt.id, WeaponItem.line_no)
        )
        return [_Item(*r) for r in self.uow.session.execute(stmt)]

    def on_hand(self) -> list[_Item]:
        stmt = (
            select(*_ITEM_COLUMNS)
            .join(WeaponReceipt, WeaponReceipt.id == WeaponItem.receipt_id)
            .where(*counted.on_hand_where(self.hi))
            .order_by(WeaponReceipt.received_at, WeaponReceipt.id, WeaponItem.line_no)
        )
        return [_Item(*r) for r in self.uow.session.execute(stmt)]

    def moved(self, kind: str) -> list[_Item]:
        stmt = (
            select(*_ITEM_COLUMNS, CustodyEvent.at, CustodyEvent.handover_id)
            .join(CustodyEvent, CustodyEvent.item_id == WeaponItem.id)
            .join(WeaponReceipt, WeaponReceipt.id == WeaponItem.receipt_id)
            .where(*counted.moved_where(kind, self.lo, self.hi))
            .order_by(CustodyEvent.at, CustodyEvent.id)
        )
        return [_Item(*r) for r in self.uow.session.execute(stmt)]

    def receipts(self, *where: Any) -> list[WeaponReceipt]:
        stmt = select(WeaponReceipt).where(*where).order_by(WeaponReceipt.received_at, WeaponReceipt.id)
        return list(self.uow.session.scalars(stmt))

    def _prepare(self, receipt_ids: set[int], person_ids: set[int]) -> None:
        missing = receipt_ids - self._labels.keys()
        if missing:
            self._labels.update(issued_labels(self.uow, RECEIPT_AREA, missing))
        wanted = [p for p in person_ids if p not in self._villages]
        if wanted:
            from desktop.residents.search import fetch_rows  # the residents' service, by id

            for row in fetch_rows(self.uow, wanted):
                self._villages[row.id] = row.village_label

    def _village(self, person_id: int | None, address: str) -> str:
        return self._villages.get(person_id, "") if person_id else nfc(address)

    # --- rows ------------------------------------------------------------------------------------

    def item_rows(self, items: list[_Item], *, amounts: bool, handovers: dict[int, str] | None = None
                  ) -> list[RecordRow]:
        self._prepare({i.receipt_id for i in items}, {i.person_id for i in items if i.person_id})
        out = []
        for i in items:
            paper = cited(self._labels[i.receipt_id], i.received_at)
            what = f"{i.code}: {format_quantity(i.quantity)} {i.unit} {self.cats[i.category_id][1]}"
            who = i.person_name
            if handovers is not None and i.handover_id is not None:
                who = handovers.get(i.handover_id, "")
                what += f" (biên bản tiếp nhận {paper})"
            else:
                what += f" – biên bản tiếp nhận {paper}"
            out.append(RecordRow(
                who, what, i.at or i.received_at, self._village(i.person_id, i.person_address),
                _amount(i.quantity) if amounts else None, OPENS, i.receipt_id,
            ))
        return out

    def receipt_rows(self, receipts: list[WeaponReceipt]) -> list[RecordRow]:
        self._prepare({r.id for r in receipts}, {r.person_id for r in receipts if r.person_id})
        summaries = self.summaries([r.id for r in receipts])
        out = []
        for r in receipts:
            paper = cited(self._labels[r.id], r.received_at)
            what = f"Biên bản tiếp nhận {paper} – {ORIGINS.get(r.origin, '')}: {summaries.get(r.id, '')}"
            if r.voided_at is not None:
                what += " (đã hủy)"
            elif r.event_unlinked and r.event_text:
                what += f"; hoạt động ghi «{r.event_text}» chưa gắn với lịch"
            out.append(RecordRow(
                r.person_name, what, r.received_at, self._village(r.person_id, r.person_address),
                None, OPENS, r.id,
            ))
        return out

    def summaries(self, receipt_ids: list[int]) -> dict[int, str]:
        """receipt id → "1 khẩu súng kíp; 10 khẩu súng cồn tự chế" (its items, in line order)."""
        parts: dict[int, dict[tuple[int, str], Decimal]] = {}
        if receipt_ids:
            for receipt_id, category_id, unit, quantity in self.uow.session.execute(
                select(WeaponItem.receipt_id, WeaponItem.category_id, WeaponItem.unit, WeaponItem.quantity)
                .where(WeaponItem.receipt_id.in_(receipt_ids))
                .order_by(WeaponItem.receipt_id, WeaponItem.line_no)
            ):
                lines = parts.setdefault(receipt_id, {})
                lines[(category_id, unit)] = lines.get((category_id, unit), Decimal(0)) + Decimal(quantity)
        cats = self.cats
        return {
            rid: "; ".join(f"{format_quantity(q)} {unit} {cats[cid][1]}" for (cid, unit), q in lines.items())
            for rid, lines in parts.items()
        }

    def receipts_of(self, items: list[_Item]) -> list[RecordRow]:
        """One row per receipt the items came with."""
        ids = {i.receipt_id for i in items}
        return self.receipt_rows(self.receipts(WeaponReceipt.id.in_(ids))) if ids else []

    def handover_names(self, items: list[_Item]) -> dict[int, str]:
        ids = {i.handover_id for i in items if i.handover_id is not None}
        if not ids:
            return {}
        return dict(self.uow.session.execute(
            select(WeaponHandover.id, WeaponHandover.receiving_unit).where(WeaponHandover.id.in_(ids))
        ).all())

    def handover_rows(self, items: list[_Item]) -> list[RecordRow]:
        ids = sorted({i.handover_id for i in items if i.handover_id is not None})
        handovers = list(self.uow.session.scalars(
            select(WeaponHandover).where(WeaponHandover.id.in_(ids)).order_by(WeaponHandover.handed_at,
                                                                             WeaponHandover.id)
        )) if ids else []
        labels = issued_labels(self.uow, HANDOVER_AREA, ids)
        counts: dict[int, int] = {}
        for i in items:
            counts[i.handover_id] = counts.get(i.handover_id, 0) + 1  # type: ignore[index]
        return [
            RecordRow(
                h.receiving_unit,
                f"Biên bản bàn giao {cited(labels[h.id], h.handed_at)}: {counts.get(h.id, 0)} vật phẩm",
                h.handed_at, "", None, "weapons.handover", h.id,
            )
            for h in handovers
        ]

    # --- lists of category rows ------------------------------------------------------------------

    def by_category(self, items: list[_Item], rest: str, path: str,
                    rows: Callable[[list[_Item]], list[RecordRow]]) -> list[RecordRow]:
        """The items of a ``by_category`` list (``rest`` empty) or of one of its rows."""
        if not rest:
            return rows(items)
        if rest.endswith(".quantity"):
            rest = rest[: -len(".quantity")]
        keys = [key for key, _ in counted.category_keys(((i.category_id, i.unit, i.quantity) for i in items),
                                                        self.cats)]
        if rest.isdigit():
            if int(rest) >= len(keys):
                raise _unknown(path)
            cid, unit = keys[int(rest)]
            return rows([i for i in items if i.category_id == cid and i.unit == unit])
        wanted = fold(rest)
        ids = {cid for cid, (_, name) in self.cats.items() if wanted in (fold(name), _segment(name))}
        if ids:
            return rows([i for i in items if i.category_id in ids])
        # "<category>/<unit>": one unit of a category counted in two (the monthly report's line per unit)
        name_part, sep, unit_part = wanted.rpartition(UNIT_SEPARATOR)
        ids = {cid for cid, (_, name) in self.cats.items()
               if sep and name_part in (fold(name), _segment(name))}
        if not ids:
            raise _unknown(path)
        return rows([i for i in items if i.category_id in ids and unit_segment(i.unit) == unit_part])


def _segment(name: str) -> str:
    """A category as the monthly report's keys name it: folded, dots made spaces (a dot would split
    the key; ``desktop.reports.monthly.outline.category_segment``)."""
    return fold(name).replace(".", " ").strip()


#: a category counted in two units has a monthly-report line per unit: "<category segment>/<unit segment>"
#: (``desktop.reports.monthly.outline.UNIT_SEPARATOR`` and ``unit_segment``)
UNIT_SEPARATOR = "/"


def unit_segment(unit: str) -> str:
    return fold(unit).replace(".", " ").replace(UNIT_SEPARATOR, " ").strip() or "khac"


def _entry(rest: str, names: list[str], path: str) -> tuple[int, str]:
    """(index, what follows) for a list entry named by its index or its name (names may hold dots)."""
    best = -1
    for n, name in enumerate(names):
        if (rest == name or rest.startswith(name + ".")) and (best < 0 or len(name) > len(names[best])):
            best = n
    if best >= 0:
        return best, rest[len(names[best]) + 1:]
    head, _, tail = rest.partition(".")
    if head.isdigit() and int(head) < len(names):
        return int(head), tail
    raise _unknown(path)


def _split(path: str, prefix: str) -> str | None:
    """What follows ``prefix`` in ``path`` ("" when equal), or None when the path is elsewhere."""
    if path == prefix:
        return ""
    return path[len(prefix) + 1:] if path.startswith(prefix + ".") else None


def weapons_records(uow: UnitOfWork, start: dt.date, end: dt.date, path: str) -> list[RecordRow]:
    uow.require("read")
    path = nfc(path or "").strip()
    lst = _Lister(uow, start, end)

    def items(with_amounts: bool) -> Callable[[list[_Item]], list[RecordRow]]:
        return lambda chosen: lst.item_rows(chosen, amounts=with_amounts)

    counts: dict[str, Callable[[], list[RecordRow]]] = {
        "received.receipts": lambda: lst.receipts_of(lst.received()),
        "received.items": lambda: lst.item_rows(lst.received(), amounts=False),
        "received.event_unlinked_receipts": lambda: lst.receipt_rows(
            lst.receipts(*counted.unlinked_where(lst.lo, lst.hi))),
        "handed_over.handovers": lambda: lst.handover_rows(lst.moved("handed_over")),
        "handed_over.items": lambda: _handed_rows(lst, lst.moved("handed_over"), amounts=False),
        "destroyed.items": lambda: lst.item_rows(lst.moved("destroyed"), amounts=False),
        "on_hand_end.items": lambda: lst.item_rows(lst.on_hand(), amounts=False),
        "voided_receipts": lambda: lst.receipt_rows(lst.receipts(*counted.voided_where(lst.lo, lst.hi))),
    }
    if path in counts:
        return counts[path]()

    for prefix, source in (
        ("received.by_category", lst.received),
        ("destroyed.by_category", lambda: lst.moved("destroyed")),
        ("on_hand_end.by_category", lst.on_hand),
    ):
        rest = _split(path, prefix)
        if rest is not None:
            return lst.by_category(source(), rest, path, items(True))
    rest = _split(path, "handed_over.by_category")
    if rest is not None:
        handed = lst.moved("handed_over")
        return lst.by_category(handed, rest, path, lambda chosen: _handed_rows(lst, chosen, amounts=True))
    rest = _split(path, "received.by_origin")
    if rest == "":  # every origin: the items received
        return lst.item_rows(lst.received(), amounts=True)
    if rest:
        origin, _, tail = rest.partition(".")
        if origin in ORIGINS:
            chosen = [i for i in lst.received() if i.origin == origin]
            return lst.by_category(chosen, tail, path, items(True))
    rest = _split(path, "received.by_campaign")
    if rest == "":
        return lst.item_rows([i for i in lst.received() if i.event_id is not None], amounts=True)
    if rest:
        return _campaign(uow, lst, rest, path)
    rest = _split(path, "handed_over.by_receiving_unit")
    if rest == "":
        return _handed_rows(lst, lst.moved("handed_over"), amounts=True)
    if rest:
        handed = lst.moved("handed_over")
        units = lst.handover_names(handed)
        names = sorted(set(units.values()))
        n, tail = _entry(rest, names, path)
        chosen = [i for i in handed if units.get(i.handover_id) == names[n]]  # type: ignore[arg-type]
        tail = _split(tail, "by_category") if tail else ""
        if tail is None:
            raise _unknown(path)
        return lst.by_category(chosen, tail, path, lambda c: _handed_rows(lst, c, amounts=True))
    raise _unknown(path)


def _handed_rows(lst: _Lister, chosen: list[_Item], *, amounts: bool) -> list[RecordRow]:
    return lst.item_rows(chosen, amounts=amounts, handovers=lst.handover_names(chosen))


def _campaign(uow: UnitOfWork, lst: _Lister, rest: str, path: str) -> list[RecordRow]:
    received = [i for i in lst.received() if i.event_id is not None]
    order = counted.campaign_events(uow, {i.event_id for i in received})  # type: ignore[misc]
    n, tail = _entry(rest, [event.title for _, event in order], path)
    eid = order[n][0]
    chosen = [i for i in received if i.event_id == eid]
    if tail == "receipts":
        return lst.receipts_of(chosen)
    sub = _split(tail, "by_category") if tail else ""
    if sub is None:
        raise _unknown(path)
    return lst.by_category(chosen, sub, path, lambda c: lst.item_rows(c, amounts=True))


figures.register_records("weapons", weapons_records)
