"""Weapons register: receipts (biên bản tiếp nhận), items, the chain of custody,
handovers, stocktakes, categories and the station's weapons settings.

The custody event table is append-only: every movement of an item is a new row.
Each item also carries its current state (status, holder, location), written in the
same transaction as the event that produced it, so lists never have to replay events.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db import Base, Record
from desktop.errors import CaxaError

#: how an item came to the station
ORIGINS: dict[str, str] = {
    "voluntary": "Tự nguyện giao nộp",
    "found": "Phát hiện vô chủ",
    "seized": "Tạm giữ, thu giữ tại chỗ",
    "transferred": "Đơn vị khác chuyển đến",
}

#: the part the person named on a receipt plays, by origin (who signs, and as what)
PERSON_ROLES: dict[str, str] = {
    "voluntary": "Người giao nộp",
    "found": "Người phát hiện",
    "seized": "Người vi phạm / người có đồ vật",
    "transferred": "Đại diện đơn vị chuyển đến",
}

#: units; True when the quantity must be a whole number of pieces
UNITS: dict[str, bool] = {
    "khẩu": True,
    "viên": True,
    "quả": True,
    "cái": True,
    "bộ": True,
    "kg": False,
    "mét": False,
}

#: item status (denormalised from the last custody event)
STATUSES: dict[str, str] = {
    "at_station": "Đang lưu giữ tại đơn vị",
    "out": "Đang mang đi giám định/kiểm tra",
    "handed_over": "Đã bàn giao",
    "destroyed": "Đã tiêu hủy",
    "voided": "Thuộc biên bản đã hủy",
}

#: custody event kinds
EVENT_KINDS: dict[str, str] = {
    "received": "Tiếp nhận",
    "stored": "Chuyển nơi cất giữ",
    "taken_out": "Mang đi giám định/kiểm tra",
    "returned": "Nhận lại sau giám định",
    "handed_over": "Bàn giao",
    "destroyed": "Tiêu hủy",
    "voided": "Biên bản bị hủy",
}

#: the domain list of categories with their usual unit (seeded by the migration)
DEFAULT_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("súng kíp", "khẩu"),
    ("súng cồn tự chế", "khẩu"),
    ("súng hơi", "khẩu"),
    ("súng săn", "khẩu"),
    ("súng quân dụng", "khẩu"),
    ("vũ khí thể thao", "khẩu"),
    ("linh kiện súng", "cái"),
    ("đạn", "viên"),
    ("đạn chì", "kg"),
    ("lựu đạn", "quả"),
    ("bom mìn / vật nổ", "quả"),
    ("thuốc nổ", "kg"),
    ("kíp nổ", "cái"),
    ("dây nổ", "mét"),
    ("dây cháy chậm", "mét"),
    ("phụ kiện nổ khác", "cái"),
    ("vũ khí thô sơ", "cái"),
    ("dao có tính sát thương cao", "cái"),
    ("công cụ hỗ trợ", "cái"),
    ("pháo", "kg"),
    ("khác", "cái"),
)


class WeaponCategory(Record):
    __tablename__ = "weapon_category"
    __label__ = "Loại vũ khí, vật liệu nổ"

    name: Mapped[str] = mapped_column(String(80))
    name_key: Mapped[str] = mapped_column(String(80), unique=True)
    default_unit: Mapped[str] = mapped_column(String(10), default="cái")
    sort_order: Mapped[int] = mapped_column(Integer, default=100)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class WeaponSettings(Record):
    """One row (id 1): the receipt's fixed wording and the destruction policy."""

    __tablename__ = "weapon_settings"
    __label__ = "Cài đặt sổ vũ khí"

    receipt_intro: Mapped[str] = mapped_column(Text, default="")
    receipt_closing: Mapped[str] = mapped_column(Text, default="")
    handover_intro: Mapped[str] = mapped_column(Text, default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="", info={"label": "Căn cứ pháp lý"})
    allow_direct_destruction: Mapped[bool] = mapped_column(Boolean, default=False)


class WeaponReceipt(Record):
    __tablename__ = "weapon_receipt"
    __label__ = "Biên bản tiếp nhận vũ khí"
    __table_args__ = (UniqueConstraint("year", "number"),)

    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    event_text: Mapped[str] = mapped_column(String(200), default="")
    event_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    origin: Mapped[str] = mapped_column(String(20))
    owner_unknown: Mapped[bool] = mapped_column(Boolean, default=False)
    person_name: Mapped[str] = mapped_column(String(120), default="")
    person_key: Mapped[str] = mapped_column(String(120), default="", index=True)
    person_id_number: Mapped[str] = mapped_column(String(12), default="")
    person_address: Mapped[str] = mapped_column(String(250), default="")
    # links to the register (the typed text above stays as printed and signed); a migrated receipt whose
    # typed name or event matched no single record keeps its text and is flagged for the clerk
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True,
        info={"label": "Người trong sổ nhân khẩu"},
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), nullable=True, index=True,
        info={"label": "Hoạt động trong lịch"},
    )
    person_unlinked: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": "Chưa gắn người"})
    event_unlinked: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": "Chưa gắn sự kiện"})
    drafted_by: Mapped[int | None] = mapped_column(
        ForeignKey("officer.id", ondelete="RESTRICT"), nullable=True, index=True,
        info={"label": "Người lập biên bản"},
    )
    sanction_number: Mapped[str] = mapped_column(
        String(60), default="", info={"label": "Số quyết định tịch thu"}
    )
    sanction_date: Mapped[dt.date | None] = mapped_column(
        Date, nullable=True, info={"label": "Ngày quyết định tịch thu"}
    )
    witnesses: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    photos: Mapped[str] = mapped_column(Text, default="")
    printed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    voided_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_by: Mapped[str] = mapped_column(String(40), default="")


