"""Parsing and checking the numbers of this area: VND amounts, quantities, labour days, dates."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from desktop.errors import ValidationError
from desktop.text import clean, parse_date

#: no single amount in a commune support project comes near a thousand billion đồng
MAX_VND = 10**12
MAX_QUANTITY = Decimal("1000000000")

_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def parse_vnd(field: str, value: object, *, required: bool = False) -> int:
    """A VND amount as a whole number of đồng: 1500000, "1.500.000", "1 500 000 đ".

    Rejects decimals ("1500,5", 1500.5), negatives and absurd amounts (over 10^12 đ)."""
    if value is None or (isinstance(value, str) and not clean(value)):
        if required:
            raise ValidationError(field, "không được để trống.")
        return 0
    if isinstance(value, bool):
        raise ValidationError(field, "không phải số tiền.")
    if isinstance(value, int):
        amount = value
    elif isinstance(value, float | Decimal):
        if value != int(value):
            raise ValidationError(field, "số tiền phải là số đồng chẵn, không có phần lẻ thập phân.")
        amount = int(value)
    else:
        raw = clean(str(value)).replace(" ", "")
        raw = re.sub(r"(?i)(đồng|đ|vnđ|vnd)$", "", raw)
        negative = raw.startswith("-")
        digits = raw.lstrip("+-")
        if re.fullmatch(r"\d+", digits):
            amount = int(digits)
        elif _THOUSANDS.fullmatch(digits) and len({ch for ch in digits if not ch.isdigit()}) == 1:
            amount = int(re.sub(r"\D", "", digits))
        elif re.fullmatch(r"\d+[.,]\d+", digits):
            raise ValidationError(field, f"«{clean(str(value))}» có phần lẻ; số tiền phải là số đồng chẵn.")
        else:
            raise ValidationError(field, f"«{clean(str(value))}» không phải số tiền (ví dụ 1.500.000).")
        if negative:
            amount = -amount
    if amount < 0:
        raise ValidationError(field, "số tiền không được âm.")
    if amount > MAX_VND:
        raise ValidationError(field, "số tiền quá lớn (trên 1.000 tỷ đồng), hãy kiểm tra lại.")
    return amount


def parse_decimal(field: str, value: object, *, required: bool = False, maximum: Decimal = MAX_QUANTITY,
                  places: int = 2) -> Decimal | None:
    """A positive quantity such as 30 (m²), "2,5" (tấn) or 1.5 (ngày công)."""
    if value is None or (isinstance(value, str) and not clean(value)):
        if required:
            raise ValidationError(field, "không được để trống.")
        return None
    if isinstance(value, bool):
        raise ValidationError(field, "không phải số.")
    try:
        if isinstance(value, Decimal | int):
            number = Decimal(value)
        elif isinstance(value, float):
            number = Decimal(str(value))
        else:
            number = Decimal(_decimal_text(clean(str(value)).replace(" ", "")))
    except InvalidOperation:
        raise ValidationError(field, f"«{clean(str(value))}» không phải số.") from None
    if not number.is_finite():
        raise ValidationError(field, "không phải số.")
    if number <= 0:
        raise ValidationError(field, "phải lớn hơn 0.")
    if number > maximum:
        raise ValidationError(field, f"quá lớn (tối đa {format_decimal(maximum)}), hãy kiểm tra lại.")
    if number != number.quantize(Decimal(1).scaleb(-places)):
        raise ValidationError(field, f"chỉ được tối đa {places} chữ số sau dấu phẩy.")
    return number


def _decimal_text(raw: str) -> str:
    """Vietnamese writing: "1.500" is fifteen hundred, "2,5" two and a half, "1.234,5" both."""
    if "," in raw:
        return raw.replace(".", "").replace(",", ".")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):
        return raw.replace(".", "")
    return raw


def format_decimal(value: Decimal | float | int | None) -> str:
    """30 → '30', Decimal('2.50') → '2,5' (Vietnamese decimal comma, thousands with dots)."""
    if value is None:
        return ""
    number = Decimal(str(value)).normalize()
    if number == number.to_integral_value():
        return f"{int(number):,}".replace(",", ".")
    whole, frac = f"{number:f}".split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


def as_date(field: str, value: object, *, required: bool = False) -> dt.date | None:
    """A date given as a ``date`` or as text (dd/mm/yyyy)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None and required:
        raise ValidationError(field, "không được để trống.")
    return parse_date(field, None if value is None else str(value), required=required)


def not_future(field: str, value: dt.date | None, today: dt.date | None = None) -> None:
    if value is not None and value > (today or dt.date.today()):
        raise ValidationError(field, "không được sau ngày hôm nay.")
