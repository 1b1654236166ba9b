import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.errors import PermissionDenied, StaleRecord, ValidationError
from desktop.residents import events, households, service
from desktop.residents.models import Person
from desktop.residents.service import PersonInput

GOOD_ID = "068090001234"


def _count(db, admin):
    with db.uow(admin) as work:
        return work.session.scalar(select(func.count()).select_from(Person))


def test_add_get_update(db, admin, villages):
    with db.uow(admin) as work:
        p = service.add_person(
            work,
            PersonInput(
                "  Nguyễn Văn Ấn ",
                "Nam",
                "05/03/1990",
                id_number=GOOD_ID,
                village_id=villages[0].id,
                phone="0905 123 456",
            ),
        )
    assert p.full_name == "Nguyễn Văn Ấn"
    assert p.birth_text == "05/03/1990"
    assert p.village_label == "thôn Nia Đơn"
    assert p.id_issue == ""
    assert p.id_warnings == ()
    with db.uow(admin) as work:
        q = service.update_person(work, p.id, p.version, service.input_from_view(p, birth="1991"))
    assert q.birth_text == "1991"
    assert q.id_issue == "mismatch"
    assert "năm sinh ghi 1991" in q.id_warnings[0]
    with pytest.raises(StaleRecord), db.uow(admin) as work:
        service.update_person(work, p.id, p.version, service.input_from_view(p))


def test_partial_birth_dates(db, admin):
    with db.uow(admin) as work:
        a = service.add_person(work, PersonInput("A", "Nữ", "1970"))
        b = service.add_person(work, PersonInput("B", "Nữ", "7/1970"))
        c = service.add_person(work, PersonInput("C", "Nữ", ""))
    assert (a.birth_year, a.birth_month, a.birth_day) == (1970, None, None)
    assert b.birth_text == "07/1970"
    assert c.birth_text == ""
    assert c.id_issue == "missing"


def test_viewer_cannot_write(db, admin, viewer):
    with pytest.raises(PermissionDenied), db.uow(viewer) as work:
        service.add_person(work, PersonInput("A", "Nam"))
    assert _count(db, admin) == 0


TOMORROW = (dt.date.today() + dt.timedelta(days=1)).strftime("%d/%m/%Y")


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (PersonInput("", "Nam"), "Họ và tên", "trống"),
        (PersonInput("A", "X"), "Giới tính", "Nam hoặc Nữ"),
        (PersonInput("A", "Nam", id_number="06819000123"), "Số định danh cá nhân", "11 chữ số"),
        (PersonInput("A", "Nam", id_number="0681900012345"), "Số định danh cá nhân", "13 chữ số"),
        (PersonInput("A", "Nam", id_number="06819000123X"), "Số định danh cá nhân", "không phải chữ số"),
        (PersonInput("A", "Nam", id_number="068 19000123"), "Số định danh cá nhân", "khoảng trắng"),
        (PersonInput("A", "Nam", id_number="'06819000123"), "Số định danh cá nhân", "nháy"),
        (PersonInput("A", "Nam", TOMORROW), "Ngày sinh", "tương lai"),
        (PersonInput("A", "Nam", "31/02/1990"), "Ngày sinh", "không có thật"),
        (PersonInput("A", "Nam", "13/1990"), "Ngày sinh", "tháng 13"),
        (
            PersonInput("A", "Nam", "01/01/1990", status="deceased", death_date="01/01/1980"),
            "Ngày sinh",
            "sau ngày chết",
        ),
        (PersonInput("A", "Nam", status="deceased"), "Ngày chết", "phải có"),
        (PersonInput("A", "Nam", death_date="01/01/2020"), "Tình trạng", "Đã chết"),
        (
            PersonInput(
                "A", "Nam", status="deceased", death_date="02/01/2020", death_reported_date="01/01/2020"
            ),
            "Ngày nhận tin báo tử",
            "trước",
        ),
        (PersonInput("A", "Nam", struck_off_date="01/01/2020"), "Căn cứ xóa đăng ký", "căn cứ"),
        (PersonInput("A", "Nam", strike_ground="a"), "Ngày xóa đăng ký thường trú", "chưa có"),
        (PersonInput("A", "Nam", id_card_status="issued"), "Ngày cấp căn cước", "phải có"),
        (PersonInput("A", "Nam", vneid_level=3), "Mức VNeID", "không hợp lệ"),
        (PersonInput("A", "Nam", vneid_level=2), "Ngày kích hoạt VNeID mức 2", "ngày"),
        (PersonInput("A", "Nam", phone="abc"), "Số điện thoại", "không phải"),
        (PersonInput("A", "Nam", ethnic="Xyz"), "Dân tộc", "danh mục"),
        (PersonInput("A", "Nam", relation="Hàng xóm"), "Quan hệ với chủ hộ", "danh mục"),
        (PersonInput("A", "Nam", village_id=99999), "Thôn, bon", "danh mục"),
        (PersonInput("A", "Nam", status="moved"), "Ngày chuyển đi", "phải có"),
    ],
)
def test_bad_person(db, admin, data, field, words):
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        service.add_person(work, data)
    assert err.value.field == field
    assert words in err.value.detail
    assert _count(db, admin) == 0


