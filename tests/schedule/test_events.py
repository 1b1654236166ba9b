import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.db import now
from desktop.errors import PermissionDenied, StaleRecord, ValidationError
from desktop.schedule import events as svc
from desktop.schedule.models import Event
from desktop.schedule.recurrence import Recurrence
from desktop.schedule.views import EventInput, OutcomeInput
from tests.schedule.conftest import at, event


def _count(db, admin) -> int:
    with db.uow(admin) as work:
        return work.session.scalar(select(func.count(Event.id)))


def test_plan_list_and_get(db, admin, viewer, base):
    with db.uow(admin) as work:
        saved = svc.create_event(
            work,
            event(
                "village_meeting",
                at(2025, 3, 5, 19),
                2,
                (base.a, base.b),
                (base.v1,),
                "Họp thôn Nia Đơn",
                ("fraud", "id_card"),
                "Nhà văn hóa",
            ),
        )
    assert saved.conflicts == () and saved.series_id is None
    ev = saved.event
    assert ev.status == "planned" and ev.officer_names == ("Trung úy Điểu Lanh", "Thiếu tá Y Đức Niê")
    assert ev.topics_text == "Phòng, chống lừa đảo, Căn cước, định danh điện tử"
    assert ev.time_text == "19:00–21:00"
    with db.uow(viewer) as work:
        listed = svc.list_events(work, dt.date(2025, 3, 1), dt.date(2025, 3, 31))
        assert [e.id for e in listed] == [ev.id]
        assert svc.list_events(work, dt.date(2025, 3, 1), dt.date(2025, 3, 31), text="nia don")[0].id == ev.id
        assert svc.list_events(work, dt.date(2025, 3, 1), dt.date(2025, 3, 31), kind="patrol") == []
        assert svc.list_events(work, dt.date(2025, 3, 1), dt.date(2025, 3, 31), officer_id=base.c) == []
        assert len(svc.list_events(work, dt.date(2025, 3, 1), dt.date(2025, 3, 31), village_id=base.v1)) == 1
        assert svc.get_event(work, ev.id).villages_text == "thôn Nia Đơn"
        with pytest.raises(PermissionDenied):
            svc.create_event(work, event())


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (EventInput("patrol", "", at(2025, 3, 4, 20), at(2025, 3, 4, 19)), "Kết thúc"),
        (EventInput("patrol", "", at(2025, 3, 4, 20), at(2025, 3, 4, 20)), "Kết thúc"),
        (EventInput("patrol", "", at(2025, 3, 4, 20), at(2025, 4, 13, 20)), "Kết thúc"),
        (EventInput("patrol", "", None, at(2025, 4, 13, 20)), "Bắt đầu"),
        (EventInput("party", "", at(2025, 3, 4, 20), at(2025, 3, 4, 22)), "Loại công việc"),
        (
            EventInput("outreach", "", at(2025, 3, 4, 20), at(2025, 3, 4, 22), topics=("cooking",)),
            "Chủ đề tuyên truyền",
        ),
        (
            EventInput("patrol", "", at(2025, 3, 4, 20), at(2025, 3, 4, 22), officer_ids=(999,)),
            "Cán bộ tham gia",
        ),
        (EventInput("patrol", "", at(2025, 3, 4, 20), at(2025, 3, 4, 22), village_ids=(999,)), "Thôn, bon"),
        (EventInput("patrol", "x" * 201, at(2025, 3, 4, 20), at(2025, 3, 4, 22)), "Nội dung"),
    ],
)
def test_bad_event(db, admin, base, data, field):
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        svc.create_event(work, data)
    assert err.value.field == field
    assert _count(db, admin) == 0


def test_empty_title_takes_the_kind(db, admin, base):
    with db.uow(admin) as work:
        assert svc.create_event(work, event("campaign")).event.title == "Ra quân"


def test_recurrence_rejected_saves_nothing(db, admin, base):
    for rule in (Recurrence("weekly", None, 1, (1, 4)), Recurrence("daily", dt.date(2030, 1, 1))):
        with pytest.raises(ValidationError) as err, db.uow(admin) as work:
            svc.create_event(work, event(), rule)
        assert err.value.field == "Lặp lại đến ngày"
    assert _count(db, admin) == 0


