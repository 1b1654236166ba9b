"""The person's page ("Hồ sơ nhân khẩu") and the household's page ("Hồ sơ hộ"): the record's own
fields on top, and below every area's records about it (``desktop.links``), grouped by section,
each opening its own record (double-click or Enter, through ``desktop/gui/openers.py``).

The page is read off the GUI thread in one unit of work and reads itself again when an operation
announces a change (a record opened from it and saved, a merge …).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.gui import openers
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.record_page_dialog import Ui_RecordPageDialog
from desktop.gui.kit.operation import Query
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.links import LinkedRecord
from desktop.residents import person_view
from desktop.text import format_date


def _when(r: LinkedRecord) -> dt.date | None:
    return r.when.date() if isinstance(r.when, dt.datetime) else r.when


RECORD_COLUMNS = [
    Column("Mục", lambda r: r.section, sort=lambda r: (r.order, r.section)),
    Column("Ngày", lambda r: format_date(_when(r)), sort=lambda r: _when(r) or dt.date.min),
    Column("Nội dung", lambda r: r.text, tooltip=lambda r: r.text),
    Column("Vai trò", lambda r: r.role),
]
#: rows that are a person or a household: their own page opens from here too
PAGES = ("residents.person", "residents.household")


def record_key(r: LinkedRecord) -> tuple[str, str, int, str]:
    return (r.section, r.opens, r.record_id, r.text)


class _RecordPage(Dialog):
    """What both pages share: the form, the list of linked records, reloading on a change."""

    #: a read-only list: ``openers.close_modal_chain`` closes it with a record opened from a list over it
    CLOSES_WITH_CHAIN = True

    #: the areas whose announced changes make the page read itself again (every area may show)
    areas: frozenset[str] | None = None
    #: the service that reads the page: fn(uow, record_id) → the record and its sections
    read: Callable[..., Any]

    def __init__(self, ctx: AppContext, record_id: int, parent: QWidget | None, *, name: str) -> None:
        super().__init__(ctx, parent, name=name)
        self.record_id = record_id
        self.page: Any = None
        self.ui = ui = Ui_RecordPageDialog()
        ui.setupUi(self)
        # sorted by section (the sections' order); within one, as the areas gave them: newest first
        self.records = RecordList(self, f"{name}Records", RECORD_COLUMNS, key=record_key, sort_by=0,
                                  placeholder="Lọc theo mục, nội dung…", local_search=True)  # fmt: skip
        self.records.add_action("Mở", self.open_row, default=True, tip="Mở bản ghi (nhấn đúp hoặc Enter)")
        self.page_action = self.records.add_action(
            "Xem toàn bộ hồ sơ",
            self.open_page,
            enabled_if=lambda r: r.opens in PAGES,
            tip="Trang hồ sơ của người hoặc hộ này",
        )
        self.records.fit_columns(stretch=2)
        ui.records_layout.addWidget(self.records, 1)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([170, 300])
        ui.buttons.rejected.connect(self.reject)
        self._query = Query(self)
        ctx.bus.changes.connect(self._on_changes)
        self.reload()

    def _on_changes(self, _areas: frozenset[str], _initiator: Any) -> None:
        self.reload()

    def reload(self) -> None:
        self._query.run(type(self).read, self.record_id, done=self._show)

    def show_sections(self, sections: tuple[person_view.Section, ...]) -> None:
        rows = [r for s in sections for r in s.records]
        self.records.set_rows(rows)
        counts = ", ".join(f"{s.title} ({len(s.records)})" for s in sections)
        self.records.count_label.setText(counts or "Chưa có bản ghi nào liên quan.")
        if self.records.selected() is None and rows:
            self.records.select_row(0)

    def open_row(self, row: LinkedRecord) -> None:
        openers.open_record(self.ctx, self, row.opens, row.record_id)

    def open_page(self, row: LinkedRecord) -> None:
        page = PersonPageDialog if row.opens == "residents.person" else HouseholdPageDialog
        page(self.ctx, row.record_id, self).exec()


class PersonPageDialog(_RecordPage):
    """Hồ sơ nhân khẩu: the person's fields and everything every area holds about them."""

    read = person_view.person_page

    def __init__(self, ctx: AppContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, person_id, parent, name="PersonPageDialog")
        self.ui.edit_button.clicked.connect(self.edit)
        self.ui.edit_button.setToolTip("Mở biểu mẫu nhân khẩu để xem, sửa")

    def _show(self, page: person_view.PersonPage) -> None:
        from desktop.gui.pages.residents_detail import person_html

        self.page = p = page.person
        self.setWindowTitle(f"Hồ sơ nhân khẩu: {p.full_name}")
        where = ", ".join(
            x for x in (p.village_label, p.household_number and f"hộ {p.household_number}") if x
        )
        self.ui.heading.setText(
            f"<b>{html.escape(p.full_name)}</b> — {html.escape(p.birth_text or 'chưa có ngày sinh')}"
            + (f" — {html.escape(where)}" if where else "")
        )
        self.ui.fields.setHtml(person_html(p, columns=2))
        self.show_sections(page.sections)

    def edit(self) -> None:
        from desktop.gui.dialogs.person import PersonDialog

        if self.page is not None:
            PersonDialog(self.ctx, self.page, self).exec()


class HouseholdPageDialog(_RecordPage):
    """Hồ sơ hộ: the household's fields, its members, splits and merges, events and files."""

    read = person_view.household_page

    def __init__(self, ctx: AppContext, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, household_id, parent, name="HouseholdPageDialog")
        self.ui.edit_button.setVisible(False)  # a household's own fields change through its members

    def _show(self, page: person_view.HouseholdPage) -> None:
        from desktop.gui.pages.residents_detail import household_html

        self.page = h = page.household
        self.setWindowTitle(f"Hồ sơ hộ số {h.number}")
        self.ui.heading.setText(
            f"<b>Hộ số {html.escape(h.number)}</b> — {len(h.members)} người"
            + (f"; chủ hộ {html.escape(h.head_name)}" if h.head_name else "")
            + ("" if h.active else " <i>(đã nhập vào hộ khác)</i>")
        )
        self.ui.fields.setHtml(household_html(h) + (f"<p>{html.escape(h.note)}</p>" if h.note else ""))
        self.show_sections(page.sections)
