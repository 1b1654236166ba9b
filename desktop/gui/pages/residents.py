"""Residents page: one search box over 200,000 people, filters, a detail panel and the household."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.person import DeathDialog, EventDialog, PersonDialog, StrikeOffDialog
from desktop.gui.models.base import Column, ListTableModel
from desktop.gui.models.residents import PersonTableModel
from desktop.gui.operations import run_task
from desktop.gui.pages.base import Page
from desktop.gui.widgets import SearchBox, TableView, focus_shortcut
from desktop.residents import events, households, io, quality, search, service
from desktop.residents.search import STATUS_FILTERS, SearchFilter
from desktop.settings import list_villages
from desktop.text import format_date

MEMBER_COLUMNS = [
    Column("Họ và tên", lambda m: m.full_name),
    Column("Ngày sinh", lambda m: m.birth_text),
    Column("Quan hệ", lambda m: m.relation),
    Column("Tình trạng", lambda m: "Đã xóa thường trú" if m.struck_off else ""),
]
EVENT_COLUMNS = [
    Column("Ngày", lambda e: format_date(e.event_date)),
    Column("Biến động", lambda e: e.kind_text),
    Column("Lý do", lambda e: e.reason),
    Column("Biểu mẫu", lambda e: e.form_ref),
]


class ResidentsPage(Page):
    title = "Nhân khẩu, hộ"
    areas = ("residents", "villages")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search_box = SearchBox("Tìm theo họ tên, số định danh, điện thoại, số hồ sơ (không cần dấu)…")
        self.search_box.setObjectName("residentsSearch")
        self.search_box.search.connect(lambda _t: self.reload())
        focus_shortcut(self, self.search_box)
        self.village = QComboBox()
        self.status = QComboBox()
        for code, label in STATUS_FILTERS.items():
            self.status.addItem(label, code)
        self.status.setCurrentIndex(self.status.findData("registered"))
        self.problem = QComboBox()
        self.problem.addItem("Mọi hồ sơ", "")
        for rule in quality.RULES.values():
            self.problem.addItem(rule.label, rule.code)
        for combo in (self.village, self.status, self.problem):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.count_label = QLabel("")
        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 3)
        filters.addWidget(self.village, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.problem, 1)

        self.add_button = QPushButton("Thêm (Ctrl+N)")
        self.add_button.clicked.connect(self.add_person)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_person)
        self.edit_button = QPushButton("Sửa (Enter)")
        self.edit_button.clicked.connect(self.edit_person)
        self.death_button = QPushButton("Báo tử…")
        self.death_button.clicked.connect(self.record_death)
        self.strike_button = QPushButton("Xóa đăng ký thường trú…")
        self.strike_button.clicked.connect(self.strike_off)
        self.export_button = QPushButton("Xuất Excel…")
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton("Nhập Excel…")
        self.import_button.clicked.connect(self.import_file)
        self.template_button = QPushButton("Tệp mẫu…")
        self.template_button.clicked.connect(self.template)
        actions = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.death_button, self.strike_button):
            b.setEnabled(ctx.can("write"))
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        for b in (self.template_button, self.import_button, self.export_button):
            actions.addWidget(b)
        self.import_button.setEnabled(ctx.can("write"))

        self.model = PersonTableModel(lambda ids: self.ctx.run(search.fetch_rows, ids), self)
        self.table = TableView("residentsTable", ctx.prefs)
        self.table.setModel(self.model)
        # size columns from the first rows only: sizing from 1,000 rows would load five pages
        self.table.horizontalHeader().setResizeContentsPrecision(50)
        self.table.verticalHeader().setResizeContentsPrecision(50)
        self.table.activated_row.connect(lambda _r: self.edit_person())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self.show_detail(cur.row()))
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_person)

        self.detail = QTextBrowser()
        self.detail.setObjectName("personDetail")
        self.members = ListTableModel(MEMBER_COLUMNS, self)
        self.members_view = TableView("householdMembers", ctx.prefs)
        self.members_view.setModel(self.members)
        self.members_view.activated_row.connect(self.open_member)
        self.household_label = QLabel("")
        self.household_label.setWordWrap(True)
        self.split_button = QPushButton("Tách hộ…")
        self.split_button.clicked.connect(self.split_household)
        self.join_button = QPushButton("Đưa vào hộ…")
        self.join_button.clicked.connect(self.join_household)
        household = QWidget()
        hl = QVBoxLayout(household)
        hl.addWidget(self.household_label)
        hl.addWidget(self.members_view, 1)
        hb = QHBoxLayout()
        for b in (self.split_button, self.join_button):
            b.setEnabled(ctx.can("write"))
            hb.addWidget(b)
        hl.addLayout(hb)
        self.events = ListTableModel(EVENT_COLUMNS, self)
        self.events_view = TableView("personEvents", ctx.prefs)
        self.events_view.setModel(self.events)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.detail, "Thông tin")
        self.tabs.addTab(household, "Hộ gia đình")
        self.event_button = QPushButton("Thêm biến động…")
        self.event_button.clicked.connect(self.add_event)
        self.event_button.setEnabled(ctx.can("write"))
        events_tab = QWidget()
        el = QVBoxLayout(events_tab)
        el.addWidget(self.events_view, 1)
        el.addWidget(self.event_button)
        self.tabs.addTab(events_tab, "Biến động cư trú")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setSizes([850, 450])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self.table.restore_layout()
        self.current: service.PersonView | None = None

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        current = self.village.currentData()
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem("Mọi thôn, bon", None)
        for v in self.ctx.run(list_villages):
            self.village.addItem(v.label, v.id)
        self.village.setCurrentIndex(max(0, self.village.findData(current)))
        self.village.blockSignals(False)
        self.reload()

    def current_filter(self) -> SearchFilter:
        return SearchFilter(
            self.search_box.text(),
            village_id=self.village.currentData(),
            status=self.status.currentData() or "",
            problem=self.problem.currentData() or "",
        )

    def reload(self, keep: int | None = None) -> None:
        ids = self.ctx.run(search.search_ids, self.current_filter())
        self.model.set_ids(ids)
        self.count_label.setText(f"{len(ids):,} người".replace(",", "."))
        row = self.model.row_of(keep) if keep is not None else (0 if ids else -1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.show_detail(-1)

    def show_detail(self, row: int) -> None:
        item = self.model.row_at(row)
        if item is None:
            self.current = None
            self.detail.setHtml("<p>Chọn một người trong danh sách.</p>")
            self.members.set_rows([])
            self.events.set_rows([])
            self.household_label.setText("")
            return
        p = self.current = self.ctx.run(service.get_person, item.id)
        self.detail.setHtml(person_html(p))
        if p.household_id:
            h = self.ctx.run(households.get_household, p.household_id)
            text = f"<b>Hộ số {html.escape(h.number)}</b> — {html.escape(h.village_label)}"
            if h.head_name:
                text += f"; chủ hộ <b>{html.escape(h.head_name)}</b>"
            if h.address:
                text += f"<br>Địa chỉ: {html.escape(h.address)}"
            for change in h.changes:
                text += f"<br><i>{html.escape(change.text)}</i>"
            self.household_label.setText(text)
            self.members.set_rows(list(h.members))
        else:
            self.household_label.setText("Chưa thuộc hộ nào.")
            self.members.set_rows([])
        self.events.set_rows(self.ctx.run(events.list_events, p.id))

    # ------------------------------------------------------------------ actions

    def add_person(self) -> None:
        if not self.ctx.can("write"):
            return
        dialog = PersonDialog(self.ctx, None, self)
        if dialog.exec():
            self.reload(keep=dialog.result_value.id)

    def edit_person(self) -> None:
        if self.current is None:
            messages.info(self, "Hãy chọn một người trong danh sách.")
            return
        dialog = PersonDialog(self.ctx, self.current, self)
        if not self.ctx.can("write"):
            dialog.buttons.setEnabled(False)
        if dialog.exec():
            self.model.invalidate()
            self.reload(keep=self.current.id)

    def open_member(self, row: int) -> None:
        member = self.members.row_at(row)
        if member is None:
            return
        self.search_box.setText("")
        self.status.setCurrentIndex(0)
        self.reload(keep=member.person_id)

    def split_household(self) -> None:
        from desktop.gui.dialogs.household import SplitDialog

        if self.current is None or self.current.household_id is None:
            messages.info(self, "Người đang chọn chưa thuộc hộ nào.")
            return
        household = self.ctx.run(households.get_household, self.current.household_id)
        if SplitDialog(self.ctx, household, self).exec():
            self.model.invalidate()
            self.reload(keep=self.current.id)

    def join_household(self) -> None:
        from desktop.gui.dialogs.household import JoinDialog

        if (
            self.current is not None
            and JoinDialog(self.ctx, self.current.id, self.current.full_name, self).exec()
        ):
            self.model.invalidate()
            self.reload(keep=self.current.id)

    def add_event(self) -> None:
        if self.current is not None and EventDialog(self.ctx, self.current, self).exec():
            self.events.set_rows(self.ctx.run(events.list_events, self.current.id))

    def record_death(self) -> None:
        if self.current is not None and DeathDialog(self.ctx, self.current, self).exec():
            self.reload(keep=self.current.id)

    def strike_off(self) -> None:
        if self.current is not None and StrikeOffDialog(self.ctx, self.current, self).exec():
            self.reload(keep=self.current.id)

    def delete_person(self) -> None:
        p = self.current
        if p is None or not messages.confirm(
            self,
            f"Xóa hẳn «{p.full_name}» (nhập nhầm)? Người có hồ sơ cư trú "
            "phải xóa đăng ký thường trú thay vì xóa.",
        ):
            return
        try:
            self.ctx.run(service.delete_person, p.id, p.version)
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.ctx.changed("residents", self)
        self.reload()

    def export(self) -> None:
        path = messages.save_file(self, "Xuất danh sách nhân khẩu", "nhan-khau.xlsx", "Excel (*.xlsx)")
        if not path:
            return
        flt = self.current_filter()
        run_task(
            self,
            lambda progress: self.ctx.db.run(self.ctx.actor, io.export_persons, path, flt, progress),
            lambda n: messages.info(self, f"Đã xuất {n} người ra {path}"),
            title="Đang xuất Excel…",
        )

    def template(self) -> None:
        path = messages.save_file(self, "Lưu tệp mẫu", "mau-nhap-nhan-khau.xlsx", "Excel (*.xlsx)")
        if path:
            self.ctx.run(io.write_template, path)
            messages.info(self, f"Đã tạo tệp mẫu {path}")

    def import_file(self) -> None:
        path = messages.open_file(self, "Nhập nhân khẩu từ Excel", "Excel (*.xlsx)")
        if not path:
            return

        def check(progress):  # noqa: ANN001, ANN202
            with self.ctx.db.uow(self.ctx.actor) as work:
                return io.read_import(work, path, progress)[0]

        run_task(self, check, lambda report: self._confirm_import(path, report), title="Đang kiểm tra tệp…")

    def _confirm_import(self, path: str, report: io.ImportReport) -> None:
        if report.errors:
            lines = [str(e) for e in report.errors[:40]]
            more = f"\n… và {len(report.errors) - 40} lỗi khác." if len(report.errors) > 40 else ""
            messages.warn(self, report.summary() + "\n\n" + "\n".join(lines) + more)
            return
        if not messages.confirm(self, report.summary() + f"\n\nNhập tệp {Path(path).name}?"):
            return
        run_task(
            self,
            lambda progress: self.ctx.db.run(self.ctx.actor, io.import_persons, path, progress=progress),
            self._imported,
            title="Đang nhập…",
        )

    def _imported(self, report: io.ImportReport) -> None:
        messages.info(self, report.summary())
        self.ctx.changed("residents", self)
        self.reload()

    def save_layout(self) -> None:
        self.table.save_layout()


def person_html(p: service.PersonView) -> str:
    e = html.escape
    rows = [
        ("Họ và tên", f"<b>{e(p.full_name)}</b>" + (f" ({e(p.other_name)})" if p.other_name else "")),
        ("Ngày sinh", e(p.birth_text) or "<i>chưa có</i>"),
        ("Giới tính", e(p.sex_text)),
        ("Dân tộc, tôn giáo", f"{e(p.ethnic)}, {e(p.religion)}"),
        ("Số định danh", e(p.id_number) or "<i>chưa có</i>"),
        ("CMND cũ", e(", ".join(p.old_ids))),
        ("Điện thoại", e(p.phone)),
        ("Nghề nghiệp", e(p.occupation)),
        ("Thường trú", e(p.permanent_address)),
        ("Tạm trú", e(p.temporary_address)),
        ("Thôn, bon", e(p.village_label)),
        ("Hộ", e(p.household_number) + (f" — {e(p.relation)}" if p.relation else "")),
        ("Tình trạng", e(p.status_text)),
        (
            "Căn cước",
            e(p.id_card_text)
            + (f", cấp {format_date(p.id_card_issued_date)}" if p.id_card_issued_date else ""),
        ),
        ("VNeID", e(p.vneid_text)),
        ("Hồ sơ cư trú", e(", ".join(p.file_numbers))),
    ]
    if p.death_date:
        rows.append(
            ("Ngày chết", f"{format_date(p.death_date)} (báo tử {format_date(p.death_reported_date)})")
        )
    if p.struck_off_date:
        rows.append(("Căn cứ xóa", e(p.strike_ground_text)))
    body = "".join(
        f"<tr><td style='color:#555;padding-right:8px'>{k}</td><td>{v}</td></tr>" for k, v in rows if v
    )
    warn = "".join(f"<p style='color:#b00020'>⚠ {e(w)}</p>" for w in p.id_warnings if p.id_number)
    return f"<table>{body}</table>{warn}"
