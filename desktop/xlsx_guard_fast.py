"""The quick measure of ``xlsx_guard``: a usual worksheet and a large shared-strings part checked
with C-speed byte searches over 64 KiB pieces instead of expat's per-element callbacks (split from
``xlsx_guard``, which falls back to expat wherever this raises ``Unusual``)."""

from __future__ import annotations

import functools
import re

from desktop.xlsx_guard import (
    _CHUNK,
    Limits,
    _Archive,
    _fmt,
    _Refuse,
    _SheetScan,
    column_index,
    column_letter,
)

_NAME = rb"[^\s<>:/!?=\"']+"
_CELL_STARTS = (b"<c ", b"<c>", b"<c/", b"<c\n", b"<c\t", b"<c\r")
_CELL_ROW = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,7})"')
_CELL_COLUMN = re.compile(rb'<c r="([A-Z]+)')
_LAST_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"')
_PREFIXED_CELL = re.compile(rb"<" + _NAME + rb":c[\s/>]")
_FORMULA = re.compile(rb"<(?:" + _NAME + rb":)?f[\s/>]")
_DIMENSION = re.compile(rb"<(?:" + _NAME + rb":)?dimension\s[^>]*?ref=[\"']([^\"']*)[\"']")
_MERGE = re.compile(rb"<(?:" + _NAME + rb":)?mergeCell\s[^>]*?ref=[\"']([^\"']*)[\"']")
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class Unusual(Exception):
    """The quick byte scan met something it does not measure exactly: use the expat scan."""


def _at_most(top: str, alphabet: str, first: str) -> str:
    """A regular expression for the words over ``alphabet`` (ordered) that are at most ``top`` in
    the usual order (shorter words first, then letter by letter); no word starts with a letter
    before ``first`` (no leading zero). ``_at_most("61000", "0123456789", "1")`` matches 1‥61000."""

    def span(lo: str, hi: str) -> str:  # the letters lo‥hi of the alphabet, as a class
        return f"[{lo}-{hi}]" if lo != hi else lo

    low, high = alphabet[0], alphabet[-1]
    # the words as long as ``top`` first (most cells of a large sheet), the shorter ones last and
    # possessive: the engine then tries each address once or twice, not digit by digit
    parts = []
    for i, ch in enumerate(top):
        floor = first if i == 0 else low
        if ch > floor:
            before = alphabet[alphabet.index(ch) - 1]
            rest = f"{span(low, high)}{{{len(top) - i - 1}}}" if i < len(top) - 1 else ""
            parts.append(f"{top[:i]}{span(floor, before)}{rest}")
    parts.append(top)
    if len(top) > 1:
        parts.append(f"{span(first, high)}{span(low, high)}{{0,{len(top) - 2}}}+")
    return "(?:" + "|".join(parts) + ")"


@functools.lru_cache(maxsize=64)
def _cells_beyond(max_col: int, max_row: int) -> re.Pattern[bytes]:
    """A cell not written ``<c r="…"`` with a column up to ``max_col`` and a row 1‥``max_row`` (the
    form every usual cell has): where one is found, the piece is measured cell by cell."""
    cols = _at_most(column_letter(max_col), _LETTERS, "A") if max_col else "(?!)"
    rows = _at_most(str(max_row), "0123456789", "1")
    return re.compile(f'<c(?! r="{cols}{rows}")[\\s/>]'.encode())


