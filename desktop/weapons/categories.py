"""Categories of weapons (the domain list plus the station's own) and the weapons settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.db import UnitOfWork
from desktop.errors import StaleRecord, ValidationError
from desktop.text import fold, require_text
from desktop.weapons.models import DEFAULT_CATEGORIES, UNITS, WeaponCategory, WeaponSettings
from desktop.weapons.views import CategoryView, WeaponSettingsView

DEFAULT_RECEIPT_INTRO = (
    "Hôm nay, vào hồi {gio}, tại {dia_diem}, {don_vi} chúng tôi gồm: {can_bo}; "
    "với sự chứng kiến của: {nguoi_chung_kien}; đã tiến hành tiếp nhận vũ khí, vật liệu nổ, "
    "công cụ hỗ trợ do {nguoi_giao} giao nộp ({hinh_thuc}), gồm:"
)
DEFAULT_RECEIPT_CLOSING = (
    "Các vật phẩm trên đã được niêm phong theo số niêm phong ghi trong bảng và giao cho {don_vi} "
    "quản lý theo quy định. Biên bản kết thúc vào hồi ....... cùng ngày, đã đọc lại cho những người "
    "có tên trên cùng nghe, công nhận đúng và ký tên dưới đây."
)
DEFAULT_HANDOVER_INTRO = (
    "Hôm nay, vào hồi {gio}, tại {dia_diem}, {don_vi} tiến hành bàn giao cho {don_vi_nhan} các loại "
    "vũ khí, vật liệu nổ, công cụ hỗ trợ đã tiếp nhận, thu hồi trên địa bàn, cụ thể như sau:"
)
#: the legal basis printed at the head of the weapons records; a station setting, as these texts change
#: (a station that never edited it stores "" and follows this default). Verified (session 20):
#: - Luật 42/2024/QH15 "được thông qua tại Kỳ họp thứ 7 Quốc hội khóa XV ngày 29 tháng 6 năm 2024"
#:   (https://www.cdgdangiang.edu.vn/quan-ly-nghiep-2024-pdf; in force 01/01/2025);
#: - Nghị định 149/2024/NĐ-CP: "Ngày ban hành: 15/11/2024 … Chính phủ ban hành Nghị định 149/2024/NĐ-CP
#:   quy định chi tiết một số điều và biện pháp thi hành Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công
#:   cụ hỗ trợ" (https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/nghi-dinh-149-2024-nd-cp-huong-dan-
#:   luat-quan-ly-su-dung-vu-khi-vat-lieu-no-va-cong-cu-ho-tro-632143.aspx) — the title has "một số điều";
#: - Thông tư 75/2024/TT-BCA: "Ngày 15/11/2024, Bộ trưởng Bộ Công an ban hành Thông tư 75/2024/TT-BCA quy
#:   định chi tiết một số điều của Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"
#:   (https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Thong-tu-75-2024-TT-BCA-huong-dan-Luat-Quan-ly-
#:   su-dung-vu-khi-vat-lieu-no-va-cong-cu-ho-tro-636283.aspx).
DEFAULT_LEGAL_BASIS = (
    "Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2024/QH15 ngày 29 tháng 6 "
    "năm 2024; Nghị định số 149/2024/NĐ-CP ngày 15 tháng 11 năm 2024 của Chính phủ quy định chi tiết một "
    "số điều và biện pháp thi hành Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ; Thông tư "
    "số 75/2024/TT-BCA ngày 15 tháng 11 năm 2024 của Bộ trưởng Bộ Công an quy định chi tiết một số điều "
    "của Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ;"
)

#: placeholders the station may use in its receipt wording
RECEIPT_PLACEHOLDERS = {
    "gio": "giờ, ngày tiếp nhận",
    "dia_diem": "địa điểm",
    "can_bo": "cán bộ tiếp nhận",
    "nguoi_chung_kien": "người chứng kiến",
    "nguoi_giao": "người giao nộp",
    "hinh_thuc": "hình thức tiếp nhận",
    "su_kien": "sự kiện (ngày hội, đợt vận động)",
    "don_vi_nhan": "đơn vị nhận bàn giao",
    "don_vi": "đơn vị lập biên bản (Công an xã, phường, đặc khu)",
}


def _view(c: WeaponCategory) -> CategoryView:
    return CategoryView(c.id, c.name, c.default_unit, c.sort_order, c.builtin, c.active, c.version)


def list_categories(uow: UnitOfWork, *, include_inactive: bool = False) -> list[CategoryView]:
    uow.require("read")
    ensure_categories(uow)
    stmt = select(WeaponCategory).order_by(WeaponCategory.sort_order, WeaponCategory.name_key)
    if not include_inactive:
        stmt = stmt.where(WeaponCategory.active.is_(True))
    return [_view(c) for c in uow.session.scalars(stmt)]


def ensure_categories(uow: UnitOfWork) -> None:
    """Seed the domain list when the table is empty (the migration seeds it; a restored
    database from an older build may not have it)."""
    if uow.session.scalar(select(func.count(WeaponCategory.id))):
        return
    for i, (name, unit) in enumerate(DEFAULT_CATEGORIES):
        uow.add(
            WeaponCategory(
                name=name, name_key=fold(name), default_unit=unit, sort_order=(i + 1) * 10, builtin=True
            )
        )
    uow.flush()


@dataclass(frozen=True)
class CategoryInput:
    name: str
    default_unit: str = "cái"
    active: bool = True


def _validate(uow: UnitOfWork, data: CategoryInput, exclude_id: int | None) -> tuple[str, str]:
    name = require_text("Tên loại", data.name, max_len=80)
    if data.default_unit not in UNITS:
        raise ValidationError("Đơn vị tính", f"«{data.default_unit}» không hợp lệ ({', '.join(UNITS)}).")
    stmt = select(WeaponCategory.id).where(WeaponCategory.name_key == fold(name))
    if exclude_id is not None:
        stmt = stmt.where(WeaponCategory.id != exclude_id)
    if uow.session.scalar(stmt) is not None:
        raise ValidationError("Tên loại", f"«{name}» đã có trong danh mục.")
    return name, data.default_unit


def add_category(uow: UnitOfWork, data: CategoryInput) -> CategoryView:
    """The station adds a category of its own (admin)."""
    uow.require("admin")
    name, unit = _validate(uow, data, None)
    top = uow.session.scalar(select(func.max(WeaponCategory.sort_order))) or 0
    c = uow.add(
        WeaponCategory(
            name=name,
            name_key=fold(name),
            default_unit=unit,
            sort_order=top + 10,
            builtin=False,
            active=bool(data.active),
        )
    )
    uow.flush()
    return _view(c)


def update_category(uow: UnitOfWork, category_id: int, version: int, data: CategoryInput) -> CategoryView:
    """Rename the station's own category, change its usual unit, or stop offering any category."""
    uow.require("admin")
    c = uow.get(WeaponCategory, category_id, version=version)
    name, unit = _validate(uow, data, category_id)
    if c.builtin and fold(name) != c.name_key:
        raise ValidationError("Tên loại", "loại trong danh mục chung không đổi tên được; hãy thêm loại mới.")
    c.name, c.name_key, c.default_unit, c.active = name, fold(name), unit, bool(data.active)
    uow.flush()
    return _view(c)


