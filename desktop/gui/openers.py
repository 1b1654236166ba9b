"""What opens a record named by another area: an ``opens`` key of a ``desktop.links.LinkedRecord``
(e.g. ``"weapons.receipt"``) → a function ``(ctx, parent, record_id)`` that opens that record's own
dialog, as its page opens it. The person's and the household's pages open every row through here.

Each area adds its keys by appending one line to ``OPENERS`` (``"security.report": _report,``).
``parent`` is the page or dialog that opens the record (it has ``ctx``): the record is read off the
GUI thread through ``kit.operation`` and the dialog opens over ``parent`` when it arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.kit import operation

Opener = Callable[[AppContext, QWidget, int], None]


def _person_form(ctx: AppContext, parent: QWidget, person_id: int) -> None:
    """The person's form (Sửa nhân khẩu): data problems and campaign steps are fixed there too."""
    from desktop.gui.dialogs.person import PersonDialog
    from desktop.residents import service

    operation.run(parent, service.get_person, person_id, done=lambda p: PersonDialog(ctx, p, parent).exec())


def _household(ctx: AppContext, parent: QWidget, household_id: int) -> None:
    from desktop.gui.dialogs.record_page import HouseholdPageDialog

    HouseholdPageDialog(ctx, household_id, parent).exec()


def main_window(start: QWidget | None = None) -> Any:  # noqa: ANN401 — the MainWindow, imported lazily
    """The main window ``start`` lives in (through its parents: a dialog opened over the window), or
    else the application's visible main window; None for a dialog opened on its own (tests, the
    gallery)."""
    widget = start
    while widget is not None:
        if hasattr(widget, "show_page") and hasattr(widget, "pages"):
            return widget
        widget = widget.parentWidget()
    app = QApplication.instance()
    for widget in QApplication.topLevelWidgets() if app is not None else []:
        if hasattr(widget, "show_page") and hasattr(widget, "pages") and widget.isVisible():
            return widget
    return None


def close_modal_chain(start: QWidget) -> list[QDialog]:
    """Close the dialog ``start`` is in and the read-only lists it was opened from, innermost first, and
    return them: a record that lives on a page (a file, a handover) is shown there only once no such
    list is left over it — a list opened from another list (the records behind a figure of a report's
    differences, a household's page over a person's) closes with the one it came from. The walk stops
    at the first outer dialog that does not say ``CLOSES_WITH_CHAIN``: a form being filled in is never
    accepted (which would save it) nor thrown away on the clerk's behalf."""
    closed: list[QDialog] = []
    widget: QWidget | None = start.window()
    while isinstance(widget, QDialog) and (not closed or getattr(widget, "CLOSES_WITH_CHAIN", False)):
        closed.append(widget)
        parent = widget.parentWidget()
        widget = parent.window() if parent is not None else None
    for dialog in closed:
        dialog.accept()
    return closed


def _show_file(ctx: AppContext, parent: QWidget, file: Any) -> None:  # noqa: ANN401
    """The archive page, the file found by its number (a residence file has no dialog of its own)."""
    window = main_window(parent)
    if window is None:
        where = file.location_path or "chưa xếp vào hộp"
        text = f"Hồ sơ cư trú số {file.number}: {file.owner}. Vị trí: {where}."
        messages.info(parent, text + (f" Đang cho mượn: {file.on_loan_to}." if file.on_loan_to else ""))
        return
    close_modal_chain(parent)  # the lists it was opened from: nothing modal hides the archive page
    page = window.show_page("archive")
    page.tree.setCurrentItem(None)  # every location: the file is found wherever it lies
    page.search_box.setText(file.number)
    page.files_list.reload(keep=file.id)


def _file(ctx: AppContext, parent: QWidget, file_id: int) -> None:
    from desktop.residents import archive

    operation.run(parent, archive.get_file, file_id, done=lambda f: _show_file(ctx, parent, f))


def _loan(ctx: AppContext, parent: QWidget, loan_id: int) -> None:
    from desktop.residents import archive, loans

    def file_of(uow: Any, lid: int) -> Any:  # noqa: ANN401
        return archive.get_file(uow, loans.get_loan(uow, lid).file_id)

    operation.run(parent, file_of, loan_id, done=lambda f: _show_file(ctx, parent, f))


def _receipt(ctx: AppContext, parent: QWidget, receipt_id: int) -> None:
    from desktop.gui.dialogs.weapon_receipt import ReceiptDialog
    from desktop.weapons import service

    operation.run(
        parent, service.get_receipt, receipt_id, done=lambda r: ReceiptDialog(ctx, r, parent).exec()
    )


