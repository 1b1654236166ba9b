"""Events: plan (once or recurring), edit, move, cancel, complete with outcome, list for the calendar."""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import select

from desktop import audit
from desktop.db import UnitOfWork, now
from desktop.errors import ValidationError
from desktop.schedule import recurrence as rec
from desktop.schedule.codes import EVENT_KINDS, EVENT_STATUSES, TOPICS
from desktop.schedule.conflicts import conflicting_ids, conflicts_for
from desktop.schedule.models import Event, EventPhoto, EventSeries, event_officer, event_village
from desktop.schedule.views import EventInput, EventView, OutcomeInput, PhotoView, SaveResult, SeriesView
from desktop.settings import Village
from desktop.staff.models import Officer
from desktop.text import fold, require_text

logger = logging.getLogger(__name__)

MIN_DURATION = dt.timedelta(minutes=5)
MAX_DURATION = dt.timedelta(days=7)
MAX_ATTENDANCE = 100_000
MAX_COUNT = 10_000


def photo_path(file_name: str):  # -> Path
    from desktop import paths

    return paths.media_dir() / file_name


def event_view(ev: Event, *, conflict: bool = False, photos: tuple[PhotoView, ...] = ()) -> EventView:
    officers = sorted(ev.officers, key=lambda o: o.name_key)
    villages = sorted(ev.villages, key=lambda v: v.name)
    return EventView(
        ev.id,
        ev.kind,
        ev.title,
        ev.place,
        ev.starts_at,
        ev.ends_at,
        ev.status,
        ev.cancel_reason,
        tuple(t for t in ev.topics.split(",") if t),
        ev.partners,
        ev.description,
        tuple(o.id for o in officers),
        tuple(f"{o.rank} {o.full_name}".strip() for o in officers),
        tuple(v.id for v in villages),
        tuple(f"{v.kind} {v.name}" for v in villages),
        ev.attendance,
        ev.violations,
        ev.hotspots_found,
        ev.outcome,
        ev.series_id,
        ev.detached,
        ev.version,
        conflict,
        photos,
    )


# --------------------------------------------------------------------------- validation


def _check_times(starts_at: object, ends_at: object) -> tuple[dt.datetime, dt.datetime]:
    if not isinstance(starts_at, dt.datetime):
        raise ValidationError("Bắt đầu", "cần ngày và giờ bắt đầu.")
    if not isinstance(ends_at, dt.datetime):
        raise ValidationError("Kết thúc", "cần ngày và giờ kết thúc.")
    starts_at, ends_at = starts_at.replace(second=0, microsecond=0), ends_at.replace(second=0, microsecond=0)
    if ends_at <= starts_at:
        raise ValidationError("Kết thúc", "phải sau thời điểm bắt đầu.")
    if ends_at - starts_at < MIN_DURATION:
        raise ValidationError("Kết thúc", "công việc phải kéo dài ít nhất 5 phút.")
    if ends_at - starts_at > MAX_DURATION:
        raise ValidationError(
            "Kết thúc",
            "một công việc không kéo dài quá 7 ngày; việc dài hơn hãy chia thành nhiều buổi "
            "hoặc dùng lịch lặp lại.",
        )
    if not 2000 <= starts_at.year <= 2100:
        raise ValidationError("Bắt đầu", f"năm {starts_at.year} không hợp lệ.")
    return starts_at, ends_at


