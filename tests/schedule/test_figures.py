import datetime as dt

from desktop.figures import PROVIDERS
from desktop.schedule import events as ev
from desktop.schedule import incidents as inc
from desktop.schedule.recurrence import Recurrence
from desktop.schedule.views import HotspotInput, IncidentInput, OutcomeInput
from tests.schedule.conftest import at, event

MARCH = (dt.date(2025, 3, 1), dt.date(2025, 3, 31))


def _done(work, view, attendance=None, violations=0):
    return ev.complete_event(work, view.id, view.version, OutcomeInput(attendance, violations))


def build(db, admin, base):
    """March 2025: a Tue/Fri patrol series (4 occurrences: 3 done, 1 cancelled), one more patrol done,
    2 village meetings (40 + 60 people), an outreach session on drugs and fraud, a campaign, a forum
    of 320, a planned meeting never held; April and February events that must not count."""
    with db.uow(admin) as work:
        series = ev.create_event(
            work,
            event("patrol", at(2025, 3, 4, 20), 3, (base.a, base.b)),
            Recurrence("weekly", dt.date(2025, 3, 14), 1, (1, 4)),
        ).events
        assert len(series) == 4
        for e in series[:3]:
            _done(work, e, violations=1)
        ev.cancel_event(work, series[3].id, series[3].version, "Mưa")
        _done(work, ev.create_event(work, event("patrol", at(2025, 3, 20, 19), 2, (base.c,))).event)
        _done(
            work,
            ev.create_event(
                work, event("village_meeting", at(2025, 3, 6, 19), 2, (base.a, base.c), topics=("id_card",))
            ).event,
            40,
        )
        _done(
            work, ev.create_event(work, event("village_meeting", at(2025, 3, 13, 19), 2, (base.c,))).event, 60
        )
        _done(
            work,
            ev.create_event(
                work, event("outreach", at(2025, 3, 10, 8), 2, (base.b,), topics=("drugs", "fraud"))
            ).event,
            150,
        )
        camp = _done(
            work,
            ev.create_event(work, event("campaign", at(2025, 3, 15, 7), 4, (base.a, base.b, base.c))).event,
            violations=7,
        )
        _done(work, ev.create_event(work, event("forum", at(2025, 3, 31, 8), 3, (base.a,))).event, 320)
        ev.create_event(work, event("village_meeting", at(2025, 3, 27, 19), 2, (base.b,)))
        _done(work, ev.create_event(work, event("patrol", at(2025, 4, 1, 20), 3, (base.a,))).event)
        _done(work, ev.create_event(work, event("patrol", at(2025, 2, 28, 20), 3, (base.a,))).event)
        for day in (3, 9, 22):
            inc.add_incident(
                work, IncidentInput(at(2025, 3, day, 21), "fight", "alcohol", base.v1, handling="mediation")
            )
        inc.add_incident(work, IncidentInput(at(2025, 3, 25, 2), "theft", "property", base.v2))
        inc.add_incident(work, IncidentInput(at(2025, 4, 2, 2), "fight", "alcohol", handling="warning"))
        inc.add_hotspot(work, HotspotInput("Km 52", dt.date(2025, 3, 15), event_id=camp.id))
        inc.add_hotspot(
            work,
            HotspotInput(
                "Ngã ba bon Bu Sir", dt.date(2025, 3, 15), status="fixed", fixed_on=dt.date(2025, 3, 30)
            ),
        )
        inc.add_hotspot(
            work, HotspotInput("Cầu tràn", dt.date(2025, 1, 5), status="fixed", fixed_on=dt.date(2025, 4, 3))
        )


def test_period_figures(db, admin, viewer, base):
    build(db, admin, base)
    with db.uow(viewer) as work:
        f = PROVIDERS["schedule"](work, *MARCH)
    assert f["events"]["by_status"] == {"planned": 1, "done": 9, "cancelled": 1}
    assert f["events"]["total"] == 11
    assert f["events"]["by_kind"] == {
        "patrol": 4,
        "village_meeting": 2,
        "outreach": 1,
        "campaign": 1,
        "festival": 0,
        "forum": 1,
        "support": 0,
        "other": 0,
    }
    assert f["events"]["planned_by_kind"]["village_meeting"] == 1
    assert f["patrols"] == 4 and f["campaigns"] == 1 and f["violations"] == 3 + 7
    assert f["village_meetings"] == {"count": 2, "attendance": 100, "largest": 60}
    assert f["forums"] == {"count": 1, "attendance": 320, "largest": 320}
    assert f["outreach"]["attendance"] == 150
    assert f["outreach_by_topic"]["drugs"] == 1 and f["outreach_by_topic"]["fraud"] == 1
    assert f["outreach_by_topic"]["id_card"] == 1 and f["outreach_by_topic"]["traffic"] == 0
    assert f["incidents"]["count"] == 4 and f["incidents"]["resolved"] == 3
    assert f["incidents"]["by_kind"]["fight"] == 3 and f["incidents"]["by_kind"]["theft"] == 1
    assert f["incidents"]["by_cause"]["alcohol"] == 3 and f["incidents"]["by_handling"]["mediation"] == 3
    assert f["incidents"]["by_handling"]["pending"] == 1
    assert f["hotspots"] == {"found": 2, "fixed": 1, "open": 2}  # Km 52, and Cầu tràn fixed only in April
    officers = {o["officer"]: o for o in f["officers"]}
    assert officers["Y Đức Niê"]["events"] == 3 + 1 + 1 + 1
    assert officers["Điểu Lanh"]["events"] == 3 + 1 + 1
    assert officers["Hoàng Văn Thắng"]["by_kind"]["village_meeting"] == 2
    assert officers["Hoàng Văn Thắng"]["events"] == 1 + 2 + 1
    assert [o["events"] for o in f["officers"]] == sorted((o["events"] for o in f["officers"]), reverse=True)


def test_one_day_and_empty_period(db, admin, base):
    build(db, admin, base)
    with db.uow(admin) as work:
        day = PROVIDERS["schedule"](work, dt.date(2025, 3, 4), dt.date(2025, 3, 4))
        empty = PROVIDERS["schedule"](work, dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    assert day["patrols"] == 1 and day["events"]["total"] == 1
    assert empty["events"]["total"] == 0 and empty["officers"] == [] and empty["hotspots"]["found"] == 0
