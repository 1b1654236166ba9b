import datetime as dt
import json

import pytest

from desktop.figures import PROVIDERS
from desktop.weapons import service
from desktop.weapons.views import HandoverInput
from tests.weapons.conftest import at

FORUM = "Ngày hội giao nộp vũ khí thôn Nia Đơn"


@pytest.fixture
def known(world):
    """January 2025: a forum (1 súng kíp, 10 súng cồn in one receipt; 6 súng cồn in another), a found
    lot of 2.5 kg explosive, a voided receipt; February: handover; March: destruction. The forum is a
    schedule event both forum receipts link to; a receipt that only types an event's name is no campaign."""
    forum = world.event(FORUM, at(2025, 1, 10, 8))
    a = world.run(
        service.record_receipt,
        world.receipt(
            at(2025, 1, 10),
            [world.item("súng kíp"), world.item("súng cồn tự chế", "10")],
            event_id=forum,
        ),
    )
    b = world.run(
        service.record_receipt,
        world.receipt(
            at(2025, 1, 10, 11),
            [world.item("súng cồn tự chế", "6")],
            event_text="ngay hoi thon nia don",  # typed otherwise: the link, not the text, names the campaign
            event_id=forum,
            person_name="Điểu Xiêng",
        ),
    )
    c = world.run(
        service.record_receipt,
        world.receipt(
            at(2025, 1, 20),
            [world.item("thuốc nổ", "2,5", "kg")],
            origin="found",
            event_text=FORUM,  # the same words typed, not linked: not counted in the forum
        ),
    )
    d = world.run(service.record_receipt, world.receipt(at(2025, 1, 31, 23, 59), [world.item("súng hơi")]))
    world.run(service.void_receipt, d.id, d.version, "Lập sai")
    world.run(service.record_handover, HandoverInput(at(2025, 2, 10), "PC06", (a.items[0].id, b.items[0].id)))
    world.run(service.record_handover, HandoverInput(at(2025, 2, 11), "Ban CHQS xã", (c.items[0].id,)))
    world.run(service.record_destruction, [a.items[0].id], dt.date(2025, 3, 5), "27/QĐ-HĐTH")
    world.forum = forum
    return world


def figures(world, start, end):
    with world.db.uow(world.admin) as work:
        return PROVIDERS["weapons"](work, start, end)


def row(category, unit, quantity):
    return {"category": category, "unit": unit, "quantity": quantity}


def test_january(known):
    f = figures(known, dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    assert f["received"]["receipts"] == 3 and f["received"]["items"] == 4
    assert f["received"]["by_category"] == [
        row("súng kíp", "khẩu", 1),
        row("súng cồn tự chế", "khẩu", 16),
        row("thuốc nổ", "kg", 2.5),
    ]
    assert f["received"]["by_origin"] == {
        "voluntary": [row("súng kíp", "khẩu", 1), row("súng cồn tự chế", "khẩu", 16)],
        "found": [row("thuốc nổ", "kg", 2.5)],
        "seized": [],
        "transferred": [],
    }
    assert f["received"]["by_campaign"] == [
        {
            "campaign": FORUM,
            "event_id": known.forum,
            "date": "2025-01-10",
            "receipts": 2,
            "by_category": [row("súng kíp", "khẩu", 1), row("súng cồn tự chế", "khẩu", 16)],
        }
    ]
    assert f["handed_over"] == {"handovers": 0, "items": 0, "by_category": [], "by_receiving_unit": []}
    assert f["destroyed"] == {"items": 0, "by_category": []}
    assert f["on_hand_end"] == {
        "items": 4,
        "by_category": [
            row("súng kíp", "khẩu", 1),
            row("súng cồn tự chế", "khẩu", 16),
            row("thuốc nổ", "kg", 2.5),
        ],
    }
    assert f["voided_receipts"] == 1
    json.dumps(f)


def test_february_and_march(known):
    feb = figures(known, dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    assert feb["received"]["items"] == 0 and feb["received"]["by_category"] == []
    assert feb["handed_over"] == {
        "handovers": 2,
        "items": 3,
        "by_category": [
            row("súng kíp", "khẩu", 1),
            row("súng cồn tự chế", "khẩu", 6),
            row("thuốc nổ", "kg", 2.5),
        ],
        "by_receiving_unit": [
            {"receiving_unit": "Ban CHQS xã", "by_category": [row("thuốc nổ", "kg", 2.5)]},
            {
                "receiving_unit": "PC06",
                "by_category": [row("súng kíp", "khẩu", 1), row("súng cồn tự chế", "khẩu", 6)],
            },
        ],
    }
    assert feb["on_hand_end"] == {"items": 1, "by_category": [row("súng cồn tự chế", "khẩu", 10)]}
    assert feb["voided_receipts"] == 0
    mar = figures(known, dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert mar["destroyed"] == {"items": 1, "by_category": [row("súng kíp", "khẩu", 1)]}
    assert mar["handed_over"]["items"] == 0
    assert mar["on_hand_end"] == feb["on_hand_end"]
    whole = figures(known, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert whole["received"]["items"] - whole["handed_over"]["items"] == whole["on_hand_end"]["items"]


def test_period_boundaries_are_inclusive(known):
    day = figures(known, dt.date(2025, 1, 31), dt.date(2025, 1, 31))
    assert day["received"]["items"] == 0 and day["voided_receipts"] == 1
    day = figures(known, dt.date(2025, 1, 10), dt.date(2025, 1, 10))
    assert day["received"]["receipts"] == 2


def test_cli_prints_figures_json(sqlite_db, capsys):
    from desktop.cli import main
    from desktop.db import Actor
    from desktop.staff import service as staff
    from desktop.staff.service import OfficerInput
    from desktop.weapons.views import ItemInput, ReceiptInput

    with sqlite_db.uow(Actor.system()) as work:
        officer = staff.add_officer(work, OfficerInput("Trần Thị Thu Hà"))
        cats = {c.name: c.id for c in service.list_categories(work)}
        service.record_receipt(
            work,
            ReceiptInput(
                at(2025, 4, 2),
                "voluntary",
                "Thôn Nia Đơn",
                person_name="A",
                officer_ids=(officer.id,),
                items=(ItemInput(cats["súng kíp"], "1", "khẩu"),),
            ),
        )
    assert (
        main(
            [
                "--db",
                sqlite_db.url,
                "figures",
                "weapons",
                "--from",
                "01/04/2025",
                "--to",
                "30/04/2025",
                "--json",
            ]
        )
        == 0
    )
    payload = json.loads(capsys.readouterr().out)
    assert payload["figures"]["received"]["by_category"] == [row("súng kíp", "khẩu", 1)]
    assert payload["figures"]["on_hand_end"]["items"] == 1
