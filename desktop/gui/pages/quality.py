"""Data-quality work queue: the count per rule, the people behind it, fix or mark "not an error"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.bulk import MarkManyDialog
from desktop.gui.dialogs.person import PersonDialog
from desktop.gui.dialogs.person_merge import PersonMergeDialog
from desktop.gui.dialogs.record_page import PersonPageDialog
from desktop.gui.kit import operation, print_action
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.gui.pages.base import Page
from desktop.residents import merge, printouts, quality, service
from desktop.settings import list_villages
from desktop.text import fold, format_datetime, name_sort_key

RULE_COLUMNS = [
    Column("Loại lỗi", lambda r: r.label, tooltip=lambda r: f"{r.label}: {r.hint}"),
    Column("Số người", lambda r: r.count, "right"),
    Column(
        "Không lỗi",
        lambda r: r.marked or "",
        "right",
        tooltip=lambda r: "Số người đã đánh dấu «đã kiểm tra, không phải lỗi»",
    ),
]
QUEUE_COLUMNS = [
    Column("Họ và tên", lambda r: r.full_name, sort=lambda r: name_sort_key(r.full_name)),
    Column("Ngày sinh", lambda r: r.birth_text),
    Column("Số định danh", lambda r: r.id_number),
    Column("Cần xác minh", lambda r: r.detail, tooltip=lambda r: r.detail),
]
MARK_COLUMNS = [
    Column("Loại lỗi", lambda m: m.rule_label),
    Column("Lý do", lambda m: m.reason, tooltip=lambda m: m.reason),
    Column(
        "Người đánh dấu",
        lambda m: f"{m.marked_by} {format_datetime(m.marked_at)}",
        sort=lambda m: m.marked_at,
    ),
    Column("Tình trạng", lambda m: "Còn hiệu lực" if m.active else f"Đã hủy ({m.revoked_by})"),
]
QUEUE_LIMIT = 500


def rule_counts(uow: Any, village_id: int | None = None) -> list[quality.RuleCount]:
    return quality.counts(uow, village_id=village_id)


def rule_queue(
    uow: Any, text: str = "", code: str | None = None, village_id: int | None = None
) -> list[quality.QueueRow]:
    """The people failing one rule (the first 500), those whose name or number holds ``text``."""
    if not code:
        return []
    rows = quality.queue(uow, code, village_id=village_id, limit=QUEUE_LIMIT)
    words = fold(text).split()
    return [r for r in rows if all(w in fold(f"{r.full_name} {r.id_number}") for w in words)]


def rule_marks(uow: Any, code: str | None = None, person_id: int | None = None) -> list[quality.MarkView]:
    """The marks of this person for this rule, or else the rule's latest 200."""
    if not code:
        return []
    marks = quality.list_marks(uow, code=code)
    return [m for m in marks if m.person_id == person_id] or marks[:200]


