import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.errors import PermissionDenied, ValidationError
from desktop.residents import archive, loans, service
from desktop.residents.archive import FileInput
from desktop.residents.households import HouseholdInput, add_household, set_member
from desktop.residents.loans import LoanInput
from desktop.residents.models import FileLoan
from desktop.staff.service import OfficerInput, add_officer


@pytest.fixture
def store(db, admin, villages):
    with db.uow(admin) as work:
        kho = archive.add_location(work, None, "kho", "Tàng thư")
        tu = archive.add_location(work, kho.id, "tủ", "1")
        ngan = archive.add_location(work, tu.id, "ngăn", "2")
        box1 = archive.add_location(work, ngan.id, "hộp", "01")
        box2 = archive.add_location(work, ngan.id, "hộp", "02")
        h = add_household(work, HouseholdInput("NĐ-012", villages[0].id, "thôn Nia Đơn"))
        p = service.add_person(work, service.PersonInput("Nguyễn Văn Hùng", "Nam", "1970"))
        set_member(work, h.id, p.id, "Chủ hộ")
        files = [
            archive.add_file(
                work,
                FileInput(
                    f"68123-{i:06d}",
                    household_id=h.id if i == 1 else None,
                    person_id=None if i == 1 else p.id,
                ),
            )
            for i in range(1, 6)
        ]
        officer = add_officer(work, OfficerInput("Điểu Minh", "Trung úy"))
    return {"box1": box1, "box2": box2, "ngan": ngan, "files": files, "person": p, "officer": officer}


def test_locations(db, admin, store):
    with db.uow(admin) as work:
        paths = [loc.path for loc in archive.list_locations(work)]
        assert "Kho Tàng thư › Tủ 1 › Ngăn 2 › Hộp 01" in paths
        with pytest.raises(ValidationError) as err:
            archive.add_location(work, None, "hộp", "x")
        assert err.value.field == "Loại vị trí"
        with pytest.raises(ValidationError):
            archive.add_location(work, store["box1"].id, "hộp", "x")
        with pytest.raises(ValidationError) as err:
            archive.add_location(work, store["ngan"].id, "hộp", "01")
        assert "đã có" in err.value.detail


def test_files(db, admin, store):
    with db.uow(admin) as work:
        f = store["files"][0]
        assert f.owner == "Hộ NĐ-012 (chủ hộ Nguyễn Văn Hùng)"
        assert f.warning == ""
        odd = archive.add_file(work, FileInput("HK-1234", person_id=store["person"].id))
        assert "AAAAA-BBBBBB" in odd.warning
        with pytest.raises(ValidationError) as err:
            archive.add_file(work, FileInput("68123-000001", person_id=store["person"].id))
        assert err.value.field == "Số hồ sơ" and "đã có" in err.value.detail
        with pytest.raises(ValidationError) as err:
            archive.add_file(work, FileInput("68123-999999"))
        assert err.value.field == "Chủ hồ sơ"
        g = archive.add_document(work, f.id, "HK01", "Phiếu báo thay đổi hộ khẩu, nhân khẩu", "02/03/2010")
        assert [d.form_code for d in g.documents] == ["HK01"]
        assert len(archive.list_files(work, text="hung")) == 5


def test_arrange_flow(db, admin, store):
    with db.uow(admin) as work:
        result = archive.arrange(
            work, store["box1"].id, ["68123-000001", " 68123-000002 ", "99999-000000", "68123-000001", ""]
        )
        assert result.placed == ("68123-000001", "68123-000002")
        assert result.unknown == ("99999-000000",)
        assert result.already_there == ("68123-000001",)
        moved = archive.arrange(work, store["box2"].id, ["68123-000002"])
        assert moved.moved_from == (("68123-000002", "Kho Tàng thư › Tủ 1 › Ngăn 2 › Hộp 01"),)
        assert len(archive.list_files(work, location_id=store["ngan"].id)) == 2
        assert archive.arranged_count(work, dt.date.today(), dt.date.today()) == 2
        with pytest.raises(ValidationError):
            archive.arrange(work, store["ngan"].id, ["68123-000003"])


