"""Community-support projects (an sinh xã hội, "dân vận khéo"): projects for households in
hardship, donors and what they gave, officers' labour days, photos before and after."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db import Record

#: default kinds of project: stable code (figures keys) → Vietnamese name. Stations may add more.
DEFAULT_KINDS: tuple[tuple[str, str], ...] = (
    ("house", "Xây, sửa nhà"),
    ("yard", "Làm sân"),
    ("sanitation", "Công trình vệ sinh"),
    ("gift", "Tặng quà"),
    ("livelihood", "Hỗ trợ sinh kế"),
    ("scholarship", "Học bổng"),
    ("other", "Khác"),
)

HARDSHIPS: dict[str, str] = {
    "poor": "Hộ nghèo",
    "near_poor": "Hộ cận nghèo",
    "policy": "Gia đình chính sách",
    "difficult": "Hoàn cảnh khó khăn",
}

STATUSES: dict[str, str] = {
    "proposed": "Đề xuất",
    "in_progress": "Đang thực hiện",
    "completed": "Đã hoàn thành",
    "cancelled": "Đã hủy",
}

DONOR_KINDS: dict[str, str] = {
    "person": "Cá nhân",
    "business": "Doanh nghiệp, cơ sở kinh doanh",
    "organisation": "Cơ quan, tổ chức",
}

DONOR_SEXES: dict[str, str] = {"M": "Nam", "F": "Nữ"}

CONTRIBUTION_KINDS: dict[str, str] = {"cash": "Tiền mặt", "material": "Hiện vật, vật liệu"}

PHOTO_STAGES: dict[str, str] = {"before": "Trước khi làm", "after": "Sau khi làm"}


class ProjectKind(Record):
    __tablename__ = "support_kind"
    __label__ = "Loại công trình hỗ trợ"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    name_key: Mapped[str] = mapped_column(String(80), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=100)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Project(Record):
    __tablename__ = "support_project"
    __label__ = "Công trình, phần việc hỗ trợ"

    title: Mapped[str] = mapped_column(String(200))
    title_key: Mapped[str] = mapped_column(String(200), index=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("support_kind.id", ondelete="RESTRICT"), index=True)
    #: the beneficiary household of the register; None while the clerk has not linked it (the typed
    #: head name below is then all there is: a household outside the register, or one to resolve)
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"), nullable=True, index=True
    )
    #: the schedule event at which the project was handed over or the gifts given (optional)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"), nullable=True,
                                                 index=True)
    # The head of the beneficiary household as printed (the register's head when linked).
    head_name: Mapped[str] = mapped_column(String(120))
    head_key: Mapped[str] = mapped_column(String(120), index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    village_id: Mapped[int] = mapped_column(ForeignKey("village.id", ondelete="RESTRICT"), index=True)
    hardship: Mapped[str] = mapped_column(String(20))
    ethnic_minority: Mapped[bool] = mapped_column(Boolean, default=False)
    ethnicity: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(20), default="proposed", index=True)
    start_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    completed_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    size_value: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    size_unit: Mapped[str] = mapped_column(String(20), default="")
    description: Mapped[str] = mapped_column(Text, default="")


class Donor(Record):
    __tablename__ = "support_donor"
    __label__ = "Nhà hảo tâm, đơn vị tài trợ"

    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="person")
    #: "M" or "F" for a person ("ông", "bà" in letters); "" for a body or when not recorded
    sex: Mapped[str] = mapped_column(String(1), default="")
    contact_person: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Contribution(Record):
    """Cash (VND) or materials (item, quantity, unit, estimated value) a donor gave to a project.

    ``pledged_vnd`` is the amount (or estimated value of the materials) promised, ``received_vnd``
    what has actually arrived, on ``received_date``."""

    __tablename__ = "support_contribution"
    __label__ = "Đóng góp"

    project_id: Mapped[int] = mapped_column(ForeignKey("support_project.id", ondelete="CASCADE"), index=True)
    donor_id: Mapped[int] = mapped_column(ForeignKey("support_donor.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    item: Mapped[str] = mapped_column(String(120), default="")
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    unit: Mapped[str] = mapped_column(String(20), default="")
    pledged_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    received_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    received_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class LabourEntry(Record):
    """Days an officer worked on a project (ngày công)."""

    __tablename__ = "support_labour"
    __label__ = "Ngày công của cán bộ"

    project_id: Mapped[int] = mapped_column(ForeignKey("support_project.id", ondelete="CASCADE"), index=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officer.id", ondelete="RESTRICT"), index=True)
    days: Mapped[Decimal] = mapped_column(Numeric(6, 1))
    work_date: Mapped[dt.date] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class Photo(Record):
    """A photo before or after, copied into ``media_dir()/support/<project id>/``."""

    __tablename__ = "support_photo"
    __label__ = "Ảnh công trình"

    project_id: Mapped[int] = mapped_column(ForeignKey("support_project.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(10))
    file_name: Mapped[str] = mapped_column(String(120))
    original_name: Mapped[str] = mapped_column(String(255), default="")
    size_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    caption: Mapped[str] = mapped_column(String(200), default="")
