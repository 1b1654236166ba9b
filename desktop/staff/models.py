"""Officers (cán bộ, chiến sĩ). Other areas refer to them by ``officer.id``."""

from __future__ import annotations

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db import Record

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
