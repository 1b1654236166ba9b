"""The records behind every security figure: for the hand-built January 2026 of the figure tests,
every key the provider returns lists exactly the records it counted (counts by length, sums by the
rows' amounts); managed persons are named only to admins and clerks, and those reads are logged."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop import figures
from desktop.audit import AuditEntry
from desktop.errors import ValidationError
from desktop.schedule import incidents
from desktop.schedule.models import Incident
from desktop.schedule.views import IncidentInput, IncidentPersonInput
from desktop.security import reports, residence
from desktop.security.models import CrimeReport, LodgingNotice, ManagedContact, ManagedPerson, ResidenceCheck
from desktop.security.views import CheckInput, ReportInput
from tests.security.conftest import at
from tests.security.test_figures import DEC, JAN, JAN_LAST_YEAR, _build

SUMS = {
    "incidents.fines.persons", "incidents.fines.amount", "incidents.traffic.killed",
    "incidents.traffic.injured", "incidents.traffic.damage", "incidents.fire.damage",
    "residence.households_checked", "residence.rooms_checked", "residence.violations",
}


@pytest.fixture
def january(db, admin, base):
    with db.uow(admin) as work:
        reports.set_deadline_days(work, 7)
        _build(work, base)
        reports.add_report(work, ReportInput(at(2026, 1, 14), "in_person", "Mất trộm xe máy", base.a,
                                             source_person_id=base.p3))
        incidents.add_incident(work, IncidentInput(
            at(2026, 1, 14, 21), klass="crime", crime_kind="injury", handling="pending", village_id=base.v2,
            summary="Đánh nhau sau tiệc cưới", people="một người lạ",
            persons=(IncidentPersonInput("involved", base.p2), IncidentPersonInput("victim", name="Y Bhin"))))
        residence.add_check(work, CheckInput(dt.date(2026, 1, 31), base.v1, None, (base.a,), 3, 1, 0))
    return base


def provider(db, actor, period):
    with db.uow(actor) as work:
        return figures.PROVIDERS["security"](work, *period)


def rows(db, actor, path, period):
    with db.uow(actor) as work:
        return figures.records(work, f"security.{path}", *period)


def paths(value, prefix=""):
    if isinstance(value, dict):
        if "by_" in prefix.rpartition(".")[2]:
            yield prefix, sum(value.values())  # a count by code, as a whole
        for key, inner in value.items():
            yield from paths(inner, f"{prefix}.{key}" if prefix else key)
    elif isinstance(value, int) and not isinstance(value, bool):
        yield prefix, value


@pytest.mark.parametrize("period", [JAN, DEC, JAN_LAST_YEAR, (dt.date(2026, 1, 31), dt.date(2026, 1, 31))])
def test_every_figure_lists_its_records(db, admin, january, period):
    seen = 0
    for path, value in paths(provider(db, admin, period)):
        found = rows(db, admin, path, period)
        if path in SUMS:
            assert all(r.amount is not None for r in found), path
            assert sum(r.amount for r in found) == value, path
        else:
            assert all(r.amount is None for r in found) and len(found) == value, path
        assert all(r.what for r in found), path
        seen += 1
    assert seen > 70


def _ids(db, admin, model, column):
    with db.uow(admin) as work:
        return {value: rid for rid, value in work.session.execute(select(model.id, column))}


def test_rows_are_the_records_counted(db, admin, january):
    b = january
    rep = _ids(db, admin, CrimeReport, CrimeReport.received_at)
    inc = _ids(db, admin, Incident, Incident.occurred_at)
    received = rows(db, admin, "reports.received", JAN)
    assert [r.record_id for r in received] == [rep[at(2026, 1, d)] for d in (5, 14, 20, 30)]
    assert {r.opens for r in received} == {"security.report"}
    mine = received[1]
    assert (mine.who, mine.village, mine.when) == ("Thị Hoa", "bon Bu Sir", at(2026, 1, 14))
    handled = rows(db, admin, "reports.handled", JAN)
    assert [(r.record_id, r.when) for r in handled] == [
        (rep[at(2025, 12, 20)], dt.date(2026, 1, 3)), (rep[at(2026, 1, 5)], dt.date(2026, 1, 9))]
    overdue = rows(db, admin, "reports.overdue_end", JAN)
    assert sorted(r.record_id for r in overdue) == sorted(
        rep[at(y, m, d)] for y, m, d in ((2025, 1, 15), (2025, 12, 28), (2026, 1, 20), (2026, 1, 14)))
    assert [r.record_id for r in rows(db, admin, "reports.by_channel.letter", JAN)] == [rep[at(2026, 1, 20)]]
    thefts = rows(db, admin, "incidents.crimes.by_kind.theft", JAN)
    assert [r.record_id for r in thefts] == [inc[at(2026, 1, 2, 22)], inc[at(2026, 1, 3)]]
    assert {r.opens for r in thefts} == {"schedule.incident"}
    fight = rows(db, admin, "incidents.crimes.by_kind.injury", JAN)
    assert len(fight) == 1 and fight[0].who == "Nguyễn Văn Tài, Y Bhin, một người lạ"
    assert fight[0].village == "bon Bu Sir" and "Cố ý gây thương tích" in fight[0].what
    fines = rows(db, admin, "incidents.fines.amount", JAN)
    assert [(r.record_id, r.amount) for r in fines] == [
        (inc[at(2026, 1, 6)], 1_500_000), (inc[at(2026, 1, 7)], 800_000)]
    assert "01/QĐ-XPHC" in fines[0].what
    killed = rows(db, admin, "incidents.traffic.killed", JAN)
    assert [(r.record_id, r.amount) for r in killed] == [(inc[at(2026, 1, 9)], 1), (inc[at(2026, 1, 10)], 0)]
    other = rows(db, admin, "incidents.by_class.other", JAN)
    assert [r.record_id for r in other] == [inc[at(2026, 1, 31, 23, 59)]]
    checks = rows(db, admin, "residence.households_checked", JAN)
    check_ids = _ids(db, admin, ResidenceCheck, ResidenceCheck.checked_on)
    assert [(r.record_id, r.amount, r.opens) for r in checks] == [
        (check_ids[dt.date(2026, 1, d)], n, "security.check") for d, n in ((8, 25), (22, 12), (31, 3))]
    assert checks[0].who == "Điểu Lanh, Y Đức Niê" or checks[0].who == "Y Đức Niê, Điểu Lanh"
    assert checks[0].village == "thôn Nia Đơn"
    lodging = rows(db, admin, "residence.lodging_notices", DEC)
    assert [(r.who, r.opens, r.record_id) for r in lodging] == [("Điểu Sơn", "residents.person", b.p1)]
    notices = _ids(db, admin, LodgingNotice, LodgingNotice.received_on)
    jan_notices = rows(db, admin, "residence.lodging_notices", JAN)
    assert [r.record_id for r in jan_notices] == [notices[dt.date(2026, 1, d)] for d in (3, 17, 31)]
    assert {r.opens for r in jan_notices} == {"security.lodging"}  # typed guests: the notice itself


def test_records_just_outside_the_period_are_not_listed(db, admin, january):
    inc = _ids(db, admin, Incident, Incident.occurred_at)
    assert inc[at(2026, 2, 1, 0, 0)] not in {r.record_id for r in rows(db, admin, "incidents.count", JAN)}
    assert inc[at(2025, 12, 31, 23, 59)] not in {r.record_id for r in rows(db, admin, "incidents.count", JAN)}
    assert rows(db, admin, "incidents.fire.count", JAN)[0].record_id == inc[at(2026, 1, 11)]
    days = (dt.date(2026, 1, 4), dt.date(2026, 1, 30))
    assert [r.when for r in rows(db, admin, "residence.lodging_notices", days)] == [dt.date(2026, 1, 17)]
    assert rows(db, admin, "managed.ended", (dt.date(2026, 1, 16), dt.date(2026, 1, 31))) == []


def _views(db, admin):
    with db.uow(admin) as work:
        return list(work.session.scalars(select(AuditEntry.username).where(
            AuditEntry.action == "view", AuditEntry.table_name == "managed_person")))


def test_managed_persons_are_named_to_clerks_only_and_logged(db, admin, clerk, viewer, january):
    b = january
    before = len(_views(db, admin))
    named = rows(db, clerk, "managed.by_category_end", JAN)
    assert sorted((r.who, r.record_id) for r in named) == sorted(
        [("Điểu Sơn", b.p1), ("Thị Hoa", b.p3), ("Nguyễn Văn Tài", b.p4)])
    assert {r.opens for r in named} == {"residents.person"}
    assert {r.village for r in named} == {"thôn Nia Đơn", "bon Bu Sir"}
    assert _views(db, admin)[before:] == [clerk.username]
    hidden = rows(db, viewer, "managed.by_category_end", JAN)
    assert len(hidden) == 3
    assert {(r.who, r.village, r.opens, r.record_id) for r in hidden} == {("", "", "", None)}
    assert any("Người bị giáo dục tại xã, phường" in r.what for r in hidden)
    contacts = rows(db, viewer, "managed.contacts_by_kind.visited", JAN)
    assert len(contacts) == 2 and all(r.who == "" and r.record_id is None for r in contacts)
    assert len(_views(db, admin)) == before + 1  # a viewer's listing names no one: nothing to log
    with db.uow(admin) as work:
        last_day = ManagedPerson.ends_on == dt.date(2026, 1, 15)
        ended = work.session.scalar(select(ManagedPerson.id).where(last_day))
        assert work.session.scalar(select(ManagedContact.id)) is not None
    assert [r.when for r in rows(db, admin, "managed.ended", JAN)] == [dt.date(2026, 1, 15)] and ended


def test_unknown_paths_name_the_figure(db, admin, january):
    for path in ("nothing", "reports", "incidents.crimes", "reports.by_kind.rumour", "incidents.by_class.",
                 "managed.end.extra"):
        with pytest.raises(ValidationError) as err:
            rows(db, admin, path, JAN)
        assert err.value.field == "Số liệu" and f"security.{path}" in str(err.value), path
