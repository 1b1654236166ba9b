"""The handovers and stocktake tabs of the weapons page, and the label printout both tabs use."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs import prompt
from desktop.gui.dialogs.weapon_actions import StocktakeDialog
from desktop.gui.kit import operation, print_action
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models import weapons as models
from desktop.weapons import custody, labels, printouts, stocktake
from desktop.weapons.views import HandoverView, StocktakeView, file_label


def split(
    first: QWidget,
    second: QWidget,
    sizes: tuple[int, int] = (3, 2),
    orientation: Qt.Orientation = Qt.Orientation.Vertical,
) -> QSplitter:
    """Two panes sharing the space ``sizes[0]`` : ``sizes[1]``."""
    splitter = QSplitter(orientation)
    splitter.addWidget(first)
    splitter.addWidget(second)
    splitter.setStretchFactor(0, sizes[0])
    splitter.setStretchFactor(1, sizes[1])
    splitter.setSizes([1000 * sizes[0], 1000 * sizes[1]])
    return splitter


def print_labels(owner: QWidget, item_ids: list[int], title: str, filename: str) -> None:
    """Seal labels: previewing logs nothing; printing or saving them logs the print."""
    print_action.show(
        owner, labels.labels_for, item_ids, title=title, filename=filename,
        issue=(labels.log_labels_printed, item_ids),
    )


class HandoversTab(QWidget):
    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page
        self.list = RecordList(
            page, "weaponHandovers", models.HANDOVER_COLUMNS, custody.list_handovers, search=False,
            parent=self,
        )
        hint = QLabel("Lập biên bản bàn giao ở thẻ «Vật phẩm và nơi lưu giữ»: chọn vật phẩm rồi bấm "
                      "«Bàn giao…».")
        self.print_action = self.list.add_action("In biên bản bàn giao…", self.print_handover, default=True)
        self.list.add_widget(hint)
        self.items = RecordList(page, "weaponHandoverItems", models.ITEM_COLUMNS, search=False, parent=self)
        # at 125 %: the receiving unit's own number and the print date, the items' receipt, holder
        # and seal give way (the row's tooltip shows them)
        self.list.hide_when_narrow(3, 5)
        self.items.hide_when_narrow(7, 5, 3)
        self.list.selection_changed.connect(lambda h: self.items.set_rows(list(h.items) if h else []))
        layout = QVBoxLayout(self)
        layout.addWidget(split(self.list, self.items))

    def print_handover(self, h: HandoverView) -> None:
        print_action.show(
            self,
            printouts.handover_pdf,
            h.id,
            title=f"Biên bản bàn giao {h.named}",
            filename=f"bien-ban-ban-giao-{file_label(h.label, h.handed_at)}.pdf",
            issue=(custody.mark_handover_printed, h.id),
            changes="weapons",
        )


class StocktakeTab(QWidget):
    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page
        self.current: StocktakeView | None = None
        self._next_line: int | None = None
        is_open = lambda _row: self.current is not None and self.current.closed_at is None  # noqa: E731
        self.list = RecordList(
            page, "weaponStocktakes", models.STOCKTAKE_COLUMNS, stocktake.list_stocktakes, search=False,
            parent=self,
        )
        self.start_action = self.list.add_action(
            "Bắt đầu kiểm kê…", self.start, needs="none", permission="write"
        )
        self.close_action = self.list.add_action(
            "Kết thúc kiểm kê", self.close_stocktake, permission="write",
            enabled_if=lambda s: s.closed_at is None,
        )
        self.print_action = self.list.add_action("In biên bản kiểm kê…", self.print_stocktake)
        self.list.hide_when_narrow(1)  # at 125 %: the number of items gives way (the row's tooltip)
        self.status = QLabel()
        self.lines = RecordList(page, "weaponStocktakeLines", models.STOCKTAKE_LINE_COLUMNS, search=False,
                                parent=self)
        self.lines.hide_when_narrow(3, 2, 6)  # the seal, the quantity, the note give way (tooltip)
        self.found_action = self.lines.add_action(
            "Có (Enter)", lambda ln: self.mark(ln, True), permission="write", enabled_if=is_open, default=True
        )
        self.missing_action = self.lines.add_action(
            "Không thấy…", lambda ln: self.mark(ln, False), permission="write", enabled_if=is_open
        )
        self.list.selection_changed.connect(self.show_stocktake)
        self.list.loaded.connect(self._loaded)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(split(self.list, self.lines, (2, 3), Qt.Orientation.Horizontal), 1)
        self.show_stocktake(None)

    def _loaded(self, count: int) -> None:
        if self.list.selected() is None and count:
            self.list.select_row(0)  # the newest stocktake
        elif not count:
            self.show_stocktake(None)

    def show_stocktake(self, st: StocktakeView | None) -> None:
        self.current = st
        self.lines.set_rows(list(st.lines) if st else [])
        if self._next_line is not None and st is not None:
            self.lines.select_row(min(self._next_line, len(st.lines) - 1))
            self._next_line = None
        if st is None:
            self.status.setText("Chưa có đợt kiểm kê nào.")
            return
        self.status.setText(
            f"Kiểm kê ngày {st.held_on:%d/%m/%Y}: {len(st.lines)} vật phẩm theo sổ, "
            f"{len(st.unchecked)} chưa kiểm, {len(st.missing)} không thấy"
            + ("" if st.closed_at is None else " — đã kết thúc.")
        )

    def start(self) -> None:
        dialog = StocktakeDialog(self.ctx, self)
        if dialog.exec() and not self.list.select_id(dialog.result_value.id):
            self.list.reload(keep=dialog.result_value.id)  # the announced reload is still under way

    def mark(self, line: Any, found: bool) -> None:
        note = ""
        if not found:
            answer = prompt.ask(self, "Không thấy", f"Ghi chú cho {line.item.code} (tình trạng, lý do):")
            if answer is None:
                return
            note = answer[0]
        self._next_line = self.lines.model.index_of(lambda ln: ln.id == line.id) + 1
        operation.run(self, stocktake.tick, line.id, line.version, found, note, changes="weapons")

    def close_stocktake(self, st: StocktakeView) -> None:
        if messages.confirm(self, f"Kết thúc đợt kiểm kê ngày {st.held_on:%d/%m/%Y}? Sau đó không sửa được."):
            operation.run(self, stocktake.close_stocktake, st.id, st.version, changes="weapons")

    def print_stocktake(self, st: StocktakeView) -> None:
        print_action.show(
            self,
            printouts.stocktake_pdf,
            st.id,
            title=f"Biên bản kiểm kê ngày {st.held_on:%d/%m/%Y}",
            filename=f"kiem-ke-{st.held_on:%Y-%m-%d}.pdf",
            issue=(stocktake.mark_stocktake_printed, st.id),
            changes="weapons",
        )

