"""Code lists of the schedule area: stable English codes → Vietnamese labels."""

from __future__ import annotations

EVENT_KINDS: dict[str, str] = {
    "patrol": "Tuần tra, kiểm soát",
    "village_meeting": "Họp thôn, bon, tổ dân phố",
    "outreach": "Tuyên truyền",
    "campaign": "Ra quân",
    "festival": "Ngày hội",
    "forum": "Diễn đàn",
    "support": "Hỗ trợ nhân dân",
    "other": "Khác",
}

EVENT_STATUSES: dict[str, str] = {"planned": "Kế hoạch", "done": "Đã thực hiện", "cancelled": "Đã hủy"}

TOPICS: dict[str, str] = {
    "fraud": "Phòng, chống lừa đảo",
    "drugs": "Phòng, chống ma túy",
    "trafficking": "Phòng, chống mua bán người",
    "traffic": "An toàn giao thông",
    "military_service": "Nghĩa vụ quân sự",
    "weapons": "Giao nộp vũ khí, vật liệu nổ",
    "id_card": "Căn cước, định danh điện tử",
    "law": "Phổ biến pháp luật khác",
}

PARTNER_FORCES: tuple[str, ...] = (
    "Dân quân",
    "Bảo vệ ANTT ở cơ sở",
    "Đoàn thanh niên",
    "Hội Cựu chiến binh",
    "Hội Phụ nữ",
    "Ban tự quản thôn, bon",
    "Quân sự xã",
)

INCIDENT_KINDS: dict[str, str] = {
    "fight": "Đánh nhau",
    "theft": "Trộm cắp",
    "disorder": "Gây rối trật tự",
    "traffic_accident": "Tai nạn giao thông",
    "dispute": "Tranh chấp",
    "other": "Khác",
}

INCIDENT_CAUSES: dict[str, str] = {
    "alcohol": "Rượu bia",
    "personal_conflict": "Mâu thuẫn cá nhân",
    "land": "Đất đai",
    "property": "Tài sản, nợ nần",
    "family": "Mâu thuẫn gia đình",
    "other": "Khác",
    "unknown": "Chưa rõ",
}

HANDLINGS: dict[str, str] = {
    "mediation": "Hòa giải",
    "warning": "Nhắc nhở",
    "administrative_fine": "Xử phạt hành chính",
    "transferred": "Chuyển cơ quan điều tra",
    "pending": "Đang giải quyết",
}

HOTSPOT_STATUSES: dict[str, str] = {"open": "Chưa khắc phục", "fixed": "Đã khắc phục"}

WEEKDAYS: tuple[str, ...] = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
WEEKDAYS_SHORT: tuple[str, ...] = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
