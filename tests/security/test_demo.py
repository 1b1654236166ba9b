"""The demo station's month of security work: every part present, adults only under management."""

import datetime as dt

from desktop.figures import PROVIDERS
from desktop.residents.service import get_person
from desktop.security import managed


def test_demo_month(sqlite_db, sqlite_demo):
    end = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    with sqlite_db.uow(sqlite_demo) as work:
        f = PROVIDERS["security"](work, end.replace(day=1), end)
        rows = managed.list_managed(work)
        ages = [end.year - get_person(work, m.person_id).birth_year for m in rows]
    assert f["reports"]["received"] == 7 and f["reports"]["handled"] == 4
    assert f["incidents"]["fines"] == {"count": 3, "persons": 7, "amount": 2_850_000}
    assert f["incidents"]["traffic"]["injured"] == 2 and f["incidents"]["fire"]["count"] == 1
    assert f["managed"]["end"] == 8 and f["managed"]["contacts"] >= 8
    assert f["residence"]["checks"] == 4 and f["residence"]["lodging_notices"] == 6
    assert len(rows) == 8 and all(18 <= a <= 71 for a in ages)