def _validate(
    uow: UnitOfWork, data: EventInput, ev: Event | None = None
) -> tuple[dict, list[Officer], list[Village]]:
    if data.kind not in EVENT_KINDS:
        raise ValidationError("Loại công việc", f"«{data.kind}» không hợp lệ.")
    starts_at, ends_at = _check_times(data.starts_at, data.ends_at)
    title = require_text("Nội dung", data.title, max_len=200, required=False) or EVENT_KINDS[data.kind]
    topics = tuple(dict.fromkeys(data.topics))
    for t in topics:
        if t not in TOPICS:
            raise ValidationError("Chủ đề tuyên truyền", f"«{t}» không có trong danh mục.")
    current = {o.id for o in ev.officers} if ev is not None else set()
    officers: list[Officer] = []
    for oid in dict.fromkeys(data.officer_ids):
        officer = uow.session.get(Officer, oid)
        if officer is None:
            raise ValidationError("Cán bộ tham gia", "có cán bộ không còn trong danh sách.")
        if not officer.active and oid not in current:
            raise ValidationError("Cán bộ tham gia", f"«{officer.full_name}» đã thôi công tác.")
        officers.append(officer)
    if ev is not None and ev.status == "done":
        removed = [o.full_name for o in ev.officers if o.id not in {x.id for x in officers}]
        if removed:
            raise ValidationError(
                "Cán bộ tham gia",
                f"không thể bỏ tên {', '.join(removed)} khỏi công việc đã thực hiện "
                "(kết quả đã ghi nhận cho họ). Nếu ghi nhầm, hãy ghi chú vào phần kết quả.",
            )
    villages: list[Village] = []
    for vid in dict.fromkeys(data.village_ids):
        village = uow.session.get(Village, vid)
        if village is None:
            raise ValidationError("Thôn, bon", "có thôn/bon không còn tồn tại.")
        villages.append(village)
    place = require_text("Địa điểm", data.place, max_len=200, required=False)
    partners = require_text("Lực lượng phối hợp", data.partners, max_len=300, required=False)
    values = {
        "kind": data.kind,
        "title": title,
        "topics": ",".join(topics),
        "place": place,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "partners": partners,
        "description": require_text("Ghi chú", data.description, max_len=4000, required=False),
        "search_key": fold(" ".join((title, place, partners)))[:500],
    }
    return values, officers, villages


def _links(ev: Event) -> dict[str, str]:
    return {
        "Cán bộ tham gia": ", ".join(sorted(o.full_name for o in ev.officers)),
        "Thôn, bon": ", ".join(sorted(f"{v.kind} {v.name}" for v in ev.villages)),
    }


def _log_links(
    uow: UnitOfWork,
    table: str,
    record_id: int,
    title: str,
    before: dict[str, str],
    after: dict[str, str],
    action: str = "update",
) -> None:
    """Officers and villages live in link tables the row audit does not see: log their change here."""
    keys = [*after, *(k for k in before if k not in after)]
    pairs = {k: [before.get(k, ""), after.get(k, "")] for k in keys}
    changes = {k: pair for k, pair in pairs.items() if pair[0] != pair[1]}
    if changes:
        audit.record(uow, action, table, record_id, f"Người, nơi của «{title}»", changes)


def _detach(uow: UnitOfWork, ev: Event) -> None:
    """An occurrence changed on its own leaves its series: from now on its officers and villages
    are its own, so its audit history starts with them (the series' entry no longer speaks for it)."""
    if ev.series_id is not None and not ev.detached:
        ev.detached = True
        _log_links(uow, "event", ev.id, ev.title, {}, _links(ev))


def _apply(ev: Event, values: dict, officers: list[Officer], villages: list[Village]) -> None:
    for key, value in values.items():
        setattr(ev, key, value)
    ev.officers = officers
    ev.villages = villages


def _result(
    uow: UnitOfWork, events: list[Event], series_id: int | None = None, message: str = ""
) -> SaveResult:
    uow.flush()
    conflicts = conflicts_for(uow, events)
    flagged = {c.event_id for c in conflicts}
    views = tuple(event_view(e, conflict=e.id in flagged) for e in sorted(events, key=lambda e: e.starts_at))
    if conflicts and not message:
        message = f"Đã lưu; có {len(conflicts)} chỗ trùng lịch của cán bộ, hãy xem lại."
    return SaveResult(views, tuple(conflicts), series_id, message)


