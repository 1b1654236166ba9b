import datetime as dt

from desktop.db import Actor, now
from desktop.demo import create_demo
from desktop.figures import PROVIDERS
from desktop.links import for_person
from desktop.weapons import service
from desktop.weapons.demo import _forum_event
from tests.weapons.test_custody import assert_state_matches_events


class _World:
    def __init__(self, db, admin):
        self.db, self.admin = db, admin


def test_demo_has_the_forum_and_a_balanced_register(sqlite_db):
    admin = create_demo(sqlite_db)
    today = now().date()
    with sqlite_db.uow(admin) as work:
        f = PROVIDERS["weapons"](work, today - dt.timedelta(days=365), today)
        receipts = service.list_receipts(work)
        on_hand = service.list_items(work)
        stocktakes = service.list_stocktakes(work)
        event = _forum_event(work)
        views = [service.get_receipt(work, r.id) for r in receipts]
        linked = [v for v in views if v.person_id is not None]
        shown = for_person(work.session, linked[0].person_id)
    assert event is not None, "the schedule's demo has a forum at which weapons were handed in"
    forum = [c for c in f["received"]["by_campaign"] if c["event_id"] == event.id]
    assert forum == [
        {
            "campaign": event.title,
            "event_id": event.id,
            "date": event.starts_at.date().isoformat(),
            "receipts": 4,
            "by_category": [
                {"category": "súng kíp", "unit": "khẩu", "quantity": 1},
                {"category": "súng cồn tự chế", "unit": "khẩu", "quantity": 10},
            ],
        }
    ]
    received, handed, destroyed = f["received"]["items"], f["handed_over"]["items"], f["destroyed"]["items"]
    # destroyed items were handed over first, so the balance is received - handed over
    assert handed == 5 and destroyed == 2
    assert f["on_hand_end"]["items"] == received - handed == len(on_hand)
    assert f["voided_receipts"] == 1 and any(r.voided for r in receipts)
    assert any(not r.printed for r in receipts)
    # givers are persons of the register, save one from another commune kept as a named outsider
    assert len(linked) >= len(views) - 3 and any(v.outsider for v in views)
    assert linked[0].id in {r.record_id for r in shown if r.opens == "weapons.receipt"}
    assert not any(r.unlinked for r in receipts)
    assert stocktakes[0].closed_at is not None and not stocktakes[0].missing
    assert assert_state_matches_events(_World(sqlite_db, Actor.system())) == received + 1
