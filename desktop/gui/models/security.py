"""Table columns over the security register's views: reports received, managed persons and their
contacts, residence checks, lodging notices."""

from __future__ import annotations

from desktop.gui.models.base import Column
from desktop.text import format_date, format_datetime

REPORT_COLUMNS = [
    Column("Số", lambda r: r.number_text, sort=lambda r: (r.year, r.number)),
    Column("Tiếp nhận", lambda r: format_datetime(r.received_at), sort=lambda r: r.received_at),
    Column("Hình thức", lambda r: r.channel_text),
    Column("Loại", lambda r: r.kind_text),
    Column("Người báo tin", lambda r: r.source_name, tooltip=lambda r: r.source_contact or r.source_name),
    Column("Nội dung", lambda r: r.content, tooltip=lambda r: r.content),
    Column("Cán bộ tiếp nhận", lambda r: r.officer_name),
    Column(
        "Tình trạng",
        lambda r: ("⚠ " if r.overdue else "") + r.status_text,
        tooltip=lambda r: f"Hạn xử lý: {format_date(r.due_on)}",
    ),
]

MANAGED_COLUMNS = [
    Column("Họ tên", lambda m: m.person_name),
    Column("Ngày sinh", lambda m: m.birth_text),  # a date, or the year when only that is known
    Column("Thôn, bon", lambda m: m.village_label),
    Column("Diện quản lý", lambda m: m.category_text, tooltip=lambda m: m.decision),
    Column("Từ ngày", lambda m: format_date(m.starts_on), sort=lambda m: m.starts_on),
    Column(
        "Đến ngày",
        lambda m: format_date(m.ends_on) if m.ends_on else "đang quản lý",
        sort=lambda m: m.ends_on or m.starts_on.max,
    ),
    Column("Cán bộ phụ trách", lambda m: m.officer_name),
    Column("Lần làm việc", lambda m: str(m.contacts), align="right", sort=lambda m: m.contacts),
]

CONTACT_COLUMNS = [
    Column("Ngày", lambda c: format_date(c.contact_date), sort=lambda c: c.contact_date),
    Column("Hình thức", lambda c: c.kind_text),
    Column("Cán bộ", lambda c: c.officer_name),
    Column("Nội dung", lambda c: c.note, tooltip=lambda c: c.note),
]

CHECK_COLUMNS = [
    Column("Ngày kiểm tra", lambda c: format_date(c.checked_on), sort=lambda c: c.checked_on),
    Column("Thôn, bon", lambda c: c.village_name),
    Column("Cán bộ", lambda c: c.officers_text, tooltip=lambda c: c.officers_text),
    Column("Số hộ", lambda c: str(c.households_checked), align="right", sort=lambda c: c.households_checked),
    Column("Phòng trọ", lambda c: str(c.rooms_checked), align="right", sort=lambda c: c.rooms_checked),
    Column("Vi phạm", lambda c: str(c.violations), align="right", sort=lambda c: c.violations),
    Column("Kết quả", lambda c: c.note, tooltip=lambda c: c.note),
]

LODGING_COLUMNS = [
    Column("Ngày tiếp nhận", lambda n: format_date(n.received_on), sort=lambda n: n.received_on),
    Column("Người lưu trú", lambda n: n.guest_name),
    Column("Nơi lưu trú", lambda n: n.place, tooltip=lambda n: n.village_name),
    Column("Từ ngày", lambda n: format_date(n.from_date), sort=lambda n: n.from_date),
    Column("Đến ngày", lambda n: format_date(n.to_date) if n.to_date else ""),
    Column("Ghi chú", lambda n: n.note, tooltip=lambda n: n.note),
]
