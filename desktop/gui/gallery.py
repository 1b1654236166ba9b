"""Every dialog of CAXA, openable without clicking through a page.

Each entry builds a realistic instance on the demo station (the person dialog for an existing
person, the receipt dialog for a recorded receipt …). The real-app check
(``tests/gui/test_real_app.py``) opens every entry and looks for empty texts and clipped widgets;
``caxa screenshots`` renders every entry to PNG.

Keep each factory a small function: whoever changes a dialog's constructor changes its factory
here in the same commit. A factory imports what it needs itself, so importing this module is cheap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from desktop.gui.context import AppContext

T = TypeVar("T")
Factory = Callable[["AppContext", "QWidget | None"], "QDialog"]


@dataclass(frozen=True)
class GalleryEntry:
    key: str
    title: str  # Vietnamese, as the clerk knows the dialog
    factory: Factory


class MissingDemoRecord(LookupError):
    """The demo station has no record a factory needs (the demo generator changed)."""


def first(rows: list[T] | tuple[T, ...], what: str) -> T:
    if not rows:
        raise MissingDemoRecord(f"the demo station has no {what}")
    return rows[0]


# ---- start-up and accounts ----------------------------------------------------------------------


def login(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.login import LoginDialog

    return LoginDialog(ctx.db, ctx.prefs, ctx.station.issuing_body, parent)


def first_run(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.firstrun import FirstRunDialog

    return FirstRunDialog(ctx.db, parent)


def password(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.password import PasswordDialog

    return PasswordDialog(ctx, parent)


def password_reset(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.accounts import list_users
    from desktop.gui.dialogs.password import PasswordDialog

    users = [u for u in ctx.run(list_users) if u.role == "clerk"]
    return PasswordDialog(ctx, parent, for_user=first(users, "clerk account"))


def prompt(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.prompt import PromptDialog
    from desktop.weapons.models import UNITS

    return PromptDialog(parent, "Thêm loại", "Tên loại vũ khí, vật liệu nổ, công cụ hỗ trợ:",
                        choices=list(UNITS), choice_label="Đơn vị thường dùng:", text="Súng bắn đạn cao su")


def backup_passphrase(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.passphrase import PassphraseDialog

    return PassphraseDialog(ctx, parent, new=True)


def user(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.accounts import list_users
    from desktop.gui.dialogs.user import UserDialog

    users = [u for u in ctx.run(list_users) if u.role == "clerk"]
    return UserDialog(ctx, first(users, "clerk account"), parent)


def village(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.village import VillageDialog
    from desktop.settings import list_villages

    return VillageDialog(ctx, first(ctx.run(list_villages), "village"), parent)


def user_guide(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.help import HelpDialog

    return HelpDialog(parent, "residents")


# ---- residents ----------------------------------------------------------------------------------


def _person(ctx: AppContext, with_household: bool = True) -> Any:
    from desktop.residents import search, service

    ids = ctx.run(search.search_ids, search.SearchFilter())
    for person_id in ids[:50]:
        person = ctx.run(service.get_person, person_id)
        if person.household_id or not with_household:
            return person
    raise MissingDemoRecord("the demo station has no person in a household")


def person(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.person import PersonDialog

    return PersonDialog(ctx, _person(ctx), parent)


def person_new(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.person import PersonDialog

    return PersonDialog(ctx, None, parent)


def person_card(ctx: AppContext, parent: QWidget | None) -> QDialog:
    """A person of the register with an ID card read that differs from it (name, birth date, card)."""
    from desktop.gui.dialogs.person import PersonDialog
    from desktop.residents.idcard_qr import CardData

    p = _person(ctx)
    card = CardData(
        p.id_number or "068190001234",
        "245678901",
        f"{p.full_name} Bình",
        dt.date(p.birth_year or 1990, 1, 5),
        p.sex,
        p.permanent_address or "Thôn 3, xã Tâm Thắng, tỉnh Lâm Đồng",
        dt.date(2024, 8, 1),
    )
    return PersonDialog(ctx, p, parent, card=card)


def residence_event(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.person import ResidenceEventDialog

    return ResidenceEventDialog(ctx, _person(ctx), parent)


def death(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.person import DeathDialog

    return DeathDialog(ctx, _person(ctx), parent)


def strike_off(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.person import StrikeOffDialog

    return StrikeOffDialog(ctx, _person(ctx), parent)


def split_household(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.household import SplitDialog
    from desktop.residents import households

    household = ctx.run(households.get_household, _person(ctx).household_id)
    return SplitDialog(ctx, household, parent)


def join_household(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.household import JoinDialog

    return JoinDialog(ctx, person=_person(ctx, with_household=False), parent=parent)


def new_household(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.household import HouseholdDialog

    return HouseholdDialog(ctx, _person(ctx), parent)


def merge_households(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.household import MergeDialog
    from desktop.residents import households

    return MergeDialog(ctx, ctx.run(households.get_household, _person(ctx).household_id), parent)


def person_page(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.record_page import PersonPageDialog

    return PersonPageDialog(ctx, _person(ctx).id, parent)


def household_page(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.record_page import HouseholdPageDialog

    return HouseholdPageDialog(ctx, _person(ctx).household_id, parent)


def person_merge(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.person_merge import PersonMergeDialog
    from desktop.residents import merge, quality

    row = first(ctx.run(quality.queue, "person_duplicate", limit=1), "pair of duplicate persons")
    return PersonMergeDialog(ctx, row.person_id, ctx.run(merge.duplicates_of, row.person_id), parent)


# ---- archive and data quality -------------------------------------------------------------------


def _file(ctx: AppContext) -> Any:
    from desktop.residents import archive

    return first(ctx.run(archive.list_files, limit=1), "residence file")


def location(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.archive import LocationDialog
    from desktop.residents import archive

    shelf = first([loc for loc in ctx.run(archive.list_locations) if loc.kind != "hộp"], "archive shelf")
    return LocationDialog(ctx, shelf, parent)


def residence_file(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.archive import FileDialog
    from desktop.residents import archive

    boxes = [loc for loc in ctx.run(archive.list_locations) if loc.kind == "hộp"]
    return FileDialog(ctx, boxes, first(boxes, "archive box").id, parent)


def loan(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.archive import LoanDialog

    f = _file(ctx)
    return LoanDialog(ctx, f.id, f.number, parent)


def document(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.archive import DocumentDialog

    f = _file(ctx)
    return DocumentDialog(ctx, f.id, f.number, parent)


def not_an_error(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.reason import ReasonDialog
    from desktop.residents import quality

    p = _person(ctx, with_household=False)
    return ReasonDialog(ctx, f"{p.full_name}: «Thiếu ngày sinh» không phải lỗi", quality.mark_checked, p.id,
                        "birth_missing", parent=parent)


def arrange_import(ctx: AppContext, parent: QWidget | None) -> QDialog:
    import tempfile
    from pathlib import Path

    from openpyxl import Workbook

    from desktop.gui.dialogs.bulk import ArrangeImportDialog
    from desktop.residents import archive

    box = first([loc for loc in ctx.run(archive.list_locations) if loc.kind == "hộp"], "archive box")
    book = Workbook()
    sheet = book.active
    sheet.append(["Số hồ sơ", "Vị trí", "Ngày xếp"])
    for f in ctx.run(archive.list_files, limit=20):
        sheet.append([f.number, box.path, None])
    sheet.append(["99999-000001", "Hộp 99", None])
    path = Path(tempfile.mkdtemp(prefix="caxa-gallery-")) / "kiem-ke-ho-so.xlsx"
    book.save(path)
    return ArrangeImportDialog(ctx, path, parent)


def campaign_bulk(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.bulk import CampaignBulkDialog
    from desktop.residents import campaign

    village = first([v for v in ctx.run(campaign.progress_by_village) if v.village_id], "village")
    rows = ctx.run(campaign.field_list, village.village_id, limit=12)
    ids = [r.person_id for r in rows]
    return CampaignBulkDialog(ctx, ids, village.village_id, village.village_label, parent)


def mark_many(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.bulk import MarkManyDialog
    from desktop.residents import quality

    rows = ctx.run(quality.queue, "id_mismatch", limit=8)
    label = quality.RULES["id_mismatch"].label
    return MarkManyDialog(ctx, [r.person_id for r in rows], "id_mismatch", label, parent)


# ---- schedule and incidents ---------------------------------------------------------------------


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


# ---- staff --------------------------------------------------------------------------------------


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


# ---- weapons ------------------------------------------------------------------------------------


def _items(ctx: AppContext) -> list[Any]:
    from desktop.weapons import custody

    items = ctx.run(custody.list_items, status="on_hand", limit=3)
    first(items, "weapon item on hand")
    return items


def receipt(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.weapon_receipt import ReceiptDialog
    from desktop.weapons import receipt_list

    row = first(ctx.run(receipt_list.list_receipts, include_voided=False, limit=1), "weapons receipt")
    return ReceiptDialog(ctx, ctx.run(receipt_list.get_receipt, row.id), parent)


def receipt_new(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.weapon_receipt import ReceiptDialog

    return ReceiptDialog(ctx, None, parent)


def receipt_link(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.weapon_receipt import LinkDialog
    from desktop.weapons import receipt_list

    row = first(ctx.run(receipt_list.list_receipts, include_voided=False, limit=1), "weapons receipt")
    return LinkDialog(ctx, ctx.run(receipt_list.get_receipt, row.id), parent)


def weapon_settings(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.weapon_settings import WeaponSettingsDialog

    return WeaponSettingsDialog(ctx, parent)


def move_item(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.weapon_actions import MoveDialog

    return MoveDialog(ctx, _items(ctx)[0], "stored", parent)


def handover(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.weapon_actions import HandoverDialog

    return HandoverDialog(ctx, _items(ctx), parent)


def destroy(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.weapon_actions import DestroyDialog

    return DestroyDialog(ctx, _items(ctx), parent)


def stocktake(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.weapon_actions import StocktakeDialog

    return StocktakeDialog(ctx, parent)


# ---- community support --------------------------------------------------------------------------


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


# ---- printing -----------------------------------------------------------------------------------


def print_preview(ctx: AppContext, parent: QWidget | None) -> QDialog:
    """The preview every printout opens (kit print_action), on a real document of the demo station."""
    from desktop.gui.printing import PdfPreviewDialog
    from desktop.support import printouts
    from desktop.support import service as sv

    donor_id = first(ctx.run(sv.list_donors), "donor").id
    pdf = ctx.run(printouts.thank_you_letter_pdf, donor_id)
    return PdfPreviewDialog(pdf, "Thư cảm ơn nhà hảo tâm", parent, "thu-cam-on.pdf")


def duty_week(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.duty import DutyWeekDialog
    from desktop.staff.duty import week_duty

    return DutyWeekDialog(ctx, ctx.run(week_duty, dt.date.today()), parent)


# ---- security register ---------------------------------------------------------------------------


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


def register_number(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from desktop.gui.dialogs.register_number import RegisterNumberDialog
    from desktop.register import service as register

    return RegisterNumberDialog(ctx, ctx.run(register.options), parent)


# ---- the monthly report ------------------------------------------------------------------------


def figure_records(ctx: AppContext, parent: QWidget | None) -> QDialog:
    """The records behind the patrols of the last full month (the report page opens it on a figure)."""
    from desktop.figures import period_for
    from desktop.gui.dialogs.figure_records import FigureRecordsDialog

    day = ctx.station.period_start_day
    start, end = period_for(period_for(dt.date.today(), day)[0] - dt.timedelta(days=1), day)
    return FigureRecordsDialog(ctx, "schedule.patrols", "Số buổi tuần tra, kiểm soát", start, end, parent)


ENTRIES: list[GalleryEntry] = [
    GalleryEntry("login", "Đăng nhập", login),
    GalleryEntry("first_run", "Cài đặt lần đầu", first_run),
    GalleryEntry("password", "Đổi mật khẩu", password),
    GalleryEntry("password_reset", "Đặt lại mật khẩu", password_reset),
    GalleryEntry("backup_passphrase", "Mã hóa bản sao lưu", backup_passphrase),
    GalleryEntry("prompt", "Nhập tên, ghi chú", prompt),
    GalleryEntry("user", "Người dùng", user),
    GalleryEntry("village", "Thôn, bon", village),
    GalleryEntry("user_guide", "Hướng dẫn sử dụng (F1)", user_guide),
    GalleryEntry("person", "Nhân khẩu (sửa)", person),
    GalleryEntry("person_new", "Nhân khẩu (thêm)", person_new),
    GalleryEntry("person_card", "Nhân khẩu (quét thẻ căn cước khác sổ)", person_card),
    GalleryEntry("residence_event", "Biến động cư trú", residence_event),
    GalleryEntry("death", "Báo tử", death),
    GalleryEntry("strike_off", "Xóa đăng ký thường trú", strike_off),
    GalleryEntry("split_household", "Tách hộ", split_household),
    GalleryEntry("join_household", "Thêm người vào hộ", join_household),
    GalleryEntry("new_household", "Lập hộ mới", new_household),
    GalleryEntry("merge_households", "Nhập hộ", merge_households),
    GalleryEntry("person_page", "Hồ sơ nhân khẩu (mọi lĩnh vực)", person_page),
    GalleryEntry("household_page", "Hồ sơ hộ (mọi lĩnh vực)", household_page),
    GalleryEntry("person_merge", "Nhập hai bản ghi nhân khẩu trùng", person_merge),
    GalleryEntry("location", "Vị trí lưu hồ sơ", location),
    GalleryEntry("residence_file", "Thêm hồ sơ cư trú", residence_file),
    GalleryEntry("loan", "Cho mượn hồ sơ", loan),
    GalleryEntry("document", "Thêm giấy tờ vào hồ sơ", document),
    GalleryEntry("not_an_error", "Không phải lỗi (lý do)", not_an_error),
    GalleryEntry("arrange_import", "Xếp hồ sơ theo danh sách Excel", arrange_import),
    GalleryEntry("campaign_bulk", "Đề án 06: ghi nhận cho nhiều người", campaign_bulk),
    GalleryEntry("mark_many", "Không phải lỗi (nhiều người)", mark_many),
    GalleryEntry("event", "Công việc (sửa)", event),
    GalleryEntry("event_new", "Công việc (thêm)", event_new),
    GalleryEntry("outcome", "Kết quả công việc", outcome),
    GalleryEntry("incident", "Vụ việc", incident),
    GalleryEntry("hotspot", "Điểm nguy cơ", hotspot),
    GalleryEntry("officer", "Cán bộ, chiến sĩ", officer),
    GalleryEntry("assignment", "Đợt tăng cường", assignment),
    GalleryEntry("award", "Khen thưởng", award),
    GalleryEntry("report_period", "Chọn kỳ báo cáo", report_period),
    GalleryEntry("receipt", "Biên bản tiếp nhận (sửa)", receipt),
    GalleryEntry("receipt_new", "Biên bản tiếp nhận (thêm)", receipt_new),
    GalleryEntry("weapon_settings", "Thiết lập vũ khí", weapon_settings),
    GalleryEntry("receipt_link", "Gắn biên bản với sổ", receipt_link),
    GalleryEntry("move_item", "Chuyển nơi cất giữ", move_item),
    GalleryEntry("handover", "Lập biên bản bàn giao", handover),
    GalleryEntry("destroy", "Ghi nhận tiêu hủy", destroy),
    GalleryEntry("stocktake", "Bắt đầu kiểm kê", stocktake),
    GalleryEntry("project", "Công trình, phần việc an sinh", project),
    GalleryEntry("donor", "Nhà tài trợ", donor),
    GalleryEntry("contribution", "Khoản đóng góp", contribution),
    GalleryEntry("labour", "Ngày công", labour),
    GalleryEntry("print_preview", "Xem trước khi in", print_preview),
    GalleryEntry("duty_week", "Lịch trực ban tuần", duty_week),
    GalleryEntry("security_report", "Tố giác, tin báo", security_report),
    GalleryEntry("managed_person", "Đối tượng quản lý", managed_person),
    GalleryEntry("managed_contact", "Lần làm việc với đối tượng", managed_contact),
    GalleryEntry("residence_check", "Kiểm tra cư trú", residence_check),
    GalleryEntry("lodging_notice", "Thông báo lưu trú", lodging_notice),
    GalleryEntry("register_number", "Vào sổ số văn bản lấy tay", register_number),
    GalleryEntry("figure_records", "Các bản ghi sau một số liệu", figure_records),
]


def entry(key: str) -> GalleryEntry:
    return next(e for e in ENTRIES if e.key == key)
