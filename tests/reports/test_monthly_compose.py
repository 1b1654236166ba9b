"""Composing the monthly report: the figures of a hand-built month and its comparison periods, an
empty month, the period's validation, and the JSON round trip."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal

import pytest

from desktop.db import Actor
from desktop.errors import ValidationError
from desktop.reports.monthly import compose as composing
from desktop.reports.monthly import jsonio, outline, service
from desktop.reports.monthly.model import Narrative, Period
from desktop.settings import get_station, save_station
from tests.reports import monthly_world
from tests.reports.monthly_world import OCT, STATION


@pytest.fixture
def world(db, admin):
    return monthly_world.build(db, admin)


def _figures(db, actor, period: Period):
    with db.uow(actor) as work:
        report = service.compose(work, period)
    return report, {f.key: f for f in report.figures()}


def _cols(f):
    return (f.value, f.previous, f.last_year, f.year_to_date)


def test_figures_of_a_hand_built_month_and_its_comparison_periods(db, admin, world):
    report, figs = _figures(db, admin, Period(*OCT))
    # schedule: 2 patrols done in October, 1 in September, 1 in October 2025; year to date
    # March + September + October = 4; the planned patrol is not counted
    assert _cols(figs["schedule.patrols"]) == (2, 1, 1, 4)
    assert _cols(figs["schedule.violations"]) == (3, 0, 0, 3)
    assert _cols(figs["schedule.village_meetings.count"]) == (1, 0, 0, 1)
    assert _cols(figs["schedule.village_meetings.attendance"]) == (40, 0, 0, 40)
    # security
    assert _cols(figs["security.incidents.crimes.count"]) == (1, 1, 1, 2)
    assert _cols(figs["security.incidents.crimes.by_kind.theft"]) == (1, 1, 0, 2)
    assert _cols(figs["security.incidents.crimes.by_kind.fraud"]) == (0, 0, 1, 0)
    assert _cols(figs["security.incidents.crimes.transferred"]) == (1, 0, 0, 1)
    assert _cols(figs["security.incidents.traffic.accidents"]) == (1, 0, 0, 1)
    assert _cols(figs["security.incidents.traffic.killed"]) == (1, 0, 0, 1)
    assert _cols(figs["security.incidents.traffic.injured"]) == (2, 0, 0, 2)
    # residents
    assert _cols(figs["residents.events.temporary"]) == (2, 0, 1, 2)
    assert _cols(figs["residents.events.absence"]) == (1, 0, 0, 2)
    assert _cols(figs["residents.events.permanent"]) == (0, 1, 0, 1)
    registered = figs["residents.residents.registered"]
    assert (registered.value, registered.previous, registered.stock) == (2, None, True)
    # weapons: a stock on the last day compares with the previous period's last day, no year to date
    assert _cols(figs["weapons.received.items"]) == (2, 1, 0, 3)
    assert _cols(figs["weapons.received.by_category.sung kip"]) == (1, 0, 0, 1)
    assert _cols(figs["weapons.received.by_category.sung con tu che"]) == (10, 0, 0, 10)
    assert _cols(figs["weapons.received.by_category.sung hoi"]) == (0, 1, 0, 1)
    on_hand = figs["weapons.on_hand_end.items"]
    assert (on_hand.value, on_hand.previous, on_hand.last_year, on_hand.year_to_date) == (3, 1, 0, None)
    assert on_hand.stock and not figs["weapons.received.items"].stock
    assert figs["weapons.received.by_category.sung con tu che"].unit == "khẩu"
    # the reinforcement officer's done events: 2 patrols + 1 meeting in October, 1 patrol in March
    reinforcement = figs[f"schedule.officers.{world.reinforcement}.events"]
    assert _cols(reinforcement) == (3, 0, 0, 4)
    assert f"schedule.officers.{world.officer}.events" not in figs  # a station officer: not listed under 8
    # the change against the previous period
    assert figs["schedule.patrols"].change == 1
    # next month's planned events are listed for section IV
    planned = [(e.day, e.title) for e in report.planned_next]
    assert planned == [(dt.date(2026, 11, 6), "Họp thôn Nia Đơn tháng 11")]
    assert report.station.code == "24620" and report.station.province == "Lâm Đồng"
    assert report.station.name == "Công an xã Đắk Nia"


def test_every_key_is_unique_and_resolves_into_its_area(db, admin, world):
    report, figs = _figures(db, admin, Period(*OCT))
    keys = [f.key for f in report.figures()]
    assert len(keys) == len(set(keys))
    assert {k.split(".", 1)[0] for k in keys} == {"residents", "schedule", "weapons", "support", "security"}
    assert all(f.label and f.unit for f in report.figures())
    numbers = [s.number for s in report.sections]
    assert numbers == ["I", "II", "III", "IV", "V"]


def test_new_lines_print_once_their_records_exist(db, admin, world):
    _, figs = _figures(db, admin, Period(*OCT))
    # no report received and no fire ever recorded: those NEW lines are left out
    assert "security.reports.received" not in figs
    assert "security.incidents.fire.count" not in figs
    assert "security.managed.end" not in figs
    # a fire recorded later than the period does not bring the line into October's report
    from desktop.schedule import incidents
    from desktop.schedule.views import IncidentInput

    with db.uow(admin) as work:
        incidents.add_incident(work, IncidentInput(dt.datetime(2026, 11, 2, 8), klass="fire"))
    assert "security.incidents.fire.count" not in _figures(db, admin, Period(*OCT))[1]
    with db.uow(admin) as work:
        incidents.add_incident(
            work, IncidentInput(dt.datetime(2026, 8, 2, 8), klass="fire", damage=1_000_000)
        )
    figs = _figures(db, admin, Period(*OCT))[1]
    assert _cols(figs["security.incidents.fire.count"]) == (0, 0, 0, 1)
    assert _cols(figs["security.incidents.fire.damage"]) == (0, 0, 0, 1_000_000)


def test_an_empty_month_is_a_valid_mostly_zero_report(db, admin):
    with db.uow(admin) as work:
        save_station(work, STATION)
        today = dt.date.today()
        period = service.month_period(work, today.year, today.month)  # set up today: this month only
        report = service.compose(work, period)
    assert period.start == today.replace(day=1) and period.end.month == today.month
    figures = report.figures()
    assert len(figures) > 50
    assert all(f.value == 0 for f in figures)
    assert report.planned_next == ()
    assert [s.number for s in report.sections] == ["I", "II", "III", "IV", "V"]


def test_month_period_follows_the_station_start_day(db, admin, world):
    with db.uow(admin) as work:
        assert service.month_period(work, 2026, 10) == Period(dt.date(2026, 10, 1), dt.date(2026, 10, 31))
        current = get_station(work)
        save_station(work, dataclasses.replace(current, period_start_day=15))
        assert service.month_period(work, 2026, 10) == Period(dt.date(2026, 9, 15), dt.date(2026, 10, 14))


def test_a_future_month_or_one_before_the_station_existed_is_refused(db, admin, monkeypatch):
    with db.uow(admin) as work:
        save_station(work, STATION)
    next_month = (dt.date.today().replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    with db.uow(admin) as work:
        with pytest.raises(ValidationError) as err:
            service.month_period(work, next_month.year, next_month.month)
        assert err.value.field == "Tháng báo cáo"
        with pytest.raises(ValidationError) as err:
            service.month_period(work, 2019, 5)  # no record from then, settings saved today
        assert err.value.field == "Tháng báo cáo"
        with pytest.raises(ValidationError) as err:
            service.month_period(work, 2026, 13)
        assert err.value.field == "Tháng báo cáo"
        this_month = dt.date.today()
        assert service.month_period(work, this_month.year, this_month.month).start <= this_month


def test_a_month_before_the_settings_is_allowed_when_records_exist_from_then(db, admin, world):
    with db.uow(admin) as work:
        assert service.month_period(work, 2025, 10) == Period(dt.date(2025, 10, 1), dt.date(2025, 10, 31))
        with pytest.raises(ValidationError):
            service.month_period(work, 2025, 9)


def test_drafts_round_trip(db, admin, clerk, viewer):
    period = Period(*OCT)
    text = Narrative("Tình hình ổn định.", "Ưu điểm", "Hạn chế:\n- thiếu người", "Nhiệm vụ", "Kiến nghị")
    with db.uow(clerk) as work:
        assert service.load_draft(work, period) == Narrative()
        service.save_draft(work, period, text)
    with db.uow(viewer) as work:
        assert service.load_draft(work, period) == text
        assert service.compose(work, period).narrative == text
    with db.uow(clerk) as work:
        service.save_draft(work, period, Narrative(summary="Lần hai"))
    with db.uow(clerk) as work:
        assert service.load_draft(work, period) == Narrative(summary="Lần hai")
        report = service.compose(work, period)
    iii = {i.title: i.text for i in report.sections[2].items}
    assert iii == {"Ưu điểm": "", "Tồn tại, hạn chế và nguyên nhân": ""}
    from desktop.errors import PermissionDenied

    with db.uow(viewer) as work, pytest.raises(PermissionDenied):
        service.save_draft(work, period, text)


def test_json_round_trip_and_layout(db, admin, world):
    with db.uow(admin) as work:
        service.save_draft(work, Period(*OCT), Narrative(summary="Ổn định", proposals="Bổ sung xe"))
        report = service.compose(work, Period(*OCT))
    data = json.loads(json.dumps(jsonio.to_json(report), ensure_ascii=False))
    assert data["format"] == "caxa-monthly-report" and data["format_version"] == 1
    assert data["station"] == {"code": "24620", "name": "Công an xã Đắk Nia", "province": "Lâm Đồng"}
    assert data["period"] == {"from": "2026-10-01", "to": "2026-10-31"}
    assert data["version"] is None and data["number"] is None and data["issued_at"] is None
    patrols = data["figures"]["schedule.patrols"]
    assert patrols == {"label": "Số buổi tuần tra, kiểm soát", "unit": "buổi", "value": 2, "previous": 1,
                       "last_year": 1, "year_to_date": 4, "stock": False}
    assert data["figures"]["weapons.on_hand_end.items"]["year_to_date"] is None
    assert jsonio.from_json(data) == report


def test_decimal_quantities_and_bad_files(db, admin):
    assert composing.as_number(2.5) == Decimal("2.5")
    assert composing.as_number(1.0) == 1
    assert composing.as_number(0.1234) == Decimal("0.123")
    with pytest.raises(ValidationError):
        jsonio.from_json({"format": "other"})
    with pytest.raises(ValidationError) as err:
        jsonio.from_json({"format": "caxa-monthly-report", "format_version": 2, "figures": {}})
    assert "phiên bản" in str(err.value)
    only_figures = {
        "format": "caxa-monthly-report", "format_version": 1,
        "period": {"from": "2026-10-01", "to": "2026-10-31"},
        "figures": {"weapons.received.by_category.thuoc_no": {"label": "Thuốc nổ", "unit": "kg",
                                                              "value": 2.5, "previous": None}},
    }
    report = jsonio.from_json(only_figures)
    # a part of the wrong shape, a figure without a value, a version or time that is not one: refused
    key = "weapons.received.by_category.thuoc_no"
    for bad, said in (
        ({"station": "Đắk Nia"}, "«station»"), ({"sections": {"I": 1}}, "«sections»"),
        ({"sections": [{"items": [3]}]}, "«items»"), ({"narrative": ["x"]}, "«narrative»"),
        ({"figures": {key: {"label": "Thuốc nổ", "value": None}}}, "thiếu giá trị"),
        ({"version": "2"}, "lần phát hành"), ({"version": 0}, "lần phát hành"),
        ({"issued_at": "hôm qua"}, "thời điểm phát hành"),
    ):
        with pytest.raises(ValidationError) as err:
            jsonio.from_json({**only_figures, **bad})
        assert said in str(err.value)
    (fig,) = report.figures()
    assert (fig.value, fig.previous, fig.unit) == (Decimal("2.5"), None, "kg")
    assert jsonio.to_json(report)["figures"]["weapons.received.by_category.thuoc_no"]["value"] == 2.5


def test_key_segments_of_named_rows():
    assert outline.slug("Xã Đắk Nia") == "xa_dak_nia"
    assert outline.category_segment("Súng cồn tự chế") == "sung con tu che"
    assert outline.category_segment("Thuốc nổ (kg)") == "thuoc no (kg)"
    assert outline.category_segment("Đạn 7.62") == "dan 7 62"


def test_a_viewer_composes(db, admin, viewer, world):
    with db.uow(viewer) as work:
        report = service.compose(work, Period(*OCT))
    assert report.figures()


def test_system_actor_composes(db, world):
    with db.uow(Actor.system()) as work:
        assert service.compose(work, Period(*OCT)).figures()
