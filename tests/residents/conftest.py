import pytest

from desktop import settings


@pytest.fixture
def villages(db, admin):
    with db.uow(admin) as work:
        return [settings.add_village(work, "Nia Đơn", "thôn"), settings.add_village(work, "Bu Sir", "bon")]


@pytest.fixture
def villages_sqlite(sqlite_db):
    """An admin on the SQLite database with two villages (for printouts and pages)."""
    from tests.conftest import make_user

    admin = make_user(sqlite_db, "quantri", "admin")
    with sqlite_db.uow(admin) as work:
        settings.add_village(work, "Nia Đơn", "thôn")
        settings.add_village(work, "Bu Sir", "bon")
    return admin
