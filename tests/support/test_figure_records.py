"""The records behind every support figure: for a hand-built October, every key the provider returns
lists exactly the records it counted (counts by length, sums by the rows' amounts)."""

import datetime as dt
from decimal import Decimal

import pytest

from desktop import figures, settings
from desktop.demo import DEMO_STATION
from desktop.errors import ValidationError
from desktop.residents import households as hh
from desktop.residents import service as rs
from desktop.support import service as sv

OCT = (dt.date(2025, 10, 1), dt.date(2025, 10, 31))


def d(month: int, day: int) -> dt.date:
    return dt.date(2025, month, day)


@pytest.fixture
def october(db, admin, world):
    """Projects, gifts and labour in October 2025, and some on 30 September / 1 November."""
    k = world.kinds
    with db.uow(admin) as work:
        settings.save_station(work, DEMO_STATION)
        household = hh.add_household(work, hh.HouseholdInput("HK-07", world.nia_don))
        head = rs.add_person(work, rs.PersonInput("Điểu Thị Lan", "F", "1970", village_id=world.nia_don))
        hh.set_member(work, household.id, head.id, "Chủ hộ")
        a = sv.add_donor(work, sv.DonorInput("Đoàn Thanh niên xã Đắk Nia", "organisation")).id
        b = sv.add_donor(work, sv.DonorInput("Cửa hàng VLXD Minh Phát", "business")).id
        c = sv.add_donor(work, sv.DonorInput("Nguyễn Văn Hùng", "person")).id

        def project(title, kind, head, village, hardship, status, start, done=None, em=False, **kw):
            return sv.add_project(work, sv.ProjectInput(title, k[kind], head, village, hardship, "", em, "",
                                                        status, start, done, **kw)).id

        p = {
            "yard": project("Làm sân bê tông", "yard", "Thị Hơn", world.bu_sir, "poor", "completed", d(9, 28),
                            d(10, 5), em=True),
            "house": project("Sửa nhà", "house", "Lê Văn An", world.nia_don, "near_poor", "in_progress",
                             d(10, 1)),
            "gift": project("Tặng quà", "gift", "THỊ HƠN", world.bu_sir, "poor", "completed", d(10, 20),
                            d(10, 31), em=True),
            "nov": project("Tặng quà", "gift", "Trần Bình", world.nia_don, "difficult", "completed", d(11, 1),
                           d(11, 1)),
            "cancelled": project("Tặng quà (hủy)", "gift", "Võ Cường", world.nia_don, "poor", "cancelled",
                                 d(10, 15)),
            "linked": project("Bò giống", "livelihood", "", 0, "near_poor", "completed", d(9, 30), d(10, 10),
                              household_id=household.id),
        }
        add = sv.add_contribution
        cash = add(work, p["yard"], sv.ContributionInput(a, "cash", 1_000_000, 1_000_000, d(10, 1))).id
        add(work, p["yard"], sv.ContributionInput(b, "material", 2_700_000, 2_700_000, d(9, 30), "Xi măng",
                                                  30, "bao"))
        rice = add(work, p["gift"], sv.ContributionInput(b, "material", 500_000, 500_000, d(10, 20), "Gạo",
                                                         50, "kg")).id
        add(work, p["house"], sv.ContributionInput(c, "cash", 3_000_000, 0))
        add(work, p["nov"], sv.ContributionInput(c, "cash", 2_000_000, 2_000_000, d(11, 1)))
        add(work, p["linked"], sv.ContributionInput(c, "cash", 4_500_000, 4_500_000, d(10, 31)))
        o = world.officers
        sv.add_labour(work, p["yard"], sv.LabourInput(o[0], 2, d(9, 29)))
        sv.add_labour(work, p["yard"], sv.LabourInput(o[1], "1,5", d(10, 2)))
        sv.add_labour(work, p["house"], sv.LabourInput(o[2], 3, d(10, 31)))
        sv.add_labour(work, p["linked"], sv.LabourInput(o[1], "0,5", d(10, 10)))
    return {"p": p, "donors": (a, b, c), "household": household.id, "cash": cash, "rice": rice,
            "officers": o, "world": world}


def provider(db, admin, start, end):
    with db.uow(admin) as work:
        return figures.PROVIDERS["support"](work, start, end)


def rows(db, actor, path, start, end):
    with db.uow(actor) as work:
        return figures.records(work, f"support.{path}", start, end)


def paths(value, prefix=""):
    if isinstance(value, dict):
        if prefix:
            yield prefix, Decimal(sum(value.values()))
        for key, inner in value.items():
            yield from paths(inner, f"{prefix}.{key}" if prefix else key)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield prefix, Decimal(str(value))


