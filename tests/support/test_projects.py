import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.errors import PermissionDenied, StaleRecord, ValidationError
from desktop.support import service as sv
from desktop.support.models import Contribution, LabourEntry, Project

TODAY = dt.date.today()
D = dt.timedelta


def _yard(world, **kw) -> sv.ProjectInput:
    base = dict(title="Làm sân bê tông cho hộ bà Thị Hơn", kind_id=world.kinds["yard"], head_name="Thị Hơn",
                village_id=world.bu_sir, hardship="poor", ethnic_minority=True, ethnicity="M'Nông",
                status="in_progress", start_date=TODAY - D(10), size_value="30", size_unit="m²")
    base.update(kw)
    return sv.ProjectInput(**base)


def _count(db, admin, model) -> int:
    with db.uow(admin) as work:
        return work.session.scalar(select(func.count(model.id)))


def test_seed_case_end_to_end(db, admin, world):
    """Donors gave materials and officers built a new 30 m² yard for an ethnic-minority household."""
    with db.uow(admin) as work:
        shop = sv.add_donor(work, sv.DonorInput("Cửa hàng VLXD Minh Phát", "business", "Trần Minh Phát",
                                                "0263 3544 128"))
        hung = sv.add_donor(work, sv.DonorInput("Nguyễn Văn Hùng", "person"))
        p = sv.add_project(work, _yard(world))
        assert p.warnings == ()
        sv.add_contribution(work, p.id, sv.ContributionInput(shop.id, "material", "2.700.000", "2.700.000",
                                                             TODAY - D(10), "Xi măng PCB40", "30", "bao"))
        sv.add_contribution(work, p.id, sv.ContributionInput(hung.id, "material", 2_100_000, 2_100_000,
                                                             TODAY - D(9), "Cát, đá", "6", "m³"))
        sv.add_contribution(work, p.id, sv.ContributionInput(hung.id, "cash", 1_000_000, 0))
        for officer in world.officers:
            sv.add_labour(work, p.id, sv.LabourInput(officer, "2", TODAY - D(8)))
        sv.add_labour(work, p.id, sv.LabourInput(world.officers[0], "0,5", TODAY - D(7)))
        current = sv.get_project(work, p.id)
        done = sv.update_project(work, p.id, current.version,
                                 _yard(world, status="completed", completed_date=TODAY - D(6)))
    assert done.status_text == "Đã hoàn thành"
    assert done.size_text == "30 m²"
    assert done.totals == sv.Totals(cash_pledged_vnd=1_000_000, cash_received_vnd=0,
                                    material_pledged_vnd=4_800_000, material_received_vnd=4_800_000,
                                    labour_days=Decimal("6.5"), donors=2)
    with db.uow(admin) as work:
        donors = {d.name: d for d in sv.list_donors(work)}
        assert donors["Nguyễn Văn Hùng"].material_received_vnd == 2_100_000
        assert donors["Nguyễn Văn Hùng"].cash_pledged_vnd == 1_000_000
        assert donors["Nguyễn Văn Hùng"].contributions == 2
        assert donors["Cửa hàng VLXD Minh Phát"].received_vnd == 2_700_000
        assert [c.what for c in sv.list_contributions(work, project_id=p.id)][:2] == [
            "30 bao xi măng PCB40", "6 m³ cát, đá"]
        assert sum(e.days for e in sv.list_labour(work, p.id)) == Decimal("6.5")
        assert "Thị Hơn" in done.household_text and "M'Nông" in done.household_text


def test_list_filters_and_search_without_diacritics(db, admin, viewer, world):
    with db.uow(admin) as work:
        sv.add_project(work, _yard(world))
        sv.add_project(work, sv.ProjectInput("Tặng quà Tết", world.kinds["gift"], "Lê Thị Hoa", world.nia_don,
                                             "near_poor", status="completed", start_date=TODAY - D(40),
                                             completed_date=TODAY - D(40)))
    with db.uow(viewer) as work:
        assert [p.head_name for p in sv.list_projects(work, sv.ProjectFilter(text="thi hon"))] == ["Thị Hơn"]
        assert [p.title for p in sv.list_projects(work, sv.ProjectFilter(text="QUA TET"))] == ["Tặng quà Tết"]
        assert len(sv.list_projects(work, sv.ProjectFilter(status="completed"))) == 1
        assert len(sv.list_projects(work, sv.ProjectFilter(village_id=world.bu_sir))) == 1
        assert len(sv.list_projects(work, sv.ProjectFilter(ethnic_minority_only=True))) == 1
        assert len(sv.list_projects(work, sv.ProjectFilter(kind_id=world.kinds["gift"]))) == 1
        assert len(sv.list_projects(work, sv.ProjectFilter(date_from=TODAY - D(20)))) == 1
        assert sv.list_projects(work, sv.ProjectFilter(text="100%_")) == []


def test_viewer_cannot_write(db, admin, viewer, world):
    with db.uow(admin) as work:
        p = sv.add_project(work, _yard(world))
    with db.uow(viewer) as work:
        for call in (lambda: sv.add_project(work, _yard(world)),
                     lambda: sv.update_project(work, p.id, p.version, _yard(world)),
                     lambda: sv.delete_project(work, p.id, p.version),
                     lambda: sv.add_donor(work, sv.DonorInput("X")),
                     lambda: sv.add_labour(work, p.id, sv.LabourInput(world.officers[0], 1, TODAY)),
                     lambda: sv.add_kind(work, "Làm đường")):
            with pytest.raises(PermissionDenied):
                call()


