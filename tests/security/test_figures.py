"""Every figure of the security register counted exactly for a hand-built month (January 2026),
the month before and the same month a year earlier."""

import datetime as dt

from desktop.figures import PROVIDERS
from desktop.schedule import incidents
from desktop.schedule.views import IncidentInput
from desktop.security import managed, reports, residence
from desktop.security.views import CheckInput, ContactInput, LodgingInput, ManagedInput, ReportInput
from tests.security.conftest import at

JAN = (dt.date(2026, 1, 1), dt.date(2026, 1, 31))
DEC = (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
JAN_LAST_YEAR = (dt.date(2025, 1, 1), dt.date(2025, 1, 31))


def _build(work, base):
    def rep(when, **kw):
        return reports.add_report(
            work,
            ReportInput(when, kw.pop("channel", "phone"), "Nội dung", base.a, source_name="Người báo", **kw),
        )

    rep(at(2025, 1, 15))  # last year: received, still pending
    rep(at(2025, 12, 20), status="transferred", transferred_to="CSĐT", transferred_on=dt.date(2026, 1, 3))
    rep(at(2025, 12, 28))  # pending through January, overdue at its end
    rep(
        at(2026, 1, 5),
        channel="in_person",
        kind="denunciation",
        status="closed",
        closed_on=dt.date(2026, 1, 9),
    )
    rep(
        at(2026, 1, 20),
        channel="letter",
        status="transferred",
        transferred_to="CSĐT",
        transferred_on=dt.date(2026, 2, 2),
    )  # passed on after the month: pending at its end
    rep(at(2026, 1, 30), channel="online", kind="prosecution_request")  # pending, not yet overdue

    def inc(when, **kw):
        return incidents.add_incident(work, IncidentInput(when, **kw))

    inc(at(2026, 1, 2, 22), klass="crime", crime_kind="theft", handling="transferred")
    inc(at(2026, 1, 3), klass="crime", crime_kind="theft", handling="pending")
    inc(at(2026, 1, 4), klass="crime", crime_kind="drugs", handling="transferred")
    inc(at(2026, 1, 5), klass="crime", crime_kind="fraud", handling="warning")
    inc(
        at(2026, 1, 6),
        klass="violation",
        violation_field="gambling",
        handling="administrative_fine",
        fine_amount=1_500_000,
        fined_persons=3,
        decision_number="01/QĐ-XPHC",
    )
    inc(
        at(2026, 1, 7),
        klass="violation",
        violation_field="traffic",
        handling="administrative_fine",
        fine_amount=800_000,
    )
    inc(at(2026, 1, 8), klass="violation", violation_field="drugs", handling="warning")
    inc(at(2026, 1, 9), klass="traffic_accident", killed=1, injured=2, damage=30_000_000)
    inc(at(2026, 1, 10), klass="traffic_accident", injured=1)
    inc(at(2026, 1, 11), klass="fire", damage=5_000_000)
    inc(at(2026, 1, 12), klass="dispute", handling="mediation")
    inc(at(2026, 1, 13), klass="dispute", handling="pending")
    inc(at(2026, 1, 31, 23, 59), klass="other")
    inc(at(2025, 12, 31, 23, 59), klass="crime", crime_kind="gambling", handling="pending")
    inc(at(2025, 12, 15), klass="traffic_accident", killed=2)
    inc(at(2026, 2, 1, 0, 0), klass="fire")
    inc(at(2025, 1, 20), klass="crime", crime_kind="theft", handling="transferred")
    inc(
        at(2025, 1, 21),
        klass="violation",
        violation_field="public_order",
        handling="administrative_fine",
        fine_amount=750_000,
        fined_persons=2,
    )

    def man(person, cat, start, end=None):
        note = "Đối tượng nghiện rượu gây rối" if cat == "other" else ""
        return managed.add_managed(work, ManagedInput(person, cat, start, base.a, end, category_note=note))

    a = man(base.p1, "after_prison", dt.date(2024, 5, 1))
    man(base.p2, "drug_user", dt.date(2025, 3, 1), dt.date(2026, 1, 15))  # ends in January
    b = man(base.p3, "commune_education", dt.date(2026, 1, 10))  # added in January
    man(base.p4, "non_custodial", dt.date(2026, 1, 31))  # added on the last day
    man(base.p4, "other", dt.date(2025, 12, 1), dt.date(2025, 12, 31))  # December only
    for day, kind, m in ((5, "summoned", a), (12, "visited", b), (20, "visited", a), (31, "warned", b)):
        managed.add_contact(work, m.id, ContactInput(dt.date(2026, 1, day), kind, base.b))
    managed.add_contact(work, a.id, ContactInput(dt.date(2025, 12, 10), "criticised"))

    residence.add_check(work, CheckInput(dt.date(2026, 1, 8), base.v1, None, (base.a, base.b), 25, 6, 2))
    residence.add_check(work, CheckInput(dt.date(2026, 1, 22), base.v2, None, (base.b,), 12, 0, 0))
    residence.add_check(work, CheckInput(dt.date(2025, 12, 22), base.v2, None, (base.b,), 7, 3, 1))
    for day in (3, 17, 31):
        residence.add_lodging(
            work,
            LodgingInput(
                dt.date(2026, 1, day), "Nhà nghỉ Hoa Sen", dt.date(2026, 1, day), guest_name=f"Khách {day}"
            ),
        )
    residence.add_lodging(
        work, LodgingInput(dt.date(2025, 12, 30), "Nhà trọ", dt.date(2025, 12, 30), guest_person_id=base.p1)
    )


def _zero(keys):
    return dict.fromkeys(keys, 0)


def test_january_figures_exactly(db, admin, viewer, base):
    with db.uow(admin) as work:
        reports.set_deadline_days(work, 7)
        _build(work, base)
    with db.uow(viewer) as work:
        fn = PROVIDERS["security"]
        jan, dec, last_year = fn(work, *JAN), fn(work, *DEC), fn(work, *JAN_LAST_YEAR)

    assert jan["reports"] == {
        "received": 3,
        "by_kind": {"denunciation": 1, "information": 1, "prosecution_request": 1},
        "by_channel": {"in_person": 1, "phone": 0, "letter": 1, "online": 1, "transferred": 0},
        "transferred": 1,
        "closed": 1,
        "handled": 2,
        "pending_end": 4,  # 15/1/2025, 28/12, 20/1 (passed on in February), 30/1
        "overdue_end": 3,  # all but the one of 30/1 (due 6/2)
    }
    assert dec["reports"]["received"] == 2 and dec["reports"]["handled"] == 0
    assert dec["reports"]["pending_end"] == 3 and dec["reports"]["overdue_end"] == 2  # 15/1, 20/12
    assert last_year["reports"]["received"] == 1 and last_year["reports"]["pending_end"] == 1

    i = jan["incidents"]
    assert i["count"] == 13
    assert i["by_class"] == {
        "crime": 4,
        "violation": 3,
        "traffic_accident": 2,
        "fire": 1,
        "dispute": 2,
        "other": 1,
    }
    assert i["crimes"] == {
        "count": 4,
        "by_kind": {
            **_zero(("theft", "injury", "fraud", "robbery", "drugs", "gambling", "other")),
            "theft": 2,
            "drugs": 1,
            "fraud": 1,
        },
        "resolved": 3,
        "transferred": 2,
    }
    assert i["violations"] == {
        "count": 3,
        "by_field": {
            **_zero(("public_order", "traffic", "drugs", "gambling", "residence", "weapons", "other")),
            "gambling": 1,
            "traffic": 1,
            "drugs": 1,
        },
    }
    assert i["fines"] == {"count": 2, "persons": 4, "amount": 2_300_000}
    assert i["drugs"] == {"crimes": 1, "violations": 1} and i["gambling"] == {"crimes": 0, "violations": 1}
    assert i["traffic"] == {"accidents": 2, "killed": 1, "injured": 3, "damage": 30_000_000}
    assert i["fire"] == {"count": 1, "damage": 5_000_000}
    assert i["disputes"] == {"count": 2, "mediated": 1} and i["needs_review"] == 0
    assert dec["incidents"]["count"] == 2 and dec["incidents"]["gambling"] == {"crimes": 1, "violations": 0}
    assert dec["incidents"]["traffic"] == {"accidents": 1, "killed": 2, "injured": 0, "damage": 0}
    assert last_year["incidents"]["crimes"]["by_kind"]["theft"] == 1
    assert last_year["incidents"]["fines"] == {"count": 1, "persons": 2, "amount": 750_000}

    assert jan["managed"] == {
        "end": 3,
        "by_category_end": {
            "after_prison": 1,
            "non_custodial": 1,
            "commune_education": 1,
            "drug_user": 0,
            "other": 0,
        },
        "added": 2,
        "ended": 1,
        "contacts": 4,
        "contacts_by_kind": {"summoned": 1, "visited": 2, "warned": 1, "criticised": 0},
    }
    assert dec["managed"]["end"] == 3 and dec["managed"]["added"] == 1 and dec["managed"]["ended"] == 1
    assert dec["managed"]["contacts_by_kind"]["criticised"] == 1
    assert last_year["managed"]["end"] == 1 and last_year["managed"]["added"] == 0

    assert jan["residence"] == {
        "checks": 2,
        "households_checked": 37,
        "rooms_checked": 6,
        "violations": 2,
        "lodging_notices": 3,
    }
    assert dec["residence"] == {
        "checks": 1,
        "households_checked": 7,
        "rooms_checked": 3,
        "violations": 1,
        "lodging_notices": 1,
    }
    assert last_year["residence"] == {
        "checks": 0,
        "households_checked": 0,
        "rooms_checked": 0,
        "violations": 0,
        "lodging_notices": 0,
    }
