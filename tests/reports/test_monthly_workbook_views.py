"""The report's workbook, made by a clerk, names the managed persons on its check sheets: that read is
one audit line per workbook (which figures' lists, how many persons), not one per ``managed.*`` figure;
a single list read outside the workbook is still logged on its own."""

from __future__ import annotations

import json

from sqlalchemy import select

from desktop import figures
from desktop.audit import AuditEntry
from desktop.reports.monthly import service, workbook
from desktop.reports.monthly.model import Period
from desktop.settings import save_station
from tests.reports.monthly_world import STATION
from tests.security.conftest import base  # noqa: F401 — the security tests' station
from tests.security.test_figures import JAN, _build

PERIOD = Period(*JAN)


def _views(db, admin) -> list[tuple[str, str, str]]:
    with db.uow(admin) as work:
        return [tuple(r) for r in work.session.execute(
            select(AuditEntry.username, AuditEntry.summary, AuditEntry.changes)
            .where(AuditEntry.action == "view", AuditEntry.table_name == "managed_person")
            .order_by(AuditEntry.id))]


def test_one_view_line_per_workbook(db, admin, clerk, base):  # noqa: F811
    with db.uow(admin) as work:
        save_station(work, STATION)
        _build(work, base)
    before = len(_views(db, admin))
    with db.uow(clerk) as work:
        report = service.compose(work, PERIOD)
        private = [f.key for f in report.figures()
                   if f.key.startswith(("security.managed.", "security.managed_contacts"))]
        workbook.workbook_bytes(work, report)
    assert len(private) > 3  # the figures whose lists name managed persons
    added = _views(db, admin)[before:]
    assert len(added) == 1, added
    user, summary, changes = added[0]
    listed = json.loads(changes)["Số liệu"][1]
    with db.uow(clerk) as work:
        persons = {r.record_id for key in listed for r in figures.records(work, key, *JAN)}
    assert user == clerk.username
    assert summary == ("Xem danh sách đối tượng quản lý trong sổ Excel báo cáo tháng, kỳ 01/01/2026–"
                       f"31/01/2026: {len(listed)} số liệu, {len(persons)} người")
    assert set(private) <= set(listed) and json.loads(changes)["Số người"][1] == len(persons) > 0
    # the lists read one by one just now (outside a workbook) were each logged, as before
    assert len(_views(db, admin)) == before + 1 + len(listed)
