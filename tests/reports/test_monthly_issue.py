"""Issuing the monthly report: the register number, the frozen version that reprints identically,
a correction as the next version with its differences, and two clerks issuing at the same moment."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.audit import AuditEntry
from desktop.errors import PermissionDenied, ValidationError
from desktop.register import service as register
from desktop.register.issuing import issuing
from desktop.reports.monthly import service
from desktop.reports.monthly.model import Narrative, Period
from desktop.reports.monthly.workbook import read_workbook
from tests.reports import monthly_sample, monthly_world
from tests.reports.monthly_world import OCT, _event
from tests.test_concurrency import _together

PERIOD = Period(*OCT)


@pytest.fixture
def world(db, admin):
    return monthly_world.build(db, admin)


def _issue(db, actor, **kw):
    with db.uow(actor) as work, issuing():
        return service.printout(work, PERIOD, **kw)


def test_issue_takes_a_register_number_and_reprints_identically(db, admin, clerk, viewer, world, tmp_path):
    with db.uow(clerk) as work:
        service.save_draft(work, PERIOD, Narrative(summary="Tình hình ổn định."))
        preview = service.printout(work, PERIOD)  # outside issuing(): a draft, no number taken
        assert register.list_entries(work) == []
    assert preview.startswith(b"%PDF")
    pdf = _issue(db, clerk)
    assert pdf.startswith(b"%PDF")
    with db.uow(viewer) as work:
        (summary,) = service.list_issued(work, PERIOD)
        (entry,) = register.list_entries(work)
    assert (summary.version, summary.period, summary.issued_by) == (1, PERIOD, "Canbo")
    assert summary.number_label == entry.symbol and entry.kind_code == "BC"
    with db.uow(admin) as work:
        logged = work.session.execute(
            select(AuditEntry.username, AuditEntry.summary).where(AuditEntry.action == "print")
        ).all()
    assert logged == [("canbo", f"Phát hành báo cáo tháng 10/2026 lần 1, số {summary.number_label}")]
    assert entry.area == "reports.monthly" and entry.record_key == "monthly:2026-10-01:v1"

    # the records change after the report went out: the issued version does not
    with db.uow(admin) as work:
        _event(work, "patrol", dt.datetime(2026, 10, 20, 20), (world.officer,))
        service.save_draft(work, PERIOD, Narrative(summary="Đã sửa sau khi phát hành."))
    with db.uow(viewer) as work:
        assert service.printout(work, PERIOD, issued_id=summary.id) == pdf
        # the stored workbook's check sheets may name managed persons: not for a viewer
        assert service.get_issued(work, summary.id).xlsx == b""
    with db.uow(clerk) as work:
        issued = service.get_issued(work, summary.id)
    assert issued.pdf == pdf
    printed = monthly_sample.text(pdf)
    assert f"Số: {summary.number_label}" in printed and "Tình hình ổn định." in printed
    assert "Số buổi tuần tra, kiểm soát: 2 buổi" in printed
    assert "Số: /BC-CAX" in monthly_sample.text(preview) and "DỰ THẢO" in monthly_sample.text(preview)
    workbook_file = tmp_path / "bc.xlsx"
    workbook_file.write_bytes(issued.xlsx)
    read_back = {f.key: f.value for f in read_workbook(workbook_file).figures()}
    assert read_back == {f.key: f.value for f in issued.report.figures()}
    frozen = {f.key: f for f in issued.report.figures()}
    assert frozen["schedule.patrols"].value == 2
    assert issued.report.narrative.summary == "Tình hình ổn định."
    assert (issued.report.version, issued.report.number_label) == (1, summary.number_label)


def test_a_correction_is_the_next_version_with_a_new_number(db, admin, clerk, world):
    _issue(db, clerk)
    with db.uow(admin) as work:
        _event(work, "patrol", dt.datetime(2026, 10, 20, 20), (world.officer,))
    second = _issue(db, clerk)
    with db.uow(clerk) as work:
        first_s, second_s = service.list_issued(work, PERIOD)
        first, latest = service.get_issued(work, first_s.id), service.get_issued(work, second_s.id)
        assert service.list_issued(work) == [first_s, second_s]
        assert len(register.list_entries(work)) == 2
    assert (first_s.version, second_s.version) == (1, 2)
    assert first_s.number_label != second_s.number_label
    assert latest.pdf == second != first.pdf
    diff = {key: (old, new) for key, _label, old, new in service.differences(first.report, latest.report)}
    assert diff["schedule.patrols"] == (2, 3)
    assert "residents.events.temporary" not in diff
    assert service.differences(first.report, first.report) == []


def test_a_clerk_who_saw_no_issued_version_is_told_when_another_issued_it(db, clerk, admin, world):
    with db.uow(clerk) as work:
        seen = service.latest_version(work, PERIOD)
    _issue(db, admin, as_version=seen + 1)
    with pytest.raises(service.AlreadyIssued) as err:
        _issue(db, clerk, as_version=seen + 1)
    assert "lần 1" in str(err.value)
    with db.uow(clerk) as work:
        (only,) = service.list_issued(work, PERIOD)
        assert only.number_label in str(err.value)
        assert len(register.list_entries(work)) == 1
    with pytest.raises(ValidationError):
        _issue(db, clerk, as_version=5)


def test_two_clerks_issuing_at_the_same_moment_get_one_version_one_number(db, admin, clerk, world):
    results = _together([lambda: _issue(db, clerk, as_version=1), lambda: _issue(db, admin, as_version=1)])
    won = [r for r in results if isinstance(r, bytes)]
    lost = [r for r in results if not isinstance(r, bytes)]
    assert len(won) == 1 and len(lost) == 1, results
    assert isinstance(lost[0], service.AlreadyIssued), lost
    with db.uow(clerk) as work:
        (only,) = service.list_issued(work, PERIOD)
        (entry,) = [e for e in register.list_entries(work) if e.area == "reports.monthly"]
    assert only.version == 1 and only.number_label == entry.symbol
    assert "lần 1" in str(lost[0]) and only.number_label in str(lost[0])


def test_a_viewer_cannot_issue(db, viewer, world):
    with pytest.raises(PermissionDenied):
        _issue(db, viewer)
    with db.uow(viewer) as work:
        assert service.list_issued(work) == []
        assert service.printout(work, PERIOD).startswith(b"%PDF")  # the draft preview


def test_an_unknown_version_is_refused(db, clerk, world):
    with db.uow(clerk) as work, pytest.raises(ValidationError):
        service.find_issued_version(work, PERIOD, 3)
