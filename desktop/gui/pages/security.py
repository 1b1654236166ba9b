"""The security register's pages: reports received, residence checks and lodging notices (one page,
three tabs), and the managed persons (a page of its own, for admins and clerks only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs import prompt
from desktop.gui.dialogs.security import (
    ContactDialog,
    LodgingDialog,
    ManagedDialog,
    ReportDialog,
    ResidenceCheckDialog,
)
from desktop.gui.kit import operation, print_action
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.security import (
    CHECK_COLUMNS,
    CONTACT_COLUMNS,
    LODGING_COLUMNS,
    MANAGED_COLUMNS,
    REPORT_COLUMNS,
)
from desktop.gui.pages.base import Page
from desktop.gui.widgets import DateEdit
from desktop.security import managed, printouts, reports, residence
from desktop.security.codes import MANAGED_CATEGORIES, REPORT_STATUSES


def _options(everything: str, codes: dict[str, str]) -> list[tuple[str, str]]:
    return [(everything, ""), *((text, code) for code, text in codes.items())]


def _recent() -> tuple[dt.date, dt.date]:
    """The period a page opens on: last month (the one being reported) and this month so far."""
    today = dt.date.today()
    return (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1), today


def _edit_actions(page: Page, rl: RecordList, add: str, dialog: type, delete: Callable[..., Any]) -> None:
    def open_dialog(row: Any = None) -> None:
        dialog(page.ctx, row, page).exec()

    def remove(row: Any) -> None:
        if messages.confirm(page, "Xóa dòng đã chọn? Việc xóa được ghi vào nhật ký."):
            operation.run(page, delete, row.id, row.version, changes="security")

    rl.add_action(add, open_dialog, needs="none", permission="write", shortcut="Ctrl+N")
    rl.add_action("Sửa…", open_dialog, permission="write", default=True)
    rl.add_action("Xóa", remove, permission="write", shortcut="Delete")


def _date_field(rl: RecordList, key: str, label: str, value: dt.date | None) -> DateEdit:
    edit = DateEdit()
    edit.setObjectName(f"{rl.objectName()}_{key}")
    edit.set_date(value)
    edit.setMaximumWidth(110)
    edit.editingFinished.connect(rl.reload)
    rl.add_widget(QLabel(label))
    rl.add_value(key, edit, lambda: edit.date(label.rstrip(":")))
    return edit


class SecurityPage(Page):
    title = "An ninh, trật tự"
    areas = ("security", "residents", "staff", "villages")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        start, end = _recent()
        self.reports = RecordList(
            self,
            "reports",
            REPORT_COLUMNS,
            reports.list_reports,
            placeholder="Tìm theo số, người báo tin, nội dung…",
        )
        self.start = _date_field(self.reports, "start", "Từ ngày:", start)
        self.end = _date_field(self.reports, "end", "Đến ngày:", end)
        self.reports.add_filter("status", "Tình trạng", _options("Mọi tình trạng", REPORT_STATUSES))
        self.reports.add_toggle("overdue", "Chỉ tin quá hạn xử lý")
        _edit_actions(self, self.reports, "Tiếp nhận tin báo…", ReportDialog, reports.delete_report)
        self.reports.add_action("In sổ tiếp nhận…", lambda: self._print(), needs="none")
        self.reports.add_action(
            "Thời hạn xử lý tin báo…", lambda: self._deadline(), needs="none", permission="admin", more=True
        )
        self.reports.loaded.connect(lambda _n: self._count_reports())

        self.checks = RecordList(
            self,
            "checks",
            CHECK_COLUMNS,
            residence.list_checks,
            local_search=True,
            placeholder="Tìm theo thôn, cán bộ, kết quả…",
        )
        _edit_actions(self, self.checks, "Ghi đợt kiểm tra…", ResidenceCheckDialog, residence.delete_check)
        self.lodging = RecordList(
            self,
            "lodging",
            LODGING_COLUMNS,
            residence.list_lodging,
            local_search=True,
            placeholder="Tìm theo người lưu trú, nơi lưu trú…",
        )
        _edit_actions(
            self, self.lodging, "Tiếp nhận thông báo lưu trú…", LodgingDialog, residence.delete_lodging
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(self.reports, "Tố giác, tin báo về tội phạm")
        self.tabs.addTab(self.checks, "Kiểm tra cư trú")
        self.tabs.addTab(self.lodging, "Thông báo lưu trú")
        QVBoxLayout(self).addWidget(self.tabs)

    def _count_reports(self) -> None:
        rows = self.reports.rows()
        late = sum(1 for r in rows if r.overdue)
        text = (
            f"{len(rows)} tin báo, {sum(1 for r in rows if r.status in ('transferred', 'closed'))} đã xử lý"
        )
        self.reports.count_label.setText(text + (f", {late} quá hạn" if late else ""))

    def _deadline(self) -> None:
        answer = prompt.ask(
            self,
            "Thời hạn xử lý tin báo",
            "Số ngày kể từ ngày tiếp nhận; quá số ngày này mà chưa chuyển hoặc giải quyết xong "
            "thì tin báo được đánh dấu quá hạn:",
        )
        if answer is None:
            return
        text = answer[0].strip()
        if not text.isdigit():
            messages.error(
                self, ValidationError("Thời hạn xử lý tin báo (ngày)", f"«{text}» không phải số ngày.")
            )
            return
        operation.run(self, reports.set_deadline_days, int(text), changes="security")

    def _print(self) -> None:
        try:
            start, end = self.start.date("Từ ngày"), self.end.date("Đến ngày")
            if start is None or end is None:
                raise ValidationError("Từ ngày", "hãy ghi khoảng thời gian của sổ cần in.")
        except ValidationError as exc:
            messages.error(self, exc)
            return
        print_action.show(
            self,
            printouts.render_register,
            start,
            end,
            title="Sổ tiếp nhận tố giác, tin báo",
            filename=f"so-tiep-nhan-tin-bao-{start:%Y%m%d}-{end:%Y%m%d}.pdf",
        )


class ManagedPage(Page):
    """Admins and clerks only (the navigation hides it from a viewer and the service refuses one);
    each time the list or a person's contacts are read, the read is in the audit log."""

    title = "Đối tượng quản lý"
    areas = ("security", "residents", "staff")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.list = RecordList(
            self,
            "managed",
            MANAGED_COLUMNS,
            managed.list_managed,
            local_search=True,
            placeholder="Tìm theo họ tên, thôn, diện quản lý…",
        )
        self.list.add_filter("category", "Diện quản lý", _options("Mọi diện quản lý", MANAGED_CATEGORIES))
        active = QCheckBox("Chỉ người đang quản lý")
        active.setObjectName("managed_active")
        active.setChecked(True)
        active.toggled.connect(lambda _c: self.list.reload())
        self.list.add_value("active_on", active, lambda: dt.date.today() if active.isChecked() else None)
        _edit_actions(self, self.list, "Đưa vào diện quản lý…", ManagedDialog, managed.delete_managed)
        self.list.add_action("Ghi lần làm việc…", lambda row: ContactDialog(self.ctx, row, self).exec())
        self.contacts = RecordList(self, "contacts", CONTACT_COLUMNS, None, search=False)
        self.contacts.add_action("Xóa lần làm việc", self._delete_contact, permission="write")
        self.list.selection_changed.connect(self._show_contacts)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.contacts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(split)

    def _show_contacts(self, row: Any) -> None:
        if row is None:
            self.contacts.set_rows([])
            return
        self.contacts.query.run(managed.list_contacts, row.id, done=self.contacts.set_rows)

    def _delete_contact(self, row: Any) -> None:
        if messages.confirm(self, "Xóa lần làm việc đã chọn? Việc xóa được ghi vào nhật ký."):
            operation.run(self, managed.delete_contact, row.id, row.version, changes="security")

    def refresh(self) -> None:
        super().refresh()
        self._show_contacts(self.list.selected())
