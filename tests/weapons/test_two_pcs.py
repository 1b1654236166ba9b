"""Two PCs saving receipts at the same moment (PostgreSQL, the multi-PC set-up)."""

import threading

import pytest

from desktop.weapons import receipts
from desktop.weapons.common import next_number
from tests.weapons.conftest import at


# several PCs share a PostgreSQL server; an SQLite file serves one PC
@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_simultaneous_receipts_get_different_numbers(world):
    results: dict[str, object] = {}
    looked = threading.Event()

    def numbering(uow, model, year):  # the second PC picks its number while the first is still saving
        number = next_number(uow, model, year)
        results.setdefault("first_pick", number)
        looked.set()
        return number

    def second_pc() -> None:
        try:
            with world.db.uow(world.admin) as work:
                results["b"] = receipts.record_receipt(
                    work, world.receipt(at(2025, 5, 1, 10), [world.item("súng hơi")]), numbering=numbering
                )
        except Exception as exc:  # reported to the main thread
            results["error"] = exc
            looked.set()

    with world.db.uow(world.admin) as first:
        a = receipts.record_receipt(first, world.receipt(at(2025, 5, 1), [world.item("súng kíp")]))
        thread = threading.Thread(target=second_pc)
        thread.start()
        looked.wait()
    thread.join()
    assert "error" not in results, results.get("error")
    b = results["b"]
    assert results["first_pick"] == 1  # it did not see the first receipt, took 1, hit the unique key, retried
    assert (a.number, b.number) == (1, 2)
    assert (a.items[0].code, b.items[0].code) == ("VK-2025-0001", "VK-2025-0002")
