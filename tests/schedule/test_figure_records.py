"""The records behind every schedule figure: the same records the figure counted, nothing else."""

import datetime as dt
from types import SimpleNamespace

import pytest

from desktop import figures
from desktop.errors import ValidationError
from desktop.residents import service as residents
from desktop.schedule import events as ev
from desktop.schedule import incidents as inc
from desktop.schedule.recurrence import Recurrence
from desktop.schedule.views import HotspotInput, IncidentInput, IncidentPersonInput, OutcomeInput
from tests.schedule.conftest import at, event

MARCH = (dt.date(2025, 3, 1), dt.date(2025, 3, 31))


def _done(work, view, attendance=None, violations=0):
    return ev.complete_event(work, view.id, view.version, OutcomeInput(attendance, violations))


def _new(work, *args, **kw):
    return ev.create_event(work, event(*args, **kw)).event


def build(db, admin, base):
    """March 2025 (the same month as test_figures, with ids kept), plus the records just outside it."""
    with db.uow(admin) as work:
        series = ev.create_event(
            work,
            event("patrol", at(2025, 3, 4, 20), 3, (base.a, base.b), villages=(base.v1,)),
            Recurrence("weekly", dt.date(2025, 3, 14), 1, (1, 4)),
        ).events
        patrols = [_done(work, e, violations=1).id for e in series[:3]]
        cancelled = ev.cancel_event(work, series[3].id, series[3].version, "Mưa").id
        patrols.append(_done(work, _new(work, "patrol", at(2025, 3, 20, 19), 2, (base.c,))).id)
        m1 = _new(work, "village_meeting", at(2025, 3, 6, 19), 2, (base.a, base.c),
                  topics=("id_card",), villages=(base.v2,), title="Họp bon Bu Sir")  # fmt: skip
        m1 = _done(work, m1, 40)
        m2 = _done(work, _new(work, "village_meeting", at(2025, 3, 13, 19), 2, (base.c,)), 60)
        outreach = _done(
            work, _new(work, "outreach", at(2025, 3, 10, 8), 2, (base.b,), topics=("drugs", "fraud")), 150
        )
        camp = _new(work, "campaign", at(2025, 3, 15, 7), 4, (base.a, base.b, base.c))
        camp = _done(work, camp, violations=7)
        forum = _done(work, _new(work, "forum", at(2025, 3, 31, 8), 3, (base.a,)), 320)
        planned = _new(work, "village_meeting", at(2025, 3, 27, 19), 2, (base.b,))
        # just outside March: the evening of 28 February and the first minute of April
        _done(work, _new(work, "patrol", at(2025, 4, 1, 0, 0), 3, (base.a,)))
        feb = _new(work, "village_meeting", at(2025, 2, 28, 23, 59), 1, (base.a,), topics=("drugs",))
        _done(work, feb, 500)
        hung = residents.add_person(work, residents.PersonInput("Nguyễn Văn Hùng", "Nam", "1970"))
        fights = [
            inc.add_incident(
                work, IncidentInput(at(2025, 3, day, 21), "fight", "alcohol", base.v1, handling="mediation")
            ).id
            for day in (3, 9, 22)
        ]
        theft = inc.add_incident(
            work,
            IncidentInput(at(2025, 3, 25, 2), "theft", "property", base.v2, place="chợ Đắk Nia",
                          persons=(IncidentPersonInput("involved", hung.id),
                                   IncidentPersonInput("involved", name="Trần Văn Lạ"),
                                   IncidentPersonInput("victim", name="Lê Thị Mất"))),
        ).id  # fmt: skip
        inc.add_incident(work, IncidentInput(at(2025, 4, 1, 0, 0), "fight", "alcohol", handling="warning"))
        inc.add_incident(work, IncidentInput(at(2025, 2, 28, 23, 59), "theft", "property"))
        km52 = inc.add_hotspot(work, HotspotInput("Km 52", dt.date(2025, 3, 15), event_id=camp.id)).id
        nga_ba = HotspotInput(
            "Ngã ba", dt.date(2025, 3, 1), village_id=base.v2, status="fixed", fixed_on=dt.date(2025, 3, 31)
        )
        nga_ba = inc.add_hotspot(work, nga_ba).id
        cau_tran = inc.add_hotspot(
            work, HotspotInput("Cầu tràn", dt.date(2025, 1, 5), status="fixed", fixed_on=dt.date(2025, 4, 1))
        ).id
        inc.add_hotspot(
            work, HotspotInput("Dốc", dt.date(2025, 2, 1), status="fixed", fixed_on=dt.date(2025, 2, 28))
        )
        inc.add_hotspot(work, HotspotInput("Đèo", dt.date(2025, 4, 1)))
    return SimpleNamespace(
        patrols=patrols, series=[e.id for e in series], cancelled=cancelled, m1=m1.id, m2=m2.id,
        outreach=outreach.id, camp=camp.id, forum=forum.id, planned=planned.id, fights=fights, theft=theft,
        km52=km52, nga_ba=nga_ba, cau_tran=cau_tran, hung=hung,
    )  # fmt: skip


