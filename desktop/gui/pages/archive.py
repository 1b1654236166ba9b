"""Archive page (tàng thư): the location tree, the files in it, arranging a pile of folders into a
box, loans and the overdue list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
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

from desktop.gui import messages, printing
from desktop.gui.context import AppContext
from desktop.gui.dialogs.archive import DocumentDialog, FileDialog, LoanDialog, LocationDialog
from desktop.gui.models.base import Column, ListTableModel
from desktop.gui.pages.base import Page
from desktop.gui.widgets import SearchBox, TableView, focus_shortcut
from desktop.residents import archive, loans, printouts
from desktop.text import format_date

FILE_COLUMNS = [
    Column("Số hồ sơ", lambda f: f.number),
    Column("Chủ hồ sơ", lambda f: f.owner),
    Column("Vị trí", lambda f: f.location_path or "(chưa xếp)"),
    Column("Số hóa", lambda f: f.digitised),
    Column("Đang mượn", lambda f: "Đang mượn" if f.on_loan else ""),
]
LOAN_COLUMNS = [
    Column("Số hồ sơ", lambda x: x.file_number),
    Column("Người mượn", lambda x: x.borrower),
    Column("Đơn vị", lambda x: x.borrower_unit),
    Column("Mục đích", lambda x: x.purpose),
    Column("Ngày mượn", lambda x: format_date(x.out_date)),
    Column("Hạn trả", lambda x: format_date(x.due_date)),
    Column("Tình trạng", lambda x: x.state_text),
]


class ArchivePage(Page):
    title = "Tàng thư hồ sơ"
    areas = ("archive", "residents")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        write = ctx.can("write")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Vị trí", "Hồ sơ"])
        self.tree.currentItemChanged.connect(lambda _c, _p: self.load_files())
        self.add_location_button = QPushButton("Thêm vị trí…")
        self.add_location_button.clicked.connect(self.add_location)
        self.add_location_button.setEnabled(write)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(QLabel("<b>Kho → tủ, kệ → ngăn → hộp</b>"))
        ll.addWidget(self.tree, 1)
        ll.addWidget(self.add_location_button)

        self.search_box = SearchBox("Tìm số hồ sơ hoặc tên chủ hồ sơ…")
        self.search_box.search.connect(lambda _t: self.load_files())
        focus_shortcut(self, self.search_box)
        self.files = ListTableModel(FILE_COLUMNS, self)
        self.files_view = TableView("archiveFiles", ctx.prefs)
        self.files_view.setModel(self.files)
        self.files_view.selectionModel().currentRowChanged.connect(lambda cur, _p: self.show_file(cur.row()))
        self.files_view.activated_row.connect(self.show_file)
        self.new_file_button = QPushButton("Thêm hồ sơ (Ctrl+N)")
        self.new_file_button.clicked.connect(self.add_file)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_file)
        self.lend_button = QPushButton("Cho mượn…")
        self.lend_button.clicked.connect(self.lend)
        self.return_button = QPushButton("Ghi trả")
        self.return_button.clicked.connect(self.return_file)
        self.document_button = QPushButton("Thêm giấy tờ…")
        self.document_button.clicked.connect(self.add_document)
        for b in (self.new_file_button, self.lend_button, self.return_button, self.document_button):
            b.setEnabled(write)
        self.file_detail = QTextBrowser()
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        for b in (self.new_file_button, self.document_button, self.lend_button, self.return_button):
            bar.addWidget(b)
        files_tab = QWidget()
        fl = QVBoxLayout(files_tab)
        fl.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.files_view)
        split.addWidget(self.file_detail)
        split.setSizes([450, 180])
        fl.addWidget(split, 1)

        # arranging: choose a box in the tree, then type or scan numbers one after another
        self.arrange_box_label = QLabel("Chọn một hộp ở cây bên trái.")
        self.scan = QLineEdit()
        self.scan.setObjectName("arrangeScan")
        self.scan.setPlaceholderText("Gõ hoặc quét số hồ sơ rồi nhấn Enter…")
        self.scan.returnPressed.connect(self.arrange_one)
        self.scan.setEnabled(write)
        self.placed = QListWidget()
        self.unknown = QListWidget()
        arrange_tab = QWidget()
        al = QVBoxLayout(arrange_tab)
        al.addWidget(self.arrange_box_label)
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

        self.loans = ListTableModel(LOAN_COLUMNS, self)
        self.loans_view = TableView("archiveLoans", ctx.prefs)
        self.loans_view.setModel(self.loans)
        self.slip_button = QPushButton("In phiếu mượn")
        self.slip_button.clicked.connect(self.print_slip)
        self.overdue_button = QPushButton("In danh sách quá hạn")
        self.overdue_button.clicked.connect(self.print_overdue)
        self.overdue_label = QLabel("")
        loans_tab = QWidget()
        lo = QVBoxLayout(loans_tab)
        lb = QHBoxLayout()
        lb.addWidget(self.overdue_label, 1)
        lb.addWidget(self.slip_button)
        lb.addWidget(self.overdue_button)
        lo.addLayout(lb)
        lo.addWidget(self.loans_view, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(files_tab, "Hồ sơ")
        self.tabs.addTab(arrange_tab, "Xếp hồ sơ vào hộp")
        self.tabs.addTab(loans_tab, "Mượn, trả")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setSizes([300, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.files_view.restore_layout()
        self.current_file: archive.FileView | None = None

    def refresh(self) -> None:
        selected = self.current_location()
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        self._kinds: dict[int, str] = {}
        for loc in self.ctx.run(archive.list_locations):
            parent = items.get(loc.parent_id) if loc.parent_id else None
            item = QTreeWidgetItem([loc.label, str(loc.file_count) if loc.file_count else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, loc.id)
            self._kinds[loc.id] = loc.kind
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[loc.id] = item
        self._roll_up(items)
        self.tree.expandToDepth(1)
        self.tree.resizeColumnToContents(0)
        if selected in items:
            self.tree.setCurrentItem(items[selected])
        self.load_files()
        self.load_loans()

    def _roll_up(self, items: dict[int, QTreeWidgetItem]) -> None:
        """Show on each kho, tủ and ngăn how many files lie below it."""

        def total(item: QTreeWidgetItem) -> int:
            own = int(item.text(1) or 0)
            below = sum(total(item.child(i)) for i in range(item.childCount()))
            if item.childCount():
                item.setText(1, str(own + below) if own + below else "")
            return own + below

        for i in range(self.tree.topLevelItemCount()):
            total(self.tree.topLevelItem(i))

    def current_location(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def load_files(self) -> None:
        loc = self.current_location()
        kind = self._kinds.get(loc, "") if loc else ""
        self.arrange_box_label.setText(
            f"Đang xếp vào: <b>{self.tree.currentItem().text(0)}</b>"
            if loc and kind == "hộp"
            else "Chọn một hộp ở cây bên trái."
        )
        self.files.set_rows(self.ctx.run(archive.list_files, text=self.search_box.text(), location_id=loc))
        if self.files.rows:
            self.files_view.selectRow(0)
        self.show_file(0 if self.files.rows else -1)

    def load_loans(self) -> None:
        overdue = self.ctx.run(loans.overdue)
        self.loans.set_rows(
            overdue
            + [x for x in self.ctx.run(loans.list_loans, limit=300) if x.id not in {o.id for o in overdue}]
        )
        self.overdue_label.setText(
            f"<b style='color:#b00020'>{len(overdue)} hồ sơ mượn quá hạn</b>"
            if overdue
            else "Không có hồ sơ mượn quá hạn."
        )

    def show_file(self, row: int) -> None:
        item = self.files.row_at(row)
        if item is None:
            self.current_file = None
            self.file_detail.setHtml("")
            return
        self.display_file(item.id)

    def display_file(self, file_id: int) -> None:
        f = self.current_file = self.ctx.run(archive.get_file, file_id)
        docs = "".join(f"<li>{d.form_code} {d.title} {format_date(d.doc_date)}</li>" for d in f.documents)
        warn = f"<p style='color:#b00020'>{f.warning}</p>" if f.warning else ""
        loan = f"<p><b>Đang cho mượn:</b> {f.on_loan_to}</p>" if f.on_loan_to else ""
        self.file_detail.setHtml(
            f"<h3>Hồ sơ {f.number}</h3><p>{f.owner}</p><p>Vị trí: {f.location_path or '—'}"
            f" (xếp ngày {format_date(f.arranged_date)})</p><p>{f.digitised_text}</p>{loan}"
            f"{warn}<ul>{docs}</ul>"
        )

    def add_location(self) -> None:
        loc = self.current_location()
        if LocationDialog(self.ctx, loc, self._kinds.get(loc) if loc else None, self).exec():
            self.refresh()

    def add_file(self) -> None:
        if self.ctx.can("write") and FileDialog(self.ctx, self.current_location(), self).exec():
            self.refresh()

    def add_document(self) -> None:
        f = self.current_file
        if f is not None and DocumentDialog(self.ctx, f.id, f.number, self).exec():
            self.display_file(f.id)

    def lend(self) -> None:
        f = self.current_file
        if f is None:
            messages.info(self, "Hãy chọn một hồ sơ.")
            return
        dialog = LoanDialog(self.ctx, f.id, f.number, self)
        if dialog.exec():
            self.refresh()
            if messages.confirm(self, "In phiếu mượn hồ sơ?"):
                self._preview("loan_slip", dialog.result_value.id, title="Phiếu mượn hồ sơ")

    def return_file(self) -> None:
        f = self.current_file
        if f is None:
            return
        try:
            self.ctx.run(loans.return_file, f.id, dt.date.today())
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.ctx.changed("archive", self)
        self.refresh()

    def arrange_one(self) -> None:
        number = self.scan.text().strip()
        loc = self.current_location()
        if not number:
            return
        if loc is None:
            messages.info(self, "Hãy chọn hộp ở cây bên trái trước.")
            return
        try:
            result = self.ctx.run(archive.arrange, loc, [number])
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        for n in result.placed:
            moved = dict(result.moved_from).get(n)
            self.placed.insertItem(0, n + (f" (chuyển từ {moved})" if moved else ""))
        for n in result.already_there:
            self.placed.insertItem(0, f"{n} (đã ở hộp này)")
        for n in result.unknown:
            self.unknown.insertItem(0, n)
        self.scan.clear()
        self.ctx.changed("archive", self)

    def print_slip(self) -> None:
        loan = self.loans.row_at(self.loans_view.current_row())
        if loan is None:
            messages.info(self, "Hãy chọn một lần mượn.")
            return
        self._preview("loan_slip", loan.id, title="Phiếu mượn hồ sơ")

    def print_overdue(self) -> None:
        self._preview("overdue_list", title="Danh sách hồ sơ mượn quá hạn")

    def _preview(self, kind: str, *args: object, title: str) -> None:
        try:
            data = self.ctx.run(printouts.render_pdf, kind, *args)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.last_preview = printing.preview_pdf(self, data, title)

    def save_layout(self) -> None:
        self.files_view.save_layout()
