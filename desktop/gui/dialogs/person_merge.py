"""Merge two persons found as duplicates: the two records side by side, the one to keep, a reason
(``desktop.residents.merge.merge_persons``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.person_merge_dialog import Ui_PersonMergeDialog
from desktop.gui.kit.operation import Query
from desktop.gui.widgets import fill_combo
from desktop.residents import merge

#: a merge moves links of every area that names persons: their pages read themselves again
MERGE_CHANGES = ("residents", "archive", "weapons", "support", "incidents", "schedule")


class PersonMergeDialog(Dialog):
    """``person_id`` is the record chosen in the queue; ``partners`` its possible duplicates."""

    def __init__(
        self,
        ctx: AppContext,
        person_id: int,
        partners: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent, name="PersonMergeDialog")
        self.person_id = person_id
        self.sides: tuple[merge.Side, merge.Side] | None = None
        self.ui = ui = Ui_PersonMergeDialog()
        ui.setupUi(self)
        fill_combo(ui.partner, [(label, pid) for pid, label in partners])
        ui.compare.setColumnCount(3)
        ui.compare.setHorizontalHeaderLabels(["Thông tin", "Bản ghi bên trái", "Bản ghi bên phải"])
        ui.compare.verticalHeader().setVisible(False)
        ui.compare.verticalHeader().setDefaultSectionSize(ui.compare.fontMetrics().height() + 8)
        header = ui.compare.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("Nhập hai bản ghi")
        self.save_button.setEnabled(False)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self._query = Query(self)
        ui.partner.currentIndexChanged.connect(lambda _i: self.load())
        self.load()

    def load(self) -> None:
        partner = self.ui.partner.currentData()
        self.save_button.setEnabled(False)
        if partner is not None:
            self._query.run(merge.compare, self.person_id, partner, done=self._show)

    def _show(self, sides: tuple[merge.Side, merge.Side]) -> None:
        self.sides = sides
        left, right = sides
        table = self.ui.compare
        rows = [*zip(left.rows, right.rows, strict=True)]
        table.setRowCount(len(rows) + 1)
        for n, ((label, a), (_label, b)) in enumerate(rows):
            self._row(n, label, a, b)
        self._row(len(rows), "Bản ghi liên quan", f"{left.links} bản ghi", f"{right.links} bản ghi")
        # the record with more links is the usual one to keep
        (self.ui.keep_left if left.links >= right.links else self.ui.keep_right).setChecked(True)
        self.save_button.setEnabled(self.ctx.can("write"))

    def _row(self, n: int, label: str, a: str, b: str) -> None:
        table = self.ui.compare
        differs = a != b
        for column, text in enumerate((label, a, b)):
            item = QTableWidgetItem(text)
            if differs and column:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(n, column, item)

    def keep_and_drop(self) -> tuple[int, int]:
        assert self.sides is not None
        left, right = self.sides
        return (left.id, right.id) if self.ui.keep_left.isChecked() else (right.id, left.id)

    def save(self) -> None:  # type: ignore[override]
        if self.sides is None:
            return
        keep, drop = self.keep_and_drop()
        super().save(
            merge.merge_persons,
            keep,
            drop,
            self.ui.reason.text(),
            changes=MERGE_CHANGES,
            message="Đã nhập hai bản ghi trùng.",
        )
