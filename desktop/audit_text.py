"""The audit log as a clerk reads it: Vietnamese field names and values ("Hoàn cảnh: (trống) →
Hộ nghèo", not "hardship: None → poor"; "Thấy: Có", not "found: ∅ → True").

The log stores each change under the column's ``info["label"]`` when the model declares one and
under the column's name otherwise; both are read here. Code values are shown through the areas'
own code tables (the same the pages use), dates as dd/mm/yyyy, flags as Có/Không.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from typing import Any

#: column names the models do not label themselves
FIELD_LABELS: dict[str, str] = {
    "active": "Đang dùng", "address": "Địa chỉ", "allow_direct_destruction": "Cho tiêu hủy trực tiếp",
    "arranged_date": "Ngày sắp xếp", "at": "Thời điểm", "birth_day": "Ngày sinh (ngày)",
    "birth_month": "Ngày sinh (tháng)", "birth_year": "Năm sinh", "birth_date": "Ngày sinh",
    "borrower": "Người mượn", "borrower_unit": "Đơn vị mượn", "builtin": "Có sẵn",
    "caption": "Chú thích", "category_id": "Loại vũ khí", "change_date": "Ngày thay đổi",
    "closed_at": "Kết thúc lúc", "code": "Mã", "completed_date": "Ngày hoàn thành",
    "condition": "Tình trạng", "contact_person": "Người liên hệ", "created_at": "Tạo lúc",
    "days": "Số ngày công", "death_date": "Ngày chết", "death_reported_date": "Ngày khai tử",
    "decision_number": "Số quyết định", "default_unit": "Đơn vị tính", "deliverer_name": "Người giao",
    "description": "Mô tả", "digitised": "Số hóa", "doc_date": "Ngày giấy tờ", "donor_id": "Nhà tài trợ",
    "due_date": "Hạn trả", "ethnic": "Dân tộc", "ethnic_minority": "Dân tộc thiểu số",
    "ethnicity": "Dân tộc", "event_date": "Ngày biến động", "event_text": "Sự kiện",
    "expected_status": "Trạng thái theo sổ", "failed_count": "Số lần đăng nhập sai",
    "file_id": "Hồ sơ", "file_name": "Tệp", "form_code": "Mẫu", "form_ref": "Số giấy tờ",
    "found": "Kiểm thấy", "from_household_id": "Từ hộ", "full_name": "Họ và tên",
    "handed_at": "Ngày bàn giao", "handover_id": "Biên bản bàn giao", "handover_intro": "Lời văn bàn giao",
    "hardship": "Hoàn cảnh", "head_name": "Chủ hộ", "held_on": "Ngày kiểm kê", "holder": "Người giữ",
    "household_id": "Hộ", "id_card_applied_date": "Ngày nộp hồ sơ căn cước",
    "id_card_issued_date": "Ngày cấp căn cước", "id_card_status": "Căn cước", "id_issue": "Lỗi số định danh",
    "id_number": "Số định danh", "item": "Hiện vật", "item_id": "Vật phẩm", "kind": "Loại",
    "kind_id": "Loại công trình", "last_event_at": "Lần di chuyển gần nhất",
    "last_login_at": "Đăng nhập gần nhất", "line_no": "Dòng", "location": "Nơi cất giữ",
    "location_id": "Vị trí lưu trữ", "locked_until": "Tạm khóa đến", "marked_at": "Đánh dấu lúc",
    "marked_by": "Người đánh dấu", "markings": "Ký hiệu, số hiệu", "members": "Thành viên",
    "mobilised_by": "Người vận động", "mobilised_date": "Ngày vận động", "moved_date": "Ngày chuyển đi",
    "name": "Tên", "note": "Ghi chú", "notes": "Ghi chú", "number": "Số", "occupation": "Nghề nghiệp",
    "occurrence_date": "Ngày của lần lặp", "officer_id": "Cán bộ", "origin": "Nguồn",
    "original_name": "Tên tệp gốc", "other_name": "Tên gọi khác", "out_date": "Ngày cho mượn",
    "owner_unknown": "Không rõ chủ", "parent_id": "Thuộc", "permanent_address": "Nơi thường trú",
    "person_address": "Địa chỉ người giao", "person_id": "Nhân khẩu",
    "person_id_number": "Số định danh người giao", "person_name": "Người giao nộp",
    "person_names": "Những người", "phone": "Điện thoại", "photos": "Ảnh", "place": "Địa điểm",
    "pledged_vnd": "Cam kết (đồng)", "position": "Chức vụ", "printed_at": "In lúc",
    "project_id": "Công trình", "purpose": "Mục đích", "quantity": "Số lượng", "reason": "Lý do",
    "receipt_closing": "Lời kết biên bản", "receipt_id": "Biên bản", "receipt_intro": "Lời mở biên bản",
    "received_at": "Tiếp nhận lúc", "received_date": "Ngày nhận", "received_vnd": "Đã nhận (đồng)",
    "receiver_name": "Người nhận", "receiving_unit": "Đơn vị nhận", "recorded_by": "Người ghi",
    "relation": "Quan hệ với chủ hộ", "religion": "Tôn giáo", "return_officer_id": "Cán bộ nhận lại",
    "returned_date": "Ngày trả", "reviewed_date": "Ngày rà soát", "revoked_at": "Bỏ đánh dấu lúc",
    "revoked_by": "Người bỏ đánh dấu", "rule": "Loại lỗi", "seal_number": "Số niêm phong", "seq": "Thứ tự",
    "series_id": "Chuỗi lặp", "sex": "Giới tính", "size_bytes": "Dung lượng (byte)",
    "size_unit": "Đơn vị quy mô", "size_value": "Quy mô", "sort_order": "Thứ tự", "stage": "Giai đoạn",
    "start_date": "Ngày khởi công", "status": "Trạng thái", "stocktake_id": "Đợt kiểm kê",
    "strike_ground": "Căn cứ xóa đăng ký", "struck_off_date": "Ngày xóa đăng ký",
    "temporary_address": "Nơi tạm trú", "their_number": "Số văn bản bên nhận", "title": "Tên",
    "to_household_id": "Sang hộ", "unit": "Đơn vị tính", "updated_at": "Sửa lúc", "version": "Phiên bản",
    "village_id": "Thôn, bon", "vneid2_date": "Ngày kích hoạt VNeID mức 2", "vneid_level": "VNeID",
    "void_reason": "Lý do hủy", "voided_at": "Hủy lúc", "voided_by": "Người hủy",
    "witnesses": "Người chứng kiến", "work_date": "Ngày làm", "year": "Năm", "role": "Vai trò",
    "username": "Tên đăng nhập",
    "id_card_kind": "Loại thẻ căn cước",
    "request_ref": "Văn bản đề nghị mượn",
}

_EMPTY = "(trống)"


@functools.cache
def _codes() -> dict[str, Mapping[Any, str]]:
    """Code tables by the field they fill, from the areas themselves (read once)."""
    from desktop import accounts
    from desktop.residents import models as residents
    from desktop.schedule import codes as schedule
    from desktop.support import models as support
    from desktop.weapons import models as weapons

    tables: dict[str, Mapping[Any, str]] = {
        "role": accounts.ROLES,
        "sex": residents.SEXES,
        "strike_ground": residents.STRIKE_GROUNDS,
        "id_card_status": residents.ID_CARD_STATUSES,
        "id_card_kind": residents.ID_CARD_KINDS,
        "vneid_level": residents.VNEID_LEVELS,
        "digitised": residents.DIGITISED,
        "hardship": support.HARDSHIPS,
        "stage": support.PHOTO_STAGES,
        "origin": weapons.ORIGINS,
    }
    # the same field name means different codes in different tables
    tables["person.status"] = residents.STATUSES
    tables["support_project.status"] = support.STATUSES
    tables["weapon_item.status"] = weapons.STATUSES
    tables["event.status"] = schedule.EVENT_STATUSES
    tables["residence_event.kind"] = residents.EVENT_KINDS
    tables["household_change.kind"] = residents.HOUSEHOLD_CHANGES
    tables["support_contribution.kind"] = support.CONTRIBUTION_KINDS
    tables["event.kind"] = schedule.EVENT_KINDS
    tables["status"] = {
        **getattr(residents, "STATUSES", {}),
        **getattr(support, "STATUSES", {}),
        **getattr(weapons, "STATUSES", {}),
        **getattr(schedule, "EVENT_STATUSES", {}),
    }
    tables["kind"] = {
        **getattr(residents, "EVENT_KINDS", {}),
        **getattr(residents, "HOUSEHOLD_CHANGES", {}),
        **getattr(support, "CONTRIBUTION_KINDS", {}),
        **getattr(schedule, "EVENT_KINDS", {}),
    }
    return tables


@functools.cache
def _label_to_field() -> dict[str, str]:
    return {label: field for field, label in FIELD_LABELS.items()}


def field_label(key: str) -> str:
    """A stored change's field, in Vietnamese (the key may already be the model's label)."""
    return FIELD_LABELS.get(key, key)


def value_text(key: str, value: Any, table: str = "") -> str:
    """One value as the clerk reads it (``table`` picks the code table where names repeat)."""
    if value is None or value == "" or value == []:
        return _EMPTY
    if isinstance(value, bool):
        return "Có" if value else "Không"
    field = key if key in FIELD_LABELS else _label_to_field().get(key, key)
    codes = _codes().get(f"{table}.{field}") or _codes().get(field)
    if codes is not None and value in codes:
        return str(codes[value])
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        if len(value) == 10:
            return moment.strftime("%d/%m/%Y")
        return moment.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, int) and field.endswith("_vnd"):
        return f"{value:,} đ".replace(",", ".")
    return str(value)


def change_lines(changes: Mapping[str, Any], table: str = "") -> list[tuple[str, str, str]]:
    """(field, old, new) for each change of an audit row, in Vietnamese."""
    out = []
    for key, pair in changes.items():
        old, new = (list(pair) + [None, None])[:2] if isinstance(pair, list | tuple) else (None, pair)
        out.append((field_label(key), value_text(key, old, table), value_text(key, new, table)))
    return out


def changes_text(changes: Mapping[str, Any], table: str = "") -> str:
    """One line for the table: "Hoàn cảnh: (trống) → Hộ nghèo; Đang dùng: Có → Không"."""
    return "; ".join(f"{field}: {old} → {new}" for field, old, new in change_lines(changes, table))
