"""Export → import is lossless: the demo station's residents, exported with their households,
import into an empty station with every field of every person and household equal — including the
values the export guarded against formulas (a leading ' before + - = @ ')."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desktop import demo, firstrun
from desktop.db import Actor, Database
from desktop.residents import io, service
from desktop.residents.models import Household, Person
from desktop.residents.search import SearchFilter
from desktop.settings import Village
from desktop.staff.models import Officer

#: bookkeeping, and the search key (it also holds the residence file's number: the archive is not
#: part of the register a workbook carries)
NOT_COMPARED = {"id", "created_at", "updated_at", "version", "search_key"}
#: stored values the export must guard (a spreadsheet would run them as formulas) and give back
GUARDED = {
    "phone": "+84 986 192 508",
    "other_name": "= Ama Hoa",
    "occupation": "- làm rẫy",
    "permanent_address": "@ bon Bu Sir",
    "temporary_address": "'thôn 3",
    "note": "+ đã chuyển hộ khẩu; -2 người",
}


@contextmanager
def _empty_station(db: Database, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A second, migrated database of the same kind as ``db``."""
    if db.engine.dialect.name == "sqlite":
        path = tmp_path / "target.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        target = Database(f"sqlite:///{path}")
        try:
            yield target
        finally:
            target.dispose()
        return
    server = request.getfixturevalue("pg_server")
    name = server.take_database("caxa_template")
    target = Database(server.url_for(name))
    try:
        yield target
    finally:
        target.dispose()
        server.give_back(name)


def _persons(db: Database) -> list[tuple]:
    """Every person as a tuple of every column, links shown by what a workbook names them by."""
    table = Person.__table__
    keys = [c.key for c in table.columns if c.key not in NOT_COMPARED]
    with db.engine.connect() as conn:
        found = conn.execute(select(Village.id, Village.kind, Village.name))
        villages = {v.id: f"{v.kind} {v.name}" for v in found}
        households = dict(conn.execute(select(Household.id, Household.number)).all())
        officers = dict(conn.execute(select(Officer.id, Officer.full_name)).all())
        rows = conn.execute(select(*(table.c[k] for k in keys))).mappings().all()
    links = {"village_id": villages, "household_id": households, "mobilised_by": officers}
    out = [
        tuple((k, links[k].get(row[k]) if k in links else row[k]) for k in keys)
        for row in rows
    ]
    return sorted(out, key=repr)


def _households(db: Database) -> list[tuple]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(Household.number, Village.kind, Village.name, Household.address, Household.active,
                   Household.note).outerjoin(Village, Village.id == Household.village_id)
        ).all()
    return sorted(tuple(r) for r in rows)


def test_the_demo_station_exported_imports_into_an_empty_station_unchanged(db, request, tmp_path):
    admin = demo.create_demo(db)
    with db.uow(admin) as work:
        first = work.session.scalars(select(Person).order_by(Person.id).limit(1)).one()
        view = service.get_person(work, first.id)
        service.update_person(work, view.id, view.version, service.input_from_view(view, **GUARDED))
    with db.uow(admin) as work:
        n = io.export_persons(work, tmp_path / "demo.xlsx", SearchFilter())
    source_persons, source_households = _persons(db), _households(db)
    assert n == len(source_persons) > 1000
    # the guarded cells carry the quote in the file (no spreadsheet runs them), not in the database
    sheet = openpyxl.load_workbook(tmp_path / "demo.xlsx", read_only=True)[io.PERSON_SHEET]
    cells = {c.value for row in sheet.iter_rows(min_row=2) for c in row}
    assert {"'" + v for v in GUARDED.values()} <= cells

    with _empty_station(db, request, tmp_path) as target:
        importer = firstrun.set_up_station(target, demo.DEMO_STATION, demo.DEMO_VILLAGES, "quantri",
                                           "Quản trị", "matkhau123")
        with db.engine.connect() as conn:
            officers = conn.execute(
                select(Officer.full_name, Officer.name_key, Officer.rank, Officer.position, Officer.phone,
                       Officer.kind, Officer.active)
            ).mappings().all()
        with target.uow(Actor.system()) as work:
            # the station's staff: set up with the station (its head by the first run), not imported
            present = set(work.session.scalars(select(Officer.full_name)))
            for officer in officers:
                if officer["full_name"] not in present:
                    work.add(Officer(**officer))
        with target.uow(importer) as work:
            report = io.import_persons(work, tmp_path / "demo.xlsx")
        assert report.errors == [] and report.new == n and report.households_new == len(source_households)
        assert _households(target) == source_households
        target_persons = _persons(target)
        assert len(target_persons) == len(source_persons)
        for got, want in zip(target_persons, source_persons, strict=True):
            assert got == want
