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

#: the classes of an incident as the law sorts them (Bộ luật Hình sự 2015; Luật Xử lý vi phạm hành chính)
INCIDENT_CLASSES: dict[str, str] = {
    "crime": "Tội phạm (phạm pháp hình sự)",
    "violation": "Vi phạm hành chính",
    "traffic_accident": "Tai nạn, va chạm giao thông",
    "fire": "Cháy, nổ",
    "dispute": "Mâu thuẫn, tranh chấp",
    "other": "Khác",
}

#: kinds of crime the monthly report counts (BLHS 2015: Điều 168 cướp tài sản, 171 cướp giật,
#: 173 trộm cắp, 174 lừa đảo, 321 đánh bạc; injury and drugs named without article numbers)
CRIME_KINDS: dict[str, str] = {
    "theft": "Trộm cắp tài sản",
    "injury": "Cố ý gây thương tích",
    "fraud": "Lừa đảo chiếm đoạt tài sản (cả trên mạng)",
    "robbery": "Cướp, cướp giật tài sản",
    "drugs": "Ma túy",
    "gambling": "Đánh bạc, tổ chức đánh bạc",
    "other": "Tội phạm khác",
}

#: fields of administrative violations (neutral wording; the decrees' chapter names are not copied, and no
#: decree number is printed, so nothing here changes when a decree is replaced). Checked (session 20): the
#: security/order decree Nghị định 144/2021/NĐ-CP (31/12/2021) was replaced by Nghị định 282/2025/NĐ-CP
#: "ngày 30/10/2025 … quy định xử phạt vi phạm hành chính trong lĩnh vực an ninh, trật tự, an toàn xã hội;
#: phòng, chống tệ nạn xã hội; phòng, chống bạo lực gia đình, thay thế Nghị định số 144/2021/NĐ-CP. Nghị định
#: mới có hiệu lực từ ngày 15/12/2025" (https://phapluatplus.baophapluat.vn/quyet-tam-thuc-hien-hieu-qua-nghi-
#: dinh-2822025nd-cp-ve-xu-phat-vi-pham-ve-vu-khi-vat-lieu-no-va-phao-tren-dia-ban-ca-mau-230394.html); its
#: Điều 8 "vi phạm quy định về trật tự công cộng" and Điều 10 "đăng ký và quản lý cư trú" (public_order,
#: residence), its weapons/explosives/support tools/fireworks articles (weapons) and its "phòng, chống tệ nạn
#: xã hội" part (gambling) fit these fields; traffic falls under another decree (not checked here).
VIOLATION_FIELDS: dict[str, str] = {
    "public_order": "Trật tự công cộng",
    "traffic": "Giao thông đường bộ",
    "drugs": "Phòng, chống ma túy",
    "gambling": "Cờ bạc, tệ nạn xã hội",
    "residence": "Cư trú, giấy tờ tùy thân",
    "weapons": "Vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo",
    "other": "Lĩnh vực khác",
}

INCIDENT_ROLES: dict[str, str] = {
    "involved": "Người liên quan, vi phạm",
    "victim": "Bị hại",
    "witness": "Người làm chứng",
    "reporter": "Người báo tin",
}

HOTSPOT_STATUSES: dict[str, str] = {"open": "Chưa khắc phục", "fixed": "Đã khắc phục"}

WEEKDAYS: tuple[str, ...] = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
WEEKDAYS_SHORT: tuple[str, ...] = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


def nearest_class(kind: str, handling: str = "") -> tuple[str, str, str]:
    """(class, crime kind, violation field) nearest one of the old six kinds (the migration's rule)."""
    if kind == "theft":
        return ("violation", "", "other") if handling == "administrative_fine" else ("crime", "theft", "")
    return {
        "fight": ("violation", "", "public_order"),
        "disorder": ("violation", "", "public_order"),
        "traffic_accident": ("traffic_accident", "", ""),
        "dispute": ("dispute", "", ""),
    }.get(kind, ("other", "", ""))


def kind_of(klass: str, crime_kind: str, violation_field: str) -> str:
    """The old kind a classification falls under (``incidents.by_kind`` of the schedule figures)."""
    if klass == "crime":
        return {"theft": "theft", "robbery": "theft", "injury": "fight"}.get(crime_kind, "other")
    if klass == "violation":
        return "disorder" if violation_field == "public_order" else "other"
    return klass if klass in ("traffic_accident", "dispute") else "other"


def class_text(klass: str, crime_kind: str = "", violation_field: str = "") -> str:
    """'Tội phạm: Trộm cắp tài sản', 'Vi phạm hành chính: Trật tự công cộng', 'Cháy, nổ' …"""
    if klass == "crime" and crime_kind:
        return f"Tội phạm: {CRIME_KINDS.get(crime_kind, crime_kind)}"
    if klass == "violation" and violation_field:
        return f"Vi phạm hành chính: {VIOLATION_FIELDS.get(violation_field, violation_field)}"
    return INCIDENT_CLASSES.get(klass, klass)
