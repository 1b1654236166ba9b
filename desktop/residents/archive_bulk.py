"""Arranging many residence files at once: a typed or scanned list of numbers and ranges into one box
("1-250, 300, 305-310"), or a workbook of file number → location (an opening inventory of thousands
of files). Both go through ``move_files``: one query per 500 numbers, one batched UPDATE, an audit
entry per file (location and date, old → new, with the record's state hash), the date the clerk gives.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, func, select, update

from desktop.db import UnitOfWork, now
from desktop.errors import ValidationError
from desktop.residents import bulk
from desktop.residents.models import ResidenceFile, StorageLocation
from desktop.text import clean, fold, format_date, format_int

#: the most numbers one range may stand for (a typing slip such as "1-250000" is refused, not run)
MAX_RANGE = 5000
_RANGE_MARKS = re.compile(r"\s*(?:–|—|\.\.|->|→|\bđến\b|\s-\s)\s*")
_SPLIT = re.compile(r"[,;\s]+")
_FULL = re.compile(r"\d{5}-\d{6}")
_SERIAL_RANGE = re.compile(r"(\d{1,6})-(\d{1,6})")
_TAIL_RANGE = re.compile(r"(\d{5}-)(\d{1,6})-(\d{1,6})")
_SHORT = re.compile(r"(\d{5}-)(\d{1,5})")
_HEAD_DIGITS = re.compile(r"(.*?)(\d+)")


def station_prefix(uow: UnitOfWork) -> str:
    """The "AAAAA-" most of the station's file numbers start with ('' when there is none)."""
    head = func.substr(ResidenceFile.number, 1, 6)
    stmt = select(head).group_by(head).order_by(func.count().desc(), head).limit(20)
    return next((h for h in uow.session.scalars(stmt) if re.fullmatch(r"\d{5}-", h or "")), "")


def _expand(start: str, end: str, prefix: str, width: int) -> list[str]:
    a, b = _HEAD_DIGITS.fullmatch(start), _HEAD_DIGITS.fullmatch(end)
    if not a or not b:
        raise ValidationError("Số hồ sơ", f"«{start}–{end}» không phải khoảng số hồ sơ.")
    head_a, digits_a = a.groups()
    head_b, digits_b = b.groups()
    head = head_a or prefix
    if head_b and head_b != head:
        raise ValidationError("Số hồ sơ", f"«{start}–{end}»: hai đầu khoảng khác tiền tố.")
    size = len(digits_a) if head_a else (width if head else len(digits_a))
    low, high = int(digits_a), int(digits_b)
    if high < low:
        raise ValidationError("Số hồ sơ", f"«{start}–{end}»: số cuối nhỏ hơn số đầu.")
    if high - low + 1 > MAX_RANGE:
        raise ValidationError(
            "Số hồ sơ", f"«{start}–{end}» gồm {format_int(high - low + 1)} số, quá {format_int(MAX_RANGE)}."
        )
    return [f"{head}{n:0{size}d}" for n in range(low, high + 1)]


def parse_numbers(text: str, prefix: str = "", width: int = 6) -> list[str]:
    """File numbers from what the clerk typed or scanned, in order: whole numbers ("68123-000001"),
    ranges of them ("68123-000001 - 68123-000250", "68123-000001-000250", "68123-1-250"), and short
    serials with the station's ``prefix`` ("1-250, 300, 305-310" → 68123-000001 … 68123-000310).
    Separators: comma, semicolon, space, new line; a range: "-" between serials, " - ", "–", "..",
    "đến"."""
    out: list[str] = []
    for token in _SPLIT.split(_RANGE_MARKS.sub("~", clean(text))):
        if not token:
            continue
        if "~" in token:
            start, _, end = token.partition("~")
            out.extend(_expand(start, end, prefix, width))
        elif _FULL.fullmatch(token):
            out.append(token)
        elif m := _TAIL_RANGE.fullmatch(token):
            out.extend(_expand(f"{m.group(1)}{int(m.group(2)):0{width}d}", m.group(3), prefix, width))
        elif m := _SHORT.fullmatch(token):
            out.append(f"{m.group(1)}{int(m.group(2)):0{width}d}")
        elif (m := _SERIAL_RANGE.fullmatch(token)) and prefix:
            out.extend(_expand(m.group(1), m.group(2), prefix, width))
        elif token.isdigit() and prefix:
            out.append(f"{prefix}{int(token):0{width}d}")
        else:
            out.append(token)
    return out


