"""Table columns over schedule views: events (list view), incidents, hotspots."""

from __future__ import annotations

from desktop.gui.models.base import Column
from desktop.text import format_date, sort_key

COL_DATE, COL_TIME, COL_KIND, COL_TITLE, COL_PLACE, COL_OFFICERS, COL_STATUS, COL_RESULT = range(8)


def _result(e) -> str:  # type: ignore[no-untyped-def]
    if e.status == "cancelled":
        return f"Hủy: {e.cancel_reason}"
    if e.status != "done":
        return ""
    parts = []
    if e.attendance is not None:
        parts.append(f"{e.attendance} người dự")
    if e.violations:
        parts.append(f"{e.violations} vi phạm")
    if e.hotspots_found:
        parts.append(f"{e.hotspots_found} điểm nguy cơ")
    return ", ".join(parts) or "Đã thực hiện"


EVENT_COLUMNS = [
    Column("Ngày", lambda e: format_date(e.starts_at.date()), sort=lambda e: e.starts_at),
    Column("Giờ", lambda e: e.time_text),
    Column("Loại", lambda e: e.kind_text),
    Column(
        "Nội dung",
        lambda e: ("⚠ " if e.conflict else "") + e.title,
        sort=lambda e: sort_key(e.title),  # the warning sign does not move a row
        tooltip=lambda e: "Có cán bộ bị trùng lịch" if e.conflict else f"{e.title}\n{e.topics_text}".strip(),
    ),
    Column("Địa điểm", lambda e: e.place_text, tooltip=lambda e: e.place_text),
    Column("Cán bộ", lambda e: e.officers_text, tooltip=lambda e: e.officers_text),
    Column("Trạng thái", lambda e: e.status_text + (" (lặp lại)" if e.series_id else "")),
    Column("Kết quả", _result),
]

COL_I_TIME, COL_I_KIND, COL_I_CAUSE, COL_I_VILLAGE, COL_I_PEOPLE, COL_I_HANDLING = range(6)

INCIDENT_COLUMNS = [
    Column("Thời gian", lambda i: i.occurred_at.strftime("%d/%m/%Y %H:%M"), sort=lambda i: i.occurred_at),
    Column(
        "Phân loại",
        lambda i: ("⚠ " if i.needs_review else "") + i.class_text,
        sort=lambda i: sort_key(i.class_text),
        tooltip=lambda i: i.review_note or i.class_text,
    ),
    Column("Nguyên nhân", lambda i: i.cause_text),
    Column("Thôn, bon", lambda i: i.village_name or i.place),
    Column("Người liên quan", lambda i: i.people_text, tooltip=lambda i: i.summary),
    Column("Giải quyết", lambda i: i.handling_text),
]

COL_H_FOUND, COL_H_PLACE, COL_H_STATUS, COL_H_REPORTED, COL_H_FIX = range(5)

HOTSPOT_COLUMNS = [
    Column("Ngày phát hiện", lambda h: format_date(h.found_on)),
    Column("Vị trí", lambda h: h.place, tooltip=lambda h: h.description),
    Column("Tình trạng", lambda h: h.status_text + (f" ({format_date(h.fixed_on)})" if h.fixed_on else "")),
    Column("Đã báo cáo đến", lambda h: h.reported_to, tooltip=lambda h: h.reported_to),
    Column("Đề xuất khắc phục", lambda h: h.proposed_fix, tooltip=lambda h: h.proposed_fix),
]