class _FastSheet:
    """The usual sheet (cells written ``<c r="A1" …>``, no prefixes, no formulas), measured with
    C-speed byte searches over 64 KiB pieces. Each cell's address is held by one regular expression
    to the columns seen so far and to the rows the limits leave (``rows``, and ``area`` ÷ columns);
    a piece where one is outside is measured address by address. The highest row is the last cell's
    of each piece (cells come in order; one out of order is still held to the limits). Anything it
    does not measure exactly raises Unusual."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.scan = _SheetScan(limits)
        #: a piece was passed by the regular expression (its rows held to the row cap of the time)
        self.held = False
        self.beyond = _cells_beyond(0, limits.rows)

    def piece(self, data: bytes) -> None:
        scan, limits = self.scan, self.limits
        _fast_piece(data, scan)
        addressed = data.count(b'<c r="')
        if self.beyond.search(data) is None:
            if addressed:
                self.held = True
                scan.cells += addressed
                last = _LAST_CELL.match(data, data.rfind(b'<c r="'))
                if last is None:
                    raise Unusual
                scan.max_row = max(scan.max_row, int(last[2]))
            return
        if addressed != data.count(b"<c") and addressed != sum(data.count(tag) for tag in _CELL_STARTS):
            raise Unusual  # a cell without an address, or written differently
        scan.cells += addressed
        digits = _CELL_ROW.findall(data)
        letters = set(_CELL_COLUMN.findall(data))
        if len(digits) != addressed or sum(map(len, letters)) > 3 * len(letters):
            raise Unusual
        widest = max(letters, key=lambda col: (len(col), col)).decode()
        max_col = max(scan.max_col, column_index(widest))
        scan.max_row = max(scan.max_row, max(map(int, set(digits))))
        grew, scan.max_col = max_col > scan.max_col, max_col
        if scan.max_row > limits.rows or scan.max_col > limits.columns:
            raise _Refuse(scan._too_big())
        if grew and self.held:
            raise Unusual  # earlier pieces were held to a row cap this wider sheet no longer allows
        cap = min(limits.rows, limits.area // max(scan.max_col, 1))
        self.beyond = _cells_beyond(scan.max_col, max(cap, 1))


def fast_scan(archive: _Archive, part: str, limits: Limits) -> _SheetScan:
    """The sheet measured by ``_FastSheet``; anything unusual raises Unusual."""
    sheet = _FastSheet(limits)
    carry = b""
    for piece in archive.chunks(part):
        data = carry + piece
        cut = data.rfind(b"<")
        if cut < 0:
            carry = b""
        else:
            carry, data = data[cut:], data[:cut]
            if len(carry) > _CHUNK:
                raise Unusual
        sheet.piece(data)
    _fast_piece(carry, sheet.scan)
    if b"<c" in carry:
        raise Unusual
    return sheet.scan


def _fast_piece(data: bytes, scan: _SheetScan) -> None:
    """What a piece may hold besides cells, each looked for only where a byte it needs occurs
    (``!``, ``f``, ``:`` are rare in a register's text)."""
    if b"!" in data and (b"<!DOCTYPE" in data or b"<!ENTITY" in data):
        raise _Refuse("có khai báo DOCTYPE/ENTITY trong XML, tệp Excel thật không có; không đọc.")
    if b"f" in data and (b"<f" in data or b":f" in data) and _FORMULA.search(data):
        raise Unusual
    # Excel writes ``spans="1:30" x14ac:dyDescent=…`` on every row: ``:c`` first, then the expression
    if b":" in data and b":c" in data and _PREFIXED_CELL.search(data):
        raise Unusual
    if b"dimension" in data:
        for ref in _DIMENSION.findall(data):
            scan.start("dimension", {"ref": ref.decode("ascii", "replace")})
    if b"mergeCell" in data:
        scan.merged.extend(r.decode("ascii", "replace")[:30] for r in _MERGE.findall(data))


#: shared strings larger than this (inflated) are counted with byte searches instead of expat
FAST_STRINGS = 1 << 20
_PREFIXED_SI = re.compile(rb"<" + _NAME + rb":si[\s/>]")


def fast_strings(archive: _Archive, member: str, limits: Limits) -> None:
    """The texts of a workbook Excel saved (``sharedStrings.xml``, megabytes for a large register):
    DTDs and entities refused and the strings counted with byte searches; the XML itself is left to
    the reader, as a sheet's is (python-calamine refuses broken XML, ``&#0;`` included). Strings
    written with a namespace prefix raise Unusual (expat counts them)."""
    count = 0
    carry = b""
    for piece in archive.chunks(member):
        data = carry + piece
        cut = data.rfind(b"<")
        carry, data = (data[cut:], data[:cut]) if cut >= 0 else (b"", data)
        if len(carry) > _CHUNK:
            raise Unusual
        for part in (data, carry):
            if b"!" in part and (b"<!DOCTYPE" in part or b"<!ENTITY" in part):
                raise _Refuse("có khai báo DOCTYPE/ENTITY trong XML, tệp Excel thật không có; không đọc.")
        if b":" in data and _PREFIXED_SI.search(data):
            raise Unusual
        count += data.count(b"<si>") + data.count(b"<si ") + data.count(b"<si/")
        if count > limits.shared_strings:
            raise _Refuse(f"có hơn {_fmt(limits.shared_strings)} chuỗi, quá giới hạn.")
