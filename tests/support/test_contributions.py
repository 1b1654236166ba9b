import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.errors import ValidationError
from desktop.support import service as sv
from desktop.support.models import Contribution, Donor, LabourEntry

TODAY = dt.date.today()
D = dt.timedelta


@pytest.fixture
def project(db, admin, world):
    with db.uow(admin) as work:
        donor = sv.add_donor(work, sv.DonorInput("Cửa hàng VLXD Minh Phát", "business"))
        p = sv.add_project(work, sv.ProjectInput(
            "Làm sân", world.kinds["yard"], "Thị Hơn", world.bu_sir, "poor", status="in_progress",
            start_date=TODAY - D(4)))
    return p, donor


def _count(db, admin, model) -> int:
    with db.uow(admin) as work:
        return work.session.scalar(select(func.count(model.id)))


@pytest.mark.parametrize(("data", "field"), [
    (dict(kind="cash", pledged_vnd="1500000,5"), "Số tiền cam kết"),          # a VND amount with decimals
    (dict(kind="cash", pledged_vnd=1500.5), "Số tiền cam kết"),
    (dict(kind="cash", received_vnd=10**15, received_date=TODAY), "Số tiền đã nhận"),  # 10^15 đ
    (dict(kind="cash", pledged_vnd=-200_000), "Số tiền cam kết"),
    (dict(kind="cash", pledged_vnd=0, received_vnd=0), "Số tiền cam kết"),
    (dict(kind="cash", received_vnd=500_000), "Ngày nhận"),
    (dict(kind="cash", pledged_vnd=500_000, received_date=TODAY), "Ngày nhận"),
    (dict(kind="cash", received_vnd=500_000, received_date=TODAY + D(1)), "Ngày nhận"),
    (dict(kind="material", pledged_vnd=100_000, item="", quantity=3, unit="bao"), "Hiện vật"),
    (dict(kind="material", pledged_vnd=100_000, item="Xi măng", quantity=0, unit="bao"), "Số lượng"),
    (dict(kind="material", pledged_vnd=100_000, item="Xi măng", quantity="-2", unit="bao"), "Số lượng"),
    (dict(kind="material", pledged_vnd=100_000, item="Xi măng", quantity=3, unit=""), "Đơn vị tính"),
    (dict(kind="material", pledged_vnd="2,5 triệu", item="Xi măng", quantity=3, unit="bao"),
     "Giá trị ước tính cam kết"),
    (dict(kind="gold", pledged_vnd=100_000), "Hình thức đóng góp"),
])
def test_bad_contribution_names_field_and_saves_nothing(db, admin, project, data, field):
    p, donor = project
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        sv.add_contribution(work, p.id, sv.ContributionInput(donor.id, **data))
    assert err.value.field == field
    assert _count(db, admin, Contribution) == 0


def test_contribution_needs_a_donor(db, admin, project):
    p, _ = project
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        sv.add_contribution(work, p.id, sv.ContributionInput(0, "cash", 100_000))
    assert err.value.field == "Nhà hảo tâm"


def test_update_and_delete_contribution(db, admin, project):
    p, donor = project
    with db.uow(admin) as work:
        c = sv.add_contribution(work, p.id, sv.ContributionInput(donor.id, "cash", 1_000_000))
        c = sv.update_contribution(work, c.id, c.version,
                                   sv.ContributionInput(donor.id, "cash", 1_000_000, 1_000_000, TODAY))
        assert sv.get_project(work, p.id).totals.cash_received_vnd == 1_000_000
        sv.delete_contribution(work, c.id, c.version)
        assert sv.get_project(work, p.id).totals.cash_received_vnd == 0


