import dataclasses
import datetime as dt

import pytest

from desktop import settings
from desktop.demo import DEMO_STATION
from desktop.errors import PermissionDenied, StaleRecord, ValidationError
from desktop.figures import period_for


def test_station_round_trip(db, admin):
    with db.uow(admin) as work:
        saved = settings.save_station(work, DEMO_STATION)
    assert saved.issuing_body == "CÔNG AN XÃ ĐẮK NIA" and saved.configured
    with db.uow(admin) as work:
        changed = settings.save_station(work, dataclasses.replace(saved, place_name="Gia Nghĩa"))
    assert changed.place_name == "Gia Nghĩa" and changed.version == saved.version + 1
    with pytest.raises(StaleRecord), db.uow(admin) as work:
        settings.save_station(work, saved)


def test_station_validation(db, admin, clerk):
    with pytest.raises(ValidationError, match="Tên xã/phường"), db.uow(admin) as work:
        settings.save_station(work, dataclasses.replace(DEMO_STATION, commune_name="  "))
    with pytest.raises(ValidationError, match="Ngày bắt đầu kỳ báo cáo"), db.uow(admin) as work:
        settings.save_station(work, dataclasses.replace(DEMO_STATION, period_start_day=31))
    with pytest.raises(PermissionDenied), db.uow(clerk) as work:
        settings.save_station(work, DEMO_STATION)


def test_village_twice_and_kinds(db, admin):
    with db.uow(admin) as work:
        settings.add_village(work, "Bu Sir", "bon")
    with pytest.raises(ValidationError, match="đã có trong danh sách"), db.uow(admin) as work:
        settings.add_village(work, "bu  sir", "bon")
    with pytest.raises(ValidationError, match="Loại"), db.uow(admin) as work:
        settings.add_village(work, "X", "huyện")
    with pytest.raises(ValidationError, match="dài quá"), db.uow(admin) as work:
        settings.add_village(work, "x" * 1000, "thôn")
    with db.uow(admin) as work:
        villages = settings.list_villages(work)
        assert [v.label for v in villages] == ["bon Bu Sir"]
        settings.delete_village(work, villages[0].id, villages[0].version)
        assert settings.list_villages(work) == []


def test_a_new_station_counts_its_month_from_the_15th(db, admin):
    """Nghị định 09/2019/NĐ-CP Điều 12 and the Bộ Công an's own figures: "tháng 11" is 15/10–14/11.
    The default of a new station only; 1 (the calendar month) stays a choice."""
    assert settings.StationView().period_start_day == settings.DEFAULT_PERIOD_START_DAY == 15
    fresh = dataclasses.replace(DEMO_STATION, period_start_day=settings.StationView().period_start_day)
    with db.uow(admin) as work:
        saved = settings.save_station(work, fresh)
    assert saved.period_start_day == 15
    assert period_for(dt.date(2026, 11, 1), saved.period_start_day) == (dt.date(2026, 10, 15),
                                                                       dt.date(2026, 11, 14))
    with db.uow(admin) as work:
        calendar = settings.save_station(work, dataclasses.replace(saved, period_start_day=1))
    assert calendar.period_start_day == 1
    assert period_for(dt.date(2026, 11, 1), calendar.period_start_day) == (dt.date(2026, 11, 1),
                                                                          dt.date(2026, 11, 30))
