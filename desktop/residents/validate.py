"""Field checks shared by the person service, the Excel import and the archive."""

from __future__ import annotations

import datetime as dt
import re

from desktop.errors import ValidationError
from desktop.residents import idcard
from desktop.residents.models import (
    ID_CARD_KINDS,
    ID_CARD_STATUSES,
    ID_NUMBER_MAX,
    SEXES,
    STATUSES,
    STRIKE_GROUNDS,
)
from desktop.text import clean, parse_date

ETHNIC_GROUPS = (
    "Kinh",
    "Tày",
    "Thái",
    "Mường",
    "Khơ Me",
    "Hoa",
    "Nùng",
    "Mông",
    "Dao",
    "Gia Rai",
    "Ê Đê",
    "Ba Na",
    "Sán Chay",
    "Chăm",
    "Cơ Ho",
    "Xơ Đăng",
    "Sán Dìu",
    "Hrê",
    "Ra Glai",
    "Mnông",
    "Thổ",
    "Stiêng",
    "Khơ mú",
    "Bru - Vân Kiều",
    "Cơ Tu",
    "Giáy",
    "Tà Ôi",
    "Mạ",
    "Giẻ-Triêng",
    "Co",
    "Chơ Ro",
    "Xinh Mun",
    "Hà Nhì",
    "Chu Ru",
    "Lào",
    "Kháng",
    "La Chí",
    "Phù Lá",
    "La Hủ",
    "La Ha",
    "Pà Thẻn",
    "Chứt",
    "Lự",
    "Lô Lô",
    "Mảng",
    "Cờ Lao",
    "Bố Y",
    "Cống",
    "Ngái",
    "Si La",
    "Pu Péo",
    "Rơ măm",
    "Brâu",
    "Ơ Đu",
)
RELIGIONS = (
    "Không",
    "Phật giáo",
    "Công giáo",
    "Tin Lành",
    "Cao Đài",
    "Phật giáo Hòa Hảo",
    "Hồi giáo",
    "Khác",
)
PHONE = re.compile(r"\+?[0-9][0-9 .]{7,14}")
FILE_NUMBER = re.compile(r"\d{5}-\d{6}")


def parse_birth(field: str, text: str | None, *, today: dt.date) -> tuple[int | None, int | None, int | None]:
    """'dd/mm/yyyy', 'mm/yyyy' or 'yyyy' (also a date) → (year, month, day); '' → all None."""
    if isinstance(text, dt.date):
        value = text
        if value > today:
            raise ValidationError(field, f"ngày {value:%d/%m/%Y} ở tương lai.")
        return value.year, value.month, value.day
    raw = clean(text)
    if not raw:
        return None, None, None
    if re.fullmatch(r"\d{4}", raw):
        year, month, day = int(raw), None, None
    elif m := re.fullmatch(r"(\d{1,2})[/.-](\d{4})", raw):
        year, month, day = int(m.group(2)), int(m.group(1)), None
        if not 1 <= month <= 12:
            raise ValidationError(field, f"tháng {month} không có (tháng từ 1 đến 12).")
    else:
        value = parse_date(field, raw)
        assert value is not None
        year, month, day = value.year, value.month, value.day
    if year < 1880:
        raise ValidationError(field, f"năm sinh {year} không hợp lý.")
    if (year, month or 1, day or 1) > (today.year, today.month, today.day):
        raise ValidationError(field, f"«{raw}» ở tương lai.")
    return year, month, day


def birth_text(year: int | None, month: int | None, day: int | None) -> str:
    if year is None:
        return ""
    if month is None:
        return f"{year}"
    if day is None:
        return f"{month:02d}/{year}"
    return f"{day:02d}/{month:02d}/{year}"


def to_date(
    field: str, value: dt.date | str | None, *, today: dt.date | None = None, future_ok: bool = False
) -> dt.date | None:
    if isinstance(value, dt.datetime):
        value = value.date()
    result = value if isinstance(value, dt.date) else parse_date(field, value)
    if result is not None and not future_ok and today is not None and result > today:
        raise ValidationError(field, f"ngày {result:%d/%m/%Y} ở tương lai.")
    return result


def id_number(field: str, value: str | None, *, accept_warning: bool) -> str:
    """The ID number as typed (stripped); a malformed one is refused unless the user confirmed it."""
    raw = (value or "").strip() if isinstance(value, str) else ("" if value is None else str(value))
    if not raw:
        return ""
    problem = idcard.describe_format_problem(raw)
    if problem and not accept_warning:
        raise ValidationError(field, f"«{raw}» {problem}.")
    if len(raw) > ID_NUMBER_MAX:
        raise ValidationError(field, f"«{raw}» dài quá {ID_NUMBER_MAX} ký tự, không lưu được.")
    return raw


def phone(field: str, value: str | None) -> str:
    text = clean(value)
    if text and not PHONE.fullmatch(text):
        raise ValidationError(field, f"«{text}» không phải số điện thoại.")
    return text


def sex(field: str, value: str | None) -> str:
    text = clean(value)
    for code, label in SEXES.items():
        if text in (code, label) or text.lower() == label.lower():
            return code
    raise ValidationError(field, "phải là Nam hoặc Nữ.")


def choice(
    field: str, value: str | None, options: dict[str, str] | tuple[str, ...], default: str = ""
) -> str:
    """A coded field given as its code or its Vietnamese text."""
    text = clean(value)
    if not text:
        if default:
            return default
        raise ValidationError(field, "không được để trống.")
    if isinstance(options, dict):
        for code, label in options.items():
            if text == code or text.lower() == label.lower():
                return code
        allowed = ", ".join(options.values())
    else:
        for option in options:
            if text.lower() == option.lower():
                return option
        allowed = ", ".join(options)
    raise ValidationError(field, f"«{text}» không có trong danh mục ({allowed}).")


def status(value: str | None) -> str:
    return choice("Tình trạng", value, STATUSES, "living")


def id_card_status(value: str | None) -> str:
    return choice("Tình trạng căn cước", value, ID_CARD_STATUSES, "none")


def id_card_kind(value: str | None) -> str:
    text = clean(value)
    if text in ID_CARD_KINDS:
        return text
    return choice("Loại thẻ căn cước", text, ID_CARD_KINDS)


def strike_ground(value: str | None) -> str:
    text = clean(value)
    if not text:
        return ""
    key = text.lower().removeprefix("điểm ").strip()[:2].rstrip(":) ")
    if key in STRIKE_GROUNDS:
        return key
    return choice("Căn cứ xóa đăng ký", text, STRIKE_GROUNDS)


def vneid_level(value: object) -> int:
    if value in (None, ""):
        return 0
    text = clean(str(value)).lower().removeprefix("mức").strip()
    if text in ("0", "1", "2", "chưa có"):
        return 0 if text == "chưa có" else int(text)
    raise ValidationError("Mức VNeID", f"«{value}» không hợp lệ (0 = chưa có, 1 hoặc 2).")


def file_number_warning(number: str) -> str:
    """'' when the file number follows AAAAA-BBBBBB, else a warning (the number is still accepted)."""
    if FILE_NUMBER.fullmatch(number):
        return ""
    return f"Số hồ sơ «{number}» không theo mẫu AAAAA-BBBBBB (5 chữ số, gạch ngang, 6 chữ số)."
