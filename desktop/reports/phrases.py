"""Small rules for putting stored values into printed Vietnamese sentences.

A clerk types a phrase as it would open a sentence ("Có thành tích xuất sắc …"); printed inside a
sentence ("… vì có thành tích xuất sắc …") its first letter must be lower-case, unless the phrase
opens with a proper noun or an acronym ("Đoàn Thanh niên xã", "ANTT", "VNeID", "Tết Nguyên đán").
Donors and other parties are addressed by their sex ("ông", "bà") or, for a body, by its name.
"""

from __future__ import annotations

import unicodedata

#: words that keep their capital at the head of an embedded phrase even when the next word is
#: lower-case ("Công an xã", "Ủy ban nhân dân xã", "Tết")
PROPER_HEADS = frozenset({"Công", "Ủy", "Uỷ", "Đảng", "Nhà", "Tết", "Mặt", "Quân", "Hội", "Đoàn", "Bác"})

#: common nouns written before a proper name: lower-case inside a sentence although the next word
#: is capitalised ("xã Đắk Nia", "bon Bu Sir", "hộ Thị Hơn", "bà Thị Hơn")
COMMON_HEADS = frozenset({
    "xã", "phường", "thị", "đặc", "thôn", "bon", "buôn", "bản", "ấp", "làng", "sóc", "phum", "tổ", "khu",
    "khối", "khóm", "tỉnh", "huyện", "quận", "thành", "hộ", "ông", "bà", "anh", "chị", "em", "cháu", "cụ",
    "gia", "đồng", "giấy", "bằng", "thư",
})


def mid_sentence(text: str) -> str:
    """``text`` as it reads inside a sentence: its first letter lower-cased unless the phrase starts
    with a proper noun (two capitalised words, a known head word) or an acronym (two or more
    capitals in the first word)."""
    phrase = unicodedata.normalize("NFC", text or "").strip()
    if not phrase or not phrase[0].isupper():
        return phrase
    words = phrase.split()
    first = words[0]
    if sum(1 for ch in first if ch.isupper()) > 1:  # ANTT, VNeID, H'Nhung → H'Nhung keeps
        return phrase
    if first in PROPER_HEADS:
        return phrase
    if first.lower() in COMMON_HEADS:
        return phrase[0].lower() + phrase[1:]
    if len(words) > 1 and words[1][:1].isupper():  # "Nguyễn Văn Hùng", "Đắk Nia"
        return phrase
    return phrase[0].lower() + phrase[1:]


def sentence_start(text: str) -> str:
    """``text`` opening a sentence or a line: its first letter upper-case."""
    phrase = unicodedata.normalize("NFC", text or "").strip()
    return phrase[:1].upper() + phrase[1:]


#: how a person is addressed, by sex code ("M", "F"); unknown sex gets both
HONORIFICS = {"M": "ông", "F": "bà"}


def honorific(sex: str) -> str:
    """"ông", "bà", or "ông/bà" when the sex is not recorded."""
    return HONORIFICS.get(sex or "", "ông/bà")


def contains_name(phrase: str, name: str) -> bool:
    """Whether ``phrase`` already names ``name`` (compared folded), e.g. a project title "Làm sân
    cho hộ bà Thị Hơn" and its household head "Thị Hơn": print the name once."""
    from desktop.text import fold

    key = fold(name)
    return bool(key) and key in fold(phrase)
