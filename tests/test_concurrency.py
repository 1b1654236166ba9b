"""Several clerks (threads) saving at the same moment: they wait for each other or get the specific
message; nobody gets a 'busy' or 'unexpected' error, nothing is numbered twice."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

import pytest

from desktop import settings
from desktop.errors import ValidationError
from desktop.residents import archive, loans
from desktop.residents.households import HouseholdInput, add_household
from desktop.weapons import receipts
from tests.weapons.conftest import at, world  # noqa: F401  (fixture)


def _together(jobs: list[Callable[[], Any]]) -> list[Any]:
    """Run the jobs in threads released at the same moment; results or exceptions, in order."""
    start = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)

    def run(i: int) -> None:
        start.wait()
        try:
            results[i] = jobs[i]()
        except BaseException as exc:  # noqa: BLE001  (returned to the test)
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_a_second_writer_waits_for_the_first(db, admin):
    """The first clerk holds the write lock while the second starts saving: on SQLite the second
    waits (BEGIN IMMEDIATE, busy timeout) instead of failing with 'database is locked'."""
    holding, trying = threading.Event(), threading.Event()
    outcome: dict[str, Any] = {}

    def first() -> None:
        with db.uow(admin) as work:
            settings.add_village(work, "Nia Đơn", "thôn")
            holding.set()
            trying.wait(timeout=60)

    def second() -> None:
        holding.wait(timeout=60)
        trying.set()
        try:
            with db.uow(admin) as work:
                outcome["view"] = settings.add_village(work, "Bu Sir", "bon")
        except BaseException as exc:  # noqa: BLE001
            outcome["error"] = exc

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert "error" not in outcome, outcome.get("error")
    with db.uow(admin) as work:
        assert {v.name for v in settings.list_villages(work)} == {"Nia Đơn", "Bu Sir"}


def test_many_writers_at_once_all_succeed(db, admin):
    names = ["Nam Rạ", "Nghĩa Hòa", "Phú Xuân", "Cây Xoài", "N'Riêng", "Ting Wel"]

    def add(name: str) -> Callable[[], Any]:
        return lambda: db.run(admin, settings.add_village, name, "thôn")

    results = _together([add(n) for n in names])
    assert not [r for r in results if isinstance(r, BaseException)], results
    with db.uow(admin) as work:
        assert len(settings.list_villages(work)) == len(names)


def test_a_file_lent_on_two_pcs_at_once(db, admin):
    with db.uow(admin) as work:
        village = settings.add_village(work, "Nia Đơn", "thôn")
        h = add_household(work, HouseholdInput("NĐ-012", village.id, "thôn Nia Đơn"))
        f = archive.add_file(work, archive.FileInput("12345-000001", household_id=h.id))
    today = dt.date.today()

    def lend(who: str) -> Callable[[], Any]:
        data = loans.LoanInput(f.id, who, "Xác minh", today, today + dt.timedelta(days=7))
        return lambda: db.run(admin, loans.lend, data)

    results = _together([lend(f"Người mượn {i}") for i in range(4)])
    lent = [r for r in results if isinstance(r, loans.LoanView)]
    refused = [r for r in results if not isinstance(r, loans.LoanView)]
    assert len(lent) == 1 and len(refused) == 3
    for exc in refused:
        assert isinstance(exc, ValidationError) and exc.field == "Hồ sơ", repr(exc)
        assert "vừa được cho mượn ở máy khác" in str(exc) or "đang cho" in str(exc)


# several PCs share a PostgreSQL server; an SQLite file serves one PC (covered by the tests above)
@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_four_pcs_numbering_receipts_at_once(world):  # noqa: F811
    def save(i: int) -> Callable[[], Any]:
        data = world.receipt(at(2025, 6, 1, 8 + i), [world.item("súng kíp"), world.item("súng hơi")])
        return lambda: world.run(receipts.record_receipt, data)

    saved = []
    for _round in range(2):
        results = _together([save(i) for i in range(4)])
        errors = [r for r in results if isinstance(r, BaseException)]
        assert not errors, errors
        saved += results
    assert sorted(r.number for r in saved) == list(range(1, 9))
    codes = [item.code for r in saved for item in r.items]
    assert len(set(codes)) == len(codes) == 16
