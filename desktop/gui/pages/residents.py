"""Residents page: one search box over 200,000 people, filters, a detail panel and the household
(the household tab and what the panel reads are in ``residents_detail``), reading an ID card's QR
code into the search, and the Excel export and import.

Every read runs off the GUI thread: the list fetches one keyset page at a time (sorted in SQL), the
count and the selected person's detail arrive on their own, and an answer for an older search is
dropped. Every write is an operation that announces "residents"; the page then refreshes itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QMenu,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.person import DeathDialog, PersonDialog, ResidenceEventDialog, StrikeOffDialog
from desktop.gui.dialogs.record_page import PersonPageDialog
from desktop.gui.kit import operation
from desktop.gui.kit.idcard_input import IdCardInput
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.gui.models.residents import (
    COL_BIRTH,
    COL_HOUSEHOLD,
    COL_NAME,
    COL_PHONE,
    COL_RELATION,
    COL_SEX,
    COL_STATUS,
    COL_VILLAGE,
    PersonTableModel,
)
from desktop.gui.pages.base import Page
from desktop.gui.pages.residents_detail import Detail, HouseholdTab, person_detail, person_html
from desktop.residents import households, idcard_qr, io, listing, quality, search, service
from desktop.residents.io_handover import Checked, check_file, import_checked
from desktop.residents.search import STATUS_FILTERS, SearchFilter
from desktop.settings import list_villages
from desktop.text import format_date

#: name, birth date, sex, ID, phone, village, household, relation (the status takes the rest)
COLUMN_WIDTHS = (168, 86, 74, 112, 104, 140, 68, 84)
EVENT_COLUMNS = [
    Column("Ngày", lambda e: format_date(e.event_date)),
    Column("Biến động", lambda e: e.kind_text),
    Column("Lý do", lambda e: e.reason),
    Column("Biểu mẫu", lambda e: e.form_ref),
]


def find_card(uow: Any, card: idcard_qr.CardData) -> list[service.PersonView]:
    """The persons of the register holding the card's number (none, one, or a duplicate to clean)."""
    return [service.get_person(uow, pid) for pid in search.find_by_id_number(uow, card.number)]


def check_import(uow: Any, path: str, progress: Any = None) -> Checked:
    """Read and check an import file, writing nothing; the import takes what it checked."""
    return check_file(uow, path, progress)


