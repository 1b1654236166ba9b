"""Vietnamese text helpers: NFC normalisation, search folding, formatting, validation."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from desktop.errors import ValidationError

_SPACES = re.compile(r"\s+")
#: every form an apostrophe takes in M'Nông and Ê Đê names (typed, pasted from Word or the web, or
#: left out): ' ’ ‘ ʼ ʻ ` ´ ′ ＇ — folding drops them, so "N'Jriêng", "N’Jriêng" and "NJriêng" meet
APOSTROPHES = "'\u2019\u2018\u02bc\u02bb`\u00b4\u2032\uff07"
#: ``str.translate`` table that removes every apostrophe form
DROP_APOSTROPHES = {ord(ch): None for ch in APOSTROPHES}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC, trimmed, inner runs of white space folded to one space."""
    if text is None:
        return ""
    return _SPACES.sub(" ", nfc(str(text))).strip()


def fold(text: str | None) -> str:
    """Search key: no diacritics, đ → d, no apostrophes, lower case, single spaces.

    ``fold("Nguyễn Văn Ấn") == "nguyen van an"``; ``fold("Đắk") == "dak"``;
    ``fold("N’Jriêng") == fold("N'Jriêng") == fold("NJriêng") == "njrieng"``.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", clean(str(text).translate(DROP_APOSTROPHES)))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d").replace("Đ", "D").lower()


def require_text(field: str, value: str | None, *, max_len: int = 200, required: bool = True) -> str:
    """Clean a text field and check it; raise ValidationError naming ``field``."""
    text = clean(value)
    if required and not text:
        raise ValidationError(field, "không được để trống.")
    if len(text) > max_len:
        raise ValidationError(field, f"dài quá {max_len} ký tự (hiện có {len(text)}).")
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise ValidationError(field, "chứa ký tự điều khiển không hợp lệ.")
    return text


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def format_datetime(value: dt.datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def parse_date(field: str, text: str | None, *, required: bool = False) -> dt.date | None:
    """Parse dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, yyyy-mm-dd)."""
    raw = clean(text)
    if not raw:
        if required:
            raise ValidationError(field, "không được để trống.")
        return None
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", raw)
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw)
    try:
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    except ValueError:
        raise ValidationError(field, f"ngày «{raw}» không có thật trên lịch.") from None
    raise ValidationError(field, f"«{raw}» không phải ngày theo dạng ngày/tháng/năm (vd. 05/01/2026).")


def format_vnd(amount: int | None) -> str:
    """1500000 → '1.500.000 đ'."""
    if amount is None:
        return ""
    return f"{amount:,}".replace(",", ".") + " đ"


def format_int(value: int | None) -> str:
    return "" if value is None else f"{value:,}".replace(",", ".")


# ---- Vietnamese collation -------------------------------------------------------------------
# The alphabet is a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y: a letter with a breve,
# circumflex or horn (and đ) sorts after its base letter, not beside it. Tones (ngang, huyền,
# hỏi, ngã, sắc, nặng) only break ties between words whose letters are equal.
_LETTER_MARKS = {"\u0306": "1", "\u0302": "2", "\u031b": "3"}  # breve, circumflex, horn
_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}


def sort_key(value: str | None) -> tuple[str, str]:
    """A key that orders Vietnamese text as a clerk expects: ``sort_key("Đào") > sort_key("Dương")``,
    "Ă" after "A", case and tones ignored except to break ties."""
    if not value:
        return ("", "")
    letters: list[str] = []
    tones: list[str] = []
    for ch in unicodedata.normalize("NFD", clean(value).lower()):
        if ch in _LETTER_MARKS and letters:
            letters[-1] = letters[-1][0] + _LETTER_MARKS[ch]
        elif ch in _TONES:
            if tones:
                tones[-1] = _TONES[ch]
        elif unicodedata.combining(ch):
            continue
        elif ch == "đ":
            letters.append("d4")
            tones.append("0")
        else:
            letters.append(ch + "0")
            tones.append("0")
    return ("".join(letters), "".join(tones))


def name_sort_key(full_name: str | None) -> tuple[tuple[str, str], tuple[str, str]]:
    """Persons sorted the Vietnamese way: by given name (the last word), then by the whole name."""
    name = clean(full_name)
    return (sort_key(name.rsplit(" ", 1)[-1]), sort_key(name))


def register_order_key(full_name: str | None, max_len: int = 400) -> str:
    """``name_sort_key`` as one string that sorts in byte order (SQLite BINARY, PostgreSQL "C"): the
    residents register in SQL, by given name, "Đ" after "D", tones breaking ties last."""
    (given, _), (letters, tones) = name_sort_key(full_name)
    return f"{given} {letters} {tones}"[:max_len]
