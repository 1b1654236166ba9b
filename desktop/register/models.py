"""The outgoing-document register (sổ đăng ký văn bản đi): one numbered line per document the
station issues, numbers unique within a calendar year whatever the document's kind."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db import Record

STATUSES = {"issued": "Đã phát hành", "voided": "Đã hủy"}


class OutgoingDocument(Record):
    __tablename__ = "outgoing_document"
    __label__ = "Văn bản đi"
    __table_args__ = (
        UniqueConstraint("year", "number"),
        Index("ix_outgoing_document_area_record_id", "area", "record_id"),
    )

    year: Mapped[int] = mapped_column(Integer, info={"label": "Năm"})
    number: Mapped[int] = mapped_column(Integer, info={"label": "Số"})
    kind_code: Mapped[str] = mapped_column(String(20), info={"label": "Ký hiệu loại văn bản"})
    unit_symbol: Mapped[str] = mapped_column(String(20), default="", info={"label": "Ký hiệu đơn vị"})
    doc_date: Mapped[dt.date] = mapped_column(Date, index=True, info={"label": "Ngày văn bản"})
    title: Mapped[str] = mapped_column(String(80), default="", info={"label": "Tên loại văn bản"})
    subject: Mapped[str] = mapped_column(Text, default="", info={"label": "Trích yếu"})
    signer: Mapped[str] = mapped_column(String(160), default="", info={"label": "Người ký"})
    #: the signature block as printed (authority lines, rank, name), so a reprint shows it again
    signer_authority: Mapped[str] = mapped_column(String(200), default="")
    signer_rank: Mapped[str] = mapped_column(String(40), default="")
    recipients: Mapped[str] = mapped_column(Text, default="", info={"label": "Nơi nhận"})
    copies: Mapped[int] = mapped_column(Integer, default=1, info={"label": "Số bản"})
    #: the record the document belongs to: "weapons.receipt" + id, or a key for a list/period
    area: Mapped[str] = mapped_column(String(40), default="", info={"label": "Loại hồ sơ"})
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": "Mã hồ sơ"})
    record_key: Mapped[str] = mapped_column(String(60), default="", info={"label": "Khóa hồ sơ"})
    hand_entered: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": "Lấy số bằng tay"})
    status: Mapped[str] = mapped_column(
        String(10), default="issued", index=True, info={"label": "Trạng thái"}
    )
    void_reason: Mapped[str] = mapped_column(Text, default="", info={"label": "Lý do hủy"})
    voided_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True, info={"label": "Ngày hủy"})
    note: Mapped[str] = mapped_column(Text, default="", info={"label": "Ghi chú"})
