"""The residents page's right-hand panel: what is read for the selected person (``person_detail``),
the household tab with its members and actions (``HouseholdTab``), and the person's and household's
fields as HTML (also shown by the person's and household's pages)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.household import HouseholdDialog, JoinDialog, MergeDialog, SplitDialog
from desktop.gui.dialogs.record_page import HouseholdPageDialog
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.residents import events, households, service
from desktop.text import format_date, name_sort_key

MEMBER_COLUMNS = [
    Column("Họ và tên", lambda m: m.full_name, sort=lambda m: name_sort_key(m.full_name)),
    Column("Ngày sinh", lambda m: m.birth_text),
    Column("Quan hệ", lambda m: m.relation + (" (đã xóa thường trú)" if m.struck_off else "")),
]


@dataclass(frozen=True)
class Detail:
    person: service.PersonView
    household: households.HouseholdView | None
    events: list[events.EventView]


def person_detail(uow: Any, person_id: int) -> Detail:  # noqa: ANN401 — a UnitOfWork
    """What the right-hand panel shows for one person, read in one unit of work."""
    p = service.get_person(uow, person_id)
    h = households.get_household(uow, p.household_id) if p.household_id else None
    return Detail(p, h, events.list_events(uow, p.id))


class HouseholdTab(QWidget):
    """The selected person's household: its members (open one to select them in the list) and the
    household's changes, each a dialog over the page; the page shows the person again after one."""

    def __init__(self, ctx: AppContext, page: Any) -> None:  # noqa: ANN401 — the ResidentsPage
        super().__init__(page)
        self.ctx, self.page = ctx, page
        self.label = QLabel("")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.members_list = rl = RecordList(
            page, "householdMembers", MEMBER_COLUMNS, search=False, parent=self
        )
        rl.fit_columns(stretch=0)
        rl.hide_when_narrow(1)  # a narrow panel: the birth date gives way (the row's tooltip shows it)
        rl.add_action("Mở", self.open_member, default=True, button=False)
        self.page_action = rl.add_action(
            "Xem hồ sơ hộ", self.household_page, needs="none", tip="Mọi bản ghi về hộ này"
        )
        self.new_action, self.add_action, self.split_action, self.merge_action, self.join_action = (
            rl.add_action(text, slot, needs="none", permission="write")
            for text, slot in (
                ("Lập hộ mới…", self.new_household),
                ("Thêm người vào hộ…", self.add_member),
                ("Tách hộ…", self.split_household),
                ("Nhập hộ…", self.merge_household),
                ("Chuyển sang hộ khác…", self.join_household),
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(rl, 1)

    def display(self, household: households.HouseholdView | None, person_shown: bool = True) -> None:
        """The household of the person shown (None: no person, or one in no household)."""
        self.label.setText(household_html(household) if person_shown else "")
        self.members_list.set_rows(list(household.members) if household else [])

    def _again(self) -> None:
        current = self.page.current
        self.page.show_person(current.id if current else None)

    def _need_household(self) -> households.HouseholdView | None:
        if self.page.household is None:
            messages.info(self, "Người đang chọn chưa thuộc hộ nào.")
        return self.page.household

    def household_page(self) -> None:
        h = self._need_household()
        if h is not None:
            HouseholdPageDialog(self.ctx, h.id, self.page).exec()

    def open_member(self, member: households.MemberView) -> None:
        if not self.page.list.select_id(member.person_id):
            self.page.show_person(member.person_id)

    def new_household(self) -> None:
        current = self.page.current
        if HouseholdDialog(self.ctx, current, self.page).exec() and current is not None:
            self.page.show_person(current.id)

    def add_member(self) -> None:
        h = self._need_household()
        if h is not None and JoinDialog(self.ctx, household=h, parent=self.page).exec():
            self._again()

    def split_household(self) -> None:
        h = self._need_household()
        if h is not None and SplitDialog(self.ctx, h, self.page).exec():
            self._again()

    def merge_household(self) -> None:
        h = self._need_household()
        if h is not None and MergeDialog(self.ctx, h, self.page).exec():
            self._again()

    def join_household(self) -> None:
        p = self.page.current
        if p is not None and JoinDialog(self.ctx, person=p, parent=self.page).exec():
            self.page.show_person(p.id)


def household_html(h: households.HouseholdView | None) -> str:
    if h is None:
        return "Chưa thuộc hộ nào."
    e = html.escape
    text = f"<b>Hộ số {e(h.number)}</b> — {e(h.village_label)}"
    if h.head_name:
        text += f"; chủ hộ <b>{e(h.head_name)}</b>"
    if h.address:
        text += f"<br>Địa chỉ: {e(h.address)}"
    return text + "".join(f"<br><i>{e(change.text)}</i>" for change in h.changes)


def person_html(p: service.PersonView, columns: int = 1) -> str:
    """The person's fields as a label/value table; ``columns`` tables side by side (a wide page)."""
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
            + (f", cấp {format_date(p.id_card_issued_date)}" if p.id_card_issued_date else "")
            + (f" ({e(p.id_card_kind_text)})" if p.id_card_kind else ""),
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
    cells = [
        f"<td style='color:#555;padding-right:8px'>{k}</td><td style='padding-right:24px'>{v}</td>"
        for k, v in rows
        if v
    ]
    height = -(-len(cells) // columns)
    body = "".join(
        "<tr>" + "".join(cells[n] for n in range(r, len(cells), height)) + "</tr>" for r in range(height)
    )
    warn = "".join(f"<p style='color:#b00020'>⚠ {e(w)}</p>" for w in p.id_warnings if p.id_number)
    return f"<table>{body}</table>{warn}"