def test_recurring_series_and_single_occurrence_edits(db, admin, base):
    today = now().date()
    tue = today - dt.timedelta(days=today.weekday() - 1 + 21)  # the Tuesday three weeks ago
    start = dt.datetime.combine(tue, dt.time(20))
    with db.uow(admin) as work:
        saved = svc.create_event(
            work,
            event("patrol", start, 3, (base.a,), title="Tuần tra đêm"),
            Recurrence("weekly", tue + dt.timedelta(days=38), 1, (1, 4)),
        )
    occ = saved.events
    assert len(occ) == 12 and saved.series_id and "12 buổi" in saved.message
    assert all(e.series_id == saved.series_id for e in occ)
    past = [e for e in occ if e.starts_at < now()]
    future = [e for e in occ if e.starts_at > now() + dt.timedelta(hours=1)]
    with db.uow(admin) as work:
        svc.complete_event(work, past[0].id, past[0].version, OutcomeInput(None, 2, 0, "Nhắc nhở"))
        changed = svc.update_event(
            work,
            future[0].id,
            future[0].version,
            event("patrol", future[0].starts_at, 2, (base.a,), title="Tuần tra riêng"),
        )
        assert changed.event.detached
        svc.cancel_event(work, future[1].id, future[1].version, "Mưa lớn")
        series = svc.get_series(work, saved.series_id)
        assert series.occurrences == 12 and series.weekdays == (1, 4)
        again = svc.update_series(  # opened from a later occurrence: earlier future ones are redone too
            work,
            saved.series_id,
            series.version,
            event("patrol", future[-1].starts_at, 4, (base.a, base.b), title="Tuần tra mới"),
            Recurrence("weekly", tue + dt.timedelta(days=38), 1, (1, 4)),
        )
    assert "giữ nguyên" in again.message
    with db.uow(admin) as work:
        all_ = svc.list_events(work, tue, tue + dt.timedelta(days=40))
    by_id = {e.id: e for e in all_}
    assert by_id[past[0].id].status == "done" and by_id[past[0].id].title == "Tuần tra đêm"
    assert by_id[future[0].id].title == "Tuần tra riêng"
    assert by_id[future[1].id].status == "cancelled"
    regenerated = [e for e in all_ if e.title == "Tuần tra mới"]
    assert regenerated and all(e.starts_at > now() for e in regenerated)
    assert all(
        e.ends_at - e.starts_at == dt.timedelta(hours=4) and len(e.officer_ids) == 2 for e in regenerated
    )
    assert len(all_) == 12  # the untouched past ones stay, the future ones were replaced one for one
    with db.uow(admin) as work:
        n = svc.cancel_series(work, saved.series_id, "Đổi kế hoạch")
    midnight = dt.datetime.combine(now().date(), dt.time())
    assert (
        n == len([e for e in all_ if e.status == "planned" and e.starts_at >= midnight]) >= len(regenerated)
    )


def test_conflicts_warn_but_save(db, admin, base):
    with db.uow(admin) as work:
        first = svc.create_event(work, event("patrol", at(2025, 3, 4, 20), 3, (base.a, base.b))).event
        second = svc.create_event(
            work, event("village_meeting", at(2025, 3, 4, 22), 2, (base.a,), title="Họp bon Bu Sir")
        )
        svc.create_event(work, event("outreach", at(2025, 3, 4, 23), 1, (base.b,)))  # starts as 1st ends
    assert len(second.conflicts) == 1
    c = second.conflicts[0]
    assert (c.officer_id, c.event_id, c.other_id) == (base.a, second.event.id, first.id)
    assert "Thiếu tá Y Đức Niê" in c.message and "trùng giờ" in c.message
    assert second.event.conflict and "trùng lịch" in second.message
    with db.uow(admin) as work:
        listed = svc.list_events(work, dt.date(2025, 3, 4), dt.date(2025, 3, 4))
        assert [e.conflict for e in listed] == [True, True, False]
        assert len(svc.list_events(work, dt.date(2025, 3, 4), dt.date(2025, 3, 4), only_conflicts=True)) == 2
        svc.cancel_event(work, second.event.id, second.event.version, "Hoãn")
        assert not any(e.conflict for e in svc.list_events(work, dt.date(2025, 3, 4), dt.date(2025, 3, 4)))


