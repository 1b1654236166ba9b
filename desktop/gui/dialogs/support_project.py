"""The project editor: the project's fields, and (once saved) its contributions, officers'
labour days and photos before and after. Saving keeps the dialog open; warnings show above the tabs."""

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

from desktop import settings
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.dialogs.support import ContributionDialog, LabourDialog, fill
from desktop.gui.forms.support_project_dialog import Ui_SupportProjectDialog
from desktop.gui.models.base import ListTableModel
from desktop.gui.models.support import ContributionTableModel, labour_model
from desktop.gui.widgets import TableView
from desktop.support import service as sv
from desktop.support.models import HARDSHIPS, STATUSES
from desktop.support.values import format_decimal
from desktop.text import format_vnd

IMAGE_FILTER = "Ảnh (*.jpg *.jpeg *.png *.webp *.gif);;Mọi tệp (*)"


class _ListTab(QWidget):
    """A table with Thêm / Sửa / Xóa buttons; Enter edits, Del deletes (after confirming)."""

    def __init__(self, name: str, model: ListTableModel, add_text: str, on_add: Callable[[], None],
                 on_edit: Callable[[Any], None], on_delete: Callable[[Any], None], ctx: AppContext) -> None:
        super().__init__()
        self.model = model
        self.table = TableView(name, ctx.prefs)
        self.table.setModel(model)
        self.add_button = QPushButton(add_text)
        self.edit_button = QPushButton("Sửa…")
        self.delete_button = QPushButton("Xóa")
        self.total = QLabel()
        self.add_button.clicked.connect(on_add)
        self.edit_button.clicked.connect(lambda: self._with_row(on_edit))
        self.delete_button.clicked.connect(lambda: self._with_row(on_delete))
        self.table.activated_row.connect(lambda _r: self._with_row(on_edit))
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=lambda: self._with_row(on_delete),
                  context=Qt.ShortcutContext.WidgetShortcut)
        bar = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setEnabled(ctx.can("write"))
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)

    def _with_row(self, fn: Callable[[Any], None]) -> None:
        row = self.model.row_at(self.table.current_row())
        if row is None:
            messages.info(self, "Hãy chọn một dòng trong danh sách.")
            return
        fn(row)