@dataclass(frozen=True)
class Move:
    """One file to place: its number as given, the box, the date (None: the day of the whole list)."""

    number: str
    location_id: int
    day: dt.date | None = None


@dataclass
class MoveResult:
    placed: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)
    moved_from: list[tuple[str, str]] = field(default_factory=list)


def check_box(uow: UnitOfWork, location_id: int) -> StorageLocation:
    box = uow.get(StorageLocation, location_id)
    if box.kind != "hộp" and uow.session.scalar(
        select(StorageLocation.id).where(StorageLocation.parent_id == location_id).limit(1)
    ):
        raise ValidationError("Vị trí", "hãy chọn hộp (vị trí nhỏ nhất) để xếp hồ sơ.")
    return box


def find_files(uow: UnitOfWork, numbers: Sequence[str]) -> dict[str, Any]:
    """The files with these numbers (matched folded: case, spaces, accents), by folded number."""
    keys = list(dict.fromkeys(fold(n) for n in numbers if clean(n)))
    found: dict[str, Any] = {}
    for start in range(0, len(keys), 500):
        for row in uow.session.execute(
            select(
                ResidenceFile.id,
                ResidenceFile.number,
                ResidenceFile.number_key,
                ResidenceFile.location_id,
                ResidenceFile.arranged_date,
                ResidenceFile.created_at,
            ).where(ResidenceFile.number_key.in_(keys[start : start + 500]))
        ):
            found[row.number_key] = row
    return found


def move_files(
    uow: UnitOfWork, moves: Sequence[Move], day: dt.date, paths: dict[int, str], *, check_dates: bool = True
) -> MoveResult:
    """Place the files (checked boxes, checked date); unknown numbers are listed, never guessed.

    A number listed twice is placed once; a file already in its box is left as it is. A date before
    the file came into CAXA is refused for the whole list (nothing is written).
    """
    files = find_files(uow, [m.number for m in moves])
    result = MoveResult()
    where: dict[int, int | None] = {}
    todo: dict[int, tuple[Any, int, dt.date]] = {}
    for move in moves:
        number = clean(move.number)
        if not number:
            continue
        row = files.get(fold(number))
        if row is None:
            if number not in result.unknown:
                result.unknown.append(number)
            continue
        current = where.get(row.id, row.location_id)
        if current == move.location_id:
            result.already_there.append(row.number)
            continue
        when = move.day or day
        if check_dates:
            bulk.work_date("Ngày xếp", when)
        if current is not None:
            result.moved_from.append((row.number, paths.get(current, "")))
        where[row.id] = move.location_id
        todo[row.id] = (row, move.location_id, when)
        result.placed.append(row.number)
    _write(uow, list(todo.values()), paths)
    return result


def _write(uow: UnitOfWork, todo: list[tuple[Any, int, dt.date]], paths: dict[int, str]) -> None:
    if not todo:
        return
    uow.session.flush()
    table = ResidenceFile.__table__
    stamp = now()
    stmt = (
        update(table)
        .where(table.c.id == bindparam("fid"))
        .values(location_id=bindparam("loc"), arranged_date=bindparam("day"))
        .values(version=table.c.version + 1, updated_at=stamp)
    )
    conn = uow.session.connection()
    for start in range(0, len(todo), 2000):
        conn.execute(
            stmt, [{"fid": r.id, "loc": loc, "day": day} for r, loc, day in todo[start : start + 2000]]
        )
    entries = []
    for row, loc, day in todo:
        changes: dict[str, list[Any]] = {"location_id": [row.location_id, loc]}
        if row.arranged_date != day:
            changes["arranged_date"] = [bulk.plain(row.arranged_date), day.isoformat()]
        summary = f"{ResidenceFile.__label__} «{row.number}»: xếp vào {paths.get(loc, '')}"
        entries.append(("update", "residence_file", row.id, summary, changes))
    bulk.append_audit(uow, ResidenceFile, entries)
    uow.session.expire_all()


@dataclass(frozen=True)
class ArrangeSummary:
    """What arranging a typed list did (or, for a dry run, would do)."""

    box_path: str
    day: dt.date
    #: the "AAAAA-" put before short serials ('' when none was typed)
    prefix: str
    asked: int
    placed: tuple[str, ...]
    unknown: tuple[str, ...]
    already_there: tuple[str, ...]
    moved_from: tuple[tuple[str, str], ...]

    def text(self) -> str:
        parts = [
            f"Đã xếp {format_int(len(self.placed))} hồ sơ vào {self.box_path} (ngày {format_date(self.day)})"
        ]
        if self.already_there:
            parts.append(f"{format_int(len(self.already_there))} hồ sơ đã ở hộp này")
        if self.moved_from:
            parts.append(f"{format_int(len(self.moved_from))} hồ sơ chuyển từ vị trí khác")
        if self.unknown:
            parts.append(f"{format_int(len(self.unknown))} số không có trong tàng thư (cần xác minh)")
        if self.prefix:
            parts.append(f"số ngắn được hiểu là {self.prefix}xxxxxx")
        return "; ".join(parts) + "."


