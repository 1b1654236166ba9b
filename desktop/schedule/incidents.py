"""Incidents (vụ việc về an ninh, trật tự) and traffic hotspots (điểm nguy cơ mất an toàn giao thông)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.db import UnitOfWork, now
from desktop.errors import ValidationError
from desktop.schedule.codes import (
    CRIME_KINDS,
    HANDLINGS,
    HOTSPOT_STATUSES,
    INCIDENT_CAUSES,
    INCIDENT_CLASSES,
    INCIDENT_KINDS,
    INCIDENT_ROLES,
    VIOLATION_FIELDS,
    kind_of,
    nearest_class,
)
from desktop.schedule.models import Event, Hotspot, Incident, IncidentPerson
from desktop.schedule.views import (
    HotspotInput,
    HotspotView,
    IncidentInput,
    IncidentPersonView,
    IncidentView,
)
from desktop.settings import Village
from desktop.text import fold, require_text


def _village(uow: UnitOfWork, village_id: int | None) -> Village | None:
    if not village_id:
        return None
    village = uow.session.get(Village, village_id)
    if village is None:
        raise ValidationError("Thôn, bon", "không còn tồn tại.")
    return village


def _village_name(uow: UnitOfWork, village_id: int | None) -> str:
    village = uow.session.get(Village, village_id) if village_id else None
    return f"{village.kind} {village.name}" if village else ""


def _event(uow: UnitOfWork, event_id: int | None) -> Event | None:
    if not event_id:
        return None
    ev = uow.session.get(Event, event_id)
    if ev is None:
        raise ValidationError("Phát sinh trong công việc", "công việc này không còn tồn tại.")
    return ev


# --------------------------------------------------------------------------- incidents


def _person_names(uow: UnitOfWork, ids: list[int]) -> dict[int, str]:
    from desktop.residents.search import fetch_rows  # the residents area's service

    return {r.id: r.full_name for r in fetch_rows(uow, ids)} if ids else {}


def _persons(uow: UnitOfWork, incident_id: int) -> tuple[IncidentPersonView, ...]:
    links = list(
        uow.session.scalars(
            select(IncidentPerson)
            .where(IncidentPerson.incident_id == incident_id)
            .order_by(IncidentPerson.id)
        )
    )
    names = _person_names(uow, [p.person_id for p in links if p.person_id])
    return tuple(
        IncidentPersonView(p.id, p.role, p.person_id, names.get(p.person_id, "") if p.person_id else p.name)
        for p in links
    )


def _incident_view(uow: UnitOfWork, i: Incident) -> IncidentView:
    ev = uow.session.get(Event, i.event_id) if i.event_id else None
    return IncidentView(
        i.id,
        i.occurred_at,
        i.kind,
        i.cause,
        i.cause_note,
        i.village_id,
        _village_name(uow, i.village_id),
        i.place,
        i.people,
        i.summary,
        i.handling,
        i.handling_note,
        i.event_id,
        ev.title if ev else "",
        i.version,
        i.klass,
        i.crime_kind,
        i.violation_field,
        i.fine_amount,
        i.fined_persons,
        i.decision_number,
        i.killed,
        i.injured,
        i.damage,
        i.needs_review,
        i.review_note,
        _persons(uow, i.id),
    )


def _count(field: str, value: int | None, *, required: bool = False) -> int | None:
    if value is None:
        if required:
            raise ValidationError(field, "không được để trống.")
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(field, "phải là số nguyên.")
    if value < 0:
        raise ValidationError(field, "không được nhỏ hơn 0.")
    return value


def _classification(data: IncidentInput) -> dict:
    klass = data.klass
    if not klass:  # callers of before the classification: the class nearest the old kind
        if data.kind not in INCIDENT_KINDS:
            raise ValidationError("Loại vụ việc", f"«{data.kind}» không hợp lệ.")
        klass, crime_kind, field = nearest_class(data.kind, data.handling)
    else:
        if klass not in INCIDENT_CLASSES:
            raise ValidationError("Phân loại", f"«{klass}» không có trong danh mục.")
        crime_kind = data.crime_kind if klass == "crime" else ""
        field = data.violation_field if klass == "violation" else ""
        if klass == "crime" and crime_kind not in CRIME_KINDS:
            raise ValidationError("Loại tội phạm", "hãy chọn loại tội phạm.")
        if klass == "violation" and field not in VIOLATION_FIELDS:
            raise ValidationError("Lĩnh vực vi phạm", "hãy chọn lĩnh vực vi phạm hành chính.")
    out = {
        "klass": klass,
        "crime_kind": crime_kind,
        "violation_field": field,
        "kind": kind_of(klass, crime_kind, field) if data.klass else data.kind,
        "killed": _count("Số người chết", data.killed, required=True),
        "injured": _count("Số người bị thương", data.injured, required=True),
        "damage": _count("Thiệt hại (đồng)", data.damage),
        "fine_amount": None,
        "fined_persons": 0,
        "decision_number": "",
    }
    if data.handling == "administrative_fine" and data.klass:
        amount = _count("Số tiền phạt (đồng)", data.fine_amount, required=True)
        if not amount:
            raise ValidationError("Số tiền phạt (đồng)", "cần số tiền phạt lớn hơn 0 khi xử phạt hành chính.")
        persons = _count("Số người bị phạt", data.fined_persons or 1, required=True)
        out.update(
            fine_amount=amount,
            fined_persons=persons,
            decision_number=require_text("Số quyết định xử phạt", data.decision_number, max_len=60,
                                         required=False),
        )
    elif data.fine_amount is not None and data.klass:
        raise ValidationError("Số tiền phạt (đồng)", "chỉ ghi khi giải quyết bằng xử phạt hành chính.")
    return out


def _person_links(uow: UnitOfWork, data: IncidentInput) -> list[tuple[str, int | None, str]]:
    links: list[tuple[str, int | None, str]] = []
    ids = [p.person_id for p in data.persons if p.person_id]
    known = _person_names(uow, ids)
    for p in data.persons:
        if p.role not in INCIDENT_ROLES:
            raise ValidationError("Vai trò", f"«{p.role}» không có trong danh mục.")
        if p.person_id:
            if p.person_id not in known:
                raise ValidationError("Người liên quan", "nhân khẩu này không còn tồn tại.")
            item = (p.role, p.person_id, "")
        else:
            item = (p.role, None, require_text("Người liên quan (họ tên)", p.name, max_len=120))
        if item not in links:
            links.append(item)
    return links


def _validate_incident(uow: UnitOfWork, data: IncidentInput) -> dict:
    if not isinstance(data.occurred_at, dt.datetime):
        raise ValidationError("Thời gian xảy ra", "cần ngày và giờ xảy ra vụ việc.")
    if data.occurred_at > now() + dt.timedelta(minutes=5):
        raise ValidationError("Thời gian xảy ra", "không thể là thời điểm trong tương lai.")
    if data.occurred_at.year < 2000:
        raise ValidationError("Thời gian xảy ra", f"năm {data.occurred_at.year} không hợp lệ.")
    if data.cause not in INCIDENT_CAUSES:
        raise ValidationError("Nguyên nhân", f"«{data.cause}» không có trong danh mục.")
    if data.handling not in HANDLINGS:
        raise ValidationError("Hình thức giải quyết", f"«{data.handling}» không có trong danh mục.")
    village = _village(uow, data.village_id)
    ev = _event(uow, data.event_id)
    people = require_text("Người liên quan", data.people, max_len=2000, required=False)
    summary = require_text("Tóm tắt vụ việc", data.summary, max_len=4000, required=False)
    place = require_text("Địa điểm", data.place, max_len=200, required=False)
    return {
        "occurred_at": data.occurred_at.replace(second=0, microsecond=0),
        **_classification(data),
        "cause": data.cause,
        "cause_note": require_text("Nguyên nhân (ghi rõ)", data.cause_note, max_len=200, required=False),
        "village_id": village.id if village else None,
        "place": place,
        "people": people,
        "summary": summary,
        "handling": data.handling,
        "handling_note": require_text("Kết quả giải quyết", data.handling_note, max_len=4000, required=False),
        "event_id": ev.id if ev else None,
        "search_key": fold(" ".join((people, place, summary)))[:800],
    }



def list_incidents(
    uow: UnitOfWork,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    kind: str = "",
    text: str = "",
    klass: str = "",
    review: bool = False,
) -> list[IncidentView]:
    uow.require("read")
    stmt = select(Incident)
    if start:
        stmt = stmt.where(Incident.occurred_at >= dt.datetime.combine(start, dt.time()))
    if end:
        stmt = stmt.where(Incident.occurred_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))
    if kind:
        stmt = stmt.where(Incident.kind == kind)
    if klass:
        stmt = stmt.where(Incident.klass == klass)
    if review:
        stmt = stmt.where(Incident.needs_review.is_(True))
    if text:
        stmt = stmt.where(Incident.search_key.contains(fold(text), autoescape=True))
    return [_incident_view(uow, i) for i in uow.session.scalars(stmt.order_by(Incident.occurred_at.desc()))]


def get_incident(uow: UnitOfWork, incident_id: int) -> IncidentView:
    uow.require("read")
    return _incident_view(uow, uow.get(Incident, incident_id))


def _save_links(uow: UnitOfWork, incident_id: int, links: list[tuple[str, int | None, str]]) -> None:
    """The incident's people become ``links``: rows kept when unchanged, others added or removed."""
    stmt = select(IncidentPerson).where(IncidentPerson.incident_id == incident_id)
    current = list(uow.session.scalars(stmt))
    wanted = list(links)
    for row in current:
        key = (row.role, row.person_id, row.name)
        if key in wanted:
            wanted.remove(key)
        else:
            uow.session.delete(row)
    for role, person_id, name in wanted:
        uow.add(IncidentPerson(incident_id=incident_id, role=role, person_id=person_id, name=name))