class QualityPage(Page):
    title = "Làm sạch dữ liệu"
    areas = ("residents", "villages")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._villages = operation.Query(self)
        #: the rule's list as shown when «Mở để sửa» began a walk through it (person ids)
        self._walk_order: list[int] = []
        self.rules_list = RecordList(
            self, "qualityRules", RULE_COLUMNS, rule_counts, search=False, key=lambda r: r.code
        )
        self.rules = self.rules_list.model
        self.rules_list.fit_columns(stretch=0)
        self.village = self.rules_list.add_filter("village_id", "Thôn, bon", [("Toàn xã", None)])
        self.rules_list.add_action(
            "Rà soát lại toàn bộ",
            self.scan,
            needs="none",
            permission="write",
            tip="Tính lại mọi lỗi dữ liệu (khoảng một giây cho 200.000 người)",
        )
        self.print_action = self.rules_list.add_action(
            "In danh sách của thôn, bon…",
            self.print_list,
            needs="none",
            tip="Danh sách người cần xác minh của thôn, bon đang chọn, cho cán bộ phụ trách",
        )
        self.rules_list.selection_changed.connect(lambda _r: self._rule_moved())
        self.rules_list.loaded.connect(lambda _n: self._rules_loaded())

        self.queue_list = RecordList(
            self,
            "qualityQueue",
            QUEUE_COLUMNS,
            rule_queue,
            placeholder="Tìm tên, số định danh…",
            key=lambda r: r.person_id,
            multi=True,
        )
        self.queue = self.queue_list.model
        self.open_action = self.queue_list.add_action(
            "Mở để sửa",
            self.open_person,
            default=True,
            tip="Mở hồ sơ nhân khẩu (Enter); trong hộp sửa có «Người trước», «Người sau»",
        )
        self.mark_action = self.queue_list.add_action(
            "Đã kiểm tra — không phải lỗi…",
            self.mark,
            needs="some",
            permission="write",
            tip="Một lý do chung cho những người đang chọn (chọn nhiều: Ctrl, Shift)",
        )
        self.page_action = self.queue_list.add_action(
            "Xem toàn bộ hồ sơ", self.person_page, tip="Mọi bản ghi về người này ở mọi lĩnh vực"
        )
        self.merge_action = self.queue_list.add_action(
            "Nhập bản ghi trùng…",
            self.merge_duplicates,
            permission="write",
            enabled_if=lambda _r: self._duplicate_rule(),
            tip="So sánh với bản ghi trùng, chọn bản ghi giữ lại; mọi liên kết chuyển sang bản ghi đó",
        )
        self.queue_list.selection_changed.connect(lambda _r: self._person_moved())
        self.queue_list.loaded.connect(lambda _n: self._queue_loaded())
        self.queue_label = QLabel("")

        self.marks_list = RecordList(self, "qualityMarks", MARK_COLUMNS, rule_marks, search=False)
        self.marks = self.marks_list.model
        self.marks_list.fit_columns(stretch=1)
        self.revoke_action = self.marks_list.add_action(
            "Hủy đánh dấu",
            self.revoke,
            permission="admin",
            enabled_if=lambda m: m.active,
            tip="Người đó trở lại danh sách cần xác minh",
        )
        marks_box = QWidget()
        ml = QVBoxLayout(marks_box)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(
            QLabel("Đánh dấu «đã kiểm tra, không phải lỗi» của người đang chọn (hoặc của loại lỗi này):")
        )
        ml.addWidget(self.marks_list)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.queue_label)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.queue_list)
        split.addWidget(marks_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        rl.addWidget(split, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.rules_list)
        splitter.addWidget(right)
        splitter.setSizes([540, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        """Counting runs off the GUI thread (one SQL pass, about a second over 200,000 people)."""
        self._villages.run(list_villages, done=self._show_villages)

    def _show_villages(self, villages: list[Any]) -> None:
        options = [("Toàn xã", None), *((v.label, v.id) for v in villages)]
        self.rules_list.set_filter_options("village_id", options)
        self.rules_list.reload()

    def _rules_loaded(self) -> None:
        if self.rules_list.selected() is None and self.rules.rows:
            self.rules_list.select_row(0)

    def current_rule(self) -> quality.RuleCount | None:
        return self.rules_list.selected()

    def _rule_moved(self) -> None:
        rule = self.current_rule()
        self.queue_list.params.update(code=rule.code if rule else None, village_id=self.village.currentData())
        self.queue_list.reload()

    def _queue_loaded(self) -> None:
        rule, shown = self.current_rule(), len(self.queue.rows)
        more = " (500 người đầu)" if rule and rule.count > shown and shown >= QUEUE_LIMIT else ""
        self.queue_label.setText(f"<b>{rule.label}</b>: {shown} người{more}" if rule else "")
        if self.queue_list.selected() is None and self.queue.rows:
            self.queue_list.select_row(0)

    def _person_moved(self) -> None:
        rule, row = self.current_rule(), self.queue_list.selected()
        self.marks_list.params.update(
            code=rule.code if rule else None, person_id=row.person_id if row else None
        )
        self.marks_list.reload()

    def open_person(self, row: quality.QueueRow) -> None:
        self._walk_order = [r.person_id for r in self.queue.rows]
        self.walk(row.person_id)

    def _duplicate_rule(self) -> bool:
        rule = self.current_rule()
        return rule is not None and rule.code in quality.DUPLICATE_RULES

    def person_page(self, row: quality.QueueRow) -> None:
        PersonPageDialog(self.ctx, row.person_id, self).exec()

    def merge_duplicates(self, row: quality.QueueRow) -> None:
        def chosen(partners: list[tuple[int, str]]) -> None:
            if partners:
                PersonMergeDialog(self.ctx, row.person_id, partners, self).exec()
            else:
                messages.info(self, f"Không còn bản ghi nào trùng với «{row.full_name}».")

        operation.run(self, merge.duplicates_of, row.person_id, done=chosen)

    def walk(self, person_id: int) -> None:
        """Open a person for correction; from there «Người trước» / «Người sau» (or saving, which
        moves on) go through the rule's list as it is shown, the list's selection following."""
        operation.run(self, service.get_person, person_id, done=self._edit)

    def _edit(self, person: service.PersonView) -> None:
        went = {"step": 0}
        dialog = PersonDialog(self.ctx, person, self)
        if person.id in self._walk_order:
            place = self._walk_order.index(person.id) + 1
            dialog.setWindowTitle(f"{dialog.windowTitle()} ({place}/{len(self._walk_order)} trong danh sách)")
        for text, step in (("◀ Người trước", -1), ("Người sau ▶", 1)):
            button = dialog.ui.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.setObjectName("walkNext" if step > 0 else "walkPrevious")
            button.clicked.connect(lambda _c=False, s=step: (went.update(step=s), dialog.reject()))
        saved = dialog.exec() == QDialog.DialogCode.Accepted
        step = went["step"] or (1 if saved else 0)
        if step:
            self._step(person.id, step)

    def _step(self, person_id: int, step: int) -> None:
        """The person before or after ``person_id`` in the order the walk started with, skipping
        those who left the list meanwhile (corrected or marked)."""
        order = self._walk_order
        still = {r.person_id for r in self.queue.rows}
        i = order.index(person_id) + step if person_id in order else -1
        while 0 <= i < len(order) and order[i] not in still:
            i += step
        if not 0 <= i < len(order):
            messages.info(self, "Đã đến đầu danh sách." if step < 0 else "Đã đến cuối danh sách.")
            return
        self.queue_list.select_id(order[i])
        self.walk(order[i])

    def mark(self, rows: list[quality.QueueRow]) -> None:
        rule = self.current_rule()
        if rule is not None and rows:
            MarkManyDialog(self.ctx, [r.person_id for r in rows], rule.code, rule.label, self).exec()

    def revoke(self, mark: quality.MarkView) -> None:
        operation.run(
            self, quality.revoke_mark, mark.id, mark.version, changes="residents", message="Đã hủy đánh dấu."
        )

    def scan(self) -> None:
        operation.run(
            self,
            quality.run_scan,
            changes="residents",
            title="Đang rà soát dữ liệu…",
            message="Đã rà soát lại toàn bộ dữ liệu.",
        )

    def print_list(self) -> None:
        village = self.village.currentData()  # None: the whole station, with a village column
        rule = self.current_rule()
        print_action.show(
            self,
            printouts.render_pdf,
            "problem_list",
            village,
            rules=(rule.code,) if rule else (),
            title="Danh sách cần xác minh",
            filename="danh-sach-can-xac-minh.pdf",
        )
