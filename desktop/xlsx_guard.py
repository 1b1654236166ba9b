"""Check an .xlsx file before any reader opens it, so that no file can crash or exhaust CAXA.

A workbook is a zip archive of XML parts. Readers such as python-calamine trust what they find:
one cell at XFD1048576 makes calamine allocate the whole 17-billion-cell range, a zip bomb
inflates to gigabytes, and their errors are English. ``inspect_xlsx`` reads the archive itself,
with bounded memory, before that:

* the file size, the number of archive members, their declared sizes and compression ratios, and
  the bytes each member really inflates to (a member that inflates past its declared size, or to a
  different checksum, is refused — readers that trust the declared size are never reached);
* every XML part is stream-parsed with expat (64 KiB at a time); a DOCTYPE, an entity
  declaration, a malformed character reference such as ``&#0;`` or any other XML error is refused;
* every worksheet (found through the workbook's relationships, not by guessing file names) is
  measured: its ``<dimension>``, the highest row and column any cell reaches, the number of cells,
  merged ranges, and cell formulas in any prefix or namespace form (transitional and strict).

A usual worksheet and a large shared-strings part are measured by ``xlsx_guard_fast`` with byte
searches instead (DTDs and entities refused the same way; their XML otherwise left to the reader,
which refuses broken XML); whatever that quick measure does not take exactly goes through expat.

Every refusal is a ``FileRefused`` whose Vietnamese message names the file. Qt-free, for any area.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from desktop.errors import FileRefused

#: the Microsoft extension namespace: its <xm:f> holds data-validation lists, not cell formulas
_MS_EXT = "http://schemas.microsoft.com/office/excel/2006/main"
_REL_NS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)
_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")
_CHUNK = 1 << 16
_EOCD = b"PK\x05\x06"
_LOCAL = b"PK\x03\x04"
MAX_EXCEL_ROWS = 1_048_576
MAX_EXCEL_COLUMNS = 16_384


@dataclass(frozen=True)
class Limits:
    """What a workbook may hold before it is refused (the defaults suit a 60,000-row import)."""

    file_bytes: int = 64 * 1024 * 1024
    members: int = 1_000
    #: total bytes all members inflate to, and the most any one member may
    uncompressed_bytes: int = 256 * 1024 * 1024
    #: inflated / compressed, checked for members over ``ratio_floor`` bytes
    ratio: int = 100
    ratio_floor: int = 1024 * 1024
    rows: int = 100_000
    columns: int = 256
    #: rows × columns of the area a reader allocates for one sheet
    area: int = 3_000_000
    shared_strings: int = 2_000_000


@dataclass(frozen=True)
class SheetInfo:
    name: str
    part: str
    rows: int
    columns: int
    cells: int
    merged: tuple[str, ...]
    formulas: int
    formula_cells: tuple[str, ...]


@dataclass(frozen=True)
class WorkbookInfo:
    path: Path
    sheets: list[SheetInfo] = field(default_factory=list)

    def sheet(self, name: str) -> SheetInfo | None:
        return next((s for s in self.sheets if s.name == name), None)


def column_letter(index: int) -> str:
    """1 → A, 16384 → XFD."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def _fmt(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class _Refuse(Exception):
    """Raised inside expat handlers; turned into FileRefused with the file's name."""


