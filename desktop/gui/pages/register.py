"""The outgoing-document register (sổ đăng ký văn bản đi): every number the station has given, by
year, kind and status; a number taken by hand is entered here, a wrong document voided with its
reason (its number stays used), the book printed, the record a document belongs to opened."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.reason import ReasonDialog
from desktop.gui.dialogs.register_number import RegisterNumberDialog
from desktop.gui.kit import operation, print_action
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.gui.pages.base import Page
from desktop.register import printout, service
from desktop.register.models import STATUSES
from desktop.register.service import EntryView, RegisterOptions
from desktop.text import format_date

COLUMNS = [
    Column("Số", lambda e: f"{e.number:02d}", "right", sort=lambda e: (e.year, e.number)),
    Column("Ngày", lambda e: format_date(e.doc_date)),
    Column("Ký hiệu", lambda e: e.symbol),
    Column("Trích yếu", lambda e: e.subject, tooltip=lambda e: e.note or e.subject),
    Column("Người ký", lambda e: e.signer),
    Column("Nơi nhận", lambda e: e.recipients),
    Column("Số bản", lambda e: e.copies, "right"),
    Column(
        "Trạng thái",
        lambda e: e.status_text + (" (lấy số tay)" if e.hand_entered else ""),
        tooltip=lambda e: e.void_reason,
    ),
]

#: the page that holds the record a document belongs to (the register's ``area`` prefix)
RECORD_PAGES = {
    "weapons": "weapons",
    "support": "support",
    "schedule": "schedule",
    "staff": "staff",
    "residents.loan_slip": "archive",
    "residents.overdue_list": "archive",
    "residents.problem_list": "quality",
    "residents.campaign_list": "campaign",
}


def record_page(area: str) -> str | None:
    return RECORD_PAGES.get(area) or RECORD_PAGES.get(area.split(".", 1)[0])


class RegisterPage(Page):
    title = "Sổ văn bản đi"
    areas = ("register",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.options = RegisterOptions((), (), 1)
        self.options_query = operation.Query(self)
        self.list = rl = RecordList(
            self,
            "outgoingRegister",
            COLUMNS,
            service.register_rows,
            placeholder="Tìm số, trích yếu, người ký…",
        )
        # at 125 % scaling the register's eight columns do not fit: the copies, then the recipients
        # give way (the row's tooltip shows them)
        rl.hide_when_narrow(6, 5)
        rl.add_filter("year", "Năm", [("Mọi năm", None)])
        rl.add_filter("kind_code", "Loại văn bản", [("Mọi loại", "")])
        rl.add_filter(
            "status", "Trạng thái", [("Mọi trạng thái", ""), *[(t, k) for k, t in STATUSES.items()]]
        )
        self.hand_action = rl.add_action(
            "Vào sổ số lấy tay…",
            self.hand_number,
            needs="none",
            permission="write",
            shortcut="Ctrl+N",
            tip="Văn bản viết ngoài CAXA đã lấy số: ghi vào sổ",
        )
        self.open_action = rl.add_action(
            "Mở hồ sơ", self.open_record, default=True, enabled_if=lambda e: bool(record_page(e.area))
        )
        self.void_action = rl.add_action(
            "Hủy số…", self.void, permission="write", enabled_if=lambda e: not e.voided
        )
        self.print_action = rl.add_action("In sổ…", self.print_register, needs="none", shortcut="Ctrl+P")
        rl.fit_columns(stretch=3)  # the subject takes the room left; status and copies stay in view
        QVBoxLayout(self).addWidget(rl)

    def refresh(self) -> None:
        """The filters' years and kinds first, then the list (for the year chosen, this year at first)."""
        self.options_query.run(service.options, done=self.show_options)

    def show_options(self, options: RegisterOptions) -> None:
        self.options = options
        year = self.list.filter_values().get("year") or (options.years[0] if options.years else None)
        self.list.set_filter_options("year", [("Mọi năm", None), *[(str(y), y) for y in options.years]], year)
        self.list.set_filter_options("kind_code", [("Mọi loại", ""), *[(k, k) for k in options.kind_codes]])
        self.list.reload()

    def hand_number(self) -> None:
        RegisterNumberDialog(self.ctx, self.options, self).exec()

    def void(self, entry: EntryView) -> None:
        ReasonDialog(
            self.ctx,
            f"Hủy văn bản số {entry.symbol}",
            service.void,
            entry.id,
            entry.version,
            changes="register",
            message=f"Đã hủy văn bản số {entry.symbol}; số này không cấp lại.",
            parent=self,
        ).exec()

    def open_record(self, entry: EntryView) -> None:
        key = record_page(entry.area)
        window = self.window()
        if key is None or not hasattr(window, "show_page"):
            messages.info(self, f"Văn bản số {entry.symbol} không gắn với hồ sơ nào trong CAXA.")
            return
        window.show_page(key)

    def print_register(self) -> None:
        year = self.list.filter_values().get("year") or (self.options.years or (None,))[0]
        if year is None:
            return
        print_action.show(
            self,
            printout.register_pdf,
            year,
            title=f"Sổ đăng ký văn bản đi năm {year}",
            filename=f"so-van-ban-di-{year}.pdf",
        )