@pytest.mark.parametrize("period", [OCT, (d(9, 1), d(9, 30)), (d(11, 1), d(11, 30)), (d(10, 1), d(10, 1))])
def test_every_figure_lists_its_records(db, admin, october, period):
    seen = 0
    for path, value in paths(provider(db, admin, *period)):
        found = rows(db, admin, path, *period)
        amounts = [r.amount for r in found]
        if path in ("cash_received_vnd", "in_kind_value_vnd", "officer_labour_days"):
            assert all(a is not None for a in amounts) and sum(amounts, Decimal(0)) == value, path
        else:
            assert all(a is None for a in amounts) and len(found) == value, path
        assert all(r.what for r in found), path
        seen += 1
    assert seen >= 20


def ids(found):
    return sorted((r.opens, r.record_id) for r in found)


def test_rows_are_the_records_counted(db, admin, october):
    p = october["p"]
    proj = "support.project"
    assert ids(rows(db, admin, "projects_started_total", *OCT)) == sorted(
        [(proj, p["house"]), (proj, p["gift"])])  # cancelled left out; the yard started in September
    assert ids(rows(db, admin, "projects_started.house", *OCT)) == [(proj, p["house"])]
    assert ids(rows(db, admin, "projects_completed", *OCT)) == sorted(
        [(proj, p["yard"]), (proj, p["gift"]), (proj, p["linked"])])
    done = rows(db, admin, "projects_completed.gift", *OCT)
    assert [(r.record_id, r.when, r.who, r.village) for r in done] == [
        (p["gift"], d(10, 31), "THỊ HƠN", "bon Bu Sir")]
    helped = rows(db, admin, "households_helped", *OCT)
    assert ids(helped) == sorted([("residents.household", october["household"]), (proj, p["gift"])])
    near = rows(db, admin, "households_near_poor", *OCT)
    assert ids(near) == [("residents.household", october["household"])] and near[0].who == "Điểu Thị Lan"
    assert ids(rows(db, admin, "households_ethnic_minority", *OCT)) == [(proj, p["gift"])]
    cash = rows(db, admin, "cash_received_vnd", *OCT)
    assert [(r.who, r.amount, r.record_id) for r in cash] == [
        ("Đoàn Thanh niên xã Đắk Nia", 1_000_000, p["yard"]), ("Nguyễn Văn Hùng", 4_500_000, p["linked"])]
    kind = rows(db, admin, "in_kind_value_vnd", *OCT)
    assert [(r.amount, r.record_id) for r in kind] == [(500_000, p["gift"])] and "Gạo 50 kg" in kind[0].what
    assert ids(rows(db, admin, "donors", *OCT)) == sorted(("support.donor", i) for i in october["donors"])
    assert [r.record_id for r in rows(db, admin, "donors", d(10, 2), d(10, 30))] == [october["donors"][1]]
    labour = rows(db, admin, "officer_labour_days", *OCT)
    assert [(r.amount, r.when) for r in labour] == [
        (Decimal("1.5"), d(10, 2)), (Decimal("0.5"), d(10, 10)), (Decimal(3), d(10, 31))]
    o = october["officers"]
    assert ids(rows(db, admin, "officers", *OCT)) == sorted([("staff.officer", o[1]),
                                                               ("staff.officer", o[2])])


def test_records_just_outside_the_period_are_not_listed(db, admin, october):
    p = october["p"]
    oct2_30 = (d(10, 2), d(10, 30))
    assert [r.record_id for r in rows(db, admin, "cash_received_vnd", *oct2_30)] == []
    done = rows(db, admin, "projects_completed_total", *oct2_30)
    assert [r.record_id for r in done] == [p["yard"], p["linked"]]
    assert [r.record_id for r in rows(db, admin, "projects_started_total", *oct2_30)] == [p["gift"]]
    assert [r.amount for r in rows(db, admin, "officer_labour_days", *oct2_30)] == [Decimal("1.5"),
                                                                                    Decimal("0.5")]


def test_unknown_paths_name_the_figure(db, admin, october, viewer):
    for path in ("nothing", "projects_started.spaceship", "donors.count", "cash_received_vnd.x"):
        with pytest.raises(ValidationError) as err:
            rows(db, admin, path, *OCT)
        assert err.value.field == "Số liệu" and f"support.{path}" in str(err.value)
    assert len(rows(db, viewer, "donors", *OCT)) == 3  # every role reads the support register