def leaves(figs, prefix=""):
    """(path, value) of every number the provider returns; ``officers`` rows by officer id."""
    for key, value in figs.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from leaves(value, path + ".")
        elif isinstance(value, list):
            assert key == "officers"
            for row in value:
                yield f"{path}.{row['officer_id']}", row["events"]
                yield f"{path}.{row['officer_id']}.events", row["events"]
                yield from leaves(row["by_kind"], f"{path}.{row['officer_id']}.by_kind.")
        else:
            yield path, value


def ids(rows):
    return sorted(r.record_id for r in rows)


@pytest.fixture
def march(db, admin, base):
    return build(db, admin, base)


def test_every_figure_lists_the_records_it_counted(db, viewer, march):
    from desktop.gui.openers import OPENERS

    with db.uow(viewer) as work:
        figs = figures.PROVIDERS["schedule"](work, *MARCH)
        paths = dict(leaves(figs))
        listed = {path: figures.records(work, f"schedule.{path}", *MARCH) for path in paths}
    assert len(paths) > 80 and any(p.startswith("officers.") for p in paths)
    for path, value in paths.items():
        rows = listed[path]
        assert rows is not None, path
        assert all(r.opens in OPENERS and r.record_id and r.what and r.when for r in rows), path
        if path.endswith(".largest"):
            assert {r.amount for r in rows} == ({value} if value else set()), path
        elif path.endswith(".attendance") or path == "violations":
            assert sum(r.amount or 0 for r in rows) == value, path
            assert all(r.amount for r in rows) or path.endswith(".attendance"), path
        else:
            assert len(rows) == value, path
        assert all(MARCH[0] <= (r.when.date() if isinstance(r.when, dt.datetime) else r.when) <= MARCH[1]
                   for r in rows if not path.startswith("hotspots.open")), path  # fmt: skip