def test_malformed_id_saved_when_confirmed(db, admin):
    with db.uow(admin) as work:
        p = service.add_person(
            work, PersonInput("A", "Nam", "1990", id_number="0681900012", accept_id_warning=True)
        )
    assert p.id_issue == "format"
    assert "10 chữ số" in p.id_warnings[0]


def test_death_and_strike_off(db, admin):
    with db.uow(admin) as work:
        p = service.add_person(work, PersonInput("Y Bhin Niê", "Nam", "1940", ethnic="Ê Đê"))
        p = service.record_death(work, p.id, p.version, "01/02/2026", "03/02/2026")
    assert p.status == "deceased"
    with db.uow(admin) as work:
        with pytest.raises(ValidationError) as err:
            service.strike_off(work, p.id, p.version, "04/02/2026", "z")
        assert err.value.field == "Căn cứ xóa đăng ký"
    with db.uow(admin) as work:
        p = service.strike_off(work, p.id, p.version, "04/02/2026", "a", "CT01")
        assert [e.kind for e in events.list_events(work, p.id)] == ["strike_off"]
    assert p.struck_off_date == dt.date(2026, 2, 4)
    assert "đã xóa thường trú" in p.status_text
    with pytest.raises(ValidationError), db.uow(admin) as work:
        service.strike_off(work, p.id, p.version, "05/02/2026", "a")


def test_strike_off_a_needs_death(db, admin):
    with db.uow(admin) as work:
        p = service.add_person(work, PersonInput("A", "Nam", "1940"))
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        service.strike_off(work, p.id, p.version, "04/02/2026", "a")
    assert "đã chết" in err.value.detail


def test_old_ids_and_events(db, admin):
    with db.uow(admin) as work:
        p = service.add_person(work, PersonInput("A", "Nam", "1990"))
        p = service.add_old_id(work, p.id, "245123456")
        with pytest.raises(ValidationError):
            service.add_old_id(work, p.id, "12345")
        e = events.add_event(work, p.id, events.EventInput("temporary", "01/01/2025", "", "CT01"))
        assert e.kind_text == "Đăng ký tạm trú"
        with pytest.raises(ValidationError) as err:
            events.add_event(work, p.id, events.EventInput("correction", "01/01/2025"))
        assert err.value.field == "Lý do"
        with pytest.raises(ValidationError) as err:
            events.add_event(work, p.id, events.EventInput("temporary", "01/01/1980"))
        assert "trước ngày sinh" in err.value.detail
        with pytest.raises(ValidationError) as err:
            events.add_event(work, p.id, events.EventInput("xyz", "01/01/2025"))
        assert err.value.field == "Loại biến động"
    assert p.old_ids == ("245123456",)


def test_households_split_merge(db, admin, villages):
    vid = villages[1].id
    with db.uow(admin) as work:
        h = households.add_household(work, households.HouseholdInput("H-001", vid, "bon Bu Sir"))
        ids = [
            service.add_person(work, PersonInput(n, s, y)).id
            for n, s, y in [
                ("Điểu Lộc", "Nam", "1960"),
                ("Thị Hương", "Nữ", "1962"),
                ("Điểu Minh", "Nam", "1985"),
                ("Thị Mai", "Nữ", "1987"),
            ]
        ]
        for pid, rel in zip(ids, ["Chủ hộ", "Vợ", "Con", "Con dâu"], strict=True):
            h = households.set_member(work, h.id, pid, rel)
        with pytest.raises(ValidationError) as err:
            households.set_member(work, h.id, ids[1], "Chủ hộ")
        assert "đã có chủ hộ" in err.value.detail
        with pytest.raises(ValidationError) as err:
            households.add_household(work, households.HouseholdInput("H-001", vid))
        assert err.value.field == "Số hộ"
    assert h.head_name == "Điểu Lộc"
    assert len(h.members) == 4
    with db.uow(admin) as work:
        new = households.split_household(
            work, h.id, [ids[2], ids[3]], "H-002", ids[2], "01/03/2025", "Lập gia đình"
        )
        old = households.get_household(work, h.id)
    assert new.head_name == "Điểu Minh"
    assert [m.full_name for m in old.members] == ["Điểu Lộc", "Thị Hương"]
    assert "Tách hộ" in new.changes[0].text
    with db.uow(admin) as work:
        merged = households.merge_households(work, new.id, h.id, "01/06/2025")
        assert not households.get_household(work, new.id).active
    assert len(merged.members) == 4
    assert merged.head_name == "Điểu Lộc"
    assert [c.kind for c in merged.changes] == ["split", "merge"]
