"""The residents list in SQL order, a keyset page at a time (both databases)."""

import pytest

from desktop.errors import ValidationError
from desktop.residents import listing, search
from desktop.residents.search import SearchFilter
from desktop.text import register_order_key


@pytest.fixture
def many(db, admin, villages):
    from desktop.residents import generate

    with db.uow(admin) as work:
        generate.generate(work, 400, seed=7)
    return db.run(admin, search.count, SearchFilter())


def _all(db, admin, flt, **kwargs):
    rows, after = [], None
    while True:
        page = db.run(admin, listing.list_page, flt, after=after, limit=37, **kwargs)
        rows.extend(page.rows)
        if page.after is None:
            return rows
        after = page.after


@pytest.mark.parametrize("descending", [False, True])
def test_pages_cover_the_list_once_in_order(db, admin, many, descending):
    by_name = _all(db, admin, SearchFilter(), descending=descending)
    assert len(by_name) == len({r.id for r in by_name}) == many
    keys = [(register_order_key(r.full_name), r.id) for r in by_name]
    assert keys == sorted(keys, reverse=descending)

    by_birth = _all(db, admin, SearchFilter(status="registered"), sort="birth", descending=descending)
    assert len(by_birth) == db.run(admin, search.count, SearchFilter(status="registered"))
    known = [r.birth_text for r in by_birth if r.birth_text]
    years = [int(t[-4:]) for t in known]
    assert years == sorted(years, reverse=descending)
    # an unknown birth date sorts after every known one (before them, descending)
    unknown = [i for i, r in enumerate(by_birth) if not r.birth_text]
    if unknown:
        assert (min(unknown) > len(known) - 1) if not descending else (max(unknown) < len(unknown))


def test_filters_apply_and_bad_order_is_refused(db, admin, many, viewer):
    found = _all(db, admin, SearchFilter("nguyen"), sort="id_number")
    assert found and all("nguyen" in r.name_key for r in found)
    numbers = [r.id_number for r in found]
    assert numbers == sorted(numbers)
    with pytest.raises(ValidationError, match="Sắp xếp"):
        db.run(admin, listing.list_page, SearchFilter(), sort="status")
    assert len(db.run(viewer, listing.list_page, SearchFilter(), limit=5).rows) == 5


def test_the_register_sorts_by_given_name_in_the_vietnamese_alphabet(db, admin, villages):
    """"Đ" after "D", "Ă" and "Â" after "A", by given name (the last word), on both databases; a name
    changed later moves to its new place."""
    from desktop.residents import service

    names = ["Nguyễn Văn Đức", "Trần Thị Dung", "Lê Văn Ăn", "Phạm Thị An", "Hồ Văn Ân", "Y Đức Niê",
             "Đào Văn Bình"]
    with db.uow(admin) as work:
        ids = {n: service.add_person(work, service.PersonInput(n, "Nam", "1990")).id for n in names}
    order = [r.full_name for r in _all(db, admin, SearchFilter())]
    assert order == ["Phạm Thị An", "Lê Văn Ăn", "Hồ Văn Ân", "Đào Văn Bình", "Trần Thị Dung",
                     "Nguyễn Văn Đức", "Y Đức Niê"]
    with db.uow(admin) as work:
        person = service.get_person(work, ids["Đào Văn Bình"])
        data = service.PersonInput("Đào Văn Xuân", "Nam", "1990")
        service.update_person(work, person.id, person.version, data)
    assert [r.full_name for r in _all(db, admin, SearchFilter())][-1] == "Đào Văn Xuân"
