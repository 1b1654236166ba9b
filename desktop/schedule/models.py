"""Events (patrols, village meetings, outreach …), their recurrence series, incidents and traffic hotspots."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Column, Date, DateTime, ForeignKey, Integer, String, Table, Text
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

    freq: Mapped[str] = mapped_column(String(10), info={"label": "Kiểu lặp"})  # daily | weekly
    every: Mapped[int] = mapped_column(Integer, default=1, info={"label": "Lặp lại mỗi"})
    weekdays: Mapped[str] = mapped_column(
        String(20), default="", info={"label": "Các thứ trong tuần"}
    )  # "1,4" = Tuesday, Friday (Monday = 0)
    first_date: Mapped[dt.date] = mapped_column(Date, info={"label": "Từ ngày"})
    until: Mapped[dt.date] = mapped_column(Date, info={"label": "Lặp lại đến ngày"})
    title: Mapped[str] = mapped_column(String(200), default="", info={"label": "Nội dung"})


class Event(Record):
    __tablename__ = "event"
    __label__ = "Công việc trong lịch"

    kind: Mapped[str] = mapped_column(String(20), index=True, info={"label": "Loại"})
    title: Mapped[str] = mapped_column(String(200), info={"label": "Nội dung"})
    search_key: Mapped[str] = mapped_column(String(500), index=True)
    topics: Mapped[str] = mapped_column(
        String(200), default="", info={"label": "Chủ đề tuyên truyền"}
    )  # comma-separated topic codes
    place: Mapped[str] = mapped_column(String(200), default="", info={"label": "Địa điểm"})
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True, info={"label": "Bắt đầu"})
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True, info={"label": "Kết thúc"})
    partners: Mapped[str] = mapped_column(String(300), default="", info={"label": "Lực lượng phối hợp"})
    description: Mapped[str] = mapped_column(Text, default="", info={"label": "Ghi chú"})
    status: Mapped[str] = mapped_column(
        String(12), default="planned", index=True, info={"label": "Trạng thái"}
    )
    cancel_reason: Mapped[str] = mapped_column(String(300), default="", info={"label": "Lý do hủy"})
    attendance: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": "Số người tham dự"})
    violations: Mapped[int] = mapped_column(Integer, default=0, info={"label": "Số vi phạm phát hiện"})
    hotspots_found: Mapped[int] = mapped_column(
        Integer, default=0, info={"label": "Số điểm nguy cơ phát hiện"}
    )
    outcome: Mapped[str] = mapped_column(Text, default="", info={"label": "Kết quả"})
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("event_series.id", ondelete="SET NULL"), nullable=True, index=True
    )
    #: the date this occurrence had in its series (kept when it is moved)
    occurrence_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    #: an occurrence edited or cancelled on its own: editing the series leaves it alone
    detached: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": "Sửa riêng"})

    officers: Mapped[list[Officer]] = relationship(secondary=event_officer, lazy="selectin")
    villages: Mapped[list[Village]] = relationship(secondary=event_village, lazy="selectin")


class EventPhoto(Record):
    """A photo of an event, copied into the data folder (``media/events/``)."""

    __tablename__ = "event_photo"
    __label__ = "Ảnh công việc"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True, info={"label": "Công việc liên quan"}
    )
    file_name: Mapped[str] = mapped_column(
        String(300), info={"label": "Tệp ảnh"}
    )  # relative to the media folder
    original_name: Mapped[str] = mapped_column(String(300), default="", info={"label": "Tên tệp gốc"})
    caption: Mapped[str] = mapped_column(String(300), default="", info={"label": "Chú thích"})


class Incident(Record):
    """Vụ việc về an ninh, trật tự."""

    __tablename__ = "incident"
    __label__ = "Vụ việc"

    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True, info={"label": "Thời gian xảy ra"})
    village_id: Mapped[int | None] = mapped_column(
        ForeignKey("village.id", ondelete="RESTRICT"), nullable=True, index=True, info={"label": "Thôn, bon"}
    )
    place: Mapped[str] = mapped_column(String(200), default="", info={"label": "Địa điểm"})
    kind: Mapped[str] = mapped_column(String(20), index=True, info={"label": "Loại"})
    cause: Mapped[str] = mapped_column(String(20), default="unknown", info={"label": "Nguyên nhân"})
    cause_note: Mapped[str] = mapped_column(String(200), default="", info={"label": "Nguyên nhân (ghi rõ)"})
    #: names typed before persons were linked that matched no single person (kept for the clerk)
    people: Mapped[str] = mapped_column(Text, default="", info={"label": "Người liên quan (chưa khớp)"})
    summary: Mapped[str] = mapped_column(Text, default="", info={"label": "Tóm tắt vụ việc"})
    handling: Mapped[str] = mapped_column(
        String(20), default="pending", info={"label": "Hình thức giải quyết"}
    )
    handling_note: Mapped[str] = mapped_column(Text, default="", info={"label": "Kết quả giải quyết"})
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"),
        nullable=True,
        index=True,
        info={"label": "Công việc liên quan"},
    )
    search_key: Mapped[str] = mapped_column(String(800), index=True, default="")
    # the classification the law uses (codes in desktop/schedule/codes.py); ``kind`` follows from it
    klass: Mapped[str] = mapped_column(String(20), default="other", index=True, info={"label": "Phân loại"})
    crime_kind: Mapped[str] = mapped_column(String(20), default="", info={"label": "Loại tội phạm"})
    violation_field: Mapped[str] = mapped_column(String(20), default="", info={"label": "Lĩnh vực vi phạm"})
    fine_amount: Mapped[int | None] = mapped_column(
        BigInteger, nullable=True, info={"label": "Số tiền phạt (đồng)"}
    )
    fined_persons: Mapped[int] = mapped_column(Integer, default=0, info={"label": "Số người bị phạt"})
    decision_number: Mapped[str] = mapped_column(
        String(60), default="", info={"label": "Số quyết định xử phạt"}
    )
    killed: Mapped[int] = mapped_column(Integer, default=0, info={"label": "Số người chết"})
    injured: Mapped[int] = mapped_column(Integer, default=0, info={"label": "Số người bị thương"})
    damage: Mapped[int | None] = mapped_column(BigInteger, nullable=True, info={"label": "Thiệt hại (đồng)"})
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": "Cần rà soát"})
    review_note: Mapped[str] = mapped_column(String(500), default="", info={"label": "Lý do cần rà soát"})


class IncidentPerson(Record):
    """A person's part in an incident: a person of the register, or an outsider named by text."""

    __tablename__ = "incident_person"
    __label__ = "Người liên quan vụ việc"

    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True, info={"label": "Vụ việc"}
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), nullable=True, index=True, info={"label": "Nhân khẩu"}
    )
    name: Mapped[str] = mapped_column(String(120), default="", info={"label": "Họ tên (người ngoài địa bàn)"})
    role: Mapped[str] = mapped_column(String(12), default="involved", info={"label": "Vai trò"})


class Hotspot(Record):
    """Điểm nguy cơ mất an toàn giao thông."""

    __tablename__ = "traffic_hotspot"
    __label__ = "Điểm nguy cơ mất ATGT"

    place: Mapped[str] = mapped_column(String(200), info={"label": "Địa điểm"})
    village_id: Mapped[int | None] = mapped_column(
        ForeignKey("village.id", ondelete="RESTRICT"), nullable=True, index=True, info={"label": "Thôn, bon"}
    )
    description: Mapped[str] = mapped_column(Text, default="", info={"label": "Ghi chú"})
    found_on: Mapped[dt.date] = mapped_column(Date, index=True, info={"label": "Ngày phát hiện"})
    reported_to: Mapped[str] = mapped_column(String(200), default="", info={"label": "Đã báo cáo đến"})
    proposed_fix: Mapped[str] = mapped_column(Text, default="", info={"label": "Đề xuất khắc phục"})
    status: Mapped[str] = mapped_column(String(10), default="open", index=True, info={"label": "Trạng thái"})
    fixed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": "Ngày khắc phục"})
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"),
        nullable=True,
        index=True,
        info={"label": "Công việc liên quan"},
    )
    search_key: Mapped[str] = mapped_column(String(500), index=True, default="")
