"""Gallery entries: residents and households, the residence-file archive, data quality and the
ID-card campaign."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop.gui.gallery.base import GalleryEntry, MissingDemoRecord, first

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from desktop.gui.context import AppContext


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


ENTRIES: list[GalleryEntry] = [
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
]