def test_loans(db, admin, viewer, store):
    f = store["files"][1]
    today = dt.date.today()
    with db.uow(admin) as work:
        loan = loans.lend(
            work,
            LoanInput(
                f.id,
                "Trần Văn Bình",
                "Xác minh nhân thân",
                today - dt.timedelta(days=20),
                today - dt.timedelta(days=5),
                store["officer"].id,
                "Công an tỉnh",
            ),
        )
        assert loan.officer_name == "Trung úy Điểu Minh"
        assert loan.state_text == "Quá hạn 5 ngày"
        assert archive.get_file(work, f.id).on_loan_to == "Trần Văn Bình"
        with pytest.raises(ValidationError) as err:
            loans.lend(work, LoanInput(f.id, "Người khác", "x", today, today))
        assert "đang cho Trần Văn Bình mượn" in err.value.detail
        assert [x.id for x in loans.overdue(work)] == [loan.id]
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        loans.return_file(work, store["files"][2].id, today)
    assert "không có ai đang mượn" in err.value.detail
    with pytest.raises(PermissionDenied), db.uow(viewer) as work:
        loans.return_file(work, f.id, today)
    with db.uow(admin) as work:
        back = loans.return_file(work, f.id, today, store["officer"].id)
        assert back.returned_date == today and loans.overdue(work) == []
        again = loans.lend(
            work, LoanInput(f.id, "Người khác", "Đối chiếu", today, today + dt.timedelta(days=3))
        )
        figures = loans.period_figures(work, today - dt.timedelta(days=30), today)
        assert figures == {"lent": 2, "returned": 1, "overdue_at_end": 0}
        assert again.state_text == "Đang mượn"


def test_overdue_only(db, admin, viewer, store):
    """Overdue = borrowed, not returned, past its due date: a file due today is not yet, a file
    returned late is no longer; the filter keeps the search and the location, and counts the same."""
    today = dt.date.today()
    days = dt.timedelta
    late, due_today, returned, never, late_too = store["files"]
    with db.uow(admin) as work:
        archive.arrange(work, store["box1"].id, [late.number, due_today.number])
        for f, out, due in ((late, 20, 5), (due_today, 10, 0), (returned, 30, 20), (late_too, 40, 1)):
            loans.lend(work, LoanInput(f.id, "Trần Văn Bình", "Xác minh", today - days(out),
                                       today - days(due)))
        loans.return_file(work, returned.id, today - days(2))
    with db.uow(viewer) as work:
        rows = archive.list_files(work, overdue_only=True)
        assert sorted(r.id for r in rows) == sorted([late.id, late_too.id])
        assert all(r.on_loan and r.overdue for r in rows)
        every = {r.id: r for r in archive.list_files(work)}
        assert len(every) == 5 and not every[due_today.id].overdue and every[due_today.id].on_loan
        assert not every[returned.id].overdue and not every[never.id].overdue
        assert loans.count_overdue(work) == 2 == len(loans.overdue(work))
        in_box = archive.list_files(work, overdue_only=True, location_id=store["ngan"].id)
        assert [r.id for r in in_box] == [late.id]
        assert archive.list_files(work, overdue_only=True, text=late_too.number)[0].id == late_too.id
        assert archive.list_files(work, overdue_only=True, text=due_today.number) == []
        tomorrow = today + days(1)  # the file due today is overdue tomorrow
        assert len(archive.list_files(work, overdue_only=True, today=tomorrow)) == 3
        assert loans.count_overdue(work, tomorrow) == 3
    with db.uow(admin) as work:
        loans.return_file(work, late.id, today)
        assert [r.id for r in archive.list_files(work, overdue_only=True)] == [late_too.id]
        assert loans.count_overdue(work) == 1


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"borrower": ""}, "Người mượn"),
        ({"purpose": ""}, "Mục đích mượn"),
        ({"out_date": None}, "Ngày mượn"),
        ({"due_date": "01/01/2000"}, "Hạn trả"),
        ({"out_date": "31/02/2026"}, "Ngày mượn"),
    ],
)
def test_bad_loans(db, admin, store, kw, field):
    base = {
        "file_id": store["files"][0].id,
        "borrower": "A",
        "purpose": "B",
        "out_date": dt.date.today(),
        "due_date": dt.date.today(),
    }
    base.update(kw)
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        loans.lend(work, LoanInput(**base))
    assert err.value.field == field
    with db.uow(admin) as work:
        assert work.session.scalar(select(func.count()).select_from(FileLoan)) == 0


def test_a_location_typed_with_its_kind_is_not_named_twice(db, admin):
    """The clerk types "Kho 1" as the name of a kho: it shows as "Kho 1", never "Kho Kho 1"."""
    with db.uow(admin) as work:
        kho = archive.add_location(work, None, "kho", "Kho 1")
        tu = archive.add_location(work, kho.id, "tủ", "tủ A")
        box = archive.add_location(work, tu.id, "hộp", "05")
        assert (kho.label, kho.name) == ("Kho 1", "1")
        assert box.path == "Kho 1 › Tủ A › Hộp 05"
        with pytest.raises(ValidationError, match="đã có"):
            archive.add_location(work, None, "kho", "1")  # the same kho, typed without its kind
    assert archive.location_label("kho", "Kho Tàng thư") == "Kho Tàng thư"  # stored before the fix
    assert archive.location_label("kho", "Tàng thư") == "Kho Tàng thư"