def test_donor_with_contributions_cannot_be_deleted(db, admin, project):
    p, donor = project
    with db.uow(admin) as work:
        sv.add_contribution(work, p.id, sv.ContributionInput(donor.id, "cash", 500_000, 500_000, TODAY))
        d = sv.get_donor(work, donor.id)
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        sv.delete_donor(work, d.id, d.version)
    assert err.value.field == "Nhà hảo tâm"
    assert "1 khoản đóng góp" in err.value.detail and "Còn theo dõi" in err.value.detail
    assert _count(db, admin, Donor) == 1 and _count(db, admin, Contribution) == 1
    with db.uow(admin) as work:  # the offered way out: make the donor inactive
        sv.update_donor(work, d.id, d.version, sv.DonorInput(d.name, d.kind, active=False))
        assert sv.list_donors(work) == []
        assert sv.list_donors(work, include_inactive=True)[0].received_vnd == 500_000
        # an inactive donor cannot be chosen for a new contribution
        with pytest.raises(ValidationError):
            sv.add_contribution(work, p.id, sv.ContributionInput(donor.id, "cash", 1))


@pytest.mark.parametrize(("data", "field"), [
    (dict(name=""), "Tên nhà hảo tâm"),
    (dict(name="A", kind="state"), "Loại nhà hảo tâm"),
    (dict(name="A", phone="gọi sau"), "Số điện thoại"),
])
def test_bad_donor(db, admin, data, field):
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        sv.add_donor(work, sv.DonorInput(**data))
    assert err.value.field == field


def test_donor_search_folds(db, admin):
    with db.uow(admin) as work:
        sv.add_donor(work, sv.DonorInput("Đoàn Thanh niên xã Đắk Nia", "organisation"))
        sv.add_donor(work, sv.DonorInput("Nguyễn Văn Hùng"))
        assert [d.name for d in sv.list_donors(work, text="doan thanh")] == ["Đoàn Thanh niên xã Đắk Nia"]


def test_labour_days_rules(db, admin, world, project):
    p, _ = project  # started 4 days ago, in progress: span is 5 days
    officer = world.officers[0]
    bad = [
        (sv.LabourInput(officer, 0, TODAY), "Số ngày công"),
        (sv.LabourInput(officer, "-1", TODAY), "Số ngày công"),
        (sv.LabourInput(officer, 6, TODAY), "Số ngày công"),
        (sv.LabourInput(officer, "1,25", TODAY), "Số ngày công"),
        (sv.LabourInput(0, 1, TODAY), "Cán bộ"),
        (sv.LabourInput(officer, 1, None), "Ngày làm"),
        (sv.LabourInput(officer, 1, TODAY - D(10)), "Ngày làm"),
        (sv.LabourInput(officer, 1, TODAY + D(1)), "Ngày làm"),
    ]
    for data, field in bad:
        with pytest.raises(ValidationError) as err, db.uow(admin) as work:
            sv.add_labour(work, p.id, data)
        assert err.value.field == field, data
    assert _count(db, admin, LabourEntry) == 0
    with db.uow(admin) as work:
        e = sv.add_labour(work, p.id, sv.LabourInput(officer, "5", TODAY - D(1)))
        assert e.officer_label == "Thượng úy Điểu Săn" and e.days_text == "5"
        e = sv.update_labour(work, e.id, e.version, sv.LabourInput(officer, "1,5", TODAY - D(1)))
        assert e.days_text == "1,5"
        # moving the completion date before recorded labour is refused
        cur = sv.get_project(work, p.id)
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        sv.update_project(work, p.id, cur.version, sv.ProjectInput(
            cur.title, cur.kind_id, cur.head_name, cur.village_id, cur.hardship, status="completed",
            start_date=cur.start_date, completed_date=TODAY - D(3)))
    assert err.value.field == "Ngày hoàn thành"


def test_labour_cap_without_dates(db, admin, world):
    with db.uow(admin) as work:
        p = sv.add_project(work, sv.ProjectInput("Tặng quà", world.kinds["gift"], "Lê Thị Hoa", world.nia_don,
                                                 "difficult"))
        with pytest.raises(ValidationError) as err:
            sv.add_labour(work, p.id, sv.LabourInput(world.officers[0], 61, TODAY))
        assert "chưa có ngày bắt đầu" in err.value.detail
        sv.add_labour(work, p.id, sv.LabourInput(world.officers[0], 1, TODAY))