def arrange_text(
    uow: UnitOfWork, location_id: int, text: str, day: dt.date | str | None = None
) -> ArrangeSummary:
    """Arrange every file a typed or scanned list names ("1-250, 300, 305-310") into one box."""
    from desktop.residents.archive import _path_of, _paths

    uow.require("write")
    check_box(uow, location_id)
    when = bulk.work_date("Ngày xếp", day)
    prefix = station_prefix(uow)
    numbers = parse_numbers(text, prefix)
    if numbers == parse_numbers(text):
        prefix = ""  # no short serial was typed
    if not numbers:
        raise ValidationError("Số hồ sơ", "chưa nhập số hồ sơ nào.")
    locs = _paths(uow)
    paths = {i: _path_of(locs, i) for i in locs}
    result = move_files(uow, [Move(n, location_id) for n in numbers], when, paths)
    return ArrangeSummary(
        paths[location_id],
        when,
        prefix,
        len(numbers),
        tuple(result.placed),
        tuple(result.unknown),
        tuple(result.already_there),
        tuple(result.moved_from),
    )


# --------------------------------------------------------------------------- a workbook of file → location

NUMBER_HEADERS = ("so ho so", "so hs")
LOCATION_HEADERS = ("vi tri", "hop", "noi luu")
DATE_HEADERS = ("ngay xep",)
MAX_ROWS = 60_000
_PATH_SPLIT = re.compile(r"\s*(?:›|>|/|\\|\|)\s*")


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    message: str

    def text(self) -> str:
        return f"Dòng {self.row}" + (f", cột «{self.column}»" if self.column else "") + f": {self.message}"


@dataclass(frozen=True)
class InventoryReport:
    """A workbook of file number → location, checked (and written when nothing is wrong)."""

    file: str
    rows: int
    placed: int
    already_there: int
    moved: int
    by_box: tuple[tuple[str, int], ...]
    problems: tuple[RowProblem, ...]
    written: bool

    def text(self) -> str:
        if self.problems:
            return (
                f"{self.file}: {format_int(len(self.problems))} lỗi, không xếp hồ sơ nào; "
                "hãy sửa tệp rồi nhập lại."
            )
        verb = "Đã xếp" if self.written else "Sẽ xếp"
        return (
            f"{self.file}: {format_int(self.rows)} dòng. {verb} {format_int(self.placed)} hồ sơ vào "
            f"{format_int(len(self.by_box))} hộp ({format_int(self.moved)} chuyển từ vị trí khác); "
            f"{format_int(self.already_there)} hồ sơ đã ở đúng hộp."
        )


def _read_rows(path: Any) -> list[list[Any]]:
    from pathlib import Path

    from python_calamine import CalamineWorkbook

    from desktop import xlsx_guard
    from desktop.errors import FileRefused

    path = Path(path)
    info = xlsx_guard.inspect_xlsx(path, xlsx_guard.Limits(rows=MAX_ROWS + 10, columns=64))
    if not info.sheets:
        raise FileRefused(path.name, "không có trang tính nào.")
    sheet = info.sheets[0]
    if sheet.formulas:
        raise FileRefused(path.name, "có công thức; hãy dán giá trị (Paste Values) rồi lưu lại.")
    try:
        return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet.name).to_python()
    except Exception:  # calamine's own error types (broken XML, bad values)
        raise FileRefused(path.name, "bị hỏng, không đọc được nội dung.") from None


