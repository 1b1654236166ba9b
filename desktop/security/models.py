"""The security register: reports received (tin báo, tố giác), persons under management,
residence checks and lodging notices. Incidents themselves live in the schedule area's tables."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db import Base, Record


class CrimeReport(Record):
    """One line of the register of reports received (sổ tiếp nhận tin báo, tố giác về tội phạm
    và kiến nghị khởi tố), numbered from 1 each calendar year."""

    __tablename__ = "crime_report"
    __label__ = "Tin báo, tố giác"
    __table_args__ = (UniqueConstraint("year", "number"),)

    year: Mapped[int] = mapped_column(Integer, info={"label": "Năm"})
    number: Mapped[int] = mapped_column(Integer, info={"label": "Số thứ tự"})
    received_at: Mapped[dt.datetime] = mapped_column(
        DateTime, index=True, info={"label": "Thời gian tiếp nhận"}
    )
    kind: Mapped[str] = mapped_column(String(20), default="information", info={"label": "Loại nguồn tin"})
    channel: Mapped[str] = mapped_column(String(12), info={"label": "Hình thức tiếp nhận"})
    source_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"),
        nullable=True,
        index=True,
        info={"label": "Người báo tin (nhân khẩu)"},
    )
    source_name: Mapped[str] = mapped_column(
        String(160), default="", info={"label": "Người, cơ quan báo tin"}
    )
    source_contact: Mapped[str] = mapped_column(
        String(200), default="", info={"label": "Địa chỉ, điện thoại"}
    )
    content: Mapped[str] = mapped_column(Text, info={"label": "Nội dung tin báo"})
    officer_id: Mapped[int] = mapped_column(
        ForeignKey("officer.id", ondelete="RESTRICT"), index=True, info={"label": "Cán bộ tiếp nhận"}
    )
    status: Mapped[str] = mapped_column(
        String(12), default="received", index=True, info={"label": "Tình trạng"}
    )
    transferred_to: Mapped[str] = mapped_column(String(200), default="", info={"label": "Chuyển đến cơ quan"})
    transferred_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": "Ngày chuyển"})
    transfer_number: Mapped[str] = mapped_column(String(60), default="", info={"label": "Số văn bản chuyển"})
    closed_on: Mapped[dt.date | None] = mapped_column(
        Date, nullable=True, info={"label": "Ngày giải quyết xong"}
    )
    result: Mapped[str] = mapped_column(Text, default="", info={"label": "Kết quả xác minh, giải quyết"})
    search_key: Mapped[str] = mapped_column(String(800), default="", index=True)


class ManagedPerson(Record):
    """A period during which a person of the register is under the station's management."""

    __tablename__ = "managed_person"
    __label__ = "Đối tượng quản lý"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True, info={"label": "Nhân khẩu"}
    )
    category: Mapped[str] = mapped_column(String(20), index=True, info={"label": "Diện quản lý"})
    category_note: Mapped[str] = mapped_column(String(200), default="", info={"label": "Diện khác (ghi rõ)"})
    decision: Mapped[str] = mapped_column(String(200), default="", info={"label": "Quyết định, căn cứ"})
    starts_on: Mapped[dt.date] = mapped_column(Date, index=True, info={"label": "Từ ngày"})
    ends_on: Mapped[dt.date | None] = mapped_column(
        Date, nullable=True, index=True, info={"label": "Đến ngày"}
    )
    officer_id: Mapped[int] = mapped_column(
        ForeignKey("officer.id", ondelete="RESTRICT"), index=True, info={"label": "Cán bộ phụ trách"}
    )
    note: Mapped[str] = mapped_column(Text, default="", info={"label": "Ghi chú"})


class ManagedContact(Record):
    """A contact with a managed person: summoned, visited, warned, criticised before the community."""

    __tablename__ = "managed_contact"
    __label__ = "Lần làm việc với đối tượng"

    managed_id: Mapped[int] = mapped_column(
        ForeignKey("managed_person.id", ondelete="CASCADE"), index=True, info={"label": "Đối tượng quản lý"}
    )
    contact_date: Mapped[dt.date] = mapped_column(Date, index=True, info={"label": "Ngày"})
    kind: Mapped[str] = mapped_column(String(12), info={"label": "Hình thức"})
    officer_id: Mapped[int | None] = mapped_column(
        ForeignKey("officer.id", ondelete="RESTRICT"), nullable=True, index=True, info={"label": "Cán bộ"}
    )
    note: Mapped[str] = mapped_column(Text, default="", info={"label": "Nội dung"})


residence_check_officer = Table(
    "residence_check_officer",
    Base.metadata,
    Column("check_id", ForeignKey("residence_check.id", ondelete="CASCADE"), primary_key=True),
    Column("officer_id", ForeignKey("officer.id", ondelete="RESTRICT"), primary_key=True, index=True),
)


class ResidenceCheck(Record):
    """A residence check (kiểm tra cư trú) of a village or a household."""

    __tablename__ = "residence_check"
    __label__ = "Kiểm tra cư trú"

    checked_on: Mapped[dt.date] = mapped_column(Date, index=True, info={"label": "Ngày kiểm tra"})
    village_id: Mapped[int | None] = mapped_column(
        ForeignKey("village.id", ondelete="RESTRICT"), nullable=True, index=True, info={"label": "Thôn, bon"}
    )
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="RESTRICT"), nullable=True, index=True, info={"label": "Hộ"}
    )
    households_checked: Mapped[int] = mapped_column(Integer, default=0, info={"label": "Số hộ kiểm tra"})
    rooms_checked: Mapped[int] = mapped_column(Integer, default=0, info={"label": "Số phòng trọ kiểm tra"})
    violations: Mapped[int] = mapped_column(Integer, default=0, info={"label": "Số vi phạm phát hiện"})
    note: Mapped[str] = mapped_column(Text, default="", info={"label": "Kết quả, ghi chú"})


class LodgingNotice(Record):
    """A lodging notice received (thông báo lưu trú): who stays, where, from when."""

    __tablename__ = "lodging_notice"
    __label__ = "Thông báo lưu trú"

    received_on: Mapped[dt.date] = mapped_column(Date, index=True, info={"label": "Ngày tiếp nhận"})
    guest_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"),
        nullable=True,
        index=True,
        info={"label": "Người lưu trú (nhân khẩu)"},
    )
    guest_name: Mapped[str] = mapped_column(String(160), default="", info={"label": "Người lưu trú"})
    guest_id_number: Mapped[str] = mapped_column(String(20), default="", info={"label": "Số giấy tờ"})
    place: Mapped[str] = mapped_column(String(200), info={"label": "Nơi lưu trú"})
    village_id: Mapped[int | None] = mapped_column(
        ForeignKey("village.id", ondelete="RESTRICT"), nullable=True, index=True, info={"label": "Thôn, bon"}
    )
    from_date: Mapped[dt.date] = mapped_column(Date, index=True, info={"label": "Lưu trú từ ngày"})
    to_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": "Đến ngày"})
    note: Mapped[str] = mapped_column(Text, default="", info={"label": "Ghi chú"})


class SecuritySettings(Record):
    """The station's settings for this register (one row)."""

    __tablename__ = "security_settings"
    __label__ = "Cài đặt sổ tin báo"

    #: days within which a report must be handled (passed on or closed) before it is overdue
    report_deadline_days: Mapped[int] = mapped_column(
        Integer, default=3, info={"label": "Thời hạn xử lý tin báo (ngày)"}
    )
