"""The archive (tàng thư): storage locations, residence files and their papers, arranging files
into boxes. Loans are in loans.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import aliased

from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.residents import search, validate
from desktop.residents.loans import overdue_where
from desktop.residents.models import (
    DIGITISED,
    LOCATION_KINDS,
    FileDocument,
    FileLoan,
    Household,
    Person,
    ResidenceFile,
    StorageLocation,
)
from desktop.text import fold, require_text

# --------------------------------------------------------------------------- locations


@dataclass(frozen=True)
class LocationView:
    id: int
    parent_id: int | None
    kind: str
    name: str
    path: str
    file_count: int
    version: int

    @property
    def label(self) -> str:
        return location_label(self.kind, self.name)


def location_label(kind: str, name: str) -> str:
    """"Kho 1" for a kho named "1" — and still "Kho 1", not "Kho Kho 1", for one named "Kho 1"."""
    if fold(name) == fold(kind) or fold(name).startswith(fold(kind) + " "):
        return name[:1].upper() + name[1:]
    return f"{kind.capitalize()} {name}"


def _bare_name(kind: str, name: str) -> str:
    """The name without the kind the clerk typed in front of it ("Kho 1" → "1")."""
    if fold(name).startswith(fold(kind) + " "):
        return name[len(kind) + 1 :].strip() or name
    return name


def _paths(uow: UnitOfWork) -> dict[int, tuple[int | None, str, str, int]]:
    return {
        i: (p, k, n, v)
        for i, p, k, n, v in uow.session.execute(
            select(
                StorageLocation.id,
                StorageLocation.parent_id,
                StorageLocation.kind,
                StorageLocation.name,
                StorageLocation.version,
            )
        )
    }


def _path_of(locs: dict[int, tuple[int | None, str, str, int]], loc_id: int | None) -> str:
    parts = []
    seen = set()
    while loc_id is not None and loc_id in locs and loc_id not in seen:
        seen.add(loc_id)
        parent, kind, name, _ = locs[loc_id]
        parts.append(location_label(kind, name))
        loc_id = parent
    return " › ".join(reversed(parts))


def list_locations(uow: UnitOfWork) -> list[LocationView]:
    """Every location with its full path, parents before children (for the tree)."""
    uow.require("read")
    locs = _paths(uow)
    counts = dict(
        uow.session.execute(
            select(ResidenceFile.location_id, func.count()).group_by(ResidenceFile.location_id)
        ).all()
    )
    views = [
        LocationView(i, p, k, n, _path_of(locs, i), int(counts.get(i, 0)), v)
        for i, (p, k, n, v) in locs.items()
    ]
    return sorted(views, key=lambda v: fold(v.path))


def add_location(uow: UnitOfWork, parent_id: int | None, kind: str, name: str) -> LocationView:
    uow.require("write")
    kind = validate.choice("Loại vị trí", kind, LOCATION_KINDS)
    text = _bare_name(kind, require_text("Tên vị trí", name, max_len=80))
    if parent_id is None and kind != "kho":
        raise ValidationError("Loại vị trí", "vị trí cao nhất phải là kho.")
    if parent_id is not None:
        parent = uow.get(StorageLocation, parent_id)
        if LOCATION_KINDS.index(kind) <= LOCATION_KINDS.index(parent.kind) and not (
            {kind, parent.kind} <= {"tủ", "kệ"} and kind != parent.kind
        ):
            raise ValidationError("Loại vị trí", f"không đặt {kind} bên trong {parent.kind}.")
        if parent.kind == "hộp":
            raise ValidationError("Loại vị trí", "hộp là vị trí nhỏ nhất.")
    clash = select(StorageLocation.id).where(
        StorageLocation.kind == kind,
        StorageLocation.name == text,
        StorageLocation.parent_id.is_(None) if parent_id is None else StorageLocation.parent_id == parent_id,
    )
    if uow.session.scalar(clash):
        raise ValidationError("Tên vị trí", f"{kind} «{text}» đã có ở vị trí này.")
    loc = uow.add(StorageLocation(parent_id=parent_id, kind=kind, name=text))
    uow.flush()
    return next(v for v in list_locations(uow) if v.id == loc.id)


def delete_location(uow: UnitOfWork, location_id: int, version: int) -> None:
    uow.require("write")
    loc = uow.get(StorageLocation, location_id, version=version)
    if uow.session.scalar(
        select(StorageLocation.id).where(StorageLocation.parent_id == location_id).limit(1)
    ):
        raise ValidationError("Vị trí", f"«{loc.name}» còn vị trí con.")
    if uow.session.scalar(select(ResidenceFile.id).where(ResidenceFile.location_id == location_id).limit(1)):
        raise ValidationError("Vị trí", f"«{loc.name}» còn hồ sơ; hãy chuyển hồ sơ đi trước.")
    uow.session.delete(loc)
    uow.flush()


# --------------------------------------------------------------------------- files


@dataclass(frozen=True)
class FileInput:
    number: str
    household_id: int | None = None
    person_id: int | None = None
    location_id: int | None = None
    digitised: str = "none"
    note: str = ""


@dataclass(frozen=True)
class DocumentView:
    id: int
    form_code: str
    title: str
    doc_date: dt.date | None


@dataclass(frozen=True)
class FileView:
    id: int
    number: str
    household_id: int | None
    person_id: int | None
    owner: str
    location_id: int | None
    location_path: str
    arranged_date: dt.date | None
    digitised: str
    note: str
    version: int
    on_loan_to: str
    documents: tuple[DocumentView, ...]
    warning: str

    @property
    def digitised_text(self) -> str:
        return DIGITISED.get(self.digitised, self.digitised)


def _owner(uow: UnitOfWork, f: ResidenceFile) -> str:
    if f.person_id:
        p = uow.session.get(Person, f.person_id)
        return p.full_name if p else ""
    if f.household_id:
        h = uow.session.get(Household, f.household_id)
        head = uow.session.scalar(
            select(Person.full_name).where(Person.household_id == f.household_id, Person.relation == "Chủ hộ")
        )
        return f"Hộ {h.number}" + (f" (chủ hộ {head})" if head else "") if h else ""
    return ""


def file_view(uow: UnitOfWork, f: ResidenceFile) -> FileView:
    loan = uow.session.scalar(
        select(FileLoan.borrower).where(FileLoan.file_id == f.id, FileLoan.returned_date.is_(None))
    )
    docs = tuple(
        DocumentView(d.id, d.form_code, d.title, d.doc_date)
        for d in uow.session.scalars(
            select(FileDocument)
            .where(FileDocument.file_id == f.id)
            .order_by(FileDocument.doc_date, FileDocument.id)
        )
    )
    return FileView(
        f.id,
        f.number,
        f.household_id,
        f.person_id,
        _owner(uow, f),
        f.location_id,
        _path_of(_paths(uow), f.location_id),
        f.arranged_date,
        f.digitised,
        f.note,
        f.version,
        loan or "",
        docs,
        validate.file_number_warning(f.number),
    )


def _validate_file(uow: UnitOfWork, data: FileInput, file_id: int | None = None) -> dict:
    number = require_text("Số hồ sơ", data.number, max_len=40)
    clash = select(ResidenceFile.id).where(ResidenceFile.number == number)
    if file_id is not None:
        clash = clash.where(ResidenceFile.id != file_id)
    if uow.session.scalar(clash):
        raise ValidationError("Số hồ sơ", f"«{number}» đã có trong tàng thư.")
    if (data.household_id is None) == (data.person_id is None):
        raise ValidationError("Chủ hồ sơ", "chọn một hộ hoặc một nhân khẩu (chỉ một).")
    if data.household_id is not None:
        uow.get(Household, data.household_id)
    if data.person_id is not None:
        uow.get(Person, data.person_id)
    if data.location_id is not None:
        uow.get(StorageLocation, data.location_id)
    return {
        "number": number,
        "number_key": fold(number),
        "household_id": data.household_id,
        "person_id": data.person_id,
        "location_id": data.location_id,
        "digitised": validate.choice("Tình trạng số hóa", data.digitised, DIGITISED, "none"),
        "note": require_text("Ghi chú", data.note, max_len=2000, required=False),
    }


def _refresh_owner_keys(uow: UnitOfWork, f: ResidenceFile) -> None:
    if f.person_id:
        search.refresh_keys(uow, [f.person_id])
    search.refresh_household_keys(uow, f.household_id)


def add_file(uow: UnitOfWork, data: FileInput) -> FileView:
    """Register a residence file; a number not in the AAAAA-BBBBBB pattern is kept, with a warning."""
    uow.require("write")
    values = _validate_file(uow, data)
    f = uow.add(ResidenceFile(**values, arranged_date=dt.date.today() if data.location_id else None))
    uow.flush()
    _refresh_owner_keys(uow, f)
    return file_view(uow, f)


def update_file(uow: UnitOfWork, file_id: int, version: int, data: FileInput) -> FileView:
    uow.require("write")
    f = uow.get(ResidenceFile, file_id, version=version)
    old_owner = (f.person_id, f.household_id)
    values = _validate_file(uow, data, file_id)
    if values["location_id"] != f.location_id and values["location_id"] is not None:
        f.arranged_date = dt.date.today()
    for key, value in values.items():
        setattr(f, key, value)
    uow.flush()
    _refresh_owner_keys(uow, f)
    if old_owner != (f.person_id, f.household_id):
        if old_owner[0]:
            search.refresh_keys(uow, [old_owner[0]])
        search.refresh_household_keys(uow, old_owner[1])
    return file_view(uow, f)


def get_file(uow: UnitOfWork, file_id: int) -> FileView:
    uow.require("read")
    return file_view(uow, uow.get(ResidenceFile, file_id))


def add_document(
    uow: UnitOfWork, file_id: int, form_code: str, title: str, doc_date: dt.date | str | None = None
) -> FileView:
    uow.require("write")
    f = uow.get(ResidenceFile, file_id)
    uow.add(
        FileDocument(
            file_id=file_id,
            form_code=require_text("Mẫu", form_code, max_len=12, required=False),
            title=require_text("Tên giấy tờ", title, max_len=200),
            doc_date=validate.to_date("Ngày giấy tờ", doc_date, today=dt.date.today()),
        )
    )
    uow.flush()
    return file_view(uow, f)


@dataclass(frozen=True)
class FileRow:
    id: int
    number: str
    owner: str
    location_path: str
    digitised: str
    on_loan: bool
    overdue: bool = False  # on loan past its due date


def list_files(
    uow: UnitOfWork,
    *,
    text: str = "",
    location_id: int | None = None,
    overdue_only: bool = False,
    today: dt.date | None = None,
    limit: int = 1000,
) -> list[FileRow]:
    """Files by number; ``location_id`` includes everything below that location; ``overdue_only``
    keeps the files whose loan is overdue on ``today`` (``desktop.residents.loans.overdue_where``)."""
    uow.require("read")
    late = select(FileLoan.file_id).where(overdue_where(today or dt.date.today()))
    locs = _paths(uow)
    head = aliased(Person)
    stmt = (
        select(
            ResidenceFile.id,
            ResidenceFile.number,
            ResidenceFile.location_id,
            ResidenceFile.digitised,
            Household.number.label("hh"),
            Person.full_name,
            head.full_name.label("head"),
        )
        .outerjoin(Household, Household.id == ResidenceFile.household_id)
        .outerjoin(Person, Person.id == ResidenceFile.person_id)
        .outerjoin(
            head,
            and_(
                head.household_id == ResidenceFile.household_id,
                head.relation == "Chủ hộ",
                head.struck_off_date.is_(None),
            ),
        )
        .order_by(ResidenceFile.number)
        .limit(limit)
    )
    q = fold(text)
    if q:
        stmt = stmt.where(
            or_(
                ResidenceFile.number_key.contains(q, autoescape=True),
                Person.name_key.contains(q, autoescape=True),
            )
        )
    if location_id is not None:
        below = {location_id}
        changed = True
        while changed:
            changed = False
            for i, (p, *_rest) in locs.items():
                if p in below and i not in below:
                    below.add(i)
                    changed = True
        stmt = stmt.where(ResidenceFile.location_id.in_(below))
    if overdue_only:
        stmt = stmt.where(ResidenceFile.id.in_(late))
    on_loan = set(uow.session.scalars(select(FileLoan.file_id).where(FileLoan.returned_date.is_(None))))
    overdue = set(uow.session.scalars(late))
    return [
        FileRow(
            r.id,
            r.number,
            r.full_name or (f"Hộ {r.hh}" + (f" — {r.head}" if r.head else "") if r.hh else ""),
            _path_of(locs, r.location_id),
            DIGITISED.get(r.digitised, r.digitised),
            r.id in on_loan,
            r.id in overdue,
        )
        for r in uow.session.execute(stmt)
    ]


# --------------------------------------------------------------------------- arranging


@dataclass(frozen=True)
class ArrangeResult:
    placed: tuple[str, ...]
    unknown: tuple[str, ...]
    already_there: tuple[str, ...]
    moved_from: tuple[tuple[str, str], ...]


def arrange(
    uow: UnitOfWork, location_id: int, numbers: Sequence[str], day: dt.date | str | None = None
) -> ArrangeResult:
    """Put each listed file (typed or scanned, one after another) into ``location_id``, arranged on
    ``day`` (today when not given; not in the future, not before the file came into CAXA).

    Numbers are matched without regard to case, spaces or accents; unknown numbers are listed for
    follow-up, never guessed. Each placement logs the file's move and date in the audit log.
    """
    from desktop.residents import archive_bulk, bulk

    uow.require("write")
    archive_bulk.check_box(uow, location_id)
    locs = _paths(uow)
    paths = {i: _path_of(locs, i) for i in locs}
    when = bulk.work_date("Ngày xếp", day)
    moves = [archive_bulk.Move(n, location_id) for n in numbers]
    result = archive_bulk.move_files(uow, moves, when, paths)
    return ArrangeResult(
        tuple(result.placed), tuple(result.unknown), tuple(result.already_there), tuple(result.moved_from)
    )


def arranged_in(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    """Files put in a box in the period (the figure and the records behind it select by this)."""
    return ResidenceFile.arranged_date.between(start, end)


def arranged_count(uow: UnitOfWork, start: dt.date, end: dt.date) -> int:
    uow.require("read")
    stmt = select(func.count()).select_from(ResidenceFile).where(arranged_in(start, end))
    return int(uow.session.scalar(stmt) or 0)
