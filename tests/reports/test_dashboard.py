"""The dashboard's overview on a hand-built station: every number equals the hand count, and every
12-period series equals the areas' period figures for each period (both databases)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import update

from desktop import figures, settings
from desktop.reports import dashboard
from desktop.reports.dashboard_periods import month_label, periods_back
from desktop.reports.monthly.model import Period
from desktop.residents import archive, loans, quality, service
from desktop.residents.archive import FileInput
from desktop.residents.events import EventInput as ResidenceEventInput
from desktop.residents.events import add_event
from desktop.residents.loans import LoanInput
from desktop.residents.models import QualityIssue
from desktop.schedule import events as ev
from desktop.schedule import incidents as inc
from desktop.schedule.views import IncidentInput, OutcomeInput
from desktop.weapons import service as weapons
from desktop.weapons.views import HandoverInput, ItemInput, ReceiptInput
from tests.schedule.conftest import at, base, event  # noqa: F401 — ``base`` is a fixture

TODAY = dt.date(2025, 3, 20)  # a Thursday: the week is 17–23 March; the period 1–20 March so far
MARCH = Period(dt.date(2025, 3, 1), TODAY)
FEBRUARY = Period(dt.date(2025, 2, 1), dt.date(2025, 2, 28))


def _done(work, view, attendance=None):
    return ev.complete_event(work, view.id, view.version, OutcomeInput(attendance, 0))


def _schedule(work, b):
    def done(kind, when, officers=(b.a,), attendance=None):
        _done(work, ev.create_event(work, event(kind, when, 2, officers)).event, attendance)

    # patrols done: March 4, 12 and today (3); February 3, 14, 28 (3); December 2024 (1)
    for when in (at(2025, 3, 4, 20), at(2025, 3, 12, 20), at(2025, 3, 20, 6),
                 at(2025, 2, 3, 20), at(2025, 2, 14, 20), at(2025, 2, 28, 20), at(2024, 12, 15, 20)):
        done("patrol", when)
    # not counted: a patrol still planned, one cancelled
    ev.create_event(work, event("patrol", at(2025, 3, 9, 20), 2, (b.c,)))
    gone = ev.create_event(work, event("patrol", at(2025, 3, 10, 20), 2, (b.c,))).event
    ev.cancel_event(work, gone.id, gone.version, "Mưa to")
    # village meetings done: March 6 (1); February 10, 20 (2); April 2024, the first of the 12 (1);
    # March 2024 is before the twelve periods
    for when in (at(2025, 3, 6, 19), at(2025, 2, 10, 19), at(2025, 2, 20, 19), at(2024, 4, 2, 19),
                 at(2024, 3, 28, 19)):
        done("village_meeting", when, (b.c,), 40)
    # this week: two evening events sharing officers a and b (two conflicts), a meeting planned
    ev.create_event(work, event("outreach", at(2025, 3, 18, 19), 3, (b.a, b.b), title="Tuyên truyền"))
    ev.create_event(work, event("campaign", at(2025, 3, 18, 20), 3, (b.a, b.b), title="Ra quân"))
    ev.create_event(work, event("village_meeting", at(2025, 3, 21, 19), 2, (b.c,)))
    ev.create_event(work, event("forum", at(2025, 3, 16, 8), 2, (b.c,)))  # the Sunday before
    # incidents: March 3 and 19 (2); February 5 (1); January 9 (1)
    for when in (at(2025, 3, 3, 21), at(2025, 3, 19, 2), at(2025, 2, 5, 21), at(2025, 1, 9, 21)):
        inc.add_incident(work, IncidentInput(when, "fight", "alcohol", b.v1, handling="mediation"))


def _residents(work, b):
    def person(name, issued=None):
        kw = {"id_card_status": "issued", "id_card_issued_date": issued} if issued else {}
        return service.add_person(work, service.PersonInput(name, "Nam", "01/02/1980", village_id=b.v1, **kw))

    # ID cards issued: March 2 (1); February 10 and 27 (2); December 2024 (1)
    people = [person("Y Thuông Niê", dt.date(2025, 3, 2)), person("Điểu Xiêng", dt.date(2025, 2, 10)),
              person("Thị Hoa", dt.date(2025, 2, 27)), person("K'Bình", dt.date(2024, 12, 1)),
              person("Nguyễn Văn Hùng")]
    # residence events: permanent March 3, 10 and February 1; temporary March 15 and January 5;
    # absence February 20; a permanent registration of March 2024 lies before the twelve periods
    for p, kind, day in ((0, "permanent", "03/03/2025"), (1, "permanent", "10/03/2025"),
                         (2, "permanent", "01/02/2025"), (3, "temporary", "15/03/2025"),
                         (4, "temporary", "05/01/2025"), (0, "absence", "20/02/2025"),
                         (1, "permanent", "31/03/2024")):
        add_event(work, people[p].id, ResidenceEventInput(kind, day))
    # file loans: one overdue at TODAY, one not yet due, one returned late
    files = [archive.add_file(work, FileInput(f"68123-{i:06d}", person_id=people[i].id)) for i in range(3)]
    late = loans.lend(work, LoanInput(files[0].id, "Trần Văn Bình", "Xác minh", "01/02/2025", "01/03/2025"))
    loans.lend(work, LoanInput(files[1].id, "Lê Thị Mai", "Đối chiếu", "10/03/2025", "25/03/2025"))
    loans.lend(work, LoanInput(files[2].id, "Hồ Văn Nam", "Đối chiếu", "05/01/2025", "20/01/2025"))
    loans.return_file(work, files[2].id, dt.date(2025, 2, 1))
    return late


def _weapons(work, b):
    cat = {c.name: c.id for c in weapons.list_categories(work)}

    def receipt(when, items, **kw):
        data = ReceiptInput(
            when, origin="voluntary", place="Nhà văn hóa thôn Nia Đơn", person_name="Y Thuông Niê",
            person_address="bon Bu Sir", officer_ids=(b.a,), witnesses=("Y Bhin Niê",),
            items=tuple(ItemInput(cat[c], q, u) for c, q, u in items), **kw,
        )
        return weapons.record_receipt(work, data)

    # received: March 5 (2 items), March 19 (1); February 12 (1); January 10 (2); a voided one in March
    receipt(at(2025, 3, 5), [("súng kíp", "1", "khẩu"), ("súng cồn tự chế", "10", "khẩu")])
    receipt(at(2025, 3, 19), [("súng kíp", "1", "khẩu")])
    receipt(at(2025, 2, 12), [("súng cồn tự chế", "2", "khẩu")])
    jan = receipt(at(2025, 1, 10), [("súng kíp", "1", "khẩu"), ("thuốc nổ", "2,5", "kg")])
    void = receipt(at(2025, 3, 7), [("súng hơi", "1", "khẩu")])
    weapons.void_receipt(work, void.id, void.version, "Lập sai")
    # the explosive handed over in February: on hand today 3 súng kíp, 12 súng cồn
    weapons.record_handover(work, HandoverInput(at(2025, 2, 15), "PC06", (jan.items[1].id,)))


@pytest.fixture
def station(db, admin, base):  # noqa: F811 — the schedule's fixture
    with db.uow(admin) as work:
        _schedule(work, base)
        late = _residents(work, base)
        _weapons(work, base)
    return late


def _by_key(overview):
    return {f.key: (f.value, f.previous) for f in overview.figures}


def test_overview_counts_by_hand(db, viewer, station):
    with db.uow(viewer) as work:
        o = dashboard.overview(work, TODAY)
    assert (o.current, o.previous) == (MARCH, FEBRUARY)
    assert o.current_label == "Tháng 3/2025 (01/03–20/03/2025, đến hôm nay)"
    assert o.previous_label == "Tháng 2/2025 (cả kỳ, 01/02–28/02/2025)"
    got = _by_key(o)
    assert got["schedule.patrols"] == (3, 3)
    assert got["schedule.village_meetings.count"] == (1, 2)
    assert got["schedule.incidents.count"] == (2, 1)
    assert got["residents.events.permanent"] == (2, 1)
    assert got["residents.events.temporary"] == (1, 0)
    assert got["weapons.received.items"] == (3, 1)
    assert got["residents.campaign.issued"] == (1, 2)
    patrols = next(f for f in o.figures if f.key == "schedule.patrols")
    assert patrols.change == 0 and patrols.unit == "buổi"

    assert o.month_labels[0] == "T4/2024" and o.month_labels[-1] == "T3/2025"
    charts = {s.key: s.values for c in o.charts for s in c.series if s.key}
    assert charts["schedule.patrols"] == (0,) * 8 + (1, 0, 3, 3)
    assert charts["schedule.village_meetings.count"] == (1,) + (0,) * 9 + (2, 1)
    assert charts["schedule.incidents.count"] == (0,) * 9 + (1, 1, 2)
    assert charts["residents.events.permanent"] == (0,) * 10 + (1, 2)
    assert charts["residents.events.temporary"] == (0,) * 9 + (1, 0, 1)
    assert charts["residents.events.absence"] == (0,) * 10 + (1, 0)
    assert charts["weapons.received.items"] == (0,) * 9 + (2, 1, 3)

    assert [x.id for x in o.overdue_loans] == [station.id]
    assert o.weapons_items_on_hand == 5
    assert [(h.category, h.quantity_text) for h in o.weapons_on_hand] == [
        ("súng kíp", "3 khẩu"), ("súng cồn tự chế", "12 khẩu")
    ]
    assert o.week == Period(dt.date(2025, 3, 17), dt.date(2025, 3, 23))
    assert [e.starts_at for e in o.week_events] == [
        at(2025, 3, 18, 19), at(2025, 3, 18, 20), at(2025, 3, 20, 6), at(2025, 3, 21, 19)
    ]
    assert sorted(c.officer_name for c in o.conflicts) == ["Thiếu tá Y Đức Niê", "Trung úy Điểu Lanh"]
    assert {frozenset((c.event_title, c.other_title)) for c in o.conflicts} == {
        frozenset(("Tuyên truyền", "Ra quân"))
    }
    with db.uow(viewer) as work:
        stored = quality.open_counts(work)
        assert {p.code: p.count for p in o.problems} == {c: stored[c] for c in quality.RULES}
        live = quality.summary(work)
    assert o.problems_open == sum(live[c] for c in quality.RULES)


def _provider(work, key, period):
    area, _, path = key.partition(".")
    value = figures.PROVIDERS[area](work, period.start, period.end)
    for part in path.split("."):
        value = value[part]
    return value


def test_series_equal_the_period_figures(db, viewer, station):
    with db.uow(viewer) as work:
        o = dashboard.overview(work, TODAY)
        for chart in o.charts:
            for series in chart.series:
                if not series.key or "*" in series.key:
                    continue
                expected = tuple(_provider(work, series.key, m) for m in o.months)
                assert series.values == expected, series.key
        for f in o.figures:
            if f.parts:
                assert f.value == sum(p.value for p in f.parts)
                assert f.previous == sum(p.previous for p in f.parts)
            for one in f.parts or (f,):
                assert one.value == _provider(work, one.key, o.current), one.key
                assert one.previous == _provider(work, one.key, o.previous), one.key
        assert o.weapons_on_hand and [
            (h.category, h.unit, Decimal(str(h.quantity))) for h in o.weapons_on_hand
        ] == [
            (c["category"], c["unit"], Decimal(str(c["quantity"])))
            for c in _provider(work, "weapons.on_hand_end.by_category", o.current)
        ]


def test_data_quality_backlog(db, admin, viewer):
    """Problems found by scans of earlier periods and cleared since: found and cleared per period
    equal the quality figures, and the backlog at each period's end is counted by hand."""
    today = dt.date.today()
    months = periods_back(today, settings.DEFAULT_PERIOD_START_DAY)  # no station saved: the default
    with db.uow(admin) as work:
        people = [service.add_person(work, service.PersonInput(n, "Nữ", "")) for n in ("A", "B", "C")]
    with db.uow(admin) as work:
        ids = [p.id for p in people]
        n = {pid: len(work.session.scalars(QualityIssue.__table__.select().where(
            QualityIssue.person_id == pid)).all()) for pid in ids}
        # A's problems found two periods ago, still open; B's found and cleared last period; C's today
        work.session.execute(update(QualityIssue).where(QualityIssue.person_id == ids[0])
                             .values(found_on=months[-3].start))
        work.session.execute(update(QualityIssue).where(QualityIssue.person_id == ids[1])
                             .values(found_on=months[-2].start, cleared_on=months[-2].end))
    with db.uow(viewer) as work:
        o = dashboard.overview(work, today)
        chart = next(c for c in o.charts if c.key == "quality")
        series = {s.label: s.values for s in chart.series}
        assert series["Còn tồn cuối kỳ"] == (0,) * 9 + (n[ids[0]], n[ids[0]], n[ids[0]] + n[ids[2]])
        assert series["Còn tồn cuối kỳ"][-1] == o.problems_open
        found = tuple(sum(v["found"] for k, v in _provider(work, "residents.quality", m).items()
                          if k in quality.RULES) for m in o.months)
        cleared = tuple(sum(v["cleared"] for k, v in _provider(work, "residents.quality", m).items()
                            if k in quality.RULES) for m in o.months)
    assert series["Phát hiện trong kỳ"] == found == (0,) * 9 + (n[ids[0]], n[ids[1]], n[ids[2]])
    assert series["Đã xử lý trong kỳ"] == cleared == (0,) * 10 + (n[ids[1]], 0)
    tiles = _by_key(o)
    assert tiles["residents.quality.*.found"] == (n[ids[2]], n[ids[1]])
    assert tiles["residents.quality.*.cleared"] == (0, n[ids[1]])


