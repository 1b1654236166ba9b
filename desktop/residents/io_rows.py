"""Cells of the residents' import, column by column: clean the text, parse each field once.

Kept apart from the reading (``io_import``) and the writing so that each rule is in one place:

* text cells are NFC, trimmed, inner white space folded; the export's formula guard (a leading
  ``'`` before ``= + - @ TAB CR '``) is undone, so export → import gives back the same text;
* invisible characters: zero-width characters, the byte-order mark, the soft hyphen and the
  left-to-right / right-to-left marks are removed (copy-paste leftovers that would make two equal
  names differ); bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069),
  which reorder how a name is shown, make the cell refused;
* a blank cell means "keep what is stored"; the marker ``xóa`` (any case) clears an optional field.

Each field's parser is the same function the person form uses (``validate``), cached per
distinct value (villages, sexes, statuses and dates repeat across thousands of rows).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from desktop.errors import ValidationError
from desktop.residents import validate
from desktop.residents.models import RELATIONS
from desktop.text import DROP_APOSTROPHES

#: a cell holding only this word (any case) clears the field on import
CLEAR_MARK = "xóa"
_CLEAR_WORDS = frozenset({"xóa", "xoá"})
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "'")
#: the same, as one string (``value[0] in DANGEROUS_FIRST`` for the export's hot loop)
DANGEROUS_FIRST = "".join(_DANGEROUS)
#: removed from every text cell
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u180e"
_DROP = str.maketrans("", "", INVISIBLE)
#: refused: they reorder the characters shown on screen
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI_RE = re.compile(f"[{BIDI}]")
_ODD = re.compile(f"[{INVISIBLE}{BIDI}]")


def fold_many(texts: list[str]) -> list[str]:
    """``text.fold`` of many cleaned texts (single spaces, no newline) in one pass."""
    if not texts:
        return []
    joined = unicodedata.normalize("NFD", "\n".join(texts))
    marks = {ord(ch): None for ch in set(joined) if unicodedata.combining(ch)} | DROP_APOSTROPHES
    return joined.translate(marks).replace("đ", "d").replace("Đ", "D").lower().split("\n")


class Clear:
    """The ``xóa`` marker, once parsed."""


CLEAR = Clear()


def quote(value: str) -> str:
    """The export's formula guard: no spreadsheet runs the text as a formula (OWASP: prefix ')."""
    return "'" + value if value.startswith(_DANGEROUS) else value


def unquote(value: str) -> str:
    """Undo ``quote`` exactly."""
    return value[1:] if value[:1] == "'" and value[1:2] and value[1] in "=+-@\t\r'" else value


def clean_column(
    values: list[Any], *, header: str, first_row: int, errors: list[tuple[int, str, str]]
) -> list:
    """The cells of one column as text ('' for blank); numbers and dates turned to text.

    Bidi-control cells are reported in ``errors`` as (row, column, message) and read as ''.
    """
    strings = [v for v in values if v.__class__ is str and v]
    joined = "\x00".join(strings)
    odd = bool(_ODD.search(joined))
    nfc = unicodedata.is_normalized("NFC", joined)
    if not odd and nfc and len(strings) == len(values) - values.count("") - values.count(None):
        # the usual column: text cells only, nothing invisible, already NFC
        out = [" ".join(v.split()) if v else "" for v in values]
        if "\x00'" in "\x00" + joined:
            out = [unquote(v) for v in out]
        return out
    out: list[Any] = []
    append = out.append
    for i, v in enumerate(values):
        if v is None or v == "":
            append("")
        elif isinstance(v, str):
            if odd:
                if _BIDI_RE.search(v):
                    errors.append(
                        (
                            first_row + i,
                            header,
                            "có ký tự điều khiển hướng chữ (vô hình, đảo thứ tự chữ hiển thị); "
                            "hãy gõ lại ô này.",
                        )
                    )
                    append("")
                    continue
                v = v.translate(_DROP)
            if not nfc:
                v = unicodedata.normalize("NFC", v)
            append(unquote(" ".join(v.split())))
        elif isinstance(v, bool):
            append("TRUE" if v else "FALSE")
        elif isinstance(v, float):
            append(str(int(v)) if v.is_integer() else repr(v))
        elif isinstance(v, dt.datetime | dt.date):
            append(v.strftime("%d/%m/%Y"))
        else:
            append(str(v))
    return out


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _text(label: str, max_len: int) -> Callable[[str], str]:
    """``require_text`` for a cell ``clean_column`` has already cleaned (never blank here)."""

    def parse(text: str) -> str:
        if len(text) > max_len:
            raise ValidationError(label, f"dài quá {max_len} ký tự (hiện có {len(text)}).")
        if _CONTROL.search(text):
            raise ValidationError(label, "chứa ký tự điều khiển không hợp lệ.")
        return text

    return parse


def _date(label: str, today: dt.date) -> Callable[[str], dt.date | None]:
    return lambda t: validate.to_date(label, t, today=today)


def _relation(t: str) -> str:
    return validate.choice("Quan hệ với chủ hộ", t, RELATIONS)


def field_parsers(today: dt.date) -> dict[str, tuple[str, Callable[[str], Any], bool]]:
    """key → (column label, parser of a non-blank cell, cache the results)."""
    return {
        "full_name": ("Họ và tên", _text("Họ và tên", 120), False),
        "other_name": ("Tên gọi khác", _text("Tên gọi khác", 120), False),
        "birth": ("Ngày sinh", lambda t: validate.parse_birth("Ngày sinh", t, today=today), True),
        "sex": ("Giới tính", lambda t: validate.sex("Giới tính", t), True),
        "ethnic": ("Dân tộc", lambda t: validate.choice("Dân tộc", t, validate.ETHNIC_GROUPS), True),
        "religion": ("Tôn giáo", _text("Tôn giáo", 60), True),
        "phone": ("Số điện thoại", lambda t: validate.phone("Số điện thoại", t), False),
        "occupation": ("Nghề nghiệp", _text("Nghề nghiệp", 120), True),
        "permanent_address": ("Nơi thường trú", _text("Nơi thường trú", 250), True),
        "temporary_address": ("Nơi tạm trú", _text("Nơi tạm trú", 250), True),
        "relation": ("Quan hệ với chủ hộ", _relation, True),
        "status": ("Tình trạng", validate.status, True),
        "death_date": ("Ngày chết", _date("Ngày chết", today), True),
        "death_reported_date": ("Ngày nhận tin báo tử", _date("Ngày nhận tin báo tử", today), True),
        "moved_date": ("Ngày chuyển đi", _date("Ngày chuyển đi", today), True),
        "struck_off_date": (
            "Ngày xóa đăng ký thường trú",
            _date("Ngày xóa đăng ký thường trú", today),
            True,
        ),
        "strike_ground": ("Căn cứ xóa đăng ký", validate.strike_ground, True),
        "id_card_status": ("Tình trạng căn cước", validate.id_card_status, True),
        "id_card_applied_date": (
            "Ngày nộp hồ sơ căn cước",
            _date("Ngày nộp hồ sơ căn cước", today),
            True,
        ),
        "id_card_issued_date": ("Ngày cấp căn cước", _date("Ngày cấp căn cước", today), True),
        "id_card_kind": ("Loại thẻ căn cước", validate.id_card_kind, True),
        "vneid_level": ("Mức VNeID", validate.vneid_level, True),
        "vneid2_date": (
            "Ngày kích hoạt VNeID mức 2",
            _date("Ngày kích hoạt VNeID mức 2", today),
            True,
        ),
        "reviewed_date": ("Ngày rà soát", _date("Ngày rà soát", today), True),
        "mobilised_date": ("Ngày vận động", _date("Ngày vận động", today), True),
        "note": ("Ghi chú", _text("Ghi chú", 2000), False),
    }


#: what ``xóa`` stores in each optional field (fields missing here cannot be cleared)
CLEARED: dict[str, Any] = {
    "other_name": "",
    "birth": (None, None, None),
    "ethnic": "Kinh",
    "religion": "Không",
    "phone": "",
    "occupation": "",
    "permanent_address": "",
    "temporary_address": "",
    "village": None,
    "household": None,
    "relation": "",
    "status": "living",
    "death_date": None,
    "death_reported_date": None,
    "moved_date": None,
    "struck_off_date": None,
    "strike_ground": "",
    "id_card_status": "none",
    "id_card_applied_date": None,
    "id_card_issued_date": None,
    "id_card_kind": "",
    "vneid_level": 0,
    "vneid2_date": None,
    "reviewed_date": None,
    "mobilised_date": None,
    "mobilised_by": None,
    "note": "",
}


class ColumnParser:
    """Parses the cells of one field, remembering the result for each distinct text."""

    def __init__(self, key: str, label: str, parse: Callable[[str], Any], cache: bool) -> None:
        self.key, self.label, self.parse = key, label, parse
        self.cache: dict[str, Any] | None = {} if cache else None

    def __call__(self, text: str) -> Any:
        """CLEAR, a parsed value, or a ValidationError instance (returned, not raised)."""
        if text.lower() in _CLEAR_WORDS:
            if self.key not in CLEARED:
                return ValidationError(self.label, "không xóa được (trường bắt buộc).")
            return CLEAR
        cache = self.cache
        if cache is not None:
            found = cache.get(text, cache)
            if found is not cache:
                return found
        try:
            value = self.parse(text)
        except ValidationError as exc:
            value = exc
        if cache is not None:
            cache[text] = value
        return value
