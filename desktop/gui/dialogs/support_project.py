"""The project editor (ui/support_project_dialog.ui): the project's fields, and (once saved) its
contributions, officers' labour days and photos before and after. Saving keeps the dialog open;
warnings show above the tabs. Everything it reads or writes goes off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.dialogs.support import ContributionDialog, LabourDialog
from desktop.gui.forms.support_project_dialog import Ui_SupportProjectDialog
from desktop.gui.kit import operation
from desktop.gui.kit.operation import Query
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import ListTableModel
from desktop.gui.models.support import LABOUR_COLUMNS, ContributionTableModel
from desktop.gui.widgets import fill_combo
from desktop.support import service as sv
from desktop.support.models import HARDSHIPS, STATUSES
from desktop.support.values import format_decimal
from desktop.text import format_vnd

IMAGE_FILTER = "Ảnh (*.jpg *.jpeg *.png *.webp *.gif);;Mọi tệp (*)"


def project_details(uow: Any, project_id: int) -> tuple[Any, list, list, list]:
    """The project with its contributions, labour days and photos, read in one unit of work."""
    return (
        sv.get_project(uow, project_id),
        sv.list_contributions(uow, project_id=project_id),
        sv.list_labour(uow, project_id),
        sv.list_photos(uow, project_id),
    )


def household_head(uow: Any, household_id: int) -> tuple[str, int | None, str]:
    """The head's name and the village of a household of the register (read through its service)."""
    from desktop.residents.households import get_household

    h = get_household(uow, household_id)
    return h.head_name, h.village_id, h.village_label