def test_conflicts_checked_on_every_occurrence(db, admin, base):
    with db.uow(admin) as work:
        single = svc.create_event(work, event("village_meeting", at(2025, 3, 18, 21), 2, (base.c,))).event
        series = svc.create_event(
            work,
            event("patrol", at(2025, 3, 4, 20), 3, (base.b, base.c)),
            Recurrence("weekly", dt.date(2025, 3, 31), 1, (1,)),
        )
    assert len(series.events) == 4
    assert [(c.officer_id, c.other_id, c.event_start.date()) for c in series.conflicts] == [
        (base.c, single.id, dt.date(2025, 3, 18))
    ]
    assert [e.conflict for e in series.events] == [False, False, True, False]


def test_complete_with_outcome_and_bad_numbers(db, admin, base):
    with db.uow(admin) as work:
        ev = svc.create_event(work, event("village_meeting", at(2025, 3, 5, 19), 2, (base.a, base.b))).event
    for value in (-1, 1_000_000):
        with pytest.raises(ValidationError) as err, db.uow(admin) as work:
            svc.complete_event(work, ev.id, ev.version, OutcomeInput(value))
        assert err.value.field == "Số người tham dự"
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        svc.complete_event(work, ev.id, ev.version, OutcomeInput(50, -2))
    assert err.value.field == "Số vi phạm phát hiện"
    with db.uow(admin) as work:
        assert svc.get_event(work, ev.id).status == "planned"
        done = svc.complete_event(work, ev.id, ev.version, OutcomeInput(64, 0, 1, "Người dân đồng tình"))
    assert (done.status, done.attendance, done.hotspots_found) == ("done", 64, 1)
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        svc.update_event(
            work, done.id, done.version, event("village_meeting", at(2025, 3, 5, 19), 2, (base.a,))
        )
    assert err.value.field == "Cán bộ tham gia" and "Điểu Lanh" in err.value.detail
    with db.uow(admin) as work:
        assert set(svc.get_event(work, done.id).officer_ids) == {base.a, base.b}
        added = svc.update_event(
            work,
            done.id,
            done.version,
            event("village_meeting", at(2025, 3, 5, 19), 2, (base.a, base.b, base.c)),
        )
        assert len(added.event.officer_ids) == 3 and added.event.attendance == 64
    with pytest.raises(ValidationError), db.uow(admin) as work:
        svc.delete_event(work, done.id, added.event.version)
    with pytest.raises(ValidationError), db.uow(admin) as work:
        svc.cancel_event(work, done.id, added.event.version, "x")


def test_officer_changes_are_in_the_audit_log(db, admin, base):
    from desktop.audit import AuditFilter, list_entries

    with db.uow(admin) as work:
        ev = svc.create_event(work, event("patrol", at(2025, 3, 4, 20), 3, (base.a,), (base.v1,))).event
        svc.update_event(
            work, ev.id, ev.version, event("patrol", at(2025, 3, 4, 20), 3, (base.b,), (base.v1,))
        )
        entries = [
            e for e in list_entries(work, AuditFilter()) if e.table_name == "event" and e.record_id == ev.id
        ]
    changes = [e.changes.get("Cán bộ tham gia") for e in entries if "Cán bộ tham gia" in e.changes]
    assert ["Y Đức Niê", "Điểu Lanh"] in changes and ["", "Y Đức Niê"] in changes


def test_future_event_cannot_be_completed(db, admin, base):
    start = now() + dt.timedelta(days=2)
    with db.uow(admin) as work:
        ev = svc.create_event(work, event("patrol", start)).event
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        svc.complete_event(work, ev.id, ev.version, OutcomeInput())
    assert err.value.field == "Trạng thái"


