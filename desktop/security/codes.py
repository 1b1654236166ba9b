"""Code lists of the security register: stable English codes → Vietnamese labels."""

from __future__ import annotations

#: kinds of report (Bộ luật Tố tụng hình sự 2015 Điều 144; Thông tư 28/2020/TT-BCA)
REPORT_KINDS: dict[str, str] = {
    "denunciation": "Tố giác về tội phạm",
    "information": "Tin báo về tội phạm",
    "prosecution_request": "Kiến nghị khởi tố",
}

REPORT_CHANNELS: dict[str, str] = {
    "in_person": "Trực tiếp",
    "phone": "Điện thoại",
    "letter": "Đơn, thư",
    "online": "Qua mạng, ứng dụng",
    "transferred": "Cơ quan, tổ chức chuyển đến",
}

REPORT_STATUSES: dict[str, str] = {
    "received": "Mới tiếp nhận",
    "verifying": "Đang xác minh",
    "transferred": "Đã chuyển cơ quan có thẩm quyền",
    "closed": "Đã giải quyết xong",
}

#: statuses that end the station's handling of a report (not overdue any more)
HANDLED = ("transferred", "closed")

MANAGED_CATEGORIES: dict[str, str] = {
    "after_prison": "Người chấp hành xong án phạt tù",
    "non_custodial": "Người được hưởng án treo, cải tạo không giam giữ",
    "commune_education": "Người bị giáo dục tại xã, phường",
    "drug_user": "Người sử dụng trái phép chất ma túy",
    "other": "Diện khác (ghi rõ)",
}

CONTACT_KINDS: dict[str, str] = {
    "summoned": "Gọi hỏi, làm việc",
    "visited": "Đến gặp, thăm nắm tình hình",
    "warned": "Răn đe, cảnh cáo",
    "criticised": "Kiểm điểm trước cộng đồng",
}