@pytest.mark.parametrize(("changes", "field"), [
    ({"title": " "}, "Tên công trình"),
    ({"head_name": ""}, "Chủ hộ được hỗ trợ"),
    ({"hardship": "rich"}, "Diện hoàn cảnh"),
    ({"status": "done"}, "Trạng thái"),
    ({"status": "completed"}, "Ngày hoàn thành"),  # a completed project with no completion date
    ({"status": "completed", "completed_date": TODAY + D(3)}, "Ngày hoàn thành"),
    ({"status": "completed", "start_date": TODAY - D(2), "completed_date": TODAY - D(5)}, "Ngày hoàn thành"),
    ({"status": "proposed", "completed_date": TODAY}, "Ngày hoàn thành"),
    ({"start_date": None}, "Ngày bắt đầu"),
    ({"start_date": "31/02/2026"}, "Ngày bắt đầu"),
    ({"size_value": "-30"}, "Quy mô"),
    ({"size_value": "30", "size_unit": ""}, "Đơn vị quy mô"),
    ({"village_id": 0}, "Thôn, bon"),
    ({"kind_id": 0}, "Loại công trình"),
])
def test_bad_project_input_names_field_and_saves_nothing(db, admin, world, changes, field):
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        sv.add_project(work, _yard(world, **changes))
    assert err.value.field == field
    assert _count(db, admin, Project) == 0


def test_stale_edit_is_refused(db, admin, clerk, world):
    with db.uow(admin) as work:
        p = sv.add_project(work, _yard(world))
    with db.uow(clerk) as work:
        sv.update_project(work, p.id, p.version, _yard(world, title="Làm sân phơi"))
    with pytest.raises(StaleRecord), db.uow(admin) as work:
        sv.update_project(work, p.id, p.version, _yard(world, title="Làm sân xi măng"))
    with db.uow(admin) as work:
        assert sv.get_project(work, p.id).title == "Làm sân phơi"


def test_same_household_within_12_months_is_warned_not_blocked(db, admin, world):
    with db.uow(admin) as work:
        sv.add_project(work, sv.ProjectInput("Tặng quà", world.kinds["gift"], "Thị  Hơn", world.bu_sir,
                                             "poor", status="completed", start_date=TODAY - D(200),
                                             completed_date=TODAY - D(200)))
        sv.add_project(work, sv.ProjectInput("Tặng quà cũ", world.kinds["gift"], "Thi Hon", world.bu_sir,
                                             "poor", status="completed", start_date=TODAY - D(500),
                                             completed_date=TODAY - D(500)))
        other_village = sv.add_project(work, _yard(world, village_id=world.nia_don))
        p = sv.add_project(work, _yard(world))
    assert other_village.warnings == ()
    assert len(p.warnings) == 1
    assert "«Tặng quà»" in p.warnings[0] and "12 tháng" in p.warnings[0]
    assert "họ tên chủ hộ và thôn" in p.warnings[0]
    assert _count(db, admin, Project) == 4


def test_received_more_than_pledged_is_warned(db, admin, world):
    with db.uow(admin) as work:
        donor = sv.add_donor(work, sv.DonorInput("Nguyễn Văn Hùng"))
        p = sv.add_project(work, _yard(world))
        c = sv.add_contribution(work, p.id, sv.ContributionInput(donor.id, "cash", 1_000_000, 1_500_000,
                                                                 TODAY - D(1)))
        view = sv.get_project(work, p.id)
    assert c.over_received and "nhiều hơn số cam kết" in c.warning
    expected = "Tiền mặt đã nhận (1.500.000 đ) nhiều hơn số cam kết (1.000.000 đ)"
    assert any(expected in w for w in view.warnings)


def test_delete_project_takes_its_records_along(db, admin, world):
    with db.uow(admin) as work:
        donor = sv.add_donor(work, sv.DonorInput("Nguyễn Văn Hùng"))
        p = sv.add_project(work, _yard(world))
        sv.add_contribution(work, p.id, sv.ContributionInput(donor.id, "cash", 100_000, 0))
        sv.add_labour(work, p.id, sv.LabourInput(world.officers[0], 1, TODAY - D(1)))
        p = sv.get_project(work, p.id)
        sv.delete_project(work, p.id, p.version)
    assert [_count(db, admin, m) for m in (Project, Contribution, LabourEntry)] == [0, 0, 0]
    with db.uow(admin) as work:  # the donor stays, and can now be deleted
        d = sv.get_donor(work, donor.id)
        sv.delete_donor(work, d.id, d.version)


def test_station_can_add_a_kind(db, admin, world):
    with db.uow(admin) as work:
        k = sv.add_kind(work, "Làm đường giao thông nông thôn")
        assert k.code == "lam_duong_giao_thong_nong_thon"
        with pytest.raises(ValidationError):
            sv.add_kind(work, "lam duong giao thong nong thon")
        assert "Làm đường giao thông nông thôn" in [x.name for x in sv.list_kinds(work)]
