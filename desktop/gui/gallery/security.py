"""Gallery entries: the security register (reports received, managed persons, residence checks,
lodging notices)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.gui.gallery.base import GalleryEntry, first

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from desktop.gui.context import AppContext


def security_report(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.security import ReportDialog
    from desktop.security import reports

    return ReportDialog(ctx, first(ctx.run(reports.list_reports), "report received"), parent)


def managed_person(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.security import ManagedDialog
    from desktop.security import managed

    return ManagedDialog(ctx, first(ctx.run(managed.list_managed), "managed person"), parent)


def managed_contact(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.security import ContactDialog
    from desktop.security import managed

    return ContactDialog(ctx, first(ctx.run(managed.list_managed), "managed person"), parent)


def residence_check(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.security import ResidenceCheckDialog
    from desktop.security import residence

    return ResidenceCheckDialog(ctx, first(ctx.run(residence.list_checks), "residence check"), parent)


def lodging_notice(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.security import LodgingDialog
    from desktop.security import residence

    return LodgingDialog(ctx, first(ctx.run(residence.list_lodging), "lodging notice"), parent)


ENTRIES: list[GalleryEntry] = [
    GalleryEntry("security_report", "Tố giác, tin báo", security_report),
    GalleryEntry("managed_person", "Đối tượng quản lý", managed_person),
    GalleryEntry("managed_contact", "Lần làm việc với đối tượng", managed_contact),
    GalleryEntry("residence_check", "Kiểm tra cư trú", residence_check),
    GalleryEntry("lodging_notice", "Thông báo lưu trú", lodging_notice),
]