def add_incident(uow: UnitOfWork, data: IncidentInput) -> IncidentView:
    uow.require("write")
    values = _validate_incident(uow, data)
    links = _person_links(uow, data)
    row = uow.add(Incident(**values))
    uow.flush()
    _save_links(uow, row.id, links)
    uow.flush()
    return _incident_view(uow, row)


def update_incident(uow: UnitOfWork, incident_id: int, version: int, data: IncidentInput) -> IncidentView:
    uow.require("write")
    row = uow.get(Incident, incident_id, version=version)
    values = _validate_incident(uow, data)
    links = _person_links(uow, data)
    if data.reviewed:
        values.update(needs_review=False, review_note="")
    for key, value in values.items():
        setattr(row, key, value)
    uow.flush()
    _save_links(uow, row.id, links)
    uow.flush()
    return _incident_view(uow, row)


def delete_incident(uow: UnitOfWork, incident_id: int, version: int) -> None:
    uow.require("write")
    uow.session.delete(uow.get(Incident, incident_id, version=version))
    uow.flush()


# --------------------------------------------------------------------------- hotspots


def _hotspot_view(uow: UnitOfWork, h: Hotspot) -> HotspotView:
    return HotspotView(
        h.id,
        h.place,
        h.village_id,
        _village_name(uow, h.village_id),
        h.description,
        h.found_on,
        h.reported_to,
        h.proposed_fix,
        h.status,
        h.fixed_on,
        h.event_id,
        h.version,
    )