class ResidentsPage(Page):
    title = "Nhân khẩu, hộ"
    areas = ("residents", "villages")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.current: service.PersonView | None = None
        self.household: households.HouseholdView | None = None
        self._keep: int | None = None
        self._pages = operation.Query(self)
        self._counter = operation.Query(self)
        self._detail = operation.Query(self)
        self._villages_q = operation.Query(self)

        self.model = PersonTableModel(self._fetch, self)
        self.list = RecordList(self, "residents", [], model=self.model,
                               placeholder="Tìm tên, số định danh, điện thoại, số hồ sơ…")  # fmt: skip
        self.table = self.list.table
        self.search_box = self.list.search
        self.search_box.setToolTip(
            "Tìm theo họ tên, tên gọi khác, số định danh, CMND cũ, điện thoại, số hồ sơ"
            " — gõ không cần dấu (Ctrl+F)"
        )
        # switching sorting on asked for a descending order: the list starts by name, A to Z
        self.model.sort_name, self.model.descending = "name", False
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        # size columns from the first rows only: measuring a whole page of text takes ~50 ms
        header.setResizeContentsPrecision(20)
        if ctx.prefs.state(self.table.objectName()) is None:
            self.model.modelReset.connect(self._first_widths)
        # at 125 % scaling (a 1093-pixel window) nine columns do not fit beside the detail pane, which
        # shows every one of them: the least useful give way first, the name and ID number never
        self.list.hide_when_narrow(COL_RELATION, COL_SEX, COL_STATUS, COL_HOUSEHOLD, COL_PHONE, COL_VILLAGE,
                                   COL_BIRTH)
        self.village = self.list.add_filter("village_id", "Thôn, bon", [("Mọi thôn, bon", None)])
        statuses = [(v, k) for k, v in STATUS_FILTERS.items()]
        self.status = self.list.add_filter("status", "Tình trạng", statuses, "registered")
        problems = [("Mọi hồ sơ", ""), *((r.label, r.code) for r in quality.RULES.values())]
        self.problem = self.list.add_filter("problem", "Lỗi dữ liệu", problems)
        # the long rule names would widen the bar by a line: the box shows the start, its list all
        self.problem.setSizeAdjustPolicy(self.problem.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.problem.setMinimumContentsLength(16)
        self.problem.view().setMinimumWidth(self.problem.view().sizeHintForColumn(0) + 24)
        self.search_box.search.connect(lambda _t: self.reload())
        self.card_reader = IdCardInput.install(self.search_box)
        self.card_reader.card_read.connect(self.card_read)
        self._card_q = operation.Query(self)
        for combo in (self.village, self.status, self.problem):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.add_action = self.list.add_action(
            "Thêm", self.add_person, needs="none", permission="write", shortcut="Ctrl+N", tip="Thêm nhân khẩu"
        )
        self.list.add_action("Sửa…", self.edit_person, default=True, tip="Xem, sửa nhân khẩu (Enter)")
        self.page_action = self.list.add_action(
            "Xem toàn bộ hồ sơ",
            self.person_page,
            shortcut="Ctrl+Return",
            tip="Mọi bản ghi về người này: hộ, biến động, hồ sơ, lỗi dữ liệu, căn cước, vũ khí, vụ việc…",
        )
        self.death_action = self.list.add_action(
            "Báo tử…", self.record_death, permission="write", enabled_if=lambda r: r.status_text != "Đã chết"
        )
        self.strike_action = self.list.add_action(
            "Xóa đăng ký thường trú…", self.strike_off, permission="write"
        )
        self.delete_action = self.list.add_action(
            "Xóa (nhập nhầm)", self.delete_person, permission="write", shortcut="Delete", button=False
        )
        excel = QToolButton()
        excel.setText("Excel")
        excel.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(excel)
        self.export_action = menu.addAction("Xuất danh sách ra Excel…", self.export)
        self.import_action = menu.addAction("Nhập nhân khẩu từ Excel…", self.import_file)
        self.import_action.setEnabled(ctx.can("write"))
        self.template_action = menu.addAction("Tạo tệp mẫu để nhập…", self.template)
        excel.setMenu(menu)
        self.list.add_widget(excel)
        self.list.selection_changed.connect(lambda row: self.show_person(row.id if row else None))
        self.model.modelReset.connect(self._reset)
        self.count_label = self.list.count_label

        self.detail = QTextBrowser()
        self.detail.setObjectName("personDetail")
        self.household_tab = HouseholdTab(ctx, self)
        self.events_list = RecordList(self, "personEvents", EVENT_COLUMNS, search=False)
        self.events = self.events_list.model
        self.events_list.fit_columns(stretch=2)
        self.events_list.hide_when_narrow(3, 2)  # a narrow panel: the form, then the reason give way
        self.event_action = self.events_list.add_action(
            "Thêm biến động…", self.add_event, needs="none", permission="write"
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.detail, "Thông tin")
        self.tabs.addTab(self.household_tab, "Hộ gia đình")
        self.tabs.addTab(self.events_list, "Biến động")
        self.tabs.setTabToolTip(2, "Biến động cư trú của người đang chọn")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([980, 320])  # the list's nine columns first; the panel reads fine at ~280
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self._show_detail(None)

    # ------------------------------------------------------------------ loading

    def _fetch(self, flt: SearchFilter, *, done: Any, **kwargs: Any) -> None:
        self._pages.run(listing.list_page, flt, done=done, **kwargs)

    def refresh(self) -> None:
        self._villages_q.run(list_villages, done=self._villages)

    def _villages(self, villages: list[Any]) -> None:
        self.list.set_filter_options(
            "village_id", [("Mọi thôn, bon", None), *((v.label, v.id) for v in villages)]
        )
        self.reload(keep=self._keep or (self.current.id if self.current else None))

    def _first_widths(self) -> None:
        """Widths that fit every column into 1366 pixels, until the clerk sets their own."""
        if self.model.rows:
            self.model.modelReset.disconnect(self._first_widths)
            for column, width in enumerate(COLUMN_WIDTHS):
                self.table.horizontalHeader().resizeSection(column, width)
            self.table.request_fit()  # a narrower screen or a larger font: still no side scrolling

    def current_filter(self) -> SearchFilter:
        return SearchFilter(
            self.search_box.text(),
            village_id=self.village.currentData(),
            status=self.status.currentData() or "",
            problem=self.problem.currentData() or "",
        )

    def reload(self, keep: int | None = None) -> None:
        """Search again (off the GUI thread); ``keep`` stays selected if it is on the first page."""
        self._keep = keep
        flt = self.current_filter()
        self.model.start(flt)
        self._counter.run(search.count, flt, done=self._show_count)

    def _show_count(self, n: int) -> None:
        self.count_label.setText(f"{n:,} người".replace(",", "."))

    def _reset(self) -> None:
        """The first page of a search arrived: select the kept person, or the first row."""
        keep, self._keep = self._keep, None
        if keep is not None and self.list.select_id(keep):
            return
        if keep is not None:
            self.show_person(keep)  # not on the first page: still shown on the right
        elif self.model.rows:
            self.list.select_row(0)
        else:
            self.show_person(None)

    def show_person(self, person_id: int | None) -> None:
        if person_id is None:
            self._detail.run(lambda _uow: None, done=self._show_detail)
        else:
            self._detail.run(person_detail, person_id, done=self._show_detail)

    def _show_detail(self, detail: Detail | None) -> None:
        if detail is None:
            self.current = self.household = None
            self.detail.setHtml("<p>Chọn một người trong danh sách.</p>")
            self.household_tab.display(None, person_shown=False)
            self.events_list.set_rows([])
            return
        p, h = detail.person, detail.household
        self.current, self.household = p, h
        self.detail.setHtml(person_html(p))
        self.household_tab.display(h)
        self.events_list.set_rows(detail.events)

    # ------------------------------------------------------------------ actions

    def _saved(self, view: service.PersonView) -> None:
        """After a save: the page refreshes (announced); the saved person stays shown."""
        self._keep = view.id
        self.show_person(view.id)

    def add_person(self) -> None:
        dialog = PersonDialog(self.ctx, None, self)
        if dialog.exec():
            self._saved(dialog.result_value)

    def edit_person(self, _row: Any = None) -> None:
        if self.current is None:
            return
        dialog = PersonDialog(self.ctx, self.current, self)
        if dialog.exec():
            self._saved(dialog.result_value)

    def person_page(self, row: Any = None) -> None:
        if self.current is not None:
            PersonPageDialog(self.ctx, self.current.id, self).exec()

    def record_death(self, _row: Any = None) -> None:
        if self.current is not None and DeathDialog(self.ctx, self.current, self).exec():
            self.show_person(self.current.id)

    def strike_off(self, _row: Any = None) -> None:
        if self.current is not None and StrikeOffDialog(self.ctx, self.current, self).exec():
            self.show_person(self.current.id)

    def delete_person(self, _row: Any = None) -> None:
        p = self.current
        if p is not None and messages.confirm(
            self,
            f"Xóa hẳn «{p.full_name}» (nhập nhầm)? Người có hồ sơ cư trú "
            "phải xóa đăng ký thường trú thay vì xóa.",
        ):
            operation.run(
                self,
                service.delete_person,
                p.id,
                p.version,
                changes="residents",
                message=f"Đã xóa {p.full_name}.",
            )

    def add_event(self) -> None:
        if self.current is not None and ResidenceEventDialog(self.ctx, self.current, self).exec():
            self.show_person(self.current.id)

    # ---- the ID card's QR code, read into the search box

    def card_read(self, card: idcard_qr.CardData) -> None:
        """Find the card's person by number; offer a new person filled from the card when none."""
        self.search_box.setText(card.number)
        self._card_q.run(find_card, card, done=lambda found: self._card_found(card, found))

    def _card_found(self, card: idcard_qr.CardData, found: list[service.PersonView]) -> None:
        if not found:
            if self.ctx.can("write") and messages.confirm(
                self,
                f"Không có ai mang số định danh {card.number} trong sổ.\n\n"
                f"Thêm nhân khẩu mới theo thẻ: {card.summary}?",
                title="Thêm nhân khẩu mới",
            ):
                dialog = PersonDialog(self.ctx, None, self, card=card)
                if dialog.exec():
                    self._saved(dialog.result_value)
            elif not self.ctx.can("write"):
                messages.info(self, f"Không có ai mang số định danh {card.number} trong sổ.")
            return
        person = found[0]
        self.reload(keep=person.id)
        if len(found) > 1:
            names = ", ".join(p.full_name for p in found)
            messages.warn(self, f"Số định danh {card.number} đang ghi cho {len(found)} người: {names}.")
            return
        diffs = idcard_qr.compare(card, person)
        if diffs and messages.confirm(
            self,
            f"Thẻ căn cước của {person.full_name} khác với sổ ở: "
            + ", ".join(d.label.lower() for d in diffs)
            + ".\n\nMở để đối chiếu và chọn mục lấy theo thẻ?",
            title="Thẻ khác với sổ",
        ):
            dialog = PersonDialog(self.ctx, person, self, card=card)
            if dialog.exec():
                self._saved(dialog.result_value)

    # ---- Excel

    def export(self) -> None:
        path = messages.save_file(self, "Xuất danh sách nhân khẩu", "nhan-khau.xlsx", "Excel (*.xlsx)")
        if path:
            operation.run(
                self,
                io.export_persons,
                path,
                self.current_filter(),
                with_progress=True,
                title="Đang xuất Excel…",
                done=lambda n: messages.info(self, f"Đã xuất {n} người ra {path}"),
            )

    def template(self) -> None:
        path = messages.save_file(self, "Lưu tệp mẫu", "mau-nhap-nhan-khau.xlsx", "Excel (*.xlsx)")
        if path:
            operation.run(
                self, io.write_template, path, done=lambda _p: messages.info(self, f"Đã tạo tệp mẫu {path}")
            )

    def import_file(self) -> None:
        path = messages.open_file(self, "Nhập nhân khẩu từ Excel", "Excel (*.xlsx)")
        if path:
            operation.run(
                self,
                check_import,
                path,
                with_progress=True,
                title="Đang kiểm tra tệp…",
                done=lambda checked: self._confirm_import(path, checked),
            )

    def _confirm_import(self, path: str, checked: Checked) -> None:
        report = checked.report
        if report.errors:
            lines = [str(e) for e in report.errors[:40]]
            more = f"\n… và {len(report.errors) - 40} lỗi khác." if len(report.errors) > 40 else ""
            messages.warn(self, report.summary() + "\n\n" + "\n".join(lines) + more)
            return
        warned = "\n\n" + "\n".join(report.warning_lines(40)) if report.warnings else ""
        if messages.confirm(self, report.summary() + warned + f"\n\nNhập tệp {Path(path).name}?"):
            operation.run(
                self,
                import_checked,
                checked,
                with_progress=True,
                title="Đang nhập…",
                changes="residents",
                done=lambda r: messages.info(self, r.summary()),
            )
