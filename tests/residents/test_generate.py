from sqlalchemy import func, select

from desktop import settings
from desktop.residents import generate
from desktop.residents.models import Household, Person, ResidenceFile
from tests.conftest import make_user


def test_generates_the_number_asked_in_several_batches(sqlite_db):
    admin = make_user(sqlite_db, "quantri", "admin")
    with sqlite_db.uow(admin) as work:
        settings.add_village(work, "Bu Sir", "bon")
        settings.add_village(work, "Nia Đơn", "thôn")
        result = generate.generate(work, 9000, seed=1)  # more than one batch of 2,000 households
        persons = work.session.scalar(select(func.count()).select_from(Person))
        households = work.session.scalar(select(func.count()).select_from(Household))
        files = work.session.scalar(select(func.count()).select_from(ResidenceFile))
    assert 9000 <= result.persons == persons < 9010
    assert households == files == result.households > 2000


def test_records_added_after_generation_get_fresh_ids(db, admin, villages):
    """Generation writes explicit ids; on PostgreSQL the sequences must move past them."""
    from desktop.residents import archive, service

    with db.uow(admin) as work:
        generate.generate(work, 300, seed=2)
    with db.uow(admin) as work:
        person = service.add_person(work, service.PersonInput("Nguyễn Văn Mới", "Nam", "1990"))
        box = archive.add_location(work, None, "kho", "Kho mới")
        biggest = work.session.scalar(select(func.max(Person.id)))
    assert person.id == biggest and box.id > 0
