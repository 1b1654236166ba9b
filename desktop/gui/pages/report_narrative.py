"""The parts of the monthly report the clerk writes (the "Phần viết" tab of the report page): one tab
per part, next month's planned events beside the tasks for next month, and whether anything changed
since the draft was last saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.monthly.model import Narrative, PlannedEvent
from desktop.text import format_date

#: the narrative's fields in the report's order: the tab's title, the part's full title, a hint
PARTS = (
    ("summary", "Tình hình chung", "Tình hình chung",
     "Tình hình an ninh, trật tự trên địa bàn trong tháng…"),
    ("strengths", "Ưu điểm", "Ưu điểm", "Những việc làm tốt, kết quả nổi bật…"),
    ("shortcomings", "Tồn tại, hạn chế", "Tồn tại, hạn chế và nguyên nhân",
     "Tồn tại, hạn chế và nguyên nhân của chúng…"),
    ("next_tasks", "Nhiệm vụ tháng tới", "Phương hướng, nhiệm vụ tháng tới",
     "Phương hướng, nhiệm vụ tháng tới (các công việc đã lên lịch ở bên phải)…"),
    ("proposals", "Đề xuất, kiến nghị", "Đề xuất, kiến nghị", "Đề xuất, kiến nghị với cấp trên…"),
)


def planned_line(event: PlannedEvent) -> str:
    where = f" ({event.place})" if event.place else ""
    return f"{format_date(event.day)} — {event.kind}: {event.title}{where}"


class NarrativeEditor(QTabWidget):
    #: the text changed (or was loaded or saved): read ``dirty``
    changed = Signal()

    def __init__(self, *, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportNarrative")
        self._saved = Narrative()
        self.planned: tuple[PlannedEvent, ...] = ()
        self.edits: dict[str, QPlainTextEdit] = {}
        for field, tab, title, placeholder in PARTS:
            edit = QPlainTextEdit()
            edit.setObjectName(f"narrative_{field}")
            edit.setAccessibleName(title)
            edit.setPlaceholderText(placeholder)
            edit.setReadOnly(read_only)
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self.changed)
            self.edits[field] = edit
            self.addTab(self._next_tasks_tab(edit, read_only) if field == "next_tasks" else edit, tab)
            self.setTabToolTip(self.count() - 1, title)

    def _next_tasks_tab(self, edit: QPlainTextEdit, read_only: bool) -> QWidget:
        self.planned_list = QListWidget()
        self.planned_list.setObjectName("plannedNext")
        self.copy_button = QPushButton("Chép vào phần viết")
        self.copy_button.setToolTip("Thêm các công việc đã lên lịch vào cuối phần nhiệm vụ tháng tới")
        self.copy_button.clicked.connect(self.copy_planned)
        self.copy_button.setEnabled(False)
        self._read_only = read_only
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        label = QLabel("Công việc đã lên lịch tháng tới:")
        label.setWordWrap(True)
        sl.addWidget(label)
        sl.addWidget(self.planned_list, 1)
        sl.addWidget(self.copy_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("nextTasksSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(edit)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        return split

    # ---- values -------------------------------------------------------------------------------

    def narrative(self) -> Narrative:
        return Narrative(**{field: edit.toPlainText() for field, edit in self.edits.items()})

    @property
    def dirty(self) -> bool:
        return self.narrative() != self._saved

    def set_narrative(self, narrative: Narrative) -> None:
        """Show a saved draft (nothing unsaved afterwards)."""
        for field, edit in self.edits.items():
            edit.blockSignals(True)
            edit.setPlainText(getattr(narrative, field))
            edit.blockSignals(False)
        self._saved = self.narrative()
        self.changed.emit()

    def mark_saved(self) -> None:
        self._saved = self.narrative()
        self.changed.emit()

    def set_planned(self, planned: tuple[PlannedEvent, ...]) -> None:
        self.planned = tuple(planned)
        self.planned_list.clear()
        for event in self.planned:
            self.planned_list.addItem(planned_line(event))
        if not self.planned:
            empty = QListWidgetItem("Chưa có công việc nào lên lịch cho tháng tới.")
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.planned_list.addItem(empty)
        self.copy_button.setEnabled(bool(self.planned) and not self._read_only)

    def copy_planned(self) -> None:
        edit = self.edits["next_tasks"]
        lines = "\n".join(f"- {planned_line(e)}" for e in self.planned)
        text = edit.toPlainText().rstrip()
        edit.setPlainText(f"{text}\n{lines}" if text else lines)