class _Archive:
    """The members of a zip file, read from its central directory and inflated with bounded output."""

    def __init__(self, path: Path, name: str, limits: Limits) -> None:
        self.path, self.name, self.limits = path, name, limits
        self.total_inflated = 0
        self.fh = path.open("rb")
        try:
            self.members = self._directory()
        except BaseException:
            self.fh.close()
            raise

    def close(self) -> None:
        self.fh.close()

    def refuse(self, reason: str) -> FileRefused:
        return FileRefused(self.name, reason)

    def _directory(self) -> dict[str, tuple[int, int, int, int, int]]:
        """name → (method, compressed size, size, crc, local header offset)."""
        not_xlsx = "không phải tệp Excel .xlsx (hãy mở bằng Excel và lưu lại dạng .xlsx)."
        size = self.fh.seek(0, 2)
        if size > self.limits.file_bytes:
            raise self.refuse(f"tệp lớn {_fmt(size)} byte, quá giới hạn {_fmt(self.limits.file_bytes)} byte.")
        tail_start = max(0, size - 22 - 65_535)
        self.fh.seek(tail_start)
        tail = self.fh.read()
        at = tail.rfind(_EOCD)
        if at < 0 or len(tail) - at < 22:
            raise self.refuse(not_xlsx)
        fields = struct.unpack("<4sHHHHIIH", tail[at : at + 22])
        _sig, disk, _d2, _n_disk, count, cd_size, cd_offset, _clen = fields
        if disk != 0 or count == 0xFFFF or cd_offset == 0xFFFFFFFF:
            raise self.refuse("là tệp nén nhiều phần hoặc ZIP64, không phải tệp Excel thông thường.")
        if count > self.limits.members:
            raise self.refuse(f"có {_fmt(count)} phần bên trong, quá giới hạn {_fmt(self.limits.members)}.")
        if cd_offset + cd_size > tail_start + at:
            raise self.refuse("bị hỏng (mục lục tệp nén sai).")
        self.fh.seek(cd_offset)
        directory = self.fh.read(cd_size)
        members: dict[str, tuple[int, int, int, int, int]] = {}
        pos = 0
        total = 0
        for _ in range(count):
            if directory[pos : pos + 4] != b"PK\x01\x02" or len(directory) < pos + 46:
                raise self.refuse("bị hỏng (mục lục tệp nén sai).")
            (flags, method, _t, _d, crc, csize, usize, nlen, xlen, clen, offset) = struct.unpack(
                "<8xHHHHIIIHHH8xI", directory[pos : pos + 46]
            )
            raw_name = directory[pos + 46 : pos + 46 + nlen]
            pos += 46 + nlen + xlen + clen
            name = raw_name.decode("utf-8" if flags & 0x800 else "cp437", "replace")
            if flags & 0x1:
                raise self.refuse("có phần được mã hóa (đặt mật khẩu); hãy bỏ mật khẩu rồi lưu lại.")
            if method not in (0, 8):
                raise self.refuse("dùng kiểu nén không được hỗ trợ; hãy mở bằng Excel và lưu lại.")
            if usize > self.limits.uncompressed_bytes:
                raise self.bomb(usize)
            if usize > self.limits.ratio_floor and usize > self.limits.ratio * max(csize, 1):
                raise self.refuse(
                    f"có phần «{name}» nén {_fmt(usize // max(csize, 1))} lần, quá mức của một tệp Excel "
                    "(có thể là «bom nén»)."
                )
            total += usize
            if total > self.limits.uncompressed_bytes:
                raise self.bomb(total)
            members[name] = (method, csize, usize, crc, offset)
        return members

    def bomb(self, size: int) -> FileRefused:
        return self.refuse(
            f"giải nén ra hơn {_fmt(size // (1024 * 1024))} MB, quá giới hạn "
            f"{_fmt(self.limits.uncompressed_bytes // (1024 * 1024))} MB (có thể là «bom nén»)."
        )

    def chunks(self, member: str):  # noqa: ANN201  (an iterator of bytes)
        """The member's bytes, 64 KiB at a time, never more than it declared; checked at the end."""
        method, csize, usize, crc, offset = self.members[member]
        self.fh.seek(offset)
        header = self.fh.read(30)
        if len(header) < 30 or header[:4] != _LOCAL:
            raise self.refuse(f"bị hỏng (phần «{member}» không đọc được).")
        nlen, xlen = struct.unpack("<HH", header[26:30])
        self.fh.seek(offset + 30 + nlen + xlen)
        left = csize
        inflater = zlib.decompressobj(-15) if method == 8 else None
        out = 0
        check = 0
        while left > 0 or (inflater is not None and inflater.unconsumed_tail):
            if inflater is not None and inflater.unconsumed_tail:
                data = inflater.unconsumed_tail
            else:
                data = self.fh.read(min(_CHUNK, left))
                if not data:
                    raise self.refuse(f"bị cắt cụt (phần «{member}» thiếu dữ liệu).")
                left -= len(data)
            if inflater is None:
                piece = data
            else:
                try:
                    piece = inflater.decompress(data, _CHUNK)
                except zlib.error:
                    raise self.refuse(f"bị hỏng (dữ liệu nén của phần «{member}» sai).") from None
            if not piece:
                if inflater is not None and inflater.eof:
                    break
                continue
            out += len(piece)
            self.total_inflated += len(piece)
            if out > usize:
                raise self.refuse(f"bị hỏng hoặc giả mạo (phần «{member}» giải nén dài hơn khai báo).")
            check = zlib.crc32(piece, check)
            yield piece
        if inflater is not None and not inflater.eof:
            raise self.refuse(f"bị hỏng (dữ liệu nén của phần «{member}» không trọn vẹn).")
        if out != usize or check != crc:
            raise self.refuse(f"bị hỏng (phần «{member}» sai kích thước hoặc mã kiểm tra).")


