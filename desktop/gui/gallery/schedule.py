"""Gallery entries: the work schedule, incidents and hotspots, the staff and the duty roster."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop.gui.gallery.base import GalleryEntry, first

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from desktop.gui.context import AppContext


def _event(ctx: AppContext) -> Any:
    from desktop.schedule import events

    today = dt.date.today()
    rows = ctx.run(events.list_events, today - dt.timedelta(days=120), today + dt.timedelta(days=60))
    return ctx.run(events.get_event, first(rows, "scheduled event").id)


def event(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.event import EventDialog

    return EventDialog(ctx, _event(ctx), parent)


def event_new(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.event import EventDialog

    return EventDialog(ctx, None, parent, day=dt.date.today())


def outcome(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.event import OutcomeDialog

    return OutcomeDialog(ctx, _event(ctx), parent)


def incident(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.incident import IncidentDialog
    from desktop.schedule import incidents

    return IncidentDialog(ctx, first(ctx.run(incidents.list_incidents), "incident"), parent)


def hotspot(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.incident import HotspotDialog
    from desktop.schedule import incidents

    return HotspotDialog(ctx, first(ctx.run(incidents.list_hotspots), "hotspot"), parent)


def officer(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.staff import OfficerDialog
    from desktop.staff import service

    return OfficerDialog(ctx, first(ctx.run(service.list_officers), "officer"), parent)


def assignment(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.staff import AssignmentDialog
    from desktop.staff import assignments

    return AssignmentDialog(ctx, first(ctx.run(assignments.list_assignments), "assignment"), parent)


def award(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.staff import AwardDialog
    from desktop.staff import assignments

    return AwardDialog(ctx, first(ctx.run(assignments.list_awards), "award"), parent)


def report_period(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.staff import PeriodDialog

    today = dt.date.today()
    return PeriodDialog(
        ctx, "Báo cáo kết quả cán bộ tăng cường", today - dt.timedelta(days=90), today, parent
    )


def duty_week(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.duty import DutyWeekDialog
    from desktop.staff.duty import week_duty

    return DutyWeekDialog(ctx, ctx.run(week_duty, dt.date.today()), parent)


ENTRIES: list[GalleryEntry] = [
    GalleryEntry("event", "Công việc (sửa)", event),
    GalleryEntry("event_new", "Công việc (thêm)", event_new),
    GalleryEntry("outcome", "Kết quả công việc", outcome),
    GalleryEntry("incident", "Vụ việc", incident),
    GalleryEntry("hotspot", "Điểm nguy cơ", hotspot),
    GalleryEntry("officer", "Cán bộ, chiến sĩ", officer),
    GalleryEntry("assignment", "Đợt tăng cường", assignment),
    GalleryEntry("award", "Khen thưởng", award),
    GalleryEntry("report_period", "Chọn kỳ báo cáo", report_period),
    GalleryEntry("duty_week", "Lịch trực ban tuần", duty_week),
]