# --------------------------------------------------------------------------- planning


def _occurrences(
    uow: UnitOfWork,
    series: EventSeries,
    data: EventInput,
    dates: list[dt.date],
    values: dict,
    officers: list[Officer],
    villages: list[Village],
) -> list[Event]:
    duration = values["ends_at"] - values["starts_at"]
    at = values["starts_at"].time()
    out = []
    for day in dates:
        ev = Event(series_id=series.id, occurrence_date=day, status="planned", detached=False)
        start = dt.datetime.combine(day, at)
        _apply(ev, {**values, "starts_at": start, "ends_at": start + duration}, officers, villages)
        out.append(uow.add(ev))
    return out


def create_event(uow: UnitOfWork, data: EventInput, recurrence: rec.Recurrence | None = None) -> SaveResult:
    """Plan one event, or a series of occurrences when ``recurrence`` is given. Conflicts are warnings."""
    uow.require("write")
    values, officers, villages = _validate(uow, data)
    if recurrence is None:
        ev = Event(status="planned")
        _apply(ev, values, officers, villages)
        uow.add(ev)
        uow.flush()
        _log_links(uow, "event", ev.id, ev.title, {}, _links(ev))
        return _result(uow, [ev])
    first = values["starts_at"].date()
    rule = rec.validate(recurrence, first)
    dates = rec.expand(rule, first)
    series = uow.add(
        EventSeries(
            freq=rule.freq,
            every=rule.every,
            weekdays=rec.encode_weekdays(rule.weekdays),
            first_date=first,
            until=rule.until,
            title=values["title"],
        )
    )
    uow.flush()
    events = _occurrences(uow, series, data, dates, values, officers, villages)
    _log_links(uow, "event_series", series.id, series.title, {}, _links(events[0]))
    return _result(uow, events, series.id, f"Đã lập {len(events)} buổi: {rule.describe()}.")


def update_event(uow: UnitOfWork, event_id: int, version: int, data: EventInput) -> SaveResult:
    """Edit one event (one occurrence of a series: it is then left alone by series edits)."""
    uow.require("write")
    ev = uow.get(Event, event_id, version=version)
    values, officers, villages = _validate(uow, data, ev)
    before = _links(ev)
    _apply(ev, values, officers, villages)
    if ev.series_id is not None:
        ev.detached = True
    _log_links(uow, "event", ev.id, ev.title, before, _links(ev))
    return _result(uow, [ev])


def move_event(uow: UnitOfWork, event_id: int, version: int, new_start: dt.datetime) -> SaveResult:
    """Move an event to a new start, keeping its length (drag on the calendar)."""
    uow.require("write")
    ev = uow.get(Event, event_id, version=version)
    if ev.status == "cancelled":
        raise ValidationError("Bắt đầu", "không dời được công việc đã hủy.")
    duration = ev.ends_at - ev.starts_at
    starts_at, ends_at = _check_times(
        new_start, new_start + duration if isinstance(new_start, dt.datetime) else None
    )
    ev.starts_at, ev.ends_at = starts_at, ends_at
    _detach(uow, ev)
    return _result(uow, [ev])


def get_series(uow: UnitOfWork, series_id: int) -> SeriesView:
    uow.require("read")
    s = uow.get(EventSeries, series_id)
    count = len(list(uow.session.scalars(select(Event.id).where(Event.series_id == s.id))))
    return SeriesView(
        s.id, s.freq, s.every, rec.decode_weekdays(s.weekdays), s.first_date, s.until, count, s.version
    )


