import pytest

from desktop.errors import PermissionDenied, ValidationError
from desktop.staff import service
from desktop.staff.service import OfficerInput


def test_add_list_update(db, admin, viewer):
    with db.uow(admin) as work:
        a = service.add_officer(
            work, OfficerInput("Y Đức Niê", "Thiếu tá", "Trưởng Công an xã", "0905 123 456"))
        service.add_officer(work, OfficerInput("Điểu K'Lung", "Trung úy", kind="reinforcement"))
    with db.uow(viewer) as work:
        assert [o.full_name for o in service.list_officers(work, text="dieu")] == ["Điểu K'Lung"]
        with pytest.raises(PermissionDenied):
            service.add_officer(work, OfficerInput("X"))
    with db.uow(admin) as work:
        service.update_officer(work, a.id, a.version, OfficerInput("Y Đức Niê", "Trung tá", active=False))
        assert [o.full_name for o in service.list_officers(work)] == ["Điểu K'Lung"]
        assert service.get_officer(work, a.id).label == "Trung tá Y Đức Niê"


@pytest.mark.parametrize(("data", "field"), [
    (OfficerInput(""), "Họ và tên"),
    (OfficerInput("A", rank="Tướng"), "Cấp bậc"),
    (OfficerInput("A", phone="abc"), "Số điện thoại"),
    (OfficerInput("A", kind="x"), "Loại cán bộ"),
])
def test_bad_officer(db, admin, data, field):
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        service.add_officer(work, data)
    assert err.value.field == field


def test_delete_unreferenced(db, admin):
    with db.uow(admin) as work:
        a = service.add_officer(work, OfficerInput("Tạm"))
        service.delete_officer(work, a.id, a.version)
        assert service.list_officers(work, include_inactive=True) == []
