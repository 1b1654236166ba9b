"""Archive page (tàng thư): the location tree, the files in it, arranging a pile of folders into a
box, loans and the overdue list."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.archive import DocumentDialog, FileDialog, LoanDialog, LocationDialog
from desktop.gui.dialogs.bulk import ArrangeImportDialog
from desktop.gui.kit import operation, print_action
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.gui.pages.base import Page
from desktop.gui.widgets import DateEdit
from desktop.residents import archive, archive_bulk, loans, printouts
from desktop.residents.archive import LocationView
from desktop.text import format_date, sort_key

FILE_COLUMNS = [
    Column("Số hồ sơ", lambda f: f.number, sort=lambda f: sort_key(f.number)),
    Column("Chủ hồ sơ", lambda f: f.owner),
    Column("Vị trí", lambda f: f.location_path or "(chưa xếp)"),
    Column("Số hóa", lambda f: f.digitised),
    Column("Đang mượn", lambda f: "Quá hạn" if f.overdue else "Đang mượn" if f.on_loan else ""),
]
LOAN_COLUMNS = [
    Column("Số hồ sơ", lambda x: x.file_number, sort=lambda x: sort_key(x.file_number)),
    Column("Người mượn", lambda x: x.borrower),
    Column("Đơn vị", lambda x: x.borrower_unit),
    Column("Mục đích", lambda x: x.purpose),
    Column("Ngày mượn", lambda x: format_date(x.out_date)),
    Column("Hạn trả", lambda x: format_date(x.due_date)),
    Column("Tình trạng", lambda x: x.state_text),
]


OVERDUE_FILES = "Chỉ hồ sơ mượn quá hạn"


def loans_listing(uow: Any, overdue_only: bool = False) -> list[loans.LoanView]:
    """The overdue loans first, then the latest 300 (none of those with ``overdue_only``)."""
    overdue = loans.overdue(uow)
    if overdue_only:
        return overdue
    late = {o.id for o in overdue}
    return overdue + [x for x in loans.list_loans(uow, limit=300) if x.id not in late]


class ArchivePage(Page):
    title = "Tàng thư hồ sơ"
    areas = ("archive", "residents")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.locations: dict[int, LocationView] = {}
        self._tree_query = operation.Query(self)
        self._file_query = operation.Query(self)
        self._overdue_query = operation.Query(self)
        self.current_file: archive.FileView | None = None

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Vị trí", "Hồ sơ"])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._location_moved())
        self.add_location_button = QPushButton("Thêm vị trí bên trong…")
        self.add_location_button.setToolTip(
            "Thêm kho (khi chưa chọn gì), tủ, kệ, ngăn hoặc hộp vào vị trí đang chọn"
        )
        self.add_location_button.clicked.connect(self.add_location)
        self.add_location_button.setEnabled(ctx.can("write"))
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel("<b>Kho → tủ, kệ → ngăn → hộp</b>"))
        ll.addWidget(self.tree, 1)
        ll.addWidget(self.add_location_button)

        self.files_list = RecordList(
            self,
            "archiveFiles",
            FILE_COLUMNS,
            archive.list_files,
            placeholder="Tìm số hồ sơ hoặc tên chủ hồ sơ…",
            sort_by=0,
        )
        self.files = self.files_list.model
        self.search_box = self.files_list.search
        self.overdue_files = self.files_list.add_toggle("overdue_only", OVERDUE_FILES, remember=True)
        self.overdue_files.setToolTip("Hồ sơ đang cho mượn đã quá hạn trả")
        self.files_list.add_action(
            "Thêm hồ sơ…", self.add_file, needs="none", permission="write", shortcut="Ctrl+N"
        )
        self.document_action = self.files_list.add_action(
            "Thêm giấy tờ…", self.add_document, permission="write"
        )
        self.lend_action = self.files_list.add_action(
            "Cho mượn…", self.lend, permission="write", enabled_if=lambda f: not f.on_loan
        )
        self.return_action = self.files_list.add_action(
            "Ghi trả", self.return_file, permission="write", enabled_if=lambda f: f.on_loan
        )
        self.files_list.selection_changed.connect(lambda f: self.display_file(f.id if f else None))
        self.files_list.loaded.connect(lambda _n: self._first_row(self.files_list))
        self.file_detail = QTextBrowser()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.files_list)
        split.addWidget(self.file_detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        # arranging: choose a box in the tree, then type or scan numbers one after another
        self.arrange_box_label = QLabel("Chọn một hộp ở cây bên trái.")
        self.scan = QLineEdit()
        self.scan.setObjectName("arrangeScan")
        self.scan.setPlaceholderText("Gõ hoặc quét số hồ sơ rồi nhấn Enter…")
        self.scan.returnPressed.connect(self.arrange_one)
        self.scan.setEnabled(ctx.can("write"))
        self.placed = QListWidget()
        self.unknown = QListWidget()
        arrange_tab = QWidget()
        al = QVBoxLayout(arrange_tab)
        al.addWidget(self.arrange_box_label)
        al.addLayout(self._bulk_row(ctx))
        al.addWidget(self.scan)
        lists = QHBoxLayout()
        for title, widget in (
            ("Đã xếp vào hộp", self.placed),
            ("Số không có trong tàng thư (cần xác minh)", self.unknown),
        ):
            box = QVBoxLayout()
            box.addWidget(QLabel(title))
            box.addWidget(widget)
            lists.addLayout(box)
        al.addLayout(lists, 1)

        self.loans_list = RecordList(
            self, "archiveLoans", LOAN_COLUMNS, loans_listing, local_search=True,
            placeholder="Tìm số hồ sơ, người mượn, đơn vị, mục đích…",
        )
        self.loans = self.loans_list.model
        self.loans_list.loaded.connect(lambda _n: self._first_row(self.loans_list))
        self.overdue_loans = self.loans_list.add_toggle(
            "overdue_only", "Chỉ phiếu mượn quá hạn", remember=True
        )
        self.loans_list.add_action("In phiếu mượn", self.print_slip)
        self.loans_list.add_action("In danh sách quá hạn", self.print_overdue, needs="none")
        self.overdue_label = QLabel("")
        self.loans_list.loaded.connect(lambda _n: self._count_overdue())
        self.files_list.loaded.connect(lambda _n: self._count_overdue())
        loans_tab = QWidget()
        lo = QVBoxLayout(loans_tab)
        lo.addWidget(self.overdue_label)
        lo.addWidget(self.loans_list, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(split, "Hồ sơ")
        self.tabs.addTab(arrange_tab, "Xếp hồ sơ vào hộp")
        self.tabs.addTab(loans_tab, "Mượn, trả")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setSizes([320, 1040])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        self._tree_query.run(archive.list_locations, done=self._show_tree)
        super().refresh()

    def _show_tree(self, locations: list[LocationView]) -> None:
        selected = self.current_location()
        self.locations = {loc.id: loc for loc in locations}
        self.tree.blockSignals(True)
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for loc in locations:
            parent = items.get(loc.parent_id) if loc.parent_id else None
            item = QTreeWidgetItem([loc.label, str(loc.file_count) if loc.file_count else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, loc.id)
            item.setToolTip(0, loc.path)
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[loc.id] = item
        self._roll_up()
        self.tree.expandToDepth(1)
        self.tree.resizeColumnToContents(0)
        if selected in items:
            self.tree.setCurrentItem(items[selected])
        self.tree.blockSignals(False)

    def _roll_up(self) -> None:
        """Show on each kho, tủ and ngăn how many files lie below it."""

        def total(item: QTreeWidgetItem) -> int:
            own = int(item.text(1) or 0)
            below = sum(total(item.child(i)) for i in range(item.childCount()))
            if item.childCount():
                item.setText(1, str(own + below) if own + below else "")
            return own + below

        for i in range(self.tree.topLevelItemCount()):
            total(self.tree.topLevelItem(i))

    @staticmethod
    def _first_row(record_list: RecordList) -> None:
        if record_list.selected() is None and record_list.model.rows:
            record_list.select_row(0)

    def current_location(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _location_moved(self) -> None:
        loc = self.locations.get(self.current_location() or -1)
        self.arrange_box_label.setText(
            f"Đang xếp vào: <b>{loc.path}</b>"
            if loc and loc.kind == "hộp"
            else "Chọn một hộp ở cây bên trái."
        )
        self.files_list.params["location_id"] = loc.id if loc else None
        self.files_list.reload()

    def display_file(self, file_id: int | None) -> None:
        if file_id is None:
            self._file_query.run(lambda _uow: None, done=self._show_file)
        else:
            self._file_query.run(archive.get_file, file_id, done=self._show_file)

    def _show_file(self, f: archive.FileView | None) -> None:
        self.current_file = f
        if f is None:
            self.file_detail.setHtml("")
            return
        docs = "".join(f"<li>{d.form_code} {d.title} {format_date(d.doc_date)}</li>" for d in f.documents)
        warn = f"<p style='color:#b00020'>{f.warning}</p>" if f.warning else ""
        loan = f"<p><b>Đang cho mượn:</b> {f.on_loan_to}</p>" if f.on_loan_to else ""
        self.file_detail.setHtml(
            f"<h3>Hồ sơ {f.number}</h3><p>{f.owner}</p><p>Vị trí: {f.location_path or '(chưa xếp vào hộp)'}"
            f"{f' (xếp ngày {format_date(f.arranged_date)})' if f.arranged_date else ''}</p>"
            f"<p>{f.digitised_text}</p>{loan}{warn}<ul>{docs}</ul>"
        )

    def _count_overdue(self) -> None:
        self._overdue_query.run(loans.count_overdue, done=self._show_overdue)

    def _show_overdue(self, late: int) -> None:
        self.overdue_label.setText(
            f"<b style='color:#b00020'>{late} hồ sơ mượn quá hạn</b>"
            if late
            else "Không có hồ sơ mượn quá hạn."
        )
        self.overdue_files.setText(f"{OVERDUE_FILES} ({late})")

    # ------------------------------------------------------------------ actions

    def add_location(self) -> None:
        where = self.locations.get(self.current_location() or -1)
        if where is not None and where.kind == "hộp":
            messages.info(
                self, "Hộp là vị trí nhỏ nhất; hãy chọn kho, tủ, kệ hoặc ngăn để thêm vào bên trong."
            )
            return
        LocationDialog(self.ctx, where, self).exec()

    def add_file(self) -> None:
        boxes = [loc for loc in self.locations.values() if loc.kind == "hộp"]
        current = self.current_location()
        dialog = FileDialog(self.ctx, boxes, current if current in {b.id for b in boxes} else None, self)
        if dialog.exec():
            self.files_list.reload(keep=dialog.result_value.id)

    def add_document(self, f: archive.FileRow) -> None:
        if DocumentDialog(self.ctx, f.id, f.number, self).exec():
            self.display_file(f.id)

    def lend(self, f: archive.FileRow) -> None:
        dialog = LoanDialog(self.ctx, f.id, f.number, self)
        if dialog.exec() and messages.confirm(self, "In phiếu mượn hồ sơ?"):
            self._print("loan_slip", dialog.result_value.id, title=f"Phiếu mượn hồ sơ {f.number}")

    def return_file(self, f: archive.FileRow) -> None:
        operation.run(
            self,
            loans.return_file,
            f.id,
            dt.date.today(),
            changes="archive",
            message=f"Đã ghi trả hồ sơ {f.number}.",
        )

    def _bulk_row(self, ctx: AppContext) -> QHBoxLayout:
        """The date of the arranging, and many numbers at once: ranges typed, or an Excel list."""
        self.arrange_day = DateEdit()
        self.arrange_day.setObjectName("arrangeDay")
        self.arrange_day.set_date(dt.date.today())
        self.arrange_day.setFixedWidth(110)
        self.arrange_day.setToolTip("Ngày xếp hồ sơ (mặc định hôm nay; ghi ngày cũ khi xếp bù)")
        self.many = QLineEdit()
        self.many.setObjectName("arrangeMany")
        self.many.setPlaceholderText("Nhiều hồ sơ: 1-250, 300, 305-310 hoặc số đầy đủ…")
        self.many.returnPressed.connect(self.arrange_many)
        self.many_button = QPushButton("Xếp tất cả vào hộp")
        self.many_button.clicked.connect(self.arrange_many)
        self.import_button = QPushButton("Xếp theo danh sách Excel…")
        self.import_button.setToolTip("Tệp Excel có cột «Số hồ sơ» và «Vị trí» (kiểm kê ban đầu)")
        self.import_button.clicked.connect(self.arrange_from_file)
        row = QHBoxLayout()
        day_label = QLabel("Ngày xếp:")
        day_label.setBuddy(self.arrange_day)
        for widget in (day_label, self.arrange_day, self.many, self.many_button, self.import_button):
            widget.setEnabled(ctx.can("write"))
            row.addWidget(widget, 1 if widget is self.many else 0)
        return row

    def _box(self) -> LocationView | None:
        loc = self.locations.get(self.current_location() or -1)
        if loc is None or loc.kind != "hộp":
            messages.info(self, "Hãy chọn hộp ở cây bên trái trước.")
            return None
        return loc

    def arrange_one(self) -> None:
        number = self.scan.text().strip()
        if not number:
            return
        loc = self._box()
        if loc is None:
            return
        self.scan.clear()
        operation.run(
            self,
            archive.arrange,
            loc.id,
            [number],
            self.arrange_day.text(),
            changes="archive",
            done=self._arranged,
        )

    def arrange_many(self) -> None:
        text = self.many.text().strip()
        loc = self._box() if text else None
        if loc is None:
            return
        operation.run(
            self,
            archive_bulk.arrange_text,
            loc.id,
            text,
            self.arrange_day.text(),
            changes="archive",
            done=self._arranged_many,
            message=lambda r: r.text(),
            title="Đang xếp hồ sơ…",
        )

    def _arranged_many(self, result: archive_bulk.ArrangeSummary) -> None:
        self.many.clear()
        self._arranged(result)  # type: ignore[arg-type]

    def arrange_from_file(self) -> None:
        path = messages.open_file(self, "Chọn danh sách hồ sơ và vị trí", "Excel (*.xlsx)")
        if path:
            ArrangeImportDialog(self.ctx, path, self).exec()

    def _arranged(self, result: archive.ArrangeResult) -> None:
        for n in result.placed:
            moved = dict(result.moved_from).get(n)
            self.placed.insertItem(0, n + (f" (chuyển từ {moved})" if moved else ""))
        for n in result.already_there:
            self.placed.insertItem(0, f"{n} (đã ở hộp này)")
        for n in result.unknown:
            self.unknown.insertItem(0, n)

    def print_slip(self, loan: loans.LoanView) -> None:
        self._print("loan_slip", loan.id, title=f"Phiếu mượn hồ sơ {loan.file_number}")

    def print_overdue(self) -> None:
        self._print("overdue_list", title="Danh sách hồ sơ mượn quá hạn")

    def _print(self, kind: str, *args: object, title: str) -> None:
        print_action.show(self, printouts.render_pdf, kind, *args, title=title, filename=f"{kind}.pdf")
