"""Frozen inputs and views of the security register (what its services take and return)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.security.codes import (
    CONTACT_KINDS,
    MANAGED_CATEGORIES,
    REPORT_CHANNELS,
    REPORT_KINDS,
    REPORT_STATUSES,
)


@dataclass(frozen=True)
class ReportInput:
    received_at: dt.datetime
    channel: str
    content: str
    officer_id: int | None
    kind: str = "information"
    source_person_id: int | None = None
    source_name: str = ""  # an outsider, or the body that passed the report on
    source_contact: str = ""
    status: str = "received"
    transferred_to: str = ""
    transferred_on: dt.date | None = None
    transfer_number: str = ""
    closed_on: dt.date | None = None
    result: str = ""


@dataclass(frozen=True)
class ReportView:
    id: int
    year: int
    number: int
    received_at: dt.datetime
    kind: str
    channel: str
    source_person_id: int | None
    source_name: str  # the person's name from the register, or the outsider's
    source_contact: str
    content: str
    officer_id: int
    officer_name: str
    status: str
    transferred_to: str
    transferred_on: dt.date | None
    transfer_number: str
    closed_on: dt.date | None
    result: str
    due_on: dt.date
    overdue: bool
    version: int

    @property
    def number_text(self) -> str:
        return f"{self.number:02d}/{self.year}"

    @property
    def kind_text(self) -> str:
        return REPORT_KINDS.get(self.kind, self.kind)

    @property
    def channel_text(self) -> str:
        return REPORT_CHANNELS.get(self.channel, self.channel)

    @property
    def status_text(self) -> str:
        text = REPORT_STATUSES.get(self.status, self.status)
        return f"{text} — quá hạn" if self.overdue else text


@dataclass(frozen=True)
class ManagedInput:
    person_id: int | None
    category: str
    starts_on: dt.date | None
    officer_id: int | None
    ends_on: dt.date | None = None
    decision: str = ""
    category_note: str = ""
    note: str = ""


@dataclass(frozen=True)
class ContactView:
    id: int
    managed_id: int
    contact_date: dt.date
    kind: str
    officer_id: int | None
    officer_name: str
    note: str
    version: int

    @property
    def kind_text(self) -> str:
        return CONTACT_KINDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class ManagedView:
    id: int
    person_id: int
    person_name: str
    birth_text: str
    village_label: str
    category: str
    category_note: str
    decision: str
    starts_on: dt.date
    ends_on: dt.date | None
    officer_id: int
    officer_name: str
    note: str
    contacts: int
    last_contact: dt.date | None
    version: int

    @property
    def category_text(self) -> str:
        if self.category == "other" and self.category_note:
            return self.category_note
        return MANAGED_CATEGORIES.get(self.category, self.category)

    @property
    def active(self) -> bool:
        return self.ends_on is None or self.ends_on >= dt.date.today()


@dataclass(frozen=True)
class ContactInput:
    contact_date: dt.date | None
    kind: str
    officer_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class CheckInput:
    checked_on: dt.date | None
    village_id: int | None = None
    household_id: int | None = None
    officer_ids: tuple[int, ...] = ()
    households_checked: int = 0
    rooms_checked: int = 0
    violations: int = 0
    note: str = ""


@dataclass(frozen=True)
class CheckView:
    id: int
    checked_on: dt.date
    village_id: int | None
    village_name: str
    household_id: int | None
    officer_ids: tuple[int, ...]
    officer_names: tuple[str, ...]
    households_checked: int
    rooms_checked: int
    violations: int
    note: str
    version: int

    @property
    def officers_text(self) -> str:
        return ", ".join(self.officer_names)


@dataclass(frozen=True)
class LodgingInput:
    received_on: dt.date | None
    place: str
    from_date: dt.date | None
    guest_person_id: int | None = None
    guest_name: str = ""
    guest_id_number: str = ""
    village_id: int | None = None
    to_date: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class LodgingView:
    id: int
    received_on: dt.date
    guest_person_id: int | None
    guest_name: str
    guest_id_number: str
    place: str
    village_id: int | None
    village_name: str
    from_date: dt.date
    to_date: dt.date | None
    note: str
    version: int
