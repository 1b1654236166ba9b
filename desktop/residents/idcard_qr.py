"""The text of an ID card's QR code, as a USB reader types it, and where it disagrees with the register.

The chip CCCD (Thông tư 06/2021/TT-BCA, QR on the front) holds, separated by ``|``::

    số định danh (12) | số CMND cũ (9, may be empty) | họ và tên | ngày sinh ddmmyyyy | giới tính |
    nơi thường trú | ngày cấp ddmmyyyy

The fields and their order match the published description (checked in session 20): "Các thông tin mà
thiết bị đọc mã QR có thể đọc được bao gồm: Số CCCD, số CMND 9 số; họ và tên; ngày sinh; giới tính; nơi
thường trú; ngày cấp CCCD" (Báo Bà Rịa-Vũng Tàu, 12/2022, https://baobariavungtau.com.vn/phap-luat/
202212/nguoi-dan-dung-giay-to-gi-thay-the-so-ho-khau-968058/). The ``|`` separator and the ddmmyyyy dates
are what readers deliver; no official text stating them was found.

The căn cước card issued since 1/7/2024 (Luật Căn cước 2023, Thông tư 16/2024/TT-BCA Điều 6: "Bộ phận lưu
trữ thông tin trên thẻ căn cước là mã QR và chíp điện tử được gắn ở mặt sau thẻ căn cước") is read the same
way here. What its QR encodes was not found in a quotable text (the 2024 draft circular listed other
content: names and numbers of the household head and family, the 9-digit CMND, cancelled numbers), so a
reader may deliver more ``|`` fields after the seventh: they are kept in ``extra`` and never guessed at.
Some public readers' output omits the CMND field altogether (six fields) — recognised by the second field
holding a name instead of digits.

The field order is treated as observed, not specified: every field is checked by its shape, a field of
the wrong shape is left empty rather than trusted, and a text that does not carry a 12-digit number
and a name is not a card (``parse`` returns None) so ordinary typing in a search box is left alone.
A reader may add an AIM symbology prefix (``]Q1``), a BOM, control characters, CR/LF/tab endings.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from desktop.text import clean, fold, format_date

#: the day the căn cước card replaced the CCCD (Luật Căn cước 26/2023/QH15 Điều 46, as Công an Thanh Hóa puts
#: it: "Thẻ Căn cước công dân đã được cấp trước ngày Luật này có hiệu lực thi hành là 1/7/2024, sẽ có giá trị
#: sử dụng đến hết thời hạn được in trên thẻ", http://congan.thanhhoa.gov.vn/tin-tuc-su-kien/tin-hoat-dong/
#: pho-bien-giao-duc-phap-luat/khong-bat-buoc-doi-the-can-cuoc-cong-dan-sang-the-can-cuoc.html)
CAN_CUOC_FROM = dt.date(2024, 7, 1)
#: card kinds stored on the person ('' = not known)
CARD_KINDS = {"cccd": "CCCD gắn chip (cấp trước 01/07/2024)", "can_cuoc": "Thẻ căn cước"}

_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_SEPARATORS = ("|", "¦", "｜")  # a reader behind another keyboard layout may send the broken bar
_DIGITS = re.compile(r"\d+")
_SEX = {"nam": "M", "nu": "F", "male": "M", "female": "F", "m": "M", "f": "F"}


@dataclass(frozen=True)
class CardData:
    """What a card's QR code says; a field the card did not carry (or carried malformed) is empty/None."""

    number: str
    old_id: str = ""
    full_name: str = ""
    birth_date: dt.date | None = None
    sex: str = ""  # 'M' / 'F' / ''
    address: str = ""
    issue_date: dt.date | None = None
    extra: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        """'can_cuoc' for a card issued from 1/7/2024, 'cccd' before, '' when the date is unknown."""
        if self.issue_date is None:
            return ""
        return "can_cuoc" if self.issue_date >= CAN_CUOC_FROM else "cccd"

    @property
    def summary(self) -> str:
        parts = [self.full_name, self.number]
        if self.birth_date:
            parts.append(f"sinh {format_date(self.birth_date)}")
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class Difference:
    """One field where the card and the register disagree (values as the clerk reads them)."""

    field: str  # 'id_number', 'full_name', 'birth', 'sex', 'permanent_address'
    label: str
    card_value: str
    register_value: str