def test_rows_are_the_expected_records(db, viewer, march, base):
    m = march

    def rows(path):
        with db.uow(viewer) as work:
            return figures.records(work, f"schedule.{path}", *MARCH)

    done_march = sorted([*m.patrols, m.m1, m.m2, m.outreach, m.camp, m.forum])
    assert ids(rows("patrols")) == sorted(m.patrols)
    assert ids(rows("events.by_kind.patrol")) == sorted(m.patrols)
    assert ids(rows("events.by_status.done")) == done_march
    assert ids(rows("events.by_status.cancelled")) == [m.cancelled]
    assert ids(rows("events.by_status.planned")) == [m.planned]
    assert ids(rows("events.planned_by_kind.village_meeting")) == [m.planned]
    assert ids(rows("events.total")) == sorted([*done_march, m.cancelled, m.planned])
    assert ids(rows("campaigns")) == [m.camp] and ids(rows("forums.count")) == [m.forum]
    violations = {r.record_id: r.amount for r in rows("violations")}
    assert violations == {**dict.fromkeys(m.series[:3], 1), m.camp: 7}
    assert {r.record_id: r.amount for r in rows("village_meetings.attendance")} == {m.m1: 40, m.m2: 60}
    assert ids(rows("village_meetings.largest")) == [m.m2]
    assert ids(rows("outreach_by_topic.id_card")) == [m.m1]
    assert ids(rows("outreach_by_topic.drugs")) == [m.outreach]  # February's meeting on drugs is not
    assert rows("outreach_by_topic.traffic") == []
    officers = {o.record_id for o in rows(f"officers.{base.a}")}
    assert officers == {*m.series[:3], m.m1, m.camp, m.forum}
    assert ids(rows(f"officers.{base.c}.by_kind.village_meeting")) == sorted([m.m1, m.m2])
    assert rows(f"officers.{base.a}.by_kind.outreach") == []
    assert ids(rows("incidents.count")) == sorted([*m.fights, m.theft])
    assert ids(rows("incidents.by_kind.fight")) == sorted(m.fights)
    assert ids(rows("incidents.by_handling.pending")) == [m.theft]
    assert ids(rows("incidents.resolved")) == sorted(m.fights)
    assert ids(rows("incidents.by_cause.property")) == [m.theft]
    assert ids(rows("hotspots.found")) == sorted([m.km52, m.nga_ba])
    assert ids(rows("hotspots.fixed")) == [m.nga_ba]
    assert ids(rows("hotspots.open")) == sorted([m.km52, m.cau_tran])

    meeting = next(r for r in rows("village_meetings.count") if r.record_id == m.m1)
    assert meeting.what == "Họp thôn, bon, tổ dân phố: Họp bon Bu Sir"
    assert meeting.who == "Đại úy Hoàng Văn Thắng, Thiếu tá Y Đức Niê"  # by name
    assert meeting.village == "bon Bu Sir" and meeting.when == at(2025, 3, 6, 19)
    assert meeting.opens == "schedule.event"
    assert rows("events.by_status.cancelled")[0].what.endswith("(Đã hủy)")
    assert rows("patrols")[0].village == "thôn Nia Đơn"
    (theft,) = rows("incidents.by_kind.theft")
    assert theft.who == "Nguyễn Văn Hùng, Trần Văn Lạ"  # the persons involved, not the victim
    assert theft.what == "Tội phạm: Trộm cắp tài sản tại chợ Đắk Nia"
    assert theft.village == "bon Bu Sir" and theft.opens == "schedule.incident"
    fixed = rows("hotspots.fixed")[0]
    assert fixed.when == dt.date(2025, 3, 31) and fixed.opens == "schedule.hotspot"
    assert "Ngã ba" in fixed.what and "đã khắc phục" in fixed.what
    still = {r.record_id: r.what for r in rows("hotspots.open")}
    assert "chưa khắc phục" in still[m.cau_tran]  # fixed only in April: open at the end of March


def test_unknown_paths_are_refused(db, viewer, march):
    with db.uow(viewer) as work:
        bad = ("nope", "events", "events.by_kind.nope", "incidents.by_kind", "hotspots.lost",
               "village_meetings.count.x", "officers.x", "officers.1.by_kind.nope",
               "patrols.count")  # fmt: skip
        for path in bad:
            with pytest.raises(ValidationError) as err:
                figures.records(work, f"schedule.{path}", *MARCH)
            assert err.value.field == "Chỉ tiêu" and path in err.value.detail


def test_an_empty_month_lists_nothing(db, viewer, march):
    with db.uow(viewer) as work:
        figs = figures.PROVIDERS["schedule"](work, dt.date(2024, 1, 1), dt.date(2024, 1, 31))
        for path, _value in leaves(figs):
            assert figures.records(work, f"schedule.{path}", dt.date(2024, 1, 1), dt.date(2024, 1, 31)) == []
