"""Residents, households, residence events, residence files, the archive and loans (ORM)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.audit_state import ADDED_LATER
from desktop.db import Record

SEXES = {"M": "Nam", "F": "Nữ"}
STATUSES = {"living": "Đang sinh sống", "deceased": "Đã chết", "moved": "Đã chuyển đi"}
#: Luật Cư trú 68/2020/QH14 Điều 24 khoản 1 — the nine grounds for striking off a permanent registration
STRIKE_GROUNDS_2020 = {
    "a": "Điểm a: chết; có quyết định của Tòa án tuyên bố mất tích hoặc đã chết",
    "b": "Điểm b: ra nước ngoài để định cư",
    "c": "Điểm c: đã có quyết định hủy bỏ đăng ký thường trú (Điều 35)",
    "d": "Điểm d: vắng mặt liên tục tại nơi thường trú từ 12 tháng trở lên, không đăng ký tạm trú, "
    "không khai báo tạm vắng",
    "đ": "Điểm đ: được thôi, bị tước quốc tịch Việt Nam hoặc bị hủy quyết định cho nhập quốc tịch",
    "e": "Điểm e: đã chấm dứt thuê, mượn, ở nhờ từ 12 tháng mà chưa đăng ký thường trú ở chỗ ở mới",
    "g": "Điểm g: quyền sở hữu chỗ ở đã chuyển cho người khác từ 12 tháng mà chưa đăng ký thường trú "
    "ở chỗ ở mới",
    "h": "Điểm h: thường trú tại chỗ ở thuê, mượn, ở nhờ mà người cho thuê, cho mượn, cho ở nhờ "
    "không còn đồng ý",
    "i": "Điểm i: chỗ ở bị phá dỡ, tịch thu hoặc không còn tồn tại",
}
#: a ground of the repealed Luật Cư trú 2006 that records struck off before 1/7/2021 may hold (the
#: 0660 migration moved it here from code "e", which the 2020 law gives to another ground)
LEGACY_STRIKE_GROUNDS = {
    "e6": "Đã đăng ký thường trú ở nơi khác (căn cứ theo Luật Cư trú 2006, đã hết hiệu lực)",
}
#: every ground a record can hold (display, import, validation); new strike-offs use STRIKE_GROUNDS_2020
STRIKE_GROUNDS = {**STRIKE_GROUNDS_2020, **LEGACY_STRIKE_GROUNDS}
ID_CARD_STATUSES = {"none": "Chưa làm", "applied": "Đã nộp hồ sơ", "issued": "Đã cấp"}
#: the kind of card the person holds ('' = not recorded): the chip CCCD issued before 1/7/2024 stays
#: valid to its expiry; the căn cước card is issued since (Luật Căn cước 2023)
ID_CARD_KINDS = {"": "Chưa rõ", "cccd": "CCCD gắn chip", "can_cuoc": "Thẻ căn cước"}
VNEID_LEVELS = {0: "Chưa có", 1: "Mức 1", 2: "Mức 2"}
RELATIONS = (
    "Chủ hộ",
    "Vợ",
    "Chồng",
    "Con",
    "Cha",
    "Mẹ",
    "Ông",
    "Bà",
    "Cháu",
    "Anh",
    "Chị",
    "Em",
    "Con dâu",
    "Con rể",
    "Cha vợ",
    "Mẹ vợ",
    "Cha chồng",
    "Mẹ chồng",
    "Người ở nhờ",
    "Khác",
)
EVENT_KINDS = {
    "permanent": "Đăng ký thường trú",
    "temporary": "Đăng ký tạm trú",
    "absence": "Khai báo tạm vắng",
    "split": "Tách hộ",
    "correction": "Điều chỉnh thông tin",
    "strike_off": "Xóa đăng ký thường trú",
}
HOUSEHOLD_CHANGES = {"split": "Tách hộ", "merge": "Nhập hộ"}
LOCATION_KINDS = ("kho", "tủ", "kệ", "ngăn", "hộp")
DIGITISED = {"none": "Chưa số hóa", "partial": "Số hóa một phần", "done": "Đã số hóa"}


#: the longest ID number stored as written (a well-formed one has 12 digits)
ID_NUMBER_MAX = 32


class Household(Record):
    __tablename__ = "household"
    __label__ = "Hộ gia đình"

    number: Mapped[str] = mapped_column(String(40), default="", index=True)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id", ondelete="RESTRICT"), index=True)
    address: Mapped[str] = mapped_column(String(250), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")


#: the dates of the ID-card campaign's steps (``campaign.PERIOD_STEPS``), each indexed where set
CAMPAIGN_DATES = (
    "reviewed_date", "mobilised_date", "id_card_applied_date", "id_card_issued_date", "vneid2_date"
)


class Person(Record):
    __tablename__ = "person"
    __label__ = "Nhân khẩu"
    __table_args__ = (
        # display order, with every column the search box and its filters test: an index-only scan
        Index("ix_person_search", "name_key", "id", "search_key", "village_id", "status", "struck_off_date"),
        # the same without the search key: half the size, for lists without a search text
        Index("ix_person_order", "name_key", "id", "struck_off_date", "village_id", "status"),
        Index("ix_person_dup", "name_key", "birth_year", "birth_month", "birth_day", "struck_off_date"),
        # the register's order (by given name, the Vietnamese alphabet) for the residents list
        Index("ix_person_register", "order_key", "id"),
        # the ID-card campaign's steps by date (the monthly report counts a period's): only dated rows
        *(Index(f"ix_person_{c}", c, sqlite_where=text(f"{c} IS NOT NULL"),
                postgresql_where=text(f"{c} IS NOT NULL")) for c in CAMPAIGN_DATES),
    )

    full_name: Mapped[str] = mapped_column(String(120))
    other_name: Mapped[str] = mapped_column(String(120), default="")
    #: folded full name (duplicates, prefix search, sort order); byte order on both databases (SQLite's
    #: BINARY, PostgreSQL's "C"), so lists sort alike and a prefix is a range of ``ix_person_order``
    name_key: Mapped[str] = mapped_column(String(120).with_variant(String(120, collation="C"), "postgresql"))
    #: ``text.register_order_key`` of the full name: given name first, "Đ" after "D" (byte order)
    order_key: Mapped[str] = mapped_column(
        String(400).with_variant(String(400, collation="C"), "postgresql"), default=""
    )
    #: folded name + other name + ID + old IDs + phone + file numbers (as-you-type search)
    search_key: Mapped[str] = mapped_column(String(500))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_month: Mapped[int | None] = mapped_column(Integer)
    birth_day: Mapped[int | None] = mapped_column(Integer)
    sex: Mapped[str] = mapped_column(String(1))
    ethnic: Mapped[str] = mapped_column(String(40), default="Kinh")
    religion: Mapped[str] = mapped_column(String(60), default="Không")
    #: as written, up to ID_NUMBER_MAX characters: a malformed number is kept and flagged (id_issue);
    #: SQLite does not enforce a declared length, so only PostgreSQL's column was widened (import_0001)
    id_number: Mapped[str] = mapped_column(
        String(12).with_variant(String(ID_NUMBER_MAX), "postgresql"), default="", index=True
    )
    #: '' when the ID number is fine, else a code from idcard.ISSUES (kept in step by the services)
    id_issue: Mapped[str] = mapped_column(String(12), default="", index=True)
    phone: Mapped[str] = mapped_column(String(20), default="")
    occupation: Mapped[str] = mapped_column(String(120), default="")
    permanent_address: Mapped[str] = mapped_column(String(250), default="")
    temporary_address: Mapped[str] = mapped_column(String(250), default="")
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id", ondelete="RESTRICT"), index=True)
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"), index=True
    )
    relation: Mapped[str] = mapped_column(String(30), default="")
    status: Mapped[str] = mapped_column(String(10), default="living")
    death_date: Mapped[dt.date | None] = mapped_column(Date)
    death_reported_date: Mapped[dt.date | None] = mapped_column(Date)
    moved_date: Mapped[dt.date | None] = mapped_column(Date)
    struck_off_date: Mapped[dt.date | None] = mapped_column(Date)
    strike_ground: Mapped[str] = mapped_column(String(2), default="")
    id_card_status: Mapped[str] = mapped_column(String(8), default="none")
    id_card_applied_date: Mapped[dt.date | None] = mapped_column(Date)
    id_card_issued_date: Mapped[dt.date | None] = mapped_column(Date)
    id_card_kind: Mapped[str] = mapped_column(String(10), default="", info={ADDED_LATER: True})
    vneid_level: Mapped[int] = mapped_column(Integer, default=0)
    vneid2_date: Mapped[dt.date | None] = mapped_column(Date)
    reviewed_date: Mapped[dt.date | None] = mapped_column(Date)
    mobilised_date: Mapped[dt.date | None] = mapped_column(Date)
    mobilised_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id", ondelete="RESTRICT"))
    note: Mapped[str] = mapped_column(Text, default="")


class OldIdNumber(Record):
    """An old CMND number the person held (not unique across provinces)."""

    __tablename__ = "person_old_id"
    __label__ = "Số CMND cũ"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(12), index=True)  # a whole-number search looks it up
    note: Mapped[str] = mapped_column(String(200), default="")


class ResidenceEvent(Record):
    __tablename__ = "residence_event"
    __label__ = "Biến động cư trú"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12), index=True)
    event_date: Mapped[dt.date] = mapped_column(Date, index=True)
    reason: Mapped[str] = mapped_column(String(250), default="")
    form_ref: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class HouseholdChange(Record):
    """A split (tách hộ) or merge (nhập hộ): who moved from which household to which."""

    __tablename__ = "household_change"
    __label__ = "Tách, nhập hộ"

    kind: Mapped[str] = mapped_column(String(6))
    change_date: Mapped[dt.date] = mapped_column(Date, index=True)
    from_household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    to_household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    person_names: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(String(250), default="")


class QualityMark(Record):
    """ "Checked — not an error" for one person and one data-quality rule (revoked by an admin)."""

    __tablename__ = "quality_mark"
    __label__ = "Đánh dấu đã kiểm tra"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(24), index=True)
    reason: Mapped[str] = mapped_column(String(300))
    marked_by: Mapped[str] = mapped_column(String(40))
    marked_at: Mapped[dt.datetime] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    revoked_by: Mapped[str] = mapped_column(String(40), default="")
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class QualityIssue(Record):
    """One data problem as it was found and cleared over time (period figures)."""

    __tablename__ = "quality_issue"
    __label__ = "Lỗi dữ liệu"
    __audited__ = False
    __table_args__ = (Index("ix_quality_issue_open", "rule", "person_id", "cleared_on"),)

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(24))
    found_on: Mapped[dt.date] = mapped_column(Date, index=True)
    cleared_on: Mapped[dt.date | None] = mapped_column(Date, index=True)


class StorageLocation(Record):
    """A place in the archive: kho → tủ/kệ → ngăn → hộp."""

    __tablename__ = "archive_location"
    __label__ = "Vị trí lưu trữ"

    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("archive_location.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(80))


class ResidenceFile(Record):
    __tablename__ = "residence_file"
    __label__ = "Hồ sơ cư trú"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    number_key: Mapped[str] = mapped_column(String(40), index=True)
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="RESTRICT"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    location_id: Mapped[int | None] = mapped_column(
        ForeignKey("archive_location.id", ondelete="RESTRICT"), index=True
    )
    arranged_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    digitised: Mapped[str] = mapped_column(String(8), default="none")
    note: Mapped[str] = mapped_column(Text, default="")


class FileDocument(Record):
    """A paper inside a residence file (HK01, CT01, CT03 …)."""

    __tablename__ = "file_document"
    __label__ = "Giấy tờ trong hồ sơ"

    file_id: Mapped[int] = mapped_column(ForeignKey("residence_file.id", ondelete="CASCADE"), index=True)
    form_code: Mapped[str] = mapped_column(String(12), default="")
    title: Mapped[str] = mapped_column(String(200))
    doc_date: Mapped[dt.date | None] = mapped_column(Date)


class FileLoan(Record):
    __tablename__ = "file_loan"
    __label__ = "Phiếu mượn hồ sơ"
    __table_args__ = (
        # one open loan per file, enforced by the database as well as by the service
        Index(
            "uq_file_loan_open",
            "file_id",
            unique=True,
            sqlite_where=text("returned_date IS NULL"),
            postgresql_where=text("returned_date IS NULL"),
        ),
    )

    file_id: Mapped[int] = mapped_column(ForeignKey("residence_file.id", ondelete="RESTRICT"), index=True)
    borrower: Mapped[str] = mapped_column(String(120))
    borrower_unit: Mapped[str] = mapped_column(String(120), default="")
    purpose: Mapped[str] = mapped_column(String(250))
    out_date: Mapped[dt.date] = mapped_column(Date, index=True)
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    returned_date: Mapped[dt.date | None] = mapped_column(Date)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id", ondelete="RESTRICT"))
    return_officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id", ondelete="RESTRICT"))
    #: the written request the loan answers (giấy đề nghị, công văn: number, date, sender)
    request_ref: Mapped[str] = mapped_column(String(200), default="", info={ADDED_LATER: True})