def update_series(
    uow: UnitOfWork, series_id: int, version: int, data: EventInput, recurrence: rec.Recurrence
) -> SaveResult:
    """Change a series from now on: future, planned, untouched occurrences are regenerated from the new
    details and rule; past, done, cancelled or individually edited occurrences stay as they are."""
    uow.require("write")
    series = uow.get(EventSeries, series_id, version=version)
    values, officers, villages = _validate(uow, data)
    # The rule stays anchored on the series' first day (its weeks and "every N" keep their rhythm);
    # the dates typed only give the time of day and the length. Any occurrence may be the one edited.
    first = series.first_date
    rule = rec.validate(recurrence, first)
    moment = now()
    occurrences = list(uow.session.scalars(select(Event).where(Event.series_id == series.id)))
    replaceable = [
        e for e in occurrences if e.status == "planned" and not e.detached and e.starts_at >= moment
    ]
    kept_dates = {e.occurrence_date for e in occurrences if e not in replaceable}
    every_date = rec.expand(rule, first, limit=rec.MAX_OCCURRENCES * 40)
    at = values["starts_at"].time()
    dates = [d for d in every_date if d not in kept_dates and dt.datetime.combine(d, at) >= moment]
    if len(dates) > rec.MAX_OCCURRENCES:
        raise ValidationError(
            "Lặp lại đến ngày",
            f"lịch này sinh ra hơn {rec.MAX_OCCURRENCES} buổi từ hôm nay; hãy chọn ngày kết thúc sớm hơn.",
        )
    for ev in replaceable:
        uow.session.delete(ev)
    series.freq, series.every, series.weekdays = rule.freq, rule.every, rec.encode_weekdays(rule.weekdays)
    series.until, series.title = rule.until, values["title"]
    uow.flush()
    events = _occurrences(uow, series, data, dates, values, officers, villages)
    if events:
        _log_links(uow, "event_series", series.id, series.title, {}, _links(events[0]))
    return _result(
        uow,
        events,
        series.id,
        f"Đã cập nhật lịch lặp lại: {len(events)} buổi từ hôm nay; "
        f"{len(occurrences) - len(replaceable)} buổi đã qua hoặc đã sửa riêng được giữ nguyên.",
    )


def cancel_event(uow: UnitOfWork, event_id: int, version: int, reason: str) -> EventView:
    uow.require("write")
    ev = uow.get(Event, event_id, version=version)
    if ev.status == "done":
        raise ValidationError("Trạng thái", "công việc đã thực hiện, không hủy được.")
    ev.cancel_reason = require_text("Lý do hủy", reason, max_len=300)
    ev.status = "cancelled"
    _detach(uow, ev)
    uow.flush()
    return event_view(ev)


def cancel_series(uow: UnitOfWork, series_id: int, reason: str, *, from_date: dt.date | None = None) -> int:
    """Cancel every planned occurrence of a series from ``from_date`` (default today); returns how many."""
    uow.require("write")
    uow.get(EventSeries, series_id)
    text = require_text("Lý do hủy", reason, max_len=300)
    start = dt.datetime.combine(from_date or now().date(), dt.time())
    count = 0
    for ev in uow.session.scalars(
        select(Event).where(Event.series_id == series_id, Event.status == "planned", Event.starts_at >= start)
    ):
        ev.status, ev.cancel_reason = "cancelled", text
        count += 1
    uow.flush()
    return count


def complete_event(uow: UnitOfWork, event_id: int, version: int, outcome: OutcomeInput) -> EventView:
    """Record what came of an event (attendance, violations, hotspots, notes) and mark it done."""
    uow.require("write")
    ev = uow.get(Event, event_id, version=version)
    if ev.status == "cancelled":
        raise ValidationError("Trạng thái", "công việc đã hủy; hãy lập lại nếu thực tế vẫn làm.")
    if ev.starts_at > now():
        raise ValidationError("Trạng thái", "công việc chưa đến giờ bắt đầu nên chưa ghi kết quả được.")
    if outcome.attendance is not None:
        _check_count("Số người tham dự", outcome.attendance, MAX_ATTENDANCE)
    _check_count("Số vi phạm phát hiện", outcome.violations, MAX_COUNT)
    _check_count("Số điểm nguy cơ phát hiện", outcome.hotspots_found, MAX_COUNT)
    ev.attendance = outcome.attendance
    ev.violations = outcome.violations
    ev.hotspots_found = outcome.hotspots_found
    ev.outcome = require_text("Kết quả", outcome.notes, max_len=4000, required=False)
    ev.status = "done"
    _detach(uow, ev)
    uow.flush()
    return event_view(ev)