def get_weapon_settings(uow: UnitOfWork) -> WeaponSettingsView:
    uow.require("read")
    row = uow.session.get(WeaponSettings, 1)
    if row is None:
        return WeaponSettingsView(
            DEFAULT_RECEIPT_INTRO,
            DEFAULT_RECEIPT_CLOSING,
            DEFAULT_HANDOVER_INTRO,
            False,
            0,
            DEFAULT_LEGAL_BASIS,
        )
    return WeaponSettingsView(
        row.receipt_intro or DEFAULT_RECEIPT_INTRO,
        row.receipt_closing or DEFAULT_RECEIPT_CLOSING,
        row.handover_intro or DEFAULT_HANDOVER_INTRO,
        row.allow_direct_destruction,
        row.version,
        row.legal_basis or DEFAULT_LEGAL_BASIS,
    )


def _check_wording(field: str, text: str) -> str:
    value = require_text(field, text, max_len=3000, required=False)
    try:
        value.format(**{k: "" for k in RECEIPT_PLACEHOLDERS})
    except (KeyError, IndexError, ValueError) as exc:
        allowed = ", ".join("{" + k + "}" for k in RECEIPT_PLACEHOLDERS)
        raise ValidationError(field, f"chỗ điền «{exc}» không hợp lệ; chỉ dùng: {allowed}.") from None
    return value


def save_weapon_settings(uow: UnitOfWork, data: WeaponSettingsView) -> WeaponSettingsView:
    """Admin: the receipt's fixed wording and whether items may be destroyed without a handover."""
    uow.require("admin")
    intro = _check_wording("Lời mở đầu biên bản tiếp nhận", data.receipt_intro)
    closing = _check_wording("Lời kết biên bản tiếp nhận", data.receipt_closing)
    handover = _check_wording("Lời mở đầu biên bản bàn giao", data.handover_intro)
    legal = require_text("Căn cứ pháp lý", data.legal_basis, max_len=3000, required=False)
    row = uow.session.get(WeaponSettings, 1)
    if row is None:
        row = uow.add(WeaponSettings(id=1))
    elif row.version != data.version:
        raise StaleRecord(WeaponSettings.__label__)
    row.receipt_intro, row.receipt_closing, row.handover_intro = intro, closing, handover
    # the default is stored as "" so that a later default (a law replaced) reaches the station
    row.legal_basis = "" if legal == DEFAULT_LEGAL_BASIS else legal
    row.allow_direct_destruction = bool(data.allow_direct_destruction)
    uow.flush()
    return get_weapon_settings(uow)