class WeaponReceiptOfficer(Record):
    __tablename__ = "weapon_receipt_officer"
    __label__ = "Cán bộ tiếp nhận"
    __table_args__ = (UniqueConstraint("receipt_id", "officer_id"),)

    receipt_id: Mapped[int] = mapped_column(ForeignKey("weapon_receipt.id", ondelete="CASCADE"), index=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officer.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class WeaponItem(Record):
    __tablename__ = "weapon_item"
    __label__ = "Vũ khí, vật liệu nổ"
    __table_args__ = (UniqueConstraint("year", "seq"),)

    receipt_id: Mapped[int] = mapped_column(ForeignKey("weapon_receipt.id", ondelete="RESTRICT"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    category_id: Mapped[int] = mapped_column(
        ForeignKey("weapon_category.id", ondelete="RESTRICT"), index=True
    )
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3))
    unit: Mapped[str] = mapped_column(String(10))
    description: Mapped[str] = mapped_column(Text, default="")
    markings: Mapped[str] = mapped_column(String(250), default="")
    condition: Mapped[str] = mapped_column(String(250), default="")
    seal_number: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    photos: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    # current state, kept equal to what the last custody event says
    status: Mapped[str] = mapped_column(String(20), default="at_station", index=True)
    holder: Mapped[str] = mapped_column(String(200), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    last_event_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class WeaponItemCounter(Base):
    """The last item sequence number used per year, so that an identifier printed on a label
    is never given to another item, even after an unprinted receipt was deleted."""

    __tablename__ = "weapon_item_counter"
    __audited__ = False

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, default=0)


class WeaponHandover(Record):
    """A handover record (biên bản bàn giao) to PC06, the military or another unit."""

    __tablename__ = "weapon_handover"
    __label__ = "Biên bản bàn giao vũ khí"
    __table_args__ = (UniqueConstraint("year", "number"),)

    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    handed_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    receiving_unit: Mapped[str] = mapped_column(String(200))
    receiving_unit_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    their_number: Mapped[str] = mapped_column(String(60), default="")
    receiver_name: Mapped[str] = mapped_column(String(120), default="")
    receiver_rank: Mapped[str] = mapped_column(String(40), default="", info={"label": "Cấp bậc người nhận"})
    receiver_position: Mapped[str] = mapped_column(
        String(120), default="", info={"label": "Chức vụ người nhận"}
    )
    deliverer_name: Mapped[str] = mapped_column(String(120), default="")
    deliverer_id: Mapped[int | None] = mapped_column(
        ForeignKey("officer.id", ondelete="RESTRICT"), nullable=True, index=True,
        info={"label": "Đại diện bên giao"},
    )
    place: Mapped[str] = mapped_column(String(200), default="", info={"label": "Địa điểm bàn giao"})
    notes: Mapped[str] = mapped_column(Text, default="")
    printed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class CustodyEvent(Record):
    """One movement of one item. Rows are never changed or deleted (see the guard below)."""

    __tablename__ = "weapon_custody_event"
    __label__ = "Diễn biến lưu giữ vũ khí"
    __table_args__ = (UniqueConstraint("item_id", "seq"),)

    item_id: Mapped[int] = mapped_column(ForeignKey("weapon_item.id", ondelete="RESTRICT"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    holder: Mapped[str] = mapped_column(String(200), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    handover_id: Mapped[int | None] = mapped_column(
        ForeignKey("weapon_handover.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    seal_number: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(40), default="")


class WeaponStocktake(Record):
    __tablename__ = "weapon_stocktake"
    __label__ = "Biên bản kiểm kê vũ khí"

    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    started_at: Mapped[dt.datetime | None] = mapped_column(
        DateTime, nullable=True, info={"label": "Bắt đầu lúc"}
    )
    members: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    printed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class WeaponStocktakeLine(Record):
    __tablename__ = "weapon_stocktake_line"
    __label__ = "Dòng kiểm kê"
    __table_args__ = (UniqueConstraint("stocktake_id", "item_id"),)

    stocktake_id: Mapped[int] = mapped_column(
        ForeignKey("weapon_stocktake.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("weapon_item.id", ondelete="RESTRICT"), index=True)
    expected_status: Mapped[str] = mapped_column(String(20))
    found: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    note: Mapped[str] = mapped_column(String(250), default="")


class AppendOnlyError(CaxaError):
    pass


#: set ``session.info[PURGE_FLAG] = True`` to delete the events of a never-printed receipt
PURGE_FLAG = "weapons_purge_unprinted"


@event.listens_for(CustodyEvent, "before_update")
def _no_update(_mapper: Any, _conn: Any, target: CustodyEvent) -> None:
    raise AppendOnlyError("Diễn biến lưu giữ đã ghi thì không sửa được; hãy ghi thêm một diễn biến mới.")


@event.listens_for(CustodyEvent, "before_delete")
def _no_delete(_mapper: Any, conn: Any, target: CustodyEvent) -> None:
    if not conn.info.get(PURGE_FLAG):
        raise AppendOnlyError("Diễn biến lưu giữ đã ghi thì không xóa được.")