def test_periods_from_another_start_day():
    """A station counting from the 15th: November's period is 15/10–14/11."""
    months = periods_back(dt.date(2026, 11, 29), 15, 3)
    assert months == (
        Period(dt.date(2026, 9, 15), dt.date(2026, 10, 14)),
        Period(dt.date(2026, 10, 15), dt.date(2026, 11, 14)),
        Period(dt.date(2026, 11, 15), dt.date(2026, 11, 29)),
    )
    assert [month_label(m, 15) for m in months] == ["T10/2026", "T11/2026", "T12/2026"]
    january = periods_back(dt.date(2027, 1, 3), 15, 2)
    assert january[0] == Period(dt.date(2026, 11, 15), dt.date(2026, 12, 14))
    assert month_label(january[1], 15) == "T1/2027"


def test_an_empty_station(db, viewer):
    """A station with no records yet: every number zero, every list empty, nothing fails."""
    with db.uow(viewer) as work:
        o = dashboard.overview(work, TODAY)
    assert all(f.value == 0 and f.previous == 0 for f in o.figures)
    assert all(v == 0 for c in o.charts for s in c.series for v in s.values)
    assert len(o.months) == 12 and all(len(s.values) == 12 for c in o.charts for s in c.series)
    assert (o.overdue_loans, o.week_events, o.conflicts, o.weapons_on_hand) == ((), (), (), ())
    assert o.problems_open == 0 and o.weapons_items_on_hand == 0


def test_the_records_behind_every_number(db, viewer, station):
    """What a click opens: for every tile (each rule of a sum) in both periods and every point of
    every chart, the records behind the figure are exactly as many as the number shown."""
    with db.uow(viewer) as work:
        o = dashboard.overview(work, TODAY)
        for f in o.figures:
            for one in f.parts or (f,):
                for period, value in ((o.current, one.value), (o.previous, one.previous)):
                    rows = figures.records(work, one.key, period.start, period.end)
                    assert rows is not None and len(rows) == value, (one.key, period)
        for chart in o.charts:
            for series in chart.series:
                if not series.key or "*" in series.key:
                    continue
                for month, value in zip(o.months, series.values, strict=True):
                    rows = figures.records(work, series.key, month.start, month.end)
                    assert rows is not None and len(rows) == value, (series.key, month)