def _parser(on_start=None):  # noqa: ANN001, ANN202
    parser = expat.ParserCreate(namespace_separator=" ")

    def doctype(*_args: object) -> None:
        raise _Refuse("có khai báo DOCTYPE/ENTITY trong XML, tệp Excel thật không có; không đọc.")

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    parser.ExternalEntityRefHandler = doctype
    if on_start is not None:
        parser.StartElementHandler = on_start
    return parser


def _parse(archive: _Archive, member: str, on_start=None, label: str = "") -> None:  # noqa: ANN001
    label = label or f"phần «{member}»"
    parser = _parser(on_start)
    try:
        for piece in archive.chunks(member):
            parser.Parse(piece, False)
        parser.Parse(b"", True)
    except _Refuse as exc:
        raise archive.refuse(f"{label} {exc}") from None
    except expat.ExpatError as exc:
        raise archive.refuse(
            f"bị hỏng (XML của {label} sai ở dòng {exc.lineno}, cột {exc.offset}: "
            f"{expat.ErrorString(exc.code)})."
        ) from None


def _local(name: str) -> tuple[str, str]:
    uri, _, local = name.rpartition(" ")
    return uri, local


class _SheetScan:
    """Counts what a reader would allocate for one worksheet, from its start tags alone."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.max_row = self.max_col = self.cells = self.formulas = 0
        self.dim_rows = self.dim_cols = 0
        self.row = 0
        self.col = 0
        self.formula_cells: list[str] = []
        self.merged: list[str] = []
        self.kinds: dict[str, str] = {}

    def _kind(self, name: str) -> str:
        uri, local = _local(name)
        kind = local if local in ("row", "c", "f", "dimension", "mergeCell") else ""
        if kind == "f" and uri == _MS_EXT:
            kind = ""  # <xm:f> of a data-validation list in extLst
        self.kinds[name] = kind
        return kind

    def start(self, name: str, attrs: dict[str, str]) -> None:
        kind = self.kinds.get(name)
        if kind is None:
            kind = self._kind(name)
        if kind == "c":
            ref = attrs.get("r")
            if ref:
                m = _REF.fullmatch(ref)
                if m is None:
                    raise _Refuse(f"có ô với địa chỉ sai «{ref[:20]}».")
                self.col = column_index(m[1])
                row = int(m[2])
                if row > self.row:
                    self.row = row
            else:
                self.col += 1
            if self.col > self.max_col:
                self.max_col = self.col
                if self.col > self.limits.columns:
                    raise _Refuse(self._too_big())
            if self.row > self.max_row:
                self.max_row = self.row
                if self.row > self.limits.rows:
                    raise _Refuse(self._too_big())
            self.cells += 1
        elif kind == "row":
            ref = attrs.get("r")
            if ref:
                if not ref.isdigit() or len(ref) > 7:
                    raise _Refuse(f"có dòng với số thứ tự sai «{ref[:20]}».")
                self.row = int(ref)
            else:
                self.row += 1
            self.col = 0
        elif kind == "f":
            self.formulas += 1
            if len(self.formula_cells) < 10:
                self.formula_cells.append(f"{column_letter(self.col)}{self.row}")
        elif kind == "dimension":
            refs = [_REF.fullmatch(part) for part in (attrs.get("ref") or "A1").split(":")]
            if not all(refs):
                raise _Refuse(f"có vùng dữ liệu khai báo sai «{attrs.get('ref', '')[:30]}».")
            self.dim_rows = max(int(m[2]) for m in refs if m)
            self.dim_cols = max(column_index(m[1]) for m in refs if m)
            if self.dim_rows > self.limits.rows or self.dim_cols > self.limits.columns:
                raise _Refuse(self._too_big(declared=True))
        elif kind == "mergeCell":
            self.merged.append(attrs.get("ref", "")[:30])

    def _too_big(self, *, declared: bool = False) -> str:
        rows = self.dim_rows if declared else self.max_row
        cols = self.dim_cols if declared else self.max_col
        where = "khai báo vùng dữ liệu" if declared else "có ô dữ liệu"
        return (
            f"{where} tới ô {column_letter(cols)}{rows} ({_fmt(rows)} dòng × {_fmt(cols)} cột), quá giới hạn "
            f"{_fmt(self.limits.rows)} dòng × {_fmt(self.limits.columns)} cột; hãy xóa các dòng, cột thừa "
            "ở cuối trang (chọn chúng, bấm chuột phải, «Delete») rồi lưu lại."
        )

    def finish(self) -> None:
        rows = max(self.max_row, self.dim_rows)
        cols = max(self.max_col, self.dim_cols)
        if rows * cols > self.limits.area:
            raise _Refuse(
                f"có vùng dữ liệu {_fmt(rows)} dòng × {_fmt(cols)} cột, quá giới hạn "
                f"{_fmt(self.limits.area)} ô; hãy xóa các dòng, cột thừa hoặc chia thành nhiều tệp."
            )


def _relationships(archive: _Archive, member: str) -> dict[str, str]:
    rels: dict[str, str] = {}

    def start(name: str, attrs: dict[str, str]) -> None:
        if _local(name)[1] == "Relationship" and "Id" in attrs:
            rels[attrs["Id"]] = attrs.get("Target", "")

    _parse(archive, member, start)
    return rels


def _resolve(base_dir: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    parts = [p for p in base_dir.split("/") if p]
    for piece in target.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


def inspect_xlsx(path: Path | str, limits: Limits | None = None) -> WorkbookInfo:
    """Check ``path`` as described in the module docstring; raise FileRefused naming it."""
    path = Path(path)
    limits = limits or Limits()
    if not path.is_file():
        raise FileRefused(path.name, "không có hoặc không phải một tệp.")
    if path.suffix.lower() != ".xlsx":
        raise FileRefused(path.name, "không phải tệp Excel .xlsx (hãy lưu lại dạng .xlsx).")
    try:
        archive = _Archive(path, path.name, limits)
    except OSError as exc:
        raise FileRefused(path.name, f"không mở được ({exc.strerror or exc}).") from exc
    try:
        return _inspect(archive, path, limits)
    except OSError as exc:
        raise FileRefused(path.name, f"không đọc được ({exc.strerror or exc}).") from exc
    finally:
        archive.close()


def _inspect(archive: _Archive, path: Path, limits: Limits) -> WorkbookInfo:
    from desktop import xlsx_guard_fast as fast

    members = archive.members
    workbook = "xl/workbook.xml"
    if workbook not in members:
        raise archive.refuse("không phải tệp Excel .xlsx (không có phần «xl/workbook.xml»).")
    # every XML part a reader may open is parsed once: DTDs, entities and broken XML are refused
    for name in members:
        if name.endswith((".xml", ".rels")) and not name.startswith("xl/worksheets/"):
            if name.endswith("sharedStrings.xml") and members[name][2] > fast.FAST_STRINGS:
                try:
                    fast.fast_strings(archive, name, limits)
                    continue
                except fast.Unusual:
                    pass
                except _Refuse as exc:
                    raise archive.refuse(f"phần «{name}» {exc}") from None
            if name.endswith("sharedStrings.xml"):
                count = [0]

                def count_si(tag: str, _attrs: dict[str, str], count: list[int] = count) -> None:
                    if tag.endswith(" si") or tag == "si":
                        count[0] += 1
                        if count[0] > limits.shared_strings:
                            raise _Refuse(f"có hơn {_fmt(limits.shared_strings)} chuỗi, quá giới hạn.")

                _parse(archive, name, count_si)
            else:
                _parse(archive, name)
    sheets: list[tuple[str, str]] = []

    def on_sheet(tag: str, attrs: dict[str, str]) -> None:
        if _local(tag)[1] == "sheet":
            rid = next((v for k, v in attrs.items() if k in {f"{ns} id" for ns in _REL_NS}), "")
            sheets.append((attrs.get("name", ""), rid))

    _parse(archive, workbook, on_sheet)
    rels_name = "xl/_rels/workbook.xml.rels"
    rels = _relationships(archive, rels_name) if rels_name in members else {}
    infos: list[SheetInfo] = []
    for sheet_name, rid in sheets:
        part = _resolve("xl", rels.get(rid, ""))
        if part not in members:
            continue  # a chart sheet or a dangling entry: no reader loads cells from it
        label = f"trang «{sheet_name}»"
        try:
            scan = fast.fast_scan(archive, part, limits)
        except fast.Unusual:
            scan = _SheetScan(limits)
            _parse(archive, part, scan.start, label)
        except _Refuse as exc:
            raise archive.refuse(f"{label} {exc}") from None
        try:
            scan.finish()
        except _Refuse as exc:
            raise archive.refuse(f"{label} {exc}") from None
        infos.append(
            SheetInfo(
                sheet_name,
                part,
                max(scan.max_row, 0),
                scan.max_col,
                scan.cells,
                tuple(scan.merged),
                scan.formulas,
                tuple(scan.formula_cells),
            )
        )
    return WorkbookInfo(path, infos)
