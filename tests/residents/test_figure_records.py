"""The records behind every residents figure: the same records the figure counted, nothing else."""

import datetime as dt
from types import SimpleNamespace

import pytest
from sqlalchemy import delete

from desktop import figures
from desktop.errors import ValidationError
from desktop.residents import archive, campaign, events, loans, service
from desktop.residents.archive import FileInput
from desktop.residents.households import HouseholdInput, add_household, set_member
from desktop.residents.loans import LoanInput
from desktop.residents.models import QualityIssue, ResidenceFile
from desktop.residents.service import PersonInput
from desktop.staff.service import OfficerInput, add_officer

MARCH = (dt.date(2025, 3, 1), dt.date(2025, 3, 31))
D = dt.date


def _person(work, name, birth, village, **kw):
    return service.add_person(work, PersonInput(name, "Nam", birth, village_id=village.id, **kw))


def _event(work, person, kind, day, reason=""):
    return events.add_event(work, person.id, events.EventInput(kind, day, reason=reason, form_ref="CT01"))


def build(db, admin, villages):
    """March 2025 with known records, and records on 28 February and 1 April around it."""
    v1, v2 = villages
    with db.uow(admin) as work:
        officer = add_officer(work, OfficerInput("Điểu Minh", "Trung úy"))
        hung = _person(work, "Nguyễn Văn Hùng", "12/05/1970", v1, id_number="")
        lan = _person(work, "Trần Thị Lan", "1980", v2)  # birth partial
        bad_id = _person(work, "Lê Văn Sai", "01/01/1990", v1, id_number="12345", accept_id_warning=True)
        h = add_household(work, HouseholdInput("NĐ-012", v1.id, "thôn Nia Đơn"))
        set_member(work, h.id, hung.id, "Chủ hộ")
        no_birth = _person(work, "Phạm Văn Mới", "", v2)
        bad_too = _person(work, "Đỗ Văn Nhầm", "02/02/1992", v2, id_number="99912345678x",
                          accept_id_warning=True)  # fmt: skip

        ev = SimpleNamespace(
            permanent=[_event(work, hung, "permanent", D(2025, 3, 1)),
                       _event(work, lan, "permanent", D(2025, 3, 31))],
            temporary=[_event(work, bad_id, "temporary", D(2025, 3, 12))],
            correction=[_event(work, lan, "correction", D(2025, 3, 15), "Sửa ngày sinh")],
        )  # fmt: skip
        _event(work, hung, "permanent", D(2025, 2, 28))
        _event(work, lan, "temporary", D(2025, 4, 1))
        struck = _person(work, "Vũ Văn Đi", "01/01/1950", v1)
        service.strike_off(work, struck.id, service.get_person(work, struck.id).version, D(2025, 3, 20), "b")

        files = [
            archive.add_file(work, FileInput(f"68123-{i:06d}", household_id=h.id if i == 1 else None,
                                             person_id=None if i == 1 else lan.id))
            for i in range(1, 6)
        ]  # fmt: skip
        arranged = (D(2025, 3, 2), D(2025, 3, 31), D(2025, 2, 28), D(2025, 4, 1), None)
        for f, day in zip(files, arranged, strict=True):
            work.session.get(ResidenceFile, f.id).arranged_date = day
        work.flush()

        def lend(f, out, due, back=None):
            data = LoanInput(f.id, "Nguyễn Thị Mượn", "Đối chiếu", out, due, officer.id, "Tòa án")
            loan = loans.lend(work, data)
            if back is not None:
                loans.return_file(work, f.id, back)
            return loan.id

        lo = SimpleNamespace(
            back_in_march=lend(files[0], D(2025, 2, 20), D(2025, 3, 5), D(2025, 3, 10)),
            still_out=lend(files[1], D(2025, 3, 3), D(2025, 3, 20)),
            lent_and_back=lend(files[2], D(2025, 3, 10), D(2025, 4, 10), D(2025, 3, 25)),
            back_in_april=lend(files[3], D(2025, 3, 15), D(2025, 3, 25), D(2025, 4, 2)),
        )
        lend(files[0], D(2025, 4, 1), D(2025, 4, 5))
        lend(files[4], D(2025, 2, 1), D(2025, 2, 10), D(2025, 2, 28))

        def step(p, name, day):
            v = service.get_person(work, p.id)
            by = officer.id if name == "mobilised" else None
            campaign.record_step(work, p.id, v.version, name, day, by)

        step(hung, "reviewed", D(2025, 3, 3))
        step(lan, "reviewed", D(2025, 2, 28))
        step(bad_too, "reviewed", D(2025, 4, 1))
        step(hung, "mobilised", D(2025, 3, 3))
        step(hung, "applied", D(2025, 3, 5))
        step(lan, "issued", D(2025, 3, 31))
        step(bad_too, "vneid2", D(2025, 3, 9))
        # the data problems as syncs on those days would have stored them (services stamp today)
        work.session.execute(delete(QualityIssue))
        issues = [
            (hung, "id_missing", D(2025, 2, 20), None),
            (lan, "birth_partial", D(2025, 2, 20), D(2025, 3, 15)),
            (bad_id, "id_format", D(2025, 2, 20), D(2025, 4, 2)),
            (no_birth, "birth_missing", D(2025, 3, 10), None),
            (bad_too, "id_format", D(2025, 3, 10), None),
            (bad_too, "no_vneid2", D(2025, 3, 1), D(2025, 3, 9)),
            (hung, "adult_no_idcard", D(2025, 3, 31), D(2025, 4, 1)),
            (struck, "id_missing", D(2025, 2, 28), D(2025, 3, 20)),
        ]
        for p, rule, found, cleared in issues:
            work.add(QualityIssue(person_id=p.id, rule=rule, found_on=found, cleared_on=cleared))
        work.flush()
    return SimpleNamespace(
        hung=hung.id, lan=lan.id, bad_id=bad_id.id, no_birth=no_birth.id, bad_too=bad_too.id,
        struck=struck.id, ev=ev, files=[f.id for f in files], loans=lo,
    )  # fmt: skip


