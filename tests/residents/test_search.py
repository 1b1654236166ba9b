import datetime as dt

import pytest

from desktop.errors import PermissionDenied
from desktop.residents import bulk, campaign, search, service
from desktop.residents.idcard import make_number
from desktop.residents.search import SearchFilter
from desktop.staff.service import OfficerInput, add_officer


@pytest.fixture
def people(db, admin, villages):
    a, b = villages
    with db.uow(admin) as work:
        rows = [
            {
                "full_name": "Nguyễn Văn Ấn",
                "sex": "M",
                "birth_year": 1990,
                "village_id": a.id,
                "id_number": make_number("068", "M", 1990, 11),
                "phone": "0905 111 222",
            },
            {
                "full_name": "Điểu K'Lung",
                "sex": "M",
                "birth_year": 1985,
                "village_id": b.id,
                "permanent_address": "bon Bu Sir",
            },
            {
                "full_name": "H'Hen Niê",
                "sex": "F",
                "birth_year": 2001,
                "village_id": b.id,
                "status": "deceased",
                "death_date": dt.date(2025, 1, 1),
            },
            {
                "full_name": "Trần Đắk Lâm",
                "sex": "M",
                "birth_year": 1970,
                "village_id": a.id,
                "struck_off_date": dt.date(2024, 1, 1),
                "strike_ground": "e",
            },
            {"full_name": "100% Hà_Giang", "sex": "M", "birth_year": 1970, "village_id": a.id},
        ]
        rows += [
            {"full_name": f"Lê Thị Bé {i:03d}", "sex": "F", "birth_year": 2000, "village_id": a.id}
            for i in range(250)
        ]
        for row in rows:  # registered long ago: campaign steps may be dated back to 2026
            row["created_at"] = dt.datetime(2025, 1, 1)
        bulk.insert_persons(work, rows)
    return villages


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("nguyen van an", ["Nguyễn Văn Ấn"]),
        ("NGUYỄN văn ấn", ["Nguyễn Văn Ấn"]),
        ("dak", ["Trần Đắk Lâm"]),
        ("an nguyen", ["Nguyễn Văn Ấn"]),
        ("0905111222", ["Nguyễn Văn Ấn"]),
        ("068090", ["Nguyễn Văn Ấn"]),
        ("k'lung", ["Điểu K'Lung"]),
        ("100%", ["100% Hà_Giang"]),
        ("h_", []),
        ("xyz", []),
    ],
)
def test_contains(db, admin, people, query, names):
    with db.uow(admin) as work:
        page = search.search_page(work, SearchFilter(query))
    assert [r.full_name for r in page.rows] == names


def test_prefix(db, admin, people):
    with db.uow(admin) as work:
        assert [r.full_name for r in search.search_page(work, SearchFilter("tran", mode="prefix")).rows] == [
            "Trần Đắk Lâm"
        ]
        assert search.search_page(work, SearchFilter("dak", mode="prefix")).rows == ()


def test_filters(db, admin, people):
    a, b = people
    with db.uow(admin) as work:
        assert search.count(work, SearchFilter(village_id=b.id)) == 2
        assert search.count(work, SearchFilter(status="deceased")) == 1
        assert search.count(work, SearchFilter(status="struck_off")) == 1
        assert search.count(work, SearchFilter(status="registered")) == 254
        assert search.count(work, SearchFilter(problem="deceased_registered")) == 1
        assert search.count(work, SearchFilter("le thi", village_id=a.id)) == 250


def test_keyset_pages_and_ids(db, admin, people):
    with db.uow(admin) as work:
        flt = SearchFilter("le thi be")
        seen = []
        page = search.search_page(work, flt, limit=100)
        while True:
            seen += [r.full_name for r in page.rows]
            if page.after is None:
                break
            page = search.search_page(work, flt, after=page.after, limit=100)
        ids = search.search_ids(work, flt)
        rows = search.fetch_rows(work, ids[100:150])
    assert seen == [f"Lê Thị Bé {i:03d}" for i in range(250)]
    assert [r.full_name for r in rows] == seen[100:150]


def test_file_numbers_and_old_ids_are_searchable(db, admin, villages):
    from desktop.residents import archive

    with db.uow(admin) as work:
        p = service.add_person(work, service.PersonInput("Y Moan Êban", "Nam", "1960", ethnic="Ê Đê"))
        service.add_old_id(work, p.id, "245000111")
        archive.add_file(work, archive.FileInput("68123-000777", person_id=p.id))
        assert [r.id for r in search.search_page(work, SearchFilter("245000111")).rows] == [p.id]
        assert [r.id for r in search.search_page(work, SearchFilter("68123-000777")).rows] == [p.id]


def test_campaign(db, admin, viewer, people):
    a, b = people
    with db.uow(admin) as work:
        officer = add_officer(work, OfficerInput("Điểu Minh", "Trung úy"))
        p = search.search_page(work, SearchFilter("k'lung")).rows[0]
        view = service.get_person(work, p.id)
        view = campaign.record_step(work, view.id, view.version, "reviewed", "01/03/2026")
        view = campaign.record_step(work, view.id, view.version, "mobilised", "02/03/2026", officer.id)
        view = campaign.record_step(work, view.id, view.version, "applied", "03/03/2026")
        view = campaign.record_step(work, view.id, view.version, "issued", "20/03/2026")
        view = campaign.record_step(work, view.id, view.version, "vneid2", "21/03/2026")
        assert view.id_card_status == "issued" and view.vneid_level == 2
        progress = {r.village_label: r for r in campaign.progress_by_village(work)}
        assert progress["bon Bu Sir"].target == 1
        assert progress["bon Bu Sir"].issued == 1 and progress["bon Bu Sir"].need_card == 0
        assert progress["thôn Nia Đơn"].target == 252
        assert progress["thôn Nia Đơn"].need_card == 252
        assert len(campaign.field_list(work, a.id)) == 252
        assert campaign.field_list(work, b.id) == []
        figures = campaign.period_figures(work, dt.date(2026, 3, 1), dt.date(2026, 3, 20))
        assert figures == {"reviewed": 1, "mobilised": 1, "applied": 1, "issued": 1, "vneid2_activated": 0}
        dead = search.search_page(work, SearchFilter("h'hen")).rows[0]
        with pytest.raises(Exception, match="không còn"):
            campaign.record_step(work, dead.id, 1, "reviewed", "01/03/2026")
    with pytest.raises(PermissionDenied), db.uow(viewer) as work:
        campaign.record_step(work, p.id, view.version, "reviewed", "01/03/2026")
