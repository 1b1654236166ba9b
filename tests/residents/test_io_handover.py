"""The dry run hands its checked rows to the import (the file is read and checked once) only while
the file, the register and the day are as they were; otherwise the import checks the file again."""

import os

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.residents import io, io_handover, io_import, service
from desktop.residents.idcard import make_number
from desktop.residents.models import Person

HEADERS = [h for h, *_ in io.PERSON_COLUMNS]
NUMBERS = [make_number("068", "M", 1980 + i, 700 + i) for i in range(3)]


def _book(path, names=("An", "Bình", "Chi")):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = io.PERSON_SHEET
    ws.append(HEADERS)
    for i, name in enumerate(names):
        values = {"Họ và tên": f"Nguyễn Văn {name}", "Giới tính": "Nam", "Ngày sinh": f"01/01/{1980 + i}"}
        values["Số định danh cá nhân"] = NUMBERS[i]
        ws.append([values.get(h) for h in HEADERS])
    wb.save(path)
    return path


def _names(db, admin):
    with db.uow(admin) as work:
        return sorted(work.session.scalars(select(Person.full_name)))


def test_an_unchanged_file_is_imported_from_the_dry_run(db, admin, villages, tmp_path, monkeypatch):
    path = _book(tmp_path / "a.xlsx")
    with db.uow(admin) as work:
        checked = io_handover.check_file(work, path)
    assert checked.report.new == 3 and not checked.report.written

    def read_again(*_a, **_k):
        raise AssertionError("the import read the file again")

    monkeypatch.setattr(io_import, "read_import", read_again)
    with db.uow(admin) as work:
        report = io_handover.import_checked(work, checked)
    assert checked.handed_over and report.written and report.new == 3
    assert _names(db, admin) == ["Nguyễn Văn An", "Nguyễn Văn Bình", "Nguyễn Văn Chi"]


def test_a_file_changed_after_the_dry_run_is_checked_again(db, admin, villages, tmp_path):
    path = _book(tmp_path / "a.xlsx")
    with db.uow(admin) as work:
        checked = io_handover.check_file(work, path)
    stat = path.stat()
    _book(path, names=("Ấn", "Bính", "Chí"))  # the same size, a different content
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    with db.uow(admin) as work:
        report = io_handover.import_checked(work, checked)
    assert not checked.handed_over and report.new == 3
    assert _names(db, admin) == ["Nguyễn Văn Bính", "Nguyễn Văn Chí", "Nguyễn Văn Ấn"]


def test_a_register_changed_after_the_dry_run_is_checked_again(db, admin, villages, tmp_path):
    """Another clerk stores a person holding a number of the file: the import updates that person
    instead of adding a second one with the same number."""
    path = _book(tmp_path / "a.xlsx")
    with db.uow(admin) as work:
        checked = io_handover.check_file(work, path)
    with db.uow(admin) as work:
        service.add_person(
            work, service.PersonInput(full_name="Nguyễn Văn A", sex="M", birth="1980", id_number=NUMBERS[0])
        )
    with db.uow(admin) as work:
        report = io_handover.import_checked(work, checked)
    assert not checked.handed_over and (report.new, report.updated) == (2, 1)
    with db.uow(admin) as work:
        assert work.session.scalar(select(func.count()).where(Person.id_number == NUMBERS[0])) == 1


def test_a_check_is_handed_over_once_and_errors_stop_the_import(db, admin, villages, tmp_path):
    path = _book(tmp_path / "a.xlsx")
    with db.uow(admin) as work:
        checked = io_handover.check_file(work, path)
    with db.uow(admin) as work:
        io_handover.import_checked(work, checked)
    with db.uow(admin) as work:
        again = io_handover.import_checked(work, checked)  # checked afresh: the persons are there now
    assert not checked.handed_over and (again.new, again.unchanged) == (0, 3)
    wb = openpyxl.load_workbook(path)
    wb.active.append(["", None, "31/02/1990", "Nam"])
    wb.save(path)
    with db.uow(admin) as work:
        checked = io_handover.check_file(work, path)
    assert checked.report.errors
    with db.uow(admin) as work, pytest.raises(io.ImportFailed):
        io_handover.import_checked(work, checked)
