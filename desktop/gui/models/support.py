"""Table models of the support page: projects, donors, a project's contributions and labour days."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from desktop.gui.models.base import Column, Index, ListTableModel
from desktop.support.values import format_decimal
from desktop.text import format_date, format_vnd, name_sort_key

WARN_BRUSH = QBrush(QColor("#fff3cd"))
MUTED_BRUSH = QBrush(QColor("#777777"))

UNLINKED_TIP = "\nChưa gắn với hộ trong sổ hộ khẩu: mở công trình và chọn hộ."

(COL_TITLE, COL_KIND, COL_HOUSEHOLD, COL_VILLAGE, COL_STATUS, COL_RECEIVED, COL_DAYS, COL_START,
 COL_DONE) = range(9)

PROJECT_COLUMNS = [
    Column("Công trình, phần việc", lambda p: p.title, tooltip=lambda p: p.description or p.title),
    Column("Loại", lambda p: p.kind_name),
    Column("Hộ được hỗ trợ", lambda p: p.head_name + (" (DTTS)" if p.ethnic_minority else "")
           + (" — chưa gắn hộ" if p.needs_household else ""),
           tooltip=lambda p: p.household_text + (UNLINKED_TIP if p.needs_household else ""),
           sort=lambda p: name_sort_key(p.head_name)),
    Column("Thôn, bon", lambda p: p.village_label),
    Column("Trạng thái", lambda p: p.status_text),
    Column("Đã nhận", lambda p: format_vnd(p.totals.received_vnd), "right"),
    Column("Ngày công", lambda p: format_decimal(p.totals.labour_days) if p.totals.labour_days else "",
           "right"),
    Column("Bắt đầu", lambda p: format_date(p.start_date), "center"),
    Column("Hoàn thành", lambda p: format_date(p.completed_date), "center"),
]


class ProjectTableModel(ListTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(PROJECT_COLUMNS, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            p = self.row_at(index.row())
            return MUTED_BRUSH if p is not None and p.status == "cancelled" else None
        return super().data(index, role)


DONOR_COLUMNS = [
    Column("Nhà hảo tâm, đơn vị tài trợ", lambda d: d.name),
    Column("Loại", lambda d: d.kind_text),
    Column("Số công trình", lambda d: d.projects, "right"),
    Column("Tiền mặt đã nhận", lambda d: format_vnd(d.cash_received_vnd), "right"),
    Column("Hiện vật (giá trị)", lambda d: format_vnd(d.material_received_vnd), "right"),
    Column("Trạng thái", lambda d: "Còn theo dõi" if d.active else "Ngừng theo dõi"),
    Column("Liên hệ", lambda d: d.contact_text),
]


class DonorTableModel(ListTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(DONOR_COLUMNS, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            d = self.row_at(index.row())
            return MUTED_BRUSH if d is not None and not d.active else None
        return super().data(index, role)


CCOL_RECEIVED = 3

CONTRIBUTION_COLUMNS = [
    Column("Nhà hảo tâm", lambda c: c.donor_name),
    Column("Nội dung", lambda c: c.what),
    Column("Cam kết", lambda c: format_vnd(c.pledged_vnd) if c.pledged_vnd else "", "right"),
    Column("Đã nhận", lambda c: format_vnd(c.received_vnd) if c.received_vnd else "", "right",
           tooltip=lambda c: c.warning),
    Column("Ngày nhận", lambda c: format_date(c.received_date), "center"),
    Column("Ghi chú", lambda c: c.note),
]


class ContributionTableModel(ListTableModel):
    """A received-more-than-pledged row is tinted, with the warning as tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(CONTRIBUTION_COLUMNS, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            c = self.row_at(index.row())
            return WARN_BRUSH if c is not None and c.over_received else None
        return super().data(index, role)


LABOUR_COLUMNS = [
    Column("Cán bộ", lambda e: e.officer_label, sort=lambda e: name_sort_key(e.officer_label)),
    Column("Ngày làm", lambda e: format_date(e.work_date), "center"),
    Column("Số ngày công", lambda e: e.days_text, "right"),
    Column("Ghi chú", lambda e: e.note),
]