class ProjectDialog(Dialog):
    def __init__(self, ctx: AppContext, project: sv.ProjectView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.project = project
        self.saved = False
        self.ui = u = Ui_SupportProjectDialog()
        u.setupUi(self)
        kinds = ctx.run(sv.list_kinds, include_inactive=True)
        fill(u.kind, [(k.name, k.id) for k in kinds if k.active or (project and k.id == project.kind_id)])
        villages = ctx.run(settings.list_villages, include_inactive=True)
        fill(u.village, [(v.label, v.id) for v in villages
                         if v.active or (project and v.id == project.village_id)])
        fill(u.hardship, [(text, code) for code, text in HARDSHIPS.items()])
        fill(u.status, [(text, code) for code, text in STATUSES.items()])
        u.ethnic_minority.toggled.connect(u.ethnicity.setEnabled)
        u.ethnicity.setEnabled(False)
        u.warnings.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 6px; }")
        u.warnings.setVisible(False)

        self.contributions = _ListTab("supportContributions", ContributionTableModel(self), "Thêm đóng góp…",
                                      self.add_contribution, self.edit_contribution, self.delete_contribution,
                                      ctx)
        self.labour = _ListTab("supportLabour", labour_model(self), "Thêm ngày công…", self.add_labour,
                               self.edit_labour, self.delete_labour, ctx)
        self.photos_tab = self._photos_tab()
        u.details.addTab(self.contributions, "Đóng góp")
        u.details.addTab(self.labour, "Ngày công cán bộ")
        u.details.addTab(self.photos_tab, "Ảnh trước, sau")
        u.details.setMinimumWidth(560)

        self.save_button = u.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("Lưu")
        self.save_button.setEnabled(ctx.can("write"))
        u.buttons.button(QDialogButtonBox.StandardButton.Close).setText("Đóng")
        self.save_button.clicked.connect(self.save)
        u.buttons.rejected.connect(self.close_dialog)
        if project is not None:
            self._show(project)
            self.reload_details()
        else:
            self.setWindowTitle("Thêm công trình, phần việc hỗ trợ")
            u.details.setEnabled(False)
            u.warnings.setText("Lưu công trình trước, rồi ghi đóng góp, ngày công và ảnh.")
            u.warnings.setVisible(True)

    # ------------------------------------------------------------------ the project's own fields

    def _show(self, p: sv.ProjectView) -> None:
        u = self.ui
        self.setWindowTitle(f"Công trình «{p.title}»")
        u.title.setText(p.title)
        for combo, value in ((u.kind, p.kind_id), (u.village, p.village_id), (u.hardship, p.hardship),
                             (u.status, p.status)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        u.head_name.setText(p.head_name)
        u.address.setText(p.address)
        u.ethnic_minority.setChecked(p.ethnic_minority)
        u.ethnicity.setText(p.ethnicity)
        u.start_date.set_date(p.start_date)
        u.completed_date.set_date(p.completed_date)
        u.size.setText(format_decimal(p.size_value))
        u.size_unit.setText(p.size_unit)
        u.description.setPlainText(p.description)
        u.details.setEnabled(True)
        u.warnings.setText("\n".join(f"⚠ {w}" for w in p.warnings))
        u.warnings.setVisible(bool(p.warnings))

    def data(self) -> sv.ProjectInput:
        u = self.ui
        return sv.ProjectInput(
            u.title.text(), u.kind.currentData() or 0, u.head_name.text(), u.village.currentData() or 0,
            u.hardship.currentData(), u.address.text(), u.ethnic_minority.isChecked(), u.ethnicity.text(),
            u.status.currentData(), u.start_date.text(), u.completed_date.text(), u.size.text(),
            u.size_unit.text(), u.description.toPlainText())

    def save(self) -> bool:
        data, p = self.data(), self.project
        try:
            if p is None:
                result = self.ctx.run(sv.add_project, data)
            else:
                result = self.ctx.run(sv.update_project, p.id, p.version, data)
        except Exception as exc:  # noqa: BLE001 — the funnel shows it; the dialog stays open
            messages.error(self, exc)
            return False
        self.project, self.saved = result, True
        self._show(result)
        self.reload_details()
        self.ctx.changed("support", self)
        return True

    def close_dialog(self) -> None:
        if self.saved:
            self.accept()
        else:
            self.reject()

    # ------------------------------------------------------------------ contributions, labour, photos

    def reload_details(self) -> None:
        if self.project is None:
            return
        pid = self.project.id
        self.project = self.ctx.run(sv.get_project, pid)
        t = self.project.totals
        self.contributions.model.set_rows(self.ctx.run(sv.list_contributions, project_id=pid))
        self.contributions.total.setText(
            f"Đã nhận: tiền mặt {format_vnd(t.cash_received_vnd)}, "
            f"hiện vật {format_vnd(t.material_received_vnd)}"
            f" — cam kết {format_vnd(t.pledged_vnd)}")
        self.labour.model.set_rows(self.ctx.run(sv.list_labour, pid))
        self.labour.total.setText(f"Tổng: {format_decimal(t.labour_days)} ngày công")
        self._load_photos()
        self.ui.warnings.setText("\n".join(f"⚠ {w}" for w in self.project.warnings))
        self.ui.warnings.setVisible(bool(self.project.warnings))

    def _after(self, ok: Any) -> None:
        if ok:
            self.saved = True
            self.reload_details()

    def add_contribution(self) -> None:
        self._after(ContributionDialog(self.ctx, self.project.id, None, self).exec())

    def edit_contribution(self, c: sv.ContributionView) -> None:
        self._after(ContributionDialog(self.ctx, self.project.id, c, self).exec())

    def delete_contribution(self, c: sv.ContributionView) -> None:
        self._delete(f"Xóa đóng góp «{c.what}» của «{c.donor_name}»?", sv.delete_contribution, c.id,
                     c.version)

    def add_labour(self) -> None:
        self._after(LabourDialog(self.ctx, self.project.id, None, self).exec())

    def edit_labour(self, e: sv.LabourView) -> None:
        self._after(LabourDialog(self.ctx, self.project.id, e, self).exec())

    def delete_labour(self, e: sv.LabourView) -> None:
        self._delete(f"Xóa {e.days_text} ngày công của {e.officer_label}?", sv.delete_labour, e.id, e.version)

    def _delete(self, question: str, fn: Callable[..., Any], *args: Any) -> None:
        if not self.ctx.can("write") or not messages.confirm(self, question):
            return
        try:
            self.ctx.run(fn, *args)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.ctx.changed("support", self)
        self._after(True)

    def _photos_tab(self) -> QWidget:
        tab = QWidget()
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(160, 120))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setSpacing(8)
        self.photos.itemActivated.connect(lambda item: self.open_photo(item))
        self.add_before = QPushButton("Thêm ảnh trước khi làm…")
        self.add_after = QPushButton("Thêm ảnh sau khi làm…")
        self.delete_photo_button = QPushButton("Xóa ảnh")
        self.add_before.clicked.connect(lambda: self.add_photo("before"))
        self.add_after.clicked.connect(lambda: self.add_photo("after"))
        self.delete_photo_button.clicked.connect(self.delete_photo)
        QShortcut(QKeySequence.StandardKey.Delete, self.photos, activated=self.delete_photo,
                  context=Qt.ShortcutContext.WidgetShortcut)
        bar = QHBoxLayout()
        for b in (self.add_before, self.add_after, self.delete_photo_button):
            b.setEnabled(self.ctx.can("write"))
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.photos, 1)
        layout.addWidget(QLabel("Ảnh JPEG, PNG, WebP hoặc GIF, tối đa 20 MB; chương trình lưu một bản sao. "
                                "Nhấn đúp để mở ảnh."))
        return tab

    def _load_photos(self) -> None:
        self.photos.clear()
        for ph in self.ctx.run(sv.list_photos, self.project.id):
            pixmap = QPixmap(str(ph.path))
            item = QListWidgetItem(QIcon(pixmap) if not pixmap.isNull() else QIcon(),
                                   f"{ph.stage_text}\n{ph.caption or ph.original_name}")
            item.setData(Qt.ItemDataRole.UserRole, ph)
            item.setToolTip(ph.original_name)
            self.photos.addItem(item)

    def add_photo(self, stage: str) -> None:
        path = messages.open_file(self, "Chọn ảnh", IMAGE_FILTER)
        if not path:
            return
        try:
            self.ctx.run(sv.add_photo, self.project.id, stage, path)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.ctx.changed("support", self)
        self._after(True)

    def _current_photo(self) -> sv.PhotoView | None:
        item = self.photos.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def open_photo(self, item: QListWidgetItem) -> None:
        ph = item.data(Qt.ItemDataRole.UserRole)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(ph.path)))

    def delete_photo(self) -> None:
        ph = self._current_photo()
        if ph is None:
            messages.info(self, "Hãy chọn một ảnh.")
            return
        self._delete(f"Xóa ảnh «{ph.caption or ph.original_name}»?", sv.delete_photo, ph.id, ph.version)
