"""Issuing a monthly report logs what was issued — version, number, the SHA-256 of the frozen JSON —
not a copy of the JSON (tens of kB, stored once in its own table); the log still verifies, and the
frozen JSON changed behind CAXA's back is still found."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select, text

from desktop import audit
from desktop.audit import AuditEntry
from desktop.register.issuing import issuing
from desktop.reports.monthly import service
from desktop.reports.monthly.model import Period
from desktop.reports.monthly.models import IssuedMonthlyReport
from tests.reports import monthly_world
from tests.reports.monthly_world import OCT

PERIOD = Period(*OCT)


def test_issue_logs_the_digest_of_the_frozen_json(db, admin, clerk):
    monthly_world.build(db, admin)
    with db.uow(clerk) as work, issuing():
        service.printout(work, PERIOD)
    with db.uow(admin) as work:
        row = work.session.scalars(select(IssuedMonthlyReport)).one()
        frozen, label = row.report_json, row.number_label
        entries = work.session.execute(
            select(AuditEntry.action, AuditEntry.summary, AuditEntry.changes)
            .where(AuditEntry.table_name == "monthly_report_issued").order_by(AuditEntry.id)
        ).all()
    assert len(frozen) > 10_000
    digest = hashlib.sha256(frozen.encode("utf-8")).hexdigest()
    (insert, _, inserted), (printed, said, issued) = entries
    assert (insert, printed) == ("insert", "print")
    inserted, issued = json.loads(inserted), json.loads(issued)
    assert inserted["Số liệu"] == [None, f"SHA-256 {digest} ({len(frozen):,} ký tự)".replace(",", ".")]
    assert inserted["Lần phát hành"] == [None, 1] and inserted["Số văn bản"] == [None, label]
    assert said == f"Phát hành báo cáo tháng 10/2026 lần 1, số {label}"
    assert issued == {"Lần phát hành": [None, 1], "Số văn bản": [None, label],
                      "SHA-256 số liệu": [None, digest]}
    assert all(len(json.dumps(e)) < 4_000 for e in (inserted, issued))  # was the whole JSON (> 10 kB)
    assert audit.verify(db).ok

    # the frozen figures changed behind CAXA's back: the record no longer matches its log entry
    changed = frozen.replace('"value": 2', '"value": 3', 1)
    assert changed != frozen
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE monthly_report_issued SET report_json = :j"), {"j": changed})
    result = audit.verify(db)
    assert not result.ok, result
    assert "Báo cáo tháng đã phát hành" in result.message(), result.message()