def _project(ctx: AppContext, parent: QWidget, project_id: int) -> None:
    from desktop.gui.dialogs.support_project import ProjectDialog
    from desktop.support import service as sv

    operation.run(parent, sv.get_project, project_id, done=lambda p: ProjectDialog(ctx, p, parent).exec())


def _incident(ctx: AppContext, parent: QWidget, incident_id: int) -> None:
    from desktop.gui.dialogs.incident import IncidentDialog
    from desktop.schedule import incidents

    operation.run(
        parent, incidents.get_incident, incident_id, done=lambda i: IncidentDialog(ctx, i, parent).exec()
    )


def _hotspot(ctx: AppContext, parent: QWidget, hotspot_id: int) -> None:
    from desktop.gui.dialogs.incident import HotspotDialog
    from desktop.schedule import incidents

    operation.run(
        parent, incidents.get_hotspot, hotspot_id, done=lambda h: HotspotDialog(ctx, h, parent).exec()
    )


def _event(ctx: AppContext, parent: QWidget, event_id: int) -> None:
    from desktop.gui.dialogs.event import EventDialog, load_for_edit

    def opened(loaded: tuple) -> None:
        event, series, conflicts = loaded
        EventDialog(ctx, event, parent, series=series, conflicts=conflicts).exec()

    operation.run(parent, load_for_edit, event_id, done=opened)


def _report(ctx: AppContext, parent: QWidget, report_id: int) -> None:
    from desktop.gui.dialogs.security import ReportDialog
    from desktop.security import reports

    operation.run(parent, reports.get_report, report_id, done=lambda r: ReportDialog(ctx, r, parent).exec())


def _handover_shown(parent: QWidget, handover: Any) -> None:  # noqa: ANN401 — a HandoverView
    """The weapons page's handovers tab, the handover selected (a handover has no dialog of its own:
    the tab lists its items and prints it)."""
    window = main_window(parent)
    if window is None:
        messages.info(parent, f"Biên bản bàn giao {handover.named} cho {handover.receiving_unit}: "
                              f"{len(handover.items)} vật phẩm.")
        return
    close_modal_chain(parent)  # the lists it was opened from: nothing modal hides the weapons page
    page = window.show_page("weapons")
    page.tabs.setCurrentWidget(page.handovers)
    page.handovers.list.reload(keep=handover.id)


def _handover(ctx: AppContext, parent: QWidget, handover_id: int) -> None:
    from desktop.weapons import custody

    operation.run(parent, custody.get_handover, handover_id, done=lambda h: _handover_shown(parent, h))


def _donor(ctx: AppContext, parent: QWidget, donor_id: int) -> None:
    from desktop.gui.dialogs.support import DonorDialog
    from desktop.support import donors

    operation.run(parent, donors.get_donor, donor_id, done=lambda d: DonorDialog(ctx, d, parent).exec())


def _officer(ctx: AppContext, parent: QWidget, officer_id: int) -> None:
    from desktop.gui.dialogs.staff import OfficerDialog
    from desktop.staff import service

    operation.run(
        parent, service.get_officer, officer_id, done=lambda o: OfficerDialog(ctx, o, parent).exec()
    )


def _check(ctx: AppContext, parent: QWidget, check_id: int) -> None:
    from desktop.gui.dialogs.security import ResidenceCheckDialog
    from desktop.security import residence

    operation.run(
        parent, residence.get_check, check_id, done=lambda c: ResidenceCheckDialog(ctx, c, parent).exec()
    )


def _lodging(ctx: AppContext, parent: QWidget, notice_id: int) -> None:
    from desktop.gui.dialogs.security import LodgingDialog
    from desktop.security import residence

    operation.run(
        parent, residence.get_lodging, notice_id, done=lambda n: LodgingDialog(ctx, n, parent).exec()
    )


OPENERS: dict[str, Opener] = {
    "residents.person": _person_form,
    "residents.household": _household,
    "residents.file": _file,
    "residents.loan": _loan,
    "residents.problem": _person_form,
    "residents.campaign": _person_form,
    "weapons.receipt": _receipt,
    "support.project": _project,
    "schedule.incident": _incident,
    "schedule.event": _event,
    "security.report": _report,
    "schedule.hotspot": _hotspot,
    "weapons.handover": _handover,
    "support.donor": _donor,
    "staff.officer": _officer,
    "security.check": _check,
    "security.lodging": _lodging,
}


def open_record(ctx: AppContext, parent: QWidget, opens: str, record_id: int) -> bool:
    """Open the record; False (and a message) when no opener knows the key."""
    opener = OPENERS.get(opens)
    if opener is None:
        messages.info(parent, "Chưa mở được loại bản ghi này từ đây.")
        return False
    opener(ctx, parent, record_id)
    return True