def _validate_hotspot(uow: UnitOfWork, data: HotspotInput) -> dict:
    place = require_text("Vị trí", data.place, max_len=200)
    if not isinstance(data.found_on, dt.date):
        raise ValidationError("Ngày phát hiện", "không được để trống.")
    today = now().date()
    if data.found_on > today:
        raise ValidationError("Ngày phát hiện", "không thể là ngày trong tương lai.")
    if data.status not in HOTSPOT_STATUSES:
        raise ValidationError("Tình trạng", f"«{data.status}» không hợp lệ.")
    fixed_on = data.fixed_on if data.status == "fixed" else None
    if data.status == "fixed":
        if fixed_on is None:
            raise ValidationError("Ngày khắc phục", "cần ngày đã khắc phục.")
        if fixed_on < data.found_on:
            raise ValidationError("Ngày khắc phục", "không thể trước ngày phát hiện.")
        if fixed_on > today:
            raise ValidationError("Ngày khắc phục", "không thể là ngày trong tương lai.")
    village = _village(uow, data.village_id)
    ev = _event(uow, data.event_id)
    description = require_text("Mô tả", data.description, max_len=4000, required=False)
    return {
        "place": place,
        "found_on": data.found_on,
        "description": description,
        "village_id": village.id if village else None,
        "reported_to": require_text("Đã báo cáo đến", data.reported_to, max_len=200, required=False),
        "proposed_fix": require_text("Đề xuất khắc phục", data.proposed_fix, max_len=4000, required=False),
        "status": data.status,
        "fixed_on": fixed_on,
        "event_id": ev.id if ev else None,
        "search_key": fold(" ".join((place, description)))[:500],
    }


def list_hotspots(uow: UnitOfWork, *, status: str = "", text: str = "") -> list[HotspotView]:
    uow.require("read")
    stmt = select(Hotspot)
    if status:
        stmt = stmt.where(Hotspot.status == status)
    if text:
        stmt = stmt.where(Hotspot.search_key.contains(fold(text), autoescape=True))
    return [
        _hotspot_view(uow, h) for h in uow.session.scalars(stmt.order_by(Hotspot.found_on.desc(), Hotspot.id))
    ]


def get_hotspot(uow: UnitOfWork, hotspot_id: int) -> HotspotView:
    uow.require("read")
    return _hotspot_view(uow, uow.get(Hotspot, hotspot_id))


def add_hotspot(uow: UnitOfWork, data: HotspotInput) -> HotspotView:
    uow.require("write")
    row = uow.add(Hotspot(**_validate_hotspot(uow, data)))
    uow.flush()
    return _hotspot_view(uow, row)


def update_hotspot(uow: UnitOfWork, hotspot_id: int, version: int, data: HotspotInput) -> HotspotView:
    uow.require("write")
    row = uow.get(Hotspot, hotspot_id, version=version)
    for key, value in _validate_hotspot(uow, data).items():
        setattr(row, key, value)
    uow.flush()
    return _hotspot_view(uow, row)


def delete_hotspot(uow: UnitOfWork, hotspot_id: int, version: int) -> None:
    uow.require("write")
    uow.session.delete(uow.get(Hotspot, hotspot_id, version=version))
    uow.flush()