@pytest.fixture
def march(db, admin, villages):
    return build(db, admin, villages)


def leaves(figs, prefix=""):
    for key, value in figs.items():
        if isinstance(value, dict):
            yield from leaves(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def rows_of(db, actor, path, period=MARCH):
    with db.uow(actor) as work:
        return figures.records(work, f"residents.{path}", *period)


def test_every_figure_lists_the_records_it_counted(db, viewer, march):
    from desktop.gui.openers import OPENERS

    with db.uow(viewer) as work:
        figs = figures.PROVIDERS["residents"](work, *MARCH)
        paths = dict(leaves(figs))
        listed = {path: figures.records(work, f"residents.{path}", *MARCH) for path in paths}
    assert len(paths) > 50
    assert sum(paths.values()) > 40  # the month is not mostly zeros
    for path, value in paths.items():
        rows = listed[path]
        if path in ("residents.registered", "residents.living"):
            assert rows is None
            continue
        assert rows is not None and len(rows) == value, path
        assert all(r.opens in OPENERS and r.record_id and r.what and r.who for r in rows), path
        assert all(r.amount is None for r in rows), path
        if not path.startswith(("quality_open.", "loans.overdue")):
            assert all(MARCH[0] <= r.when <= MARCH[1] for r in rows), path


def test_rows_are_the_expected_records(db, viewer, march):
    m = march

    def ids(path):
        return sorted(r.record_id for r in rows_of(db, viewer, path))

    assert ids("events.permanent") == sorted([m.hung, m.lan])
    assert ids("events.temporary") == [m.bad_id]
    assert ids("events.correction") == [m.lan]
    assert ids("events.strike_off") == [m.struck]
    assert ids("events.absence") == []
    assert ids("files_arranged") == sorted(m.files[:2])
    lo = m.loans
    assert ids("loans.lent") == sorted([lo.still_out, lo.lent_and_back, lo.back_in_april])
    assert ids("loans.returned") == sorted([lo.back_in_march, lo.lent_and_back])
    assert ids("loans.overdue_at_end") == sorted([lo.still_out, lo.back_in_april])
    assert ids("quality.birth_missing.found") == [m.no_birth]
    assert ids("quality.birth_partial.found") == []
    assert ids("quality.birth_partial.cleared") == [m.lan]
    assert ids("quality.id_format.found") == [m.bad_too]
    assert ids("quality.wrong_id.found") == [m.bad_too]
    assert ids("quality.id_format.cleared") == []  # Sai's ID number was cleared in April
    assert ids("quality.no_vneid2.found") == ids("quality.no_vneid2.cleared") == [m.bad_too]
    assert ids("quality.adult_no_idcard.found") == [m.hung]
    assert ids("quality.id_missing.cleared") == [m.struck]
    assert ids("quality_open.id_missing") == [m.hung]
    assert ids("quality_open.id_format") == [m.bad_too]
    assert ids("quality_open.wrong_id") == [m.bad_too]
    assert ids("quality_open.birth_missing") == [m.no_birth]
    assert ids("campaign.reviewed") == [m.hung]
    assert ids("campaign.mobilised") == [m.hung]
    assert ids("campaign.applied") == sorted([m.hung, m.lan])  # issued without applying first
    assert ids("campaign.issued") == [m.lan]
    assert ids("campaign.vneid2_activated") == [m.bad_too]


def test_what_a_row_shows(db, viewer, march):
    m = march
    (strike,) = rows_of(db, viewer, "events.strike_off")
    assert strike.who == "Vũ Văn Đi (sinh năm 1950)" and strike.village == "thôn Nia Đơn"
    assert strike.what.startswith("Xóa đăng ký thường trú") and strike.when == D(2025, 3, 20)
    assert strike.opens == "residents.person"
    files = {r.record_id: r for r in rows_of(db, viewer, "files_arranged")}
    assert files[m.files[0]].who == "Hộ NĐ-012, chủ hộ Nguyễn Văn Hùng (sinh năm 1970)"
    assert files[m.files[0]].village == "thôn Nia Đơn" and files[m.files[0]].opens == "residents.file"
    assert files[m.files[1]].who == "Trần Thị Lan (sinh năm 1980)"
    assert files[m.files[1]].village == "bon Bu Sir"
    assert "68123-000002" in files[m.files[1]].what
    late = {r.record_id: r for r in rows_of(db, viewer, "loans.overdue_at_end")}[m.loans.back_in_april]
    assert late.who == "Nguyễn Thị Mượn (Tòa án)" and late.when == D(2025, 3, 25)
    assert "68123-000004" in late.what and "đã trả 02/04/2025" in late.what and late.opens == "residents.loan"
    (problem,) = rows_of(db, viewer, "quality.id_format.found")
    assert problem.who == "Đỗ Văn Nhầm (sinh năm 1992)" and problem.village == "bon Bu Sir"
    assert problem.what.startswith("Số định danh sai định dạng") and problem.opens == "residents.problem"
    assert "99912345678x" not in f"{problem.who} {problem.what}"  # never the ID number
    (mobilised,) = rows_of(db, viewer, "campaign.mobilised")
    assert mobilised.what == "Đã vận động (cán bộ Trung úy Điểu Minh)"
    assert mobilised.opens == "residents.campaign"


def test_overdue_at_end_is_as_it_was_at_the_end(db, admin, march):
    """A loan overdue at the end of March and returned in April still counts for March; one lent in
    April does not, whatever happened since."""
    with db.uow(admin) as work:
        assert loans.period_figures(work, *MARCH)["overdue_at_end"] == 2
        assert loans.period_figures(work, D(2025, 4, 1), D(2025, 4, 30))["overdue_at_end"] == 2  # still out
        assert loans.period_figures(work, D(2025, 2, 1), D(2025, 2, 28))["overdue_at_end"] == 0


def test_population_lists_nothing_and_unknown_paths_are_refused(db, viewer, march):
    assert rows_of(db, viewer, "residents.registered") is None
    with db.uow(viewer) as work:
        bad = ("nope", "events", "events.moved", "loans.lost", "quality.birth_missing", "quality.nope.found",
               "quality_open.nope", "campaign.done", "files_arranged.x", "residents.dead")  # fmt: skip
        for path in bad:
            with pytest.raises(ValidationError) as err:
                figures.records(work, f"residents.{path}", *MARCH)
            assert err.value.field == "Chỉ tiêu" and path in err.value.detail
