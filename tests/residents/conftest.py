import pytest

from desktop import settings


@pytest.fixture
def villages(db, admin):
    with db.uow(admin) as work:
        return [settings.add_village(work, "Nia Đơn", "thôn"), settings.add_village(work, "Bu Sir", "bon")]
