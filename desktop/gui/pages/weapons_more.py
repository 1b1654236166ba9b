"""The handovers and stocktake tabs of the weapons page, and its print helper."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.weapon_actions import StocktakeDialog
from desktop.gui.models import weapons as models
from desktop.gui.operations import run_task
from desktop.gui.printing import preview_pdf
from desktop.gui.widgets import TableView
from desktop.weapons import printouts, service, stocktake


def print_preview(
    widget: QWidget, make_pdf: Callable[[], bytes], title: str, name: str, *, refresh: bool = True
) -> None:
    """Render in the background (logged as a print by the service), then show the preview."""

    def done(pdf: bytes) -> None:
        if refresh:
            page = widget.page  # type: ignore[attr-defined]
            page.ctx.changed("weapons", page)
            page.refresh()
        preview_pdf(widget, pdf, title, name)

    run_task(widget, lambda _p: make_pdf(), done, title="Đang tạo bản in…", cancellable=False)


def _button(text: str, slot: Callable[[], Any], enabled: bool = True) -> QPushButton:
    b = QPushButton(text)
    b.clicked.connect(lambda _c=False: slot())
    b.setEnabled(enabled)
    return b


class HandoversTab(QWidget):
    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page
        self.print_button = _button("In biên bản bàn giao…", self.print_handover)
        bar = QHBoxLayout()
        bar.addWidget(
            QLabel(
                "Lập biên bản bàn giao ở thẻ «Vật phẩm và nơi lưu giữ»: chọn vật phẩm rồi bấm «Bàn giao…»."
            ),
            1,
        )
        bar.addWidget(self.print_button)
        self.model = models.handovers_model(self)
        self.table = TableView("weaponHandoversTable", ctx.prefs)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self.show_items(cur.row()))
        self.table.activated_row.connect(lambda _r: self.print_handover())
        self.items_model = models.items_model(self)
        self.items = TableView("weaponHandoverItemsTable", ctx.prefs)
        self.items.setModel(self.items_model)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.items)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.run(service.list_handovers))
        self.items_model.set_rows([])

    def show_items(self, row: int) -> None:
        h = self.model.row_at(row)
        self.items_model.set_rows(list(h.items) if h else [])

    def print_handover(self) -> None:
        h = self.model.row_at(self.table.current_row())
        if h is None:
            messages.info(self, "Hãy chọn một biên bản bàn giao.")
            return
        print_preview(
            self,
            lambda: self.ctx.run(printouts.print_handover, h.id),
            f"Biên bản bàn giao {h.label}",
            f"bien-ban-ban-giao-{h.label.replace('/', '-')}.pdf",
        )


class StocktakeTab(QWidget):
    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page
        write = ctx.can("write")
        self.current: Any = None
        self.start_button = _button("Bắt đầu kiểm kê…", self.start, write)
        self.found_button = _button("Có (Enter)", lambda: self.mark(True), write)
        self.missing_button = _button("Không thấy…", lambda: self.mark(False), write)
        self.close_button = _button("Kết thúc kiểm kê", self.close_stocktake, write)
        self.print_button = _button("In biên bản kiểm kê…", self.print_stocktake)
        bar = QHBoxLayout()
        self.status = QLabel()
        bar.addWidget(self.status, 1)
        for b in (
            self.start_button,
            self.found_button,
            self.missing_button,
            self.close_button,
            self.print_button,
        ):
            bar.addWidget(b)
        self.list_model = models.stocktakes_model(self)
        self.list = TableView("weaponStocktakesTable", ctx.prefs)
        self.list.setModel(self.list_model)
        self.list.selectionModel().currentRowChanged.connect(lambda cur, _p: self.show(cur.row()))
        self.lines_model = models.stocktake_lines_model(self)
        self.lines = TableView("weaponStocktakeLinesTable", ctx.prefs)
        self.lines.setModel(self.lines_model)
        self.lines.activated_row.connect(lambda _r: self.mark(True))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.lines)
        split.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        keep = self.current.id if self.current else None
        rows = self.ctx.run(stocktake.list_stocktakes)
        self.list_model.set_rows(rows)
        index = next((n for n, s in enumerate(rows) if s.id == keep), 0 if rows else -1)
        if index >= 0:
            self.list.selectRow(index)
        self.show(index)

    def show(self, row: int) -> None:
        self.current = self.list_model.row_at(row)
        st = self.current
        self.lines_model.set_rows(list(st.lines) if st else [])
        is_open = st is not None and st.closed_at is None
        for b in (self.found_button, self.missing_button, self.close_button):
            b.setEnabled(is_open and self.ctx.can("write"))
        if st is None:
            self.status.setText("Chưa có đợt kiểm kê nào.")
        else:
            self.status.setText(
                f"Kiểm kê ngày {st.held_on:%d/%m/%Y}: {len(st.lines)} vật phẩm theo sổ, "
                f"{len(st.unchecked)} chưa kiểm, {len(st.missing)} không thấy"
                + ("" if is_open else " — đã kết thúc.")
            )

    def start(self) -> None:
        if StocktakeDialog(self.ctx, self).exec():
            self.current = None
            self.refresh()

    def mark(self, found: bool) -> None:
        line = self.lines_model.row_at(self.lines.current_row())
        if line is None or self.current is None or self.current.closed_at is not None:
            return
        note = ""
        if not found:
            note, ok = QInputDialog.getText(
                self, "Không thấy", f"Ghi chú cho {line.item.code} (tình trạng, lý do):"
            )
            if not ok:
                return
        try:
            self.ctx.run(stocktake.tick, line.id, line.version, found, note)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        row = self.lines.current_row()
        self.refresh()
        self.lines.selectRow(min(row + 1, self.lines_model.rowCount() - 1))

    def close_stocktake(self) -> None:
        st = self.current
        if st is None:
            return
        if not messages.confirm(
            self, f"Kết thúc đợt kiểm kê ngày {st.held_on:%d/%m/%Y}? Sau đó không sửa được."
        ):
            return
        try:
            self.ctx.run(stocktake.close_stocktake, st.id, st.version)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.refresh()

    def print_stocktake(self) -> None:
        st = self.current
        if st is None:
            messages.info(self, "Chưa có đợt kiểm kê nào.")
            return
        print_preview(
            self,
            lambda: self.ctx.run(printouts.print_stocktake, st.id),
            f"Biên bản kiểm kê ngày {st.held_on:%d/%m/%Y}",
            f"kiem-ke-{st.held_on:%Y-%m-%d}.pdf",
        )
