"""What the weapons services take in and hand back (frozen dataclasses, never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.text import format_datetime
from desktop.weapons.models import EVENT_KINDS, ORIGINS, PERSON_ROLES, STATUSES

OWNER_UNKNOWN_TEXT = "Không xác định được chủ sở hữu"
#: the label of a receipt or handover not yet issued: its number comes from the outgoing register
NOT_ISSUED = "Chưa cấp số"
RECEIPT_AREA = "weapons.receipt"
HANDOVER_AREA = "weapons.handover"


def format_quantity(value: Decimal | int | float) -> str:
    """Decimal(10) → '10'; Decimal('2.500') → '2,5' (Vietnamese decimal comma)."""
    number = Decimal(value).normalize()
    if number == number.to_integral_value():
        return f"{int(number):,}".replace(",", ".")
    whole, _, frac = format(number, "f").partition(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


def cited(label: str, day: dt.date | dt.datetime) -> str:
    """A record named in a sentence: '09/BB-CAX' once issued, else 'ngày 08/03/2026 (chưa in)'."""
    return label if label != NOT_ISSUED else f"ngày {day:%d/%m/%Y} (chưa in)"


def file_label(label: str, day: dt.date | dt.datetime) -> str:
    """A file name part: '09-BB-CAX' once issued, else '20260308-chua-in'."""
    return label.replace("/", "-") if label != NOT_ISSUED else f"{day:%Y%m%d}-chua-in"


@dataclass(frozen=True)
class ItemInput:
    category_id: int
    quantity: str | int | Decimal
    unit: str
    description: str = ""
    markings: str = ""
    condition: str = ""
    seal_number: str = ""
    location: str = ""
    photos: tuple[str, ...] = ()
    #: an existing item of the receipt being edited, or None for a new line
    id: int | None = None


@dataclass(frozen=True)
class ReceiptInput:
    received_at: dt.datetime
    origin: str
    place: str = ""
    event_text: str = ""
    owner_unknown: bool = False
    person_name: str = ""
    person_id_number: str = ""
    person_address: str = ""
    officer_ids: tuple[int, ...] = ()
    witnesses: tuple[str, ...] = ()
    notes: str = ""
    photos: tuple[str, ...] = ()
    items: tuple[ItemInput, ...] = ()
    #: the giver (finder, person the items were taken from) picked from the register; None for a
    #: named outsider (the typed name, ID number and address) or an unknown owner
    person_id: int | None = None
    #: the schedule event (forum, hand-in day) the receipt was made at
    event_id: int | None = None
    #: the officer who drew the record up (người lập biên bản); the first receiving officer when None
    drafted_by: int | None = None
    #: a sanction decision ordering confiscation ("tịch thu"): number and date, both or neither
    sanction_number: str = ""
    sanction_date: dt.date | None = None
    #: the clerk saw the warning about a malformed or contradictory ID number and keeps it
    accept_id_warning: bool = False


@dataclass(frozen=True)
class OfficerRef:
    id: int
    label: str
    name: str
    active: bool = True
    rank: str = ""
    position: str = ""


@dataclass(frozen=True)
class CategoryView:
    id: int
    name: str
    default_unit: str
    sort_order: int
    builtin: bool
    active: bool
    version: int


@dataclass(frozen=True)
class WeaponSettingsView:
    receipt_intro: str
    receipt_closing: str
    handover_intro: str
    allow_direct_destruction: bool
    version: int
    legal_basis: str = ""


@dataclass(frozen=True)
class ItemView:
    id: int
    code: str
    receipt_id: int
    receipt_label: str
    receipt_voided: bool
    line_no: int
    category_id: int
    category: str
    quantity: Decimal
    unit: str
    description: str
    markings: str
    condition: str
    seal_number: str
    photos: tuple[str, ...]
    status: str
    holder: str
    location: str
    last_event_at: dt.datetime | None
    received_at: dt.datetime
    version: int

    @property
    def quantity_text(self) -> str:
        return f"{format_quantity(self.quantity)} {self.unit}"

    @property
    def status_text(self) -> str:
        return STATUSES.get(self.status, self.status)

    @property
    def frozen(self) -> bool:
        """Handed over, destroyed or on a voided receipt: it can no longer move or be edited."""
        return self.status in ("handed_over", "destroyed", "voided")

    @property
    def on_hand(self) -> bool:
        return self.status in ("at_station", "out")


@dataclass(frozen=True)
class ReceiptView:
    id: int
    year: int
    number: int
    label: str
    received_at: dt.datetime
    place: str
    event_text: str
    origin: str
    owner_unknown: bool
    person_name: str
    person_id_number: str
    person_address: str
    officers: tuple[OfficerRef, ...]
    witnesses: tuple[str, ...]
    notes: str
    photos: tuple[str, ...]
    printed_at: dt.datetime | None
    voided_at: dt.datetime | None
    void_reason: str
    voided_by: str
    items: tuple[ItemView, ...]
    version: int
    person_id: int | None = None
    event_id: int | None = None
    person_unlinked: bool = False
    event_unlinked: bool = False
    drafted_by: OfficerRef | None = None
    sanction_number: str = ""
    sanction_date: dt.date | None = None

    @property
    def origin_text(self) -> str:
        return ORIGINS.get(self.origin, self.origin)

    @property
    def named(self) -> str:
        """How a sentence names it: its register number, or its date with "(chưa in)"."""
        return cited(self.label, self.received_at)

    @property
    def person_role(self) -> str:
        """What the named person is on this record: giver, finder, person the items were taken from."""
        return PERSON_ROLES.get(self.origin, "Người giao nộp")

    @property
    def person_text(self) -> str:
        if self.owner_unknown and not self.person_name:
            return OWNER_UNKNOWN_TEXT
        return self.person_name

    @property
    def confiscated(self) -> bool:
        """Confiscation ("tịch thu") is printed only with the sanction decision's number and date."""
        return bool(self.sanction_number and self.sanction_date)

    @property
    def outsider(self) -> bool:
        """A named giver who is not in the person register."""
        return self.person_id is None and bool(self.person_name) and not self.person_unlinked

    @property
    def editable(self) -> bool:
        """Only a receipt never printed (and not voided) can be edited or deleted."""
        return self.printed_at is None and self.voided_at is None

    @property
    def state_text(self) -> str:
        if self.voided_at:
            return "Đã hủy"
        return "Đã in" if self.printed_at else "Chưa in"


