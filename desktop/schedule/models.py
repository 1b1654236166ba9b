"""Events (patrols, village meetings, outreach …), their recurrence series, incidents and traffic hotspots."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db import Base, Record
from desktop.settings import Village
from desktop.staff.models import Officer

event_officer = Table(
    "event_officer",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("officer_id", ForeignKey("officer.id", ondelete="RESTRICT"), primary_key=True, index=True),
)

event_village = Table(
    "event_village",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("village_id", ForeignKey("village.id", ondelete="RESTRICT"), primary_key=True, index=True),
)


class EventSeries(Record):
    """A recurrence rule; its occurrences are ``Event`` rows pointing back to it."""

    __tablename__ = "event_series"
    __label__ = "Lịch lặp lại"

    freq: Mapped[str] = mapped_column(String(10))  # daily | weekly
    every: Mapped[int] = mapped_column(Integer, default=1)
    weekdays: Mapped[str] = mapped_column(String(20), default="")  # "1,4" = Tuesday, Friday (Monday = 0)
    first_date: Mapped[dt.date] = mapped_column(Date)
    until: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200), default="")


class Event(Record):
    __tablename__ = "event"
    __label__ = "Công việc trong lịch"

    kind: Mapped[str] = mapped_column(String(20), index=True)
    title: Mapped[str] = mapped_column(String(200))
    search_key: Mapped[str] = mapped_column(String(500), index=True)
    topics: Mapped[str] = mapped_column(String(200), default="")  # comma-separated topic codes
    place: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    partners: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="planned", index=True)
    cancel_reason: Mapped[str] = mapped_column(String(300), default="")
    attendance: Mapped[int | None] = mapped_column(Integer, nullable=True)
    violations: Mapped[int] = mapped_column(Integer, default=0)
    hotspots_found: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(Text, default="")
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("event_series.id", ondelete="SET NULL"), nullable=True, index=True
    )
    #: the date this occurrence had in its series (kept when it is moved)
    occurrence_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    #: an occurrence edited or cancelled on its own: editing the series leaves it alone
    detached: Mapped[bool] = mapped_column(Boolean, default=False)

    officers: Mapped[list[Officer]] = relationship(secondary=event_officer, lazy="selectin")
    villages: Mapped[list[Village]] = relationship(secondary=event_village, lazy="selectin")


class EventPhoto(Record):
    """A photo of an event, copied into the data folder (``media/events/``)."""

    __tablename__ = "event_photo"
    __label__ = "Ảnh công việc"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(300))  # relative to the media folder
    original_name: Mapped[str] = mapped_column(String(300), default="")
    caption: Mapped[str] = mapped_column(String(300), default="")


class Incident(Record):
    """Vụ việc về an ninh, trật tự."""

    __tablename__ = "incident"
    __label__ = "Vụ việc"

    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    village_id: Mapped[int | None] = mapped_column(
        ForeignKey("village.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    place: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20), index=True)
    cause: Mapped[str] = mapped_column(String(20), default="unknown")
    cause_note: Mapped[str] = mapped_column(String(200), default="")
    people: Mapped[str] = mapped_column(Text, default="")  # typed in; no link to residents yet
    summary: Mapped[str] = mapped_column(Text, default="")
    handling: Mapped[str] = mapped_column(String(20), default="pending")
    handling_note: Mapped[str] = mapped_column(Text, default="")
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), nullable=True, index=True
    )
    search_key: Mapped[str] = mapped_column(String(800), index=True, default="")


class Hotspot(Record):
    """Điểm nguy cơ mất an toàn giao thông."""

    __tablename__ = "traffic_hotspot"
    __label__ = "Điểm nguy cơ mất ATGT"

    place: Mapped[str] = mapped_column(String(200))
    village_id: Mapped[int | None] = mapped_column(
        ForeignKey("village.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")
    found_on: Mapped[dt.date] = mapped_column(Date, index=True)
    reported_to: Mapped[str] = mapped_column(String(200), default="")
    proposed_fix: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    fixed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), nullable=True, index=True
    )
    search_key: Mapped[str] = mapped_column(String(500), index=True, default="")
