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