def test_stale_move_delete(db, admin, base):
    with db.uow(admin) as work:
        ev = svc.create_event(work, event("patrol", at(2025, 3, 4, 20), 3, (base.a,))).event
        moved = svc.move_event(work, ev.id, ev.version, at(2025, 3, 6, 21)).event
    assert (moved.starts_at, moved.ends_at) == (at(2025, 3, 6, 21), at(2025, 3, 7, 0))
    assert moved.time_text == "21:00–00:00 (07/03)"
    with pytest.raises(StaleRecord), db.uow(admin) as work:
        svc.update_event(work, ev.id, ev.version, event())
    with pytest.raises(ValidationError), db.uow(admin) as work:
        svc.cancel_event(work, ev.id, moved.version, "  ")
    with db.uow(admin) as work:
        svc.delete_event(work, ev.id, moved.version)
    assert _count(db, admin) == 0


def test_photos_are_copied(db, admin, base, tmp_path):
    from desktop.schedule.photos import add_photo, delete_photo

    src = tmp_path / "anh.jpg"
    src.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with db.uow(admin) as work:
        ev = svc.create_event(work, event()).event
        photo = add_photo(work, ev.id, src, "Buổi tuần tra")
    assert photo.path != str(src)
    with open(photo.path, "rb") as fh:
        assert fh.read() == src.read_bytes()
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        add_photo(work, ev.id, tmp_path / "ghichu.txt")
    assert err.value.field == "Ảnh"
    (tmp_path / "ghichu.txt").write_text("x")
    with pytest.raises(ValidationError), db.uow(admin) as work:
        add_photo(work, ev.id, tmp_path / "ghichu.txt")
    with db.uow(admin) as work:
        got = svc.get_event(work, ev.id)
        assert [p.caption for p in got.photos] == ["Buổi tuần tra"]
        delete_photo(work, photo.id, photo.version)
        assert svc.get_event(work, ev.id).photos == ()


def test_moving_or_deleting_one_occurrence_logs_its_officers_and_villages(db, admin, base):
    from desktop.audit import AuditFilter, list_entries

    def links_logged(work, event_id):
        return [
            (e.action, e.changes)
            for e in list_entries(work, AuditFilter(table_name="event", record_id=event_id))
            if e.summary.startswith("Người, nơi")
        ]

    with db.uow(admin) as work:
        saved = svc.create_event(
            work,
            event("patrol", at(2025, 3, 3, 20), 2, (base.a, base.b), (base.v1,)),
            Recurrence("weekly", dt.date(2025, 3, 24), 1, (0,)),
        )
        first, second, third = saved.events[:3]
        svc.move_event(work, first.id, first.version, at(2025, 3, 4, 20))
        moved = links_logged(work, first.id)
        # moved again: the occurrence already holds its own links, nothing new to log
        again = svc.get_event(work, first.id)
        svc.move_event(work, again.id, again.version, at(2025, 3, 5, 20))
        assert links_logged(work, first.id) == moved
        svc.delete_event(work, second.id, second.version)
        deleted = links_logged(work, second.id)
        single = svc.create_event(work, event("patrol", at(2025, 4, 1, 20), 2, (base.c,), (base.v2,))).event
        svc.delete_event(work, single.id, single.version)
        deleted_single = links_logged(work, single.id)
        assert links_logged(work, third.id) == []
    assert moved == [
        ("update", {"Cán bộ tham gia": ["", "Y Đức Niê, Điểu Lanh"], "Thôn, bon": ["", "thôn Nia Đơn"]})
    ]
    assert deleted == [
        ("delete", {"Cán bộ tham gia": ["Y Đức Niê, Điểu Lanh", ""], "Thôn, bon": ["thôn Nia Đơn", ""]})
    ]
    assert ("delete", {"Cán bộ tham gia": ["Hoàng Văn Thắng", ""], "Thôn, bon": ["bon Bu Sir", ""]}) in (
        deleted_single
    )
