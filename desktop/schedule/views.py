"""Frozen views and inputs of the schedule area (what services take and return)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.schedule.codes import (
    EVENT_KINDS,
    EVENT_STATUSES,
    HANDLINGS,
    HOTSPOT_STATUSES,
    INCIDENT_CAUSES,
    INCIDENT_KINDS,
    INCIDENT_ROLES,
    TOPICS,
    class_text,
)
from desktop.text import format_date, format_datetime


@dataclass(frozen=True)
class EventInput:
    kind: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str = ""
    village_ids: tuple[int, ...] = ()
    officer_ids: tuple[int, ...] = ()
    partners: str = ""
    topics: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class OutcomeInput:
    attendance: int | None = None
    violations: int = 0
    hotspots_found: int = 0
    notes: str = ""


@dataclass(frozen=True)
class PhotoView:
    id: int
    event_id: int
    path: str  # absolute path inside the media folder
    original_name: str
    caption: str
    version: int


@dataclass(frozen=True)
class EventView:
    id: int
    kind: str
    title: str
    place: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: str
    cancel_reason: str
    topics: tuple[str, ...]
    partners: str
    description: str
    officer_ids: tuple[int, ...]
    officer_names: tuple[str, ...]
    village_ids: tuple[int, ...]
    village_names: tuple[str, ...]
    attendance: int | None
    violations: int
    hotspots_found: int
    outcome: str
    series_id: int | None
    detached: bool
    version: int
    conflict: bool = False
    photos: tuple[PhotoView, ...] = ()

    @property
    def kind_text(self) -> str:
        return EVENT_KINDS.get(self.kind, self.kind)

    @property
    def status_text(self) -> str:
        return EVENT_STATUSES.get(self.status, self.status)

    @property
    def topics_text(self) -> str:
        return ", ".join(TOPICS.get(t, t) for t in self.topics)

    @property
    def officers_text(self) -> str:
        return ", ".join(self.officer_names)

    @property
    def villages_text(self) -> str:
        return ", ".join(self.village_names)

    @property
    def place_text(self) -> str:
        """The place, followed by the villages it does not already name."""
        extra = [v for v in self.village_names if v.casefold() not in self.place.casefold()]
        return ", ".join(p for p in (self.place, *extra) if p)

    @property
    def time_text(self) -> str:
        """'19:00–23:00' (with the end date when it ends on another day)."""
        end = self.ends_at.strftime("%H:%M")
        if self.ends_at.date() != self.starts_at.date():
            end += f" ({self.ends_at.strftime('%d/%m')})"
        return f"{self.starts_at.strftime('%H:%M')}–{end}"

    @property
    def when_text(self) -> str:
        return f"{format_date(self.starts_at.date())} {self.time_text}"


@dataclass(frozen=True)
class Conflict:
    officer_id: int
    officer_name: str
    event_id: int
    event_title: str
    event_start: dt.datetime
    other_id: int
    other_title: str
    other_start: dt.datetime
    other_end: dt.datetime

    @property
    def message(self) -> str:
        return (
            f"{self.officer_name} đã có lịch «{self.other_title}» lúc "
            f"{format_datetime(self.other_start)}–{self.other_end.strftime('%H:%M')}, trùng giờ với "
            f"«{self.event_title}» ngày {format_date(self.event_start.date())}."
        )


@dataclass(frozen=True)
class SaveResult:
    events: tuple[EventView, ...]
    conflicts: tuple[Conflict, ...]
    series_id: int | None = None
    message: str = ""

    @property
    def event(self) -> EventView:
        return self.events[0]


@dataclass(frozen=True)
class SeriesView:
    id: int
    freq: str
    every: int
    weekdays: tuple[int, ...]
    first_date: dt.date
    until: dt.date
    occurrences: int
    version: int


@dataclass(frozen=True)
class IncidentPersonInput:
    """A person's part in an incident: ``person_id`` of the register, or an outsider's ``name``."""

    role: str = "involved"
    person_id: int | None = None
    name: str = ""


@dataclass(frozen=True)
class IncidentInput:
    occurred_at: dt.datetime
    #: the old six kinds; with ``klass`` given it is derived from the classification instead
    kind: str = "other"
    cause: str = "unknown"
    village_id: int | None = None
    place: str = ""
    #: names that are not (yet) persons of the register nor linked outsiders
    people: str = ""
    summary: str = ""
    handling: str = "pending"
    handling_note: str = ""
    event_id: int | None = None
    cause_note: str = ""
    klass: str = ""  # "" = the class nearest ``kind`` (callers written before the classification)
    crime_kind: str = ""
    violation_field: str = ""
    fine_amount: int | None = None
    fined_persons: int = 0
    decision_number: str = ""
    killed: int = 0
    injured: int = 0
    damage: int | None = None
    persons: tuple[IncidentPersonInput, ...] = ()
    reviewed: bool = True  # saving through the dialog confirms a migrated classification


@dataclass(frozen=True)
class IncidentPersonView:
    id: int
    role: str
    person_id: int | None
    name: str  # the person's name from the register, or the outsider's

    @property
    def role_text(self) -> str:
        return INCIDENT_ROLES.get(self.role, self.role)

    @property
    def text(self) -> str:
        outsider = "" if self.person_id else " (ngoài địa bàn)"
        return f"{self.name}{outsider} — {self.role_text}"


@dataclass(frozen=True)
class IncidentView:
    id: int
    occurred_at: dt.datetime
    kind: str
    cause: str
    cause_note: str
    village_id: int | None
    village_name: str
    place: str
    people: str
    summary: str
    handling: str
    handling_note: str
    event_id: int | None
    event_title: str
    version: int
    klass: str = "other"
    crime_kind: str = ""
    violation_field: str = ""
    fine_amount: int | None = None
    fined_persons: int = 0
    decision_number: str = ""
    killed: int = 0
    injured: int = 0
    damage: int | None = None
    needs_review: bool = False
    review_note: str = ""
    persons: tuple[IncidentPersonView, ...] = ()

    @property
    def kind_text(self) -> str:
        return INCIDENT_KINDS.get(self.kind, self.kind)

    @property
    def class_text(self) -> str:
        return class_text(self.klass, self.crime_kind, self.violation_field)

    @property
    def people_text(self) -> str:
        """Everyone named: linked persons and outsiders, then names typed that match no one."""
        names = [p.name for p in self.persons]
        if self.people:
            names.append(self.people)
        return ", ".join(names)

    @property
    def cause_text(self) -> str:
        text = INCIDENT_CAUSES.get(self.cause, self.cause)
        return f"{text} ({self.cause_note})" if self.cause_note else text

    @property
    def handling_text(self) -> str:
        return HANDLINGS.get(self.handling, self.handling)


@dataclass(frozen=True)
class HotspotInput:
    place: str
    found_on: dt.date
    description: str = ""
    village_id: int | None = None
    reported_to: str = ""
    proposed_fix: str = ""
    status: str = "open"
    fixed_on: dt.date | None = None
    event_id: int | None = None


@dataclass(frozen=True)
class HotspotView:
    id: int
    place: str
    village_id: int | None
    village_name: str
    description: str
    found_on: dt.date
    reported_to: str
    proposed_fix: str
    status: str
    fixed_on: dt.date | None
    event_id: int | None
    version: int

    @property
    def status_text(self) -> str:
        return HOTSPOT_STATUSES.get(self.status, self.status)
