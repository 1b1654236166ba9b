"""Text for official documents: NFC, escaping and the little markup paragraphs accept,
document numbers ("Số: 05/BC-CAX") and the place-and-date line."""

from __future__ import annotations

import datetime
import re
import unicodedata


def _nfc(text: object) -> str:
    return unicodedata.normalize("NFC", "" if text is None else str(text))


def _caps(text: str) -> str:
    return _nfc(_nfc(text).upper())


def escape(text: str) -> str:
    """Escape plain text for use inside ``Paragraph`` markup (&, <, > and quotes)."""
    return (_nfc(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _plain(text: object) -> str:
    """Plain caller text → safe reportlab markup; line breaks kept."""
    return escape(_nfc(text)).replace("\r\n", "\n").replace("\n", "<br/>")


_MARKUP_TOKEN = re.compile(
    r"<(/?)([bi])>|<br\s*/?>|&(?:amp|lt|gt|quot|apos|nbsp|#\d{1,7}|#x[0-9a-fA-F]{1,6});", re.IGNORECASE
)


def _markup(text: str) -> str:
    """Keep only balanced <b>, <i>, <br/> and entities from caller markup; escape the rest."""
    text = _nfc(text).replace("\r\n", "\n")
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for m in _MARKUP_TOKEN.finditer(text):
        out.append(escape(text[pos:m.start()]).replace("\n", "<br/>"))
        pos = m.end()
        token = m.group(0)
        if m.group(2):  # <b>, </b>, <i>, </i>
            tag = m.group(2).lower()
            if not m.group(1):
                stack.append(tag)
                out.append(f"<{tag}>")
            elif tag in stack:
                while stack:  # close anything opened inside it, then the tag itself
                    inner = stack.pop()
                    out.append(f"</{inner}>")
                    if inner == tag:
                        break
            else:
                out.append(escape(token))
        elif token.startswith("<"):
            out.append("<br/>")
        else:
            out.append(token)
    out.append(escape(text[pos:]).replace("\n", "<br/>"))
    out.extend(f"</{tag}>" for tag in reversed(stack))
    return "".join(out)


def format_number(number: int | None, kind_code: str, symbol: str) -> str:
    """"Số: 05/BC-CAX"; a number under 10 gets a leading zero; None leaves space to fill by hand."""
    code = _nfc(kind_code).strip()
    sym = _nfc(symbol).strip()
    suffix = f"{code}-{sym}" if sym else code
    if number is None:
        return f"Số:      /{suffix}"
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise ValueError(f"Số văn bản phải là số nguyên dương (nhận được: {number!r}).")
    return f"Số: {number:02d}/{suffix}"


def format_place_date(place: str, d: datetime.date) -> str:
    """"Đắk Nia, ngày 05 tháng 01 năm 2026": leading zero for days < 10 and for months 1 and 2."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return _nfc(f"{_nfc(place).strip()}, ngày {d.day:02d} tháng {month} năm {d.year}")
