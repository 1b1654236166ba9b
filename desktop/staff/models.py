"""Officers (cán bộ, chiến sĩ), their reinforcement assignments and awards.

Other areas refer to officers by ``officer.id``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Column, Date, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db import Base, Record
from desktop.settings import Village

OFFICER_KINDS = {"station": "Cán bộ của Công an xã", "reinforcement": "Tăng cường từ đơn vị khác"}


class Officer(Record):
    __tablename__ = "officer"
    __label__ = "Cán bộ"

    full_name: Mapped[str] = mapped_column(String(120), info={"label": "Họ và tên"})
    name_key: Mapped[str] = mapped_column(String(120), index=True)
    rank: Mapped[str] = mapped_column(String(40), default="", info={"label": "Cấp bậc"})
    position: Mapped[str] = mapped_column(String(80), default="", info={"label": "Chức vụ"})
    phone: Mapped[str] = mapped_column(String(20), default="", info={"label": "Điện thoại"})
    kind: Mapped[str] = mapped_column(String(20), default="station", info={"label": "Loại cán bộ"})
    active: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": "Còn công tác"})


assignment_village = Table(
    "assignment_village",
    Base.metadata,
    Column("assignment_id", ForeignKey("reinforcement_assignment.id", ondelete="CASCADE"), primary_key=True),
    Column("village_id", ForeignKey("village.id", ondelete="RESTRICT"), primary_key=True, index=True),
)


class ReinforcementAssignment(Record):
    """One officer's round on reinforcement at this commune ("Tôi làm Công an xã")."""

    __tablename__ = "reinforcement_assignment"
    __label__ = "Đợt tăng cường"

    officer_id: Mapped[int] = mapped_column(
        ForeignKey("officer.id", ondelete="RESTRICT"), index=True, info={"label": "Cán bộ"}
    )
    home_unit: Mapped[str] = mapped_column(String(160), info={"label": "Đơn vị cử đi"})
    decision_number: Mapped[str] = mapped_column(String(60), default="", info={"label": "Số quyết định"})
    decision_date: Mapped[dt.date | None] = mapped_column(
        Date, nullable=True, info={"label": "Ngày quyết định"}
    )
    start_date: Mapped[dt.date] = mapped_column(Date, index=True, info={"label": "Từ ngày"})
    end_date: Mapped[dt.date] = mapped_column(Date, index=True, info={"label": "Đến ngày"})
    notes: Mapped[str] = mapped_column(Text, default="", info={"label": "Ghi chú"})

    villages: Mapped[list[Village]] = relationship(secondary=assignment_village, lazy="selectin")


class Award(Record):
    """A commendation (giấy khen, bằng khen) given to an officer."""

    __tablename__ = "officer_award"
    __label__ = "Khen thưởng"

    officer_id: Mapped[int] = mapped_column(
        ForeignKey("officer.id", ondelete="RESTRICT"), index=True, info={"label": "Cán bộ"}
    )
    title: Mapped[str] = mapped_column(
        String(80), default="Giấy khen", info={"label": "Hình thức khen thưởng"}
    )
    issued_by: Mapped[str] = mapped_column(String(160), info={"label": "Cơ quan khen thưởng"})
    decision_number: Mapped[str] = mapped_column(String(60), default="", info={"label": "Số quyết định"})
    award_date: Mapped[dt.date] = mapped_column(Date, index=True, info={"label": "Ngày khen thưởng"})
    reason: Mapped[str] = mapped_column(Text, default="", info={"label": "Thành tích"})
    assignment_id: Mapped[int | None] = mapped_column(
        ForeignKey("reinforcement_assignment.id", ondelete="SET NULL"),
        nullable=True,
        index=True,
        info={"label": "Đợt tăng cường"},
    )


class DutyDay(Record):
    """Who is on duty at the station on one day (lịch trực ban): the duty leader (lãnh đạo trực ban)
    and the duty officer (cán bộ trực ban); printed on the weekly roster."""

    __tablename__ = "duty_day"
    __label__ = "Trực ban"

    day: Mapped[dt.date] = mapped_column(Date, unique=True, info={"label": "Ngày"})
    leader_id: Mapped[int | None] = mapped_column(
        ForeignKey("officer.id", ondelete="RESTRICT"), nullable=True, index=True,
        info={"label": "Lãnh đạo trực ban"},
    )
    officer_id: Mapped[int | None] = mapped_column(
        ForeignKey("officer.id", ondelete="RESTRICT"), nullable=True, index=True,
        info={"label": "Cán bộ trực ban"},
    )


__all__ = ["OFFICER_KINDS", "Award", "DutyDay", "Officer", "ReinforcementAssignment", "assignment_village"]