def _check_count(field: str, value: object, maximum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "phải là số nguyên.")
    if value < 0:
        raise ValidationError(field, "không được là số âm.")
    if value > maximum:
        raise ValidationError(
            field, f"{value:,} là quá lớn (tối đa {maximum:,}); kiểm tra lại.".replace(",", ".")
        )


def delete_event(uow: UnitOfWork, event_id: int, version: int) -> None:
    """Delete a planned or cancelled event; a done event is a record and is kept."""
    uow.require("write")
    ev = uow.get(Event, event_id, version=version)
    if ev.status == "done":
        raise ValidationError("Trạng thái", "công việc đã thực hiện là hồ sơ, không xóa được.")
    for photo in uow.session.scalars(select(EventPhoto).where(EventPhoto.event_id == ev.id)):
        uow.session.delete(photo)
    _log_links(uow, "event", ev.id, ev.title, _links(ev), {}, action="delete")
    uow.session.delete(ev)
    uow.flush()


# --------------------------------------------------------------------------- reading


def get_event(uow: UnitOfWork, event_id: int) -> EventView:
    uow.require("read")
    ev = uow.get(Event, event_id)
    photos = tuple(
        PhotoView(p.id, p.event_id, str(photo_path(p.file_name)), p.original_name, p.caption, p.version)
        for p in uow.session.scalars(
            select(EventPhoto).where(EventPhoto.event_id == ev.id).order_by(EventPhoto.id)
        )
    )
    conflicts = conflicts_for(uow, [ev])
    return event_view(ev, conflict=bool(conflicts), photos=photos)


def event_conflicts(uow: UnitOfWork, event_id: int) -> list:
    """The conflicts of one event (for its dialog)."""
    uow.require("read")
    return conflicts_for(uow, [uow.get(Event, event_id)])


def list_events(
    uow: UnitOfWork,
    start: dt.date,
    end: dt.date,
    *,
    kind: str = "",
    status: str = "",
    text: str = "",
    officer_id: int | None = None,
    village_id: int | None = None,
    only_conflicts: bool = False,
) -> list[EventView]:
    """Events starting on ``start``..``end`` (inclusive), by start time, each flagged when it conflicts."""
    uow.require("read")
    lo = dt.datetime.combine(start, dt.time())
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    stmt = select(Event).where(Event.starts_at >= lo, Event.starts_at < hi)
    if kind:
        if kind not in EVENT_KINDS:
            raise ValidationError("Loại công việc", f"«{kind}» không hợp lệ.")
        stmt = stmt.where(Event.kind == kind)
    if status:
        if status not in EVENT_STATUSES:
            raise ValidationError("Trạng thái", f"«{status}» không hợp lệ.")
        stmt = stmt.where(Event.status == status)
    if text:
        stmt = stmt.where(Event.search_key.contains(fold(text), autoescape=True))
    if officer_id:
        stmt = stmt.where(
            Event.id.in_(select(event_officer.c.event_id).where(event_officer.c.officer_id == officer_id))
        )
    if village_id:
        stmt = stmt.where(
            Event.id.in_(select(event_village.c.event_id).where(event_village.c.village_id == village_id))
        )
    events = list(uow.session.scalars(stmt.order_by(Event.starts_at, Event.id)))
    flagged = conflicting_ids(uow, lo - MAX_DURATION, hi)
    views = [event_view(e, conflict=e.id in flagged) for e in events]
    return [v for v in views if v.conflict] if only_conflicts else views