class ProjectDialog(Dialog):
    def __init__(
        self,
        ctx: AppContext,
        project: sv.ProjectView | None = None,
        parent: QWidget | None = None,
        kinds: list[sv.KindView] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.project = project
        self.saved = False
        self.ui = u = Ui_SupportProjectDialog()
        u.setupUi(self)
        kinds = kinds if kinds is not None else ctx.run(sv.list_kinds, include_inactive=True)
        shown = [(k.name, k.id) for k in kinds if k.active or (project and project.kind_id == k.id)]
        fill_combo(u.kind, shown)
        u.village.bind(self)
        u.household.bind(self)
        u.event.bind(self)
        # a household picked from the register fills the head and the village (the clerk may still edit)
        self.household_query = Query(self)
        u.household.picked.connect(self._household_picked)
        fill_combo(u.hardship, HARDSHIPS)
        fill_combo(u.status, STATUSES)
        u.ethnic_minority.toggled.connect(u.ethnicity.setEnabled)
        u.ethnicity.setEnabled(False)
        u.warnings.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 6px; }")
        u.warnings.setVisible(False)
        self.details = Query(self)

        self.contributions = self._sub_list(
            "supportContributions", ContributionTableModel(self), "Thêm đóng góp…", self.add_contribution,
            self.edit_contribution, self.delete_contribution,
        )
        self.labour = self._sub_list(
            "supportLabour", ListTableModel(LABOUR_COLUMNS, self), "Thêm ngày công…", self.add_labour,
            self.edit_labour, self.delete_labour,
        )
        u.details.addTab(self.contributions, "Đóng góp")
        u.details.addTab(self.labour, "Ngày công cán bộ")
        u.details.addTab(self._photos_tab(), "Ảnh trước, sau")
        u.details.setMinimumWidth(560)

        self.save_button = u.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("Lưu")
        self.save_button.setEnabled(ctx.can("write"))
        u.buttons.button(QDialogButtonBox.StandardButton.Close).setText("Đóng")
        self.save_button.clicked.connect(self.submit)
        u.buttons.rejected.connect(self.close_dialog)
        # a contribution, labour day or photo saved from here is announced: the details reload once
        ctx.bus.changes.connect(self._on_changes)
        if project is not None:
            self._show(project)
            self.reload_details()
        else:
            self.setWindowTitle("Thêm công trình, phần việc hỗ trợ")
            u.details.setEnabled(False)
            u.warnings.setText("Lưu công trình trước, rồi ghi đóng góp, ngày công và ảnh.")
            u.warnings.setVisible(True)

    def _sub_list(
        self, name: str, model: ListTableModel, add_text: str, on_add: Callable[[], None],
        on_edit: Callable[[Any], None], on_delete: Callable[[Any], None],
    ) -> RecordList:
        rl = RecordList(self, name, model.columns, search=False, model=model)
        rl.add_action(add_text, on_add, needs="none", permission="write")
        rl.add_action("Sửa…", on_edit, permission="write", default=True)
        rl.add_action("Xóa", on_delete, permission="write", shortcut="Delete")
        rl.total = QLabel()
        rl.layout().addWidget(rl.total)
        return rl

    # ------------------------------------------------------------------ the project's own fields

    def _show(self, p: sv.ProjectView) -> None:
        u = self.ui
        self.setWindowTitle(f"Công trình «{p.title}»")
        u.title.setText(p.title)
        for combo, value in ((u.kind, p.kind_id), (u.hardship, p.hardship), (u.status, p.status)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        u.village.set_value(p.village_id, p.village_label)
        u.household.set_value(p.household_id, p.household_label or None)
        u.event.set_value(p.event_id, p.event_label or None)
        u.head_name.setText(p.head_name)
        u.address.setText(p.address)
        u.ethnic_minority.setChecked(p.ethnic_minority)
        u.ethnicity.setText(p.ethnicity)
        u.start_date.set_date(p.start_date)
        u.completed_date.set_date(p.completed_date)
        u.size.setText(format_decimal(p.size_value))
        u.size_unit.setText(p.size_unit)
        u.description.setPlainText(p.description)
        for edit in (u.title, u.head_name, u.address):
            edit.setCursorPosition(0)
        u.details.setEnabled(True)
        self._warn(p)

    def _warn(self, p: sv.ProjectView) -> None:
        self.ui.warnings.setText("\n".join(f"⚠ {w}" for w in p.warnings))
        self.ui.warnings.setVisible(bool(p.warnings))

    def data(self) -> sv.ProjectInput:
        u = self.ui
        return sv.ProjectInput(
            u.title.text(), u.kind.currentData() or 0, u.head_name.text(), u.village.value() or 0,
            u.hardship.currentData(), u.address.text(), u.ethnic_minority.isChecked(), u.ethnicity.text(),
            u.status.currentData(), u.start_date.text(), u.completed_date.text(), u.size.text(),
            u.size_unit.text(), u.description.toPlainText(), u.household.value(), u.event.value())

    def _household_picked(self, household_id: Any) -> None:
        if household_id is not None:
            self.household_query.run(household_head, household_id, done=self._fill_from_household)

    def _fill_from_household(self, found: tuple[str, int | None, str]) -> None:
        head, village_id, village_label = found
        if head:
            self.ui.head_name.setText(head)
            self.ui.head_name.setCursorPosition(0)
        if village_id is not None:
            self.ui.village.set_value(village_id, village_label)

    def submit(self) -> None:
        """Save and stay open (the details tabs open once the project exists)."""
        p = self.project
        self.save_button.setEnabled(False)  # one save at a time
        args = (sv.add_project,) if p is None else (sv.update_project, p.id, p.version)
        operation.run(self, *args, self.data(), changes="support", done=self._saved, failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        messages.error(self, exc)

    def _saved(self, project: sv.ProjectView) -> None:
        self.save_button.setEnabled(True)
        first = self.project is None  # an edit was announced and reloaded already
        self.project, self.saved = project, True
        self._show(project)
        if first:
            self.reload_details()

    def close_dialog(self) -> None:
        if self.saved:
            self.accept()
        else:
            self.reject()

    # ------------------------------------------------------------------ contributions, labour, photos

    def _on_changes(self, areas: frozenset[str], _initiator: Any) -> None:
        if "support" in areas and self.project is not None:
            self.saved = True
            self.reload_details()

    def reload_details(self) -> None:
        if self.project is not None:
            self.details.run(project_details, self.project.id, done=self._details)

    def _details(self, loaded: tuple[sv.ProjectView, list, list, list]) -> None:
        self.project, contributions, labour, photos = loaded
        t = self.project.totals
        self.contributions.set_rows(contributions)
        self.contributions.total.setText(
            f"Đã nhận: tiền mặt {format_vnd(t.cash_received_vnd)}, "
            f"hiện vật {format_vnd(t.material_received_vnd)} — cam kết {format_vnd(t.pledged_vnd)}")
        self.labour.set_rows(labour)
        self.labour.total.setText(f"Tổng: {format_decimal(t.labour_days)} ngày công")
        self._show_photos(photos)
        self._warn(self.project)

    def add_contribution(self) -> None:
        ContributionDialog(self.ctx, self.project.id, None, self).exec()

    def edit_contribution(self, c: sv.ContributionView) -> None:
        ContributionDialog(self.ctx, self.project.id, c, self).exec()

    def delete_contribution(self, c: sv.ContributionView) -> None:
        self._delete(f"Xóa đóng góp «{c.what}» của «{c.donor_name}»?", sv.delete_contribution, c.id,
                     c.version)

    def add_labour(self) -> None:
        LabourDialog(self.ctx, self.project.id, None, self).exec()

    def edit_labour(self, e: sv.LabourView) -> None:
        LabourDialog(self.ctx, self.project.id, e, self).exec()

    def delete_labour(self, e: sv.LabourView) -> None:
        self._delete(f"Xóa {e.days_text} ngày công của {e.officer_label}?", sv.delete_labour, e.id, e.version)

    def _delete(self, question: str, fn: Callable[..., Any], *args: Any) -> None:
        if messages.confirm(self, question):
            operation.run(self, fn, *args, changes="support")

    def _photos_tab(self) -> QWidget:
        tab = QWidget()
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(160, 120))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setSpacing(8)
        self.photos.itemActivated.connect(self.open_photo)
        buttons = (
            ("Thêm ảnh trước khi làm…", lambda: self.add_photo("before")),
            ("Thêm ảnh sau khi làm…", lambda: self.add_photo("after")),
            ("Xóa ảnh", self.delete_photo),
        )
        bar = QHBoxLayout()
        for text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setEnabled(self.ctx.can("write"))
            bar.addWidget(button)
        bar.addStretch(1)
        QShortcut(QKeySequence.StandardKey.Delete, self.photos, activated=self.delete_photo,
                  context=Qt.ShortcutContext.WidgetShortcut)
        hint = QLabel("Ảnh JPEG, PNG, WebP hoặc GIF, tối đa 20 MB; chương trình lưu một bản sao. "
                      "Nhấn đúp để mở ảnh.")
        hint.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.photos, 1)
        layout.addWidget(hint)
        return tab

    def _show_photos(self, photos: list[sv.PhotoView]) -> None:
        self.photos.clear()
        for ph in photos:
            pixmap = QPixmap(str(ph.path))
            item = QListWidgetItem(QIcon(pixmap) if not pixmap.isNull() else QIcon(),
                                   f"{ph.stage_text}\n{ph.caption or ph.original_name}")
            item.setData(Qt.ItemDataRole.UserRole, ph)
            item.setToolTip(ph.original_name)
            self.photos.addItem(item)

    def add_photo(self, stage: str) -> None:
        path = messages.open_file(self, "Chọn ảnh", IMAGE_FILTER)
        if path:
            operation.run(self, sv.add_photo, self.project.id, stage, path, changes="support")

    def open_photo(self, item: QListWidgetItem) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(item.data(Qt.ItemDataRole.UserRole).path)))

    def delete_photo(self) -> None:
        item = self.photos.currentItem()
        if item is None:
            messages.info(self, "Hãy chọn một ảnh.")
            return
        ph = item.data(Qt.ItemDataRole.UserRole)
        self._delete(f"Xóa ảnh «{ph.caption or ph.original_name}»?", sv.delete_photo, ph.id, ph.version)
