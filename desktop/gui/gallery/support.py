"""Gallery entries: community support: projects, donors, contributions, labour days."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.gui.gallery.base import GalleryEntry, first

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from desktop.gui.context import AppContext


def _project(ctx: AppContext) -> Any:
    from desktop.support import service as sv

    row = first(ctx.run(sv.list_projects), "support project")
    return ctx.run(sv.get_project, row.id)


def project(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.support_project import ProjectDialog

    return ProjectDialog(ctx, _project(ctx), parent)


def donor(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.support import DonorDialog
    from desktop.support import service as sv

    return DonorDialog(ctx, first(ctx.run(sv.list_donors), "donor"), parent)


def contribution(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.support import ContributionDialog
    from desktop.support import service as sv

    c = first(ctx.run(sv.list_contributions), "contribution")
    return ContributionDialog(ctx, c.project_id, c, parent)


def labour(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.support import LabourDialog
    from desktop.support import service as sv

    p = _project(ctx)
    entries = ctx.run(sv.list_labour, p.id)
    return LabourDialog(ctx, p.id, entries[0] if entries else None, parent)


ENTRIES: list[GalleryEntry] = [
    GalleryEntry("project", "Công trình, phần việc an sinh", project),
    GalleryEntry("donor", "Nhà tài trợ", donor),
    GalleryEntry("contribution", "Khoản đóng góp", contribution),
    GalleryEntry("labour", "Ngày công", labour),
]