@dataclass(frozen=True)
class ReceiptRow:
    id: int
    label: str
    received_at: dt.datetime
    person_text: str
    event_text: str
    origin_text: str
    item_summary: str
    item_count: int
    state_text: str
    voided: bool
    printed: bool
    version: int
    unlinked: bool = False

    @property
    def named(self) -> str:
        """How a sentence names it: its register number, or its date with "(chưa in)"."""
        return cited(self.label, self.received_at)


@dataclass(frozen=True)
class EventView:
    id: int
    item_id: int
    seq: int
    kind: str
    at: dt.datetime
    holder: str
    location: str
    handover_id: int | None
    handover_label: str
    decision_number: str
    seal_number: str
    note: str
    recorded_by: str

    @property
    def kind_text(self) -> str:
        return EVENT_KINDS.get(self.kind, self.kind)

    @property
    def at_text(self) -> str:
        return format_datetime(self.at)


@dataclass(frozen=True)
class HandoverInput:
    handed_at: dt.datetime
    receiving_unit: str
    item_ids: tuple[int, ...]
    their_number: str = ""
    receiver_name: str = ""
    deliverer_name: str = ""
    notes: str = ""
    place: str = ""
    receiver_rank: str = ""
    receiver_position: str = ""
    #: the station's representative from the staff register (name, rank, position come from it)
    deliverer_id: int | None = None


@dataclass(frozen=True)
class HandoverView:
    id: int
    year: int
    number: int
    label: str
    handed_at: dt.datetime
    receiving_unit: str
    their_number: str
    receiver_name: str
    deliverer_name: str
    notes: str
    printed_at: dt.datetime | None
    items: tuple[ItemView, ...] = field(default=())
    version: int = 0
    place: str = ""
    receiver_rank: str = ""
    receiver_position: str = ""
    deliverer: OfficerRef | None = None

    @property
    def named(self) -> str:
        """How a sentence names it: its register number, or its date with "(chưa in)"."""
        return cited(self.label, self.handed_at)


@dataclass(frozen=True)
class StocktakeLineView:
    id: int
    item: ItemView
    expected_status: str
    found: bool | None
    note: str
    version: int


@dataclass(frozen=True)
class StocktakeView:
    id: int
    held_on: dt.date
    members: tuple[str, ...]
    notes: str
    closed_at: dt.datetime | None
    printed_at: dt.datetime | None
    lines: tuple[StocktakeLineView, ...]
    version: int
    started_at: dt.datetime | None = None

    @property
    def missing(self) -> tuple[StocktakeLineView, ...]:
        return tuple(line for line in self.lines if line.found is False)

    @property
    def unchecked(self) -> tuple[StocktakeLineView, ...]:
        return tuple(line for line in self.lines if line.found is None)