def _scrub(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\ufeff", "")
    text = text.strip()
    text = _AIM_PREFIX.sub("", text)
    for sep in _SEPARATORS[1:]:
        text = text.replace(sep, "|")
    # CR/LF/tab and other control characters: a reader ends its text with one, some insert them
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text).strip()


def _date(raw: str) -> dt.date | None:
    digits = "".join(_DIGITS.findall(raw))
    if len(digits) != 8 or len(raw) > 12:
        return None
    try:
        return dt.date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
    except ValueError:
        return None


def _is_name(raw: str) -> bool:
    letters = [ch for ch in raw if ch.isalpha()]
    return len(letters) >= 2 and not any(ch.isdigit() for ch in raw)


def parse(text: str | None) -> CardData | None:
    """The card in ``text``, or None when the text is not a card's QR text."""
    if not text or not any(sep in text for sep in _SEPARATORS):
        return None
    fields = [clean(f) for f in _scrub(text).split("|")]
    # a stray character before the number (a leading quote, a space typed by the reader) is noise
    number = "".join(_DIGITS.findall(fields[0])) if fields else ""
    if len(number) != 12 or len(fields[0]) > 14:
        return None
    rest = fields[1:]
    old_id = ""
    if rest and not _is_name(rest[0]):
        head = rest.pop(0)
        if head and not (head.isascii() and head.isdigit() and len(head) in (9, 12)):
            return None
        old_id = head
    if not rest or not _is_name(rest[0]):
        return None
    name = rest.pop(0)
    birth = _date(rest.pop(0)) if rest else None
    sex = _SEX.get(fold(rest.pop(0)), "") if rest else ""
    address = rest.pop(0) if rest else ""
    issue = _date(rest.pop(0)) if rest else None
    extra = tuple(f for f in rest if f)
    return CardData(number, old_id, name, birth, sex, address, issue, extra)


def _address_key(text: str) -> str:
    return " ".join(re.sub(r"[,.;:\-–/]", " ", fold(text)).split())


def _birth_text(year: int | None, month: int | None, day: int | None) -> str:
    if year is None:
        return ""
    if month is None:
        return str(year)
    if day is None:
        return f"{month:02d}/{year}"
    return f"{day:02d}/{month:02d}/{year}"


def compare(card: CardData, person: object) -> list[Difference]:
    """Where ``card`` disagrees with a person of the register (a ``PersonView`` or alike).

    Names compare folded (diacritics, case, spaces), addresses folded without punctuation; a field
    the card does not carry is never a difference. A register birth date that is only partly known
    differs from the card's full date, so the clerk can complete it.
    """
    out: list[Difference] = []
    reg_number = (getattr(person, "id_number", "") or "").strip()
    if card.number != reg_number:
        out.append(Difference("id_number", "Số định danh", card.number, reg_number))
    reg_name = getattr(person, "full_name", "") or ""
    if card.full_name and fold(card.full_name) != fold(reg_name):
        out.append(Difference("full_name", "Họ và tên", card.full_name, reg_name))
    if card.birth_date:
        reg = (
            getattr(person, "birth_year", None),
            getattr(person, "birth_month", None),
            getattr(person, "birth_day", None),
        )
        card_birth = (card.birth_date.year, card.birth_date.month, card.birth_date.day)
        if reg != card_birth:
            out.append(Difference("birth", "Ngày sinh", format_date(card.birth_date), _birth_text(*reg)))
    reg_sex = getattr(person, "sex", "") or ""
    if card.sex and card.sex != reg_sex:
        names = {"M": "Nam", "F": "Nữ"}
        out.append(Difference("sex", "Giới tính", names[card.sex], names.get(reg_sex, reg_sex)))
    reg_address = getattr(person, "permanent_address", "") or ""
    if card.address and _address_key(card.address) != _address_key(reg_address):
        out.append(Difference("permanent_address", "Nơi thường trú", card.address, reg_address))
    return out