def _cell(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean("" if value is None else str(value))


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    return next((i for i, h in enumerate(header) if any(fold(h).startswith(n) for n in names)), None)


class _Places:
    """Location texts ("Kho 1 › Tủ 2 › Ngăn 1 › Hộp 05", or its end when that is unique) → box id."""

    def __init__(self, uow: UnitOfWork) -> None:
        from desktop.residents.archive import _path_of, _paths

        locs = _paths(uow)
        self.paths = {i: _path_of(locs, i) for i in locs}
        parents = {p for p, *_ in locs.values() if p is not None}
        self.boxes = {i for i, (_p, kind, _n, _v) in locs.items() if kind == "hộp" or i not in parents}
        self.segments = {i: [fold(s) for s in _PATH_SPLIT.split(p)] for i, p in self.paths.items()}
        self.cache: dict[str, tuple[int | None, str]] = {}

    def find(self, text: str) -> tuple[int | None, str]:
        if text not in self.cache:
            self.cache[text] = self._find(text)
        return self.cache[text]

    def _find(self, text: str) -> tuple[int | None, str]:
        wanted = [fold(s) for s in _PATH_SPLIT.split(text) if s.strip()]
        if not wanted:
            return None, "để trống."
        hits = [i for i, segs in self.segments.items() if segs[-len(wanted) :] == wanted]
        if not hits:
            return None, f"không có vị trí «{text}» trong tàng thư."
        if len(hits) > 1:
            return (
                None,
                f"«{text}» khớp {len(hits)} vị trí; hãy ghi đủ đường dẫn (vd. {self.paths[hits[0]]}).",
            )
        if hits[0] not in self.boxes:
            return None, f"«{self.paths[hits[0]]}» không phải hộp (vị trí nhỏ nhất)."
        return hits[0], ""


def arrange_workbook(
    uow: UnitOfWork, path: Any, *, dry_run: bool = False, day: dt.date | str | None = None
) -> InventoryReport:
    """An opening inventory: a workbook whose first sheet has the columns «Số hồ sơ» and «Vị trí»
    (and optionally «Ngày xếp»). Every row is checked first; with any problem nothing is written and
    every problem is listed (a dry run lists them without writing in any case)."""
    from pathlib import Path

    uow.require("write")
    name = Path(path).name
    default_day = bulk.work_date("Ngày xếp", day)
    rows = _read_rows(path)
    problems: list[RowProblem] = []
    header = [_cell(v) for v in (rows[0] if rows else [])]
    number_col, place_col = _column(header, NUMBER_HEADERS), _column(header, LOCATION_HEADERS)
    date_col = _column(header, DATE_HEADERS)
    if number_col is None or place_col is None:
        problems.append(RowProblem(1, "", "dòng đầu phải có cột «Số hồ sơ» và cột «Vị trí»."))
        return InventoryReport(name, max(len(rows) - 1, 0), 0, 0, 0, (), tuple(problems), False)
    body = [(i, r) for i, r in enumerate(rows[1:], start=2) if any(_cell(v) for v in r)]
    places = _Places(uow)
    files = find_files(uow, [_cell(r[number_col]) for _i, r in body if number_col < len(r)])
    seen: dict[str, tuple[int, int]] = {}
    moves: list[Move] = []
    for line, row in body:
        number = _cell(row[number_col]) if number_col < len(row) else ""
        place = _cell(row[place_col]) if place_col < len(row) else ""
        if not number:
            problems.append(RowProblem(line, header[number_col], "để trống."))
            continue
        f = files.get(fold(number))
        if f is None:
            problems.append(RowProblem(line, header[number_col], f"«{number}» không có trong tàng thư."))
        box, why = places.find(place)
        if box is None:
            problems.append(RowProblem(line, header[place_col], why))
        when = default_day
        if date_col is not None and date_col < len(row) and _cell(row[date_col]):
            try:
                when = bulk.work_date(header[date_col], _date_value(row[date_col]))
            except ValidationError as exc:
                problems.append(RowProblem(line, header[date_col], exc.detail))
                continue
        if f is None or box is None:
            continue
        key = fold(number)
        if key in seen:
            if seen[key][1] != box:
                problems.append(
                    RowProblem(
                        line, header[number_col], f"«{number}» đã ghi ở dòng {seen[key][0]} với hộp khác."
                    )
                )
            continue
        seen[key] = (line, box)
        moves.append(Move(number, box, when))
    by_box = Counter(places.paths[m.location_id] for m in moves)
    already = sum(1 for m in moves if files[fold(m.number)].location_id == m.location_id)
    moved = sum(1 for m in moves if files[fold(m.number)].location_id not in (None, m.location_id))
    written = False
    if not problems and not dry_run:
        move_files(uow, moves, default_day, places.paths, check_dates=False)
        written = True
    return InventoryReport(
        name,
        len(body),
        len(moves) - already,
        already,
        moved,
        tuple(sorted(by_box.items())),
        tuple(problems),
        written,
    )


def _date_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return _cell(value)
