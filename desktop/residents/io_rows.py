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

import contextlib
import datetime as dt
import gc
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from desktop.errors import ValidationError
from desktop.residents import validate
from desktop.residents.models import RELATIONS
from desktop.text import APOSTROPHES, DROP_APOSTROPHES, parse_date

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
#: in cells joined by NUL: white space ``" ".join(cell.split())`` would change (any but a single
#: space between two other characters)
_UNTIDY = re.compile(r"[^\S ]|  |^ | $|\x00 | \x00")


def fold_many(texts: list[str]) -> list[str]:
    """``text.fold`` of many cleaned texts (single spaces, no newline) in one pass."""
    if not texts:
        return []
    joined = "\n".join(texts)
    if any(ch in joined for ch in APOSTROPHES):
        # ``fold`` drops apostrophes before it folds white space: "0 `" → "0", not "0 "
        marked = set(APOSTROPHES)
        texts = [" ".join(t.translate(DROP_APOSTROPHES).split()) if marked & set(t) else t for t in texts]
        joined = "\n".join(texts)
    joined = unicodedata.normalize("NFD", joined)
    marks = {ord(ch): None for ch in set(joined) if unicodedata.combining(ch)}
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
    kinds = set(map(type, values))
    if kinds <= {str, type(None)}:
        strings = values if type(None) not in kinds else ["" if v is None else v for v in values]
        joined = "\x00".join(strings)
        if not _ODD.search(joined) and unicodedata.is_normalized("NFC", joined):
            # the usual column: text cells only, nothing invisible, already NFC; white space is
            # folded only in the cells that need it (most need none)
            out = list(strings) if _UNTIDY.search(joined) is None else [" ".join(v.split()) for v in strings]
            if "\x00'" in "\x00" + joined:
                out = [unquote(v) for v in out]
            return out
    strings = [v for v in values if v.__class__ is str and v]
    joined = "\x00".join(strings)
    odd = bool(_ODD.search(joined))
    nfc = unicodedata.is_normalized("NFC", joined)
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


class _Text:
    """``require_text`` for a cell ``clean_column`` has already cleaned (never blank here)."""

    def __init__(self, label: str, max_len: int) -> None:
        self.label, self.max_len = label, max_len

    def __call__(self, text: str) -> str:
        if len(text) > self.max_len:
            raise ValidationError(self.label, f"dài quá {self.max_len} ký tự (hiện có {len(text)}).")
        if _CONTROL.search(text):
            raise ValidationError(self.label, "chứa ký tự điều khiển không hợp lệ.")
        return text

    def all_fine(self, texts: set[str]) -> bool:
        """Every one of ``texts`` passes (checked at once: the longest, one search over all)."""
        return max(map(len, texts), default=0) <= self.max_len and not _CONTROL.search(" ".join(texts))


def _text(label: str, max_len: int) -> _Text:
    return _Text(label, max_len)


class _Phone:
    """``validate.phone`` for a cleaned cell (NFC, trimmed, single spaces: ``clean`` leaves it so)."""

    def __init__(self, label: str) -> None:
        self.label = label

    def __call__(self, text: str) -> str:
        if not validate.PHONE.fullmatch(text):
            raise ValidationError(self.label, f"«{text}» không phải số điện thoại.")
        return text

    def all_fine(self, texts: set[str]) -> bool:
        match = validate.PHONE.fullmatch
        return all(map(match, texts))


_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_YEAR = re.compile(r"\d{4}")
_MONTH_YEAR = re.compile(r"(\d{1,2})[/.-](\d{4})")


def _day(label: str, text: str) -> dt.date:
    """``text.parse_date`` of a cleaned, non-blank cell, its usual form (dd/mm/yyyy) matched by a
    compiled expression; any other form goes through ``parse_date`` itself."""
    m = _DMY.fullmatch(text)
    if m is None:
        value = parse_date(label, text)
        assert value is not None
        return value
    try:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        raise ValidationError(label, f"ngày «{text}» không có thật trên lịch.") from None


def _date(label: str, today: dt.date) -> Callable[[str], dt.date | None]:
    """``validate.to_date`` of a cleaned cell."""

    def parse(text: str) -> dt.date | None:
        if not text:
            return None
        value = _day(label, text)
        if value > today:
            raise ValidationError(label, f"ngày {value:%d/%m/%Y} ở tương lai.")
        return value

    return parse


def _birth(label: str, today: dt.date) -> Callable[[str], tuple[int | None, int | None, int | None]]:
    """``validate.parse_birth`` of a cleaned cell (the same rules, compiled expressions)."""
    now = (today.year, today.month, today.day)

    def parse(text: str) -> tuple[int | None, int | None, int | None]:
        month: int | None
        day: int | None
        if not text:
            return None, None, None
        if _YEAR.fullmatch(text):
            year, month, day = int(text), None, None
        elif m := _MONTH_YEAR.fullmatch(text):
            year, month, day = int(m[2]), int(m[1]), None
            if not 1 <= month <= 12:
                raise ValidationError(label, f"tháng {month} không có (tháng từ 1 đến 12).")
        else:
            value = _day(label, text)
            year, month, day = value.year, value.month, value.day
        if year < 1880:
            raise ValidationError(label, f"năm sinh {year} không hợp lý.")
        if (year, month or 1, day or 1) > now:
            raise ValidationError(label, f"«{text}» ở tương lai.")
        return year, month, day

    return parse


def _relation(t: str) -> str:
    return validate.choice("Quan hệ với chủ hộ", t, RELATIONS)


def field_parsers(today: dt.date) -> dict[str, tuple[str, Callable[[str], Any], bool]]:
    """key → (column label, parser of a non-blank cell, cache the results)."""
    return {
        "full_name": ("Họ và tên", _text("Họ và tên", 120), False),
        "other_name": ("Tên gọi khác", _text("Tên gọi khác", 120), False),
        "birth": ("Ngày sinh", _birth("Ngày sinh", today), True),
        "sex": ("Giới tính", lambda t: validate.sex("Giới tính", t), True),
        "ethnic": ("Dân tộc", lambda t: validate.choice("Dân tộc", t, validate.ETHNIC_GROUPS), True),
        "religion": ("Tôn giáo", _text("Tôn giáo", 60), True),
        "phone": ("Số điện thoại", _Phone("Số điện thoại"), False),
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


class Blank:
    """A blank cell, once parsed: keep what is stored (a new person: the default)."""


BLANK = Blank()


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

    def many(self, texts: list[str]) -> tuple[list[Any], list[tuple[int, str]]]:
        """The column parsed: BLANK for a blank cell, else what ``__call__`` gives, each distinct text
        parsed once (a text column checked as a whole); and (row index, message) of each bad cell,
        whose value is BLANK."""
        distinct = set(texts)
        distinct.discard("")
        table: dict[str, Any] = {"": BLANK}
        check = getattr(self.parse, "all_fine", None)
        if check is not None and check(distinct):
            table.update(zip(distinct, distinct, strict=True))
            for text in distinct:
                if len(text) == 3 and text.lower() in _CLEAR_WORDS:
                    table[text] = self(text)
        else:
            for text in distinct:
                table[text] = self(text)
        values = list(map(table.__getitem__, texts))
        bad = {t for t, v in table.items() if v.__class__ is ValidationError}
        errors: list[tuple[int, str]] = []
        if bad:
            for j, text in enumerate(texts):
                if text in bad:
                    errors.append((j, values[j].detail))
                    values[j] = BLANK
        return values, errors


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while hundreds of thousands of acyclic cells and rows are made
    (each automatic pass would walk every object made so far)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
