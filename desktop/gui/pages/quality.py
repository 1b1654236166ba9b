"""Data-quality work queue: the count per rule, the people behind it, fix or mark "not an error"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.gui import messages, printing
from desktop.gui.context import AppContext
from desktop.gui.dialogs.archive import ReasonDialog
from desktop.gui.dialogs.person import PersonDialog
from desktop.gui.models.base import Column, ListTableModel
from desktop.gui.operations import run_task
from desktop.gui.pages.base import Page
from desktop.gui.widgets import TableView
from desktop.residents import printouts, quality, service
from desktop.settings import list_villages
from desktop.text import format_datetime

RULE_COLUMNS = [
    Column("Loại lỗi", lambda r: r.label, tooltip=lambda r: r.hint),
    Column("Số người", lambda r: r.count, "right"),
    Column(
        "Không phải lỗi",
        lambda r: r.marked or "",
        "right",
        tooltip=lambda r: "Số người đã đánh dấu «đã kiểm tra, không phải lỗi»",
    ),
]
QUEUE_COLUMNS = [
    Column("Họ và tên", lambda r: r.full_name),
    Column("Ngày sinh", lambda r: r.birth_text),
    Column("Số định danh", lambda r: r.id_number),
    Column("Cần xác minh", lambda r: r.detail, tooltip=lambda r: r.detail),
]
MARK_COLUMNS = [
    Column("Loại lỗi", lambda m: m.rule_label),
    Column("Lý do", lambda m: m.reason),
    Column("Người đánh dấu", lambda m: f"{m.marked_by} {format_datetime(m.marked_at)}"),
    Column("Tình trạng", lambda m: "Còn hiệu lực" if m.active else f"Đã hủy ({m.revoked_by})"),
]


class QualityPage(Page):
    title = "Làm sạch dữ liệu"
    areas = ("residents",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.village = QComboBox()
        self.village.currentIndexChanged.connect(lambda _i: self.reload())
        self.scan_button = QPushButton("Rà soát lại toàn bộ")
        self.scan_button.clicked.connect(self.scan)
        self.scan_button.setEnabled(ctx.can("write"))
        self.print_button = QPushButton("In danh sách của thôn, bon…")
        self.print_button.clicked.connect(self.print_list)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Thôn, bon:"))
        bar.addWidget(self.village)
        bar.addStretch(1)
        bar.addWidget(self.scan_button)
        bar.addWidget(self.print_button)
        self.rules = ListTableModel(RULE_COLUMNS, self)
        self.rules_view = TableView("qualityRules", ctx.prefs)
        self.rules_view.setModel(self.rules)
        self.rules_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.load_queue())
        self.queue = ListTableModel(QUEUE_COLUMNS, self)
        self.queue_view = TableView("qualityQueue", ctx.prefs)
        self.queue_view.setModel(self.queue)
        self.queue_view.activated_row.connect(lambda _r: self.open_person())
        self.queue_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.load_marks())
        self.open_button = QPushButton("Mở để sửa (Enter)")
        self.open_button.clicked.connect(self.open_person)
        self.mark_button = QPushButton("Đã kiểm tra — không phải lỗi…")
        self.mark_button.clicked.connect(self.mark)
        self.mark_button.setEnabled(ctx.can("write"))
        self.revoke_button = QPushButton("Hủy đánh dấu (quản trị)")
        self.revoke_button.clicked.connect(self.revoke)
        self.revoke_button.setEnabled(ctx.can("admin"))
        self.queue_label = QLabel("")
        actions = QHBoxLayout()
        actions.addWidget(self.queue_label, 1)
        for b in (self.open_button, self.mark_button, self.revoke_button):
            actions.addWidget(b)
        self.marks = ListTableModel(MARK_COLUMNS, self)
        self.marks_view = TableView("qualityMarks", ctx.prefs)
        self.marks_view.setModel(self.marks)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addLayout(actions)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.queue_view)
        marks_box = QWidget()
        ml = QVBoxLayout(marks_box)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(
            QLabel("Đánh dấu «đã kiểm tra, không phải lỗi» của người đang chọn và của loại lỗi này:")
        )
        ml.addWidget(self.marks_view)
        split.addWidget(marks_box)
        split.setSizes([500, 150])
        rl.addWidget(split, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.rules_view)
        splitter.addWidget(right)
        splitter.setSizes([560, 760])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        current = self.village.currentData()
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem("Toàn xã", None)
        for v in self.ctx.run(list_villages):
            self.village.addItem(v.label, v.id)
        self.village.setCurrentIndex(max(0, self.village.findData(current)))
        self.village.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        """Counting runs off the GUI thread (one SQL pass, about a second over 200,000 people)."""
        village = self.village.currentData()
        run_task(
            self,
            lambda _p: self.ctx.db.run(self.ctx.actor, quality.counts, village_id=village),
            self._show_counts,
        )

    def _show_counts(self, counts: list[quality.RuleCount]) -> None:
        row = max(0, self.rules_view.current_row())
        self.rules.set_rows(counts)
        self.rules_view.resizeColumnsToContents()
        self.rules_view.selectRow(row)
        self.load_queue()

    def current_rule(self) -> quality.RuleCount | None:
        return self.rules.row_at(self.rules_view.current_row())

    def load_queue(self) -> None:
        rule = self.current_rule()
        rows = self.ctx.run(quality.queue, rule.code, village_id=self.village.currentData()) if rule else []
        self.queue.set_rows(rows)
        shown = f"{len(rows)} người" + (" (500 người đầu)" if rule and rule.count > len(rows) else "")
        self.queue_label.setText(f"<b>{rule.label}</b>: {shown}" if rule else "")
        if rows:
            self.queue_view.selectRow(0)
        self.load_marks()

    def load_marks(self) -> None:
        rule, row = self.current_rule(), self.queue.row_at(self.queue_view.current_row())
        if rule is None:
            self.marks.set_rows([])
            return
        marks = self.ctx.run(quality.list_marks, code=rule.code)
        if row is not None:
            marks = [m for m in marks if m.person_id == row.person_id] or marks
        self.marks.set_rows(marks[:200])

    def open_person(self) -> None:
        row = self.queue.row_at(self.queue_view.current_row())
        if row is None:
            return
        person = self.ctx.run(service.get_person, row.person_id)
        dialog = PersonDialog(self.ctx, person, self)
        if not self.ctx.can("write"):
            dialog.buttons.setEnabled(False)
        if dialog.exec():
            self.reload()

    def mark(self) -> None:
        rule, row = self.current_rule(), self.queue.row_at(self.queue_view.current_row())
        if rule is None or row is None:
            return
        dialog = ReasonDialog(self.ctx, f"{row.full_name}: «{rule.label}» không phải lỗi", self)
        dialog.action = lambda reason: self.ctx.run(quality.mark_checked, row.person_id, rule.code, reason)
        if dialog.exec():
            self.ctx.changed("residents", self)
            self.reload()

    def revoke(self) -> None:
        mark = self.marks.row_at(self.marks_view.current_row())
        if mark is None or not mark.active:
            messages.info(self, "Hãy chọn một đánh dấu còn hiệu lực.")
            return
        try:
            self.ctx.run(quality.revoke_mark, mark.id, mark.version)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.ctx.changed("residents", self)
        self.reload()

    def scan(self) -> None:
        run_task(
            self,
            lambda _p: self.ctx.db.run(self.ctx.actor, quality.run_scan),
            lambda _r: self.reload(),
            title="Đang rà soát dữ liệu…",
        )

    def print_list(self) -> None:
        village = self.village.currentData()
        if village is None:
            messages.info(self, "Hãy chọn một thôn, bon để in danh sách cho cán bộ phụ trách.")
            return
        rules = (self.current_rule().code,) if self.current_rule() else ()
        try:
            data = self.ctx.run(printouts.render_pdf, "problem_list", village, rules=rules)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.last_preview = printing.preview_pdf(self, data, "Danh sách cần xác minh")
