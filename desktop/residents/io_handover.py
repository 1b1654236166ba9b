"""The dry run hands its checked rows to the import, so a file is guarded, read and checked once.

The residents page checks a file first (the clerk sees the report: new, updated, warnings, errors)
and imports it after the clerk agrees. ``check_file`` keeps what the check made (``Checked``) with
what it was made from: the file's size, modification time and SHA-256, the register's state (the
last entry of the audit log: every change to persons, households, villages and officers is logged)
and the day. ``import_checked`` writes that plan when all of them are unchanged, and checks the
file again otherwise, so the import is exactly what a fresh check would give.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop import audit
from desktop.audit import AuditHead
from desktop.db import UnitOfWork
from desktop.jobs import SILENT, Progress
from desktop.residents.io import ImportFailed, ImportReport


@dataclass
class Checked:
    """A file a dry run read and checked, with what it was checked against (use once)."""

    path: Path
    report: ImportReport
    plan: dict = field(repr=False)
    stamp: tuple[int, int, str]
    register: tuple[Any, Any]
    day: dt.date
    #: the import wrote this plan (or checked the file again): it is not handed over twice
    used: bool = False
    #: the import took this plan as it was (nothing changed since the check)
    handed_over: bool = False


def file_stamp(path: Path) -> tuple[int, int, str]:
    """(size, modification time in ns, SHA-256 of the content)."""
    info = path.stat()
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while piece := fh.read(1 << 20):
            digest.update(piece)
    return info.st_size, info.st_mtime_ns, digest.hexdigest()


def _register(uow: UnitOfWork, *, lock: bool = False) -> tuple[Any, Any]:
    """The last audit entry (id, hash). With ``lock`` (the import's own unit of work), PostgreSQL
    holds the audit head row until the import commits: every other writer appends to the log after
    it, so nothing changes between this look and the import's writes (SQLite: the unit of work
    already holds the write lock)."""
    conn = uow.session.connection()
    if lock and conn.dialect.name != "sqlite":
        conn.execute(select(AuditHead.last_id).where(AuditHead.id == 1).with_for_update()).first()
    return tuple(audit._chain_end(conn))  # type: ignore[return-value]


def check_file(uow: UnitOfWork, path: Path | str, progress: Progress = SILENT) -> Checked:
    """The dry run: read and check ``path`` (nothing written); the report is ``Checked.report``."""
    from desktop.residents.io_import import read_import

    path = Path(path)
    uow.require("write")
    day = dt.date.today()
    # taken before the check reads anything: a change made while it runs shows at the import
    register, stamp = _register(uow), file_stamp(path)
    report, plan = read_import(uow, path, progress)
    return Checked(path, report, plan, stamp, register, day)


def import_checked(uow: UnitOfWork, checked: Checked, progress: Progress = SILENT) -> ImportReport:
    """Import the file ``checked`` was made from: its plan when the file, the register and the day
    are as they were, else the file read and checked again. Any error raises ImportFailed and
    nothing is written."""
    from desktop.residents.io_import import read_import, write_import

    uow.require("write")
    path = checked.path
    same = (
        not checked.used
        and path.is_file()
        and dt.date.today() == checked.day
        and _register(uow, lock=True) == checked.register
        and file_stamp(path) == checked.stamp
    )
    checked.used, checked.handed_over = True, same
    if same:
        report, plan = checked.report, checked.plan
    else:
        report, plan = read_import(uow, path, progress)
    if report.errors:
        raise ImportFailed(report)
    write_import(uow, report, plan, path.name, progress)
    return report
