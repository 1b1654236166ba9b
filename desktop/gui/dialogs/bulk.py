"""Bulk work in one step: arranging files from an Excel list (checked first, then written whole), a
campaign step for many persons, "checked — not an error" for many data problems at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.arrange_import_dialog import Ui_ArrangeImportDialog
from desktop.gui.forms.campaign_bulk_dialog import Ui_CampaignBulkDialog
from desktop.gui.forms.mark_many_dialog import Ui_MarkManyDialog
from desktop.gui.kit import operation
from desktop.gui.widgets import fill_combo
from desktop.residents import archive_bulk, campaign_bulk, quality_bulk
from desktop.residents.campaign import STEPS
from desktop.text import format_int

#: problems listed in the dialog (all of them are counted)
SHOWN_PROBLEMS = 300


class ArrangeImportDialog(Dialog):
    """An opening inventory (file number → box): a dry run lists every problem; "Xếp hồ sơ" writes
    the whole list, only when nothing is wrong."""

    def __init__(self, ctx: AppContext, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="ArrangeImportDialog")
        self.path = Path(path)
        self.ui = ui = Ui_ArrangeImportDialog()
        ui.setupUi(self)
        ui.file_label.setText(str(self.path))
        ui.day.set_date(dt.date.today())
        ui.write_button.setEnabled(False)
        ui.check_button.clicked.connect(self.check)
        ui.write_button.clicked.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.day.textEdited.connect(lambda _t: ui.write_button.setEnabled(False))
        self.checked: archive_bulk.InventoryReport | None = None
        self.check()

    def check(self) -> None:
        self.ui.write_button.setEnabled(False)
        self.ui.report.setHtml("<p>Đang kiểm tra…</p>")
        operation.run(
            self,
            archive_bulk.arrange_workbook,
            self.path,
            dry_run=True,
            day=self.ui.day.text(),
            title="Đang kiểm tra danh sách…",
            done=self._show,
            failed=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.ui.report.setHtml(f"<p style='color:#b00020'>{escape(str(exc))}</p>")

    def _show(self, report: archive_bulk.InventoryReport) -> None:
        self.checked = report
        lines = "".join(f"<li>{escape(p.text())}</li>" for p in report.problems[:SHOWN_PROBLEMS])
        more = len(report.problems) - SHOWN_PROBLEMS
        if more > 0:
            lines += f"<li>… và {format_int(more)} lỗi nữa</li>"
        boxes = "".join(f"<li>{escape(path)}: {format_int(n)} hồ sơ</li>" for path, n in report.by_box[:50])
        color = "#b00020" if report.problems else "#2e7d32"
        self.ui.report.setHtml(
            f"<p style='color:{color}'><b>{escape(report.text())}</b></p>"
            + (f"<ul>{lines}</ul>" if lines else f"<ul>{boxes}</ul>")
        )
        self.ui.write_button.setEnabled(not report.problems and report.placed > 0)

    def save(self) -> None:  # type: ignore[override]
        super().save(
            archive_bulk.arrange_workbook,
            self.path,
            day=self.ui.day.text(),
            changes="archive",
            message=lambda r: r.text(),
        )


class CampaignBulkDialog(Dialog):
    """One campaign step, with its date, for the persons selected in the list, a whole village (its
    persons aged 14 or over), or a pasted / scanned list of ID numbers."""

    def __init__(
        self,
        ctx: AppContext,
        person_ids: Sequence[int],
        village_id: int | None,
        village_label: str,
        parent: QWidget | None = None,
        *,
        step: str = "reviewed",
    ) -> None:
        super().__init__(ctx, parent, name="CampaignBulkDialog")
        self.person_ids = tuple(person_ids)
        self.village_id = village_id
        self.ui = ui = Ui_CampaignBulkDialog()
        ui.setupUi(self)
        choices = []
        if self.person_ids:
            choices.append(
                (f"{format_int(len(self.person_ids))} người đang chọn trong danh sách", "selected")
            )
        if village_id is not None:
            choices.append((f"Mọi người từ 14 tuổi của {village_label}", "village"))
        choices.append(("Danh sách số định danh (dán hoặc quét)", "numbers"))
        fill_combo(ui.who, choices)
        fill_combo(ui.step, STEPS, step)
        ui.day.set_date(dt.date.today())
        ui.officer.bind(self)
        ui.who.currentIndexChanged.connect(self._who_moved)
        ui.step.currentIndexChanged.connect(self._step_moved)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self._who_moved()
        self._step_moved()

    def _who_moved(self) -> None:
        self.ui.id_numbers.setEnabled(self.ui.who.currentData() == "numbers")

    def _step_moved(self) -> None:
        self.ui.officer.setEnabled(self.ui.step.currentData() == "mobilised")

    def selection(self) -> campaign_bulk.Selection:
        who = self.ui.who.currentData()
        if who == "selected":
            return campaign_bulk.Selection(person_ids=self.person_ids)
        if who == "village":
            return campaign_bulk.Selection(village_id=self.village_id)
        return campaign_bulk.Selection(id_numbers=self.ui.id_numbers.toPlainText())

    def save(self) -> None:  # type: ignore[override]
        step = self.ui.step.currentData()
        super().save(
            campaign_bulk.record_steps,
            self.selection(),
            step,
            self.ui.day.text(),
            self.ui.officer.value() if step == "mobilised" else None,
            changes="residents",
            message=lambda r: r.text(),
        )


class MarkManyDialog(Dialog):
    """ "Checked — not an error" for the persons selected in a rule's list: one reason, one date."""

    def __init__(
        self,
        ctx: AppContext,
        person_ids: Sequence[int],
        rule: str,
        rule_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent, name="MarkManyDialog")
        self.person_ids = tuple(person_ids)
        self.rule = rule
        self.ui = ui = Ui_MarkManyDialog()
        ui.setupUi(self)
        ui.summary.setText(
            f"<b>{format_int(len(self.person_ids))} người</b> đã chọn: «{escape(rule_label)}» "
            "không phải lỗi (đã kiểm tra, xác minh)."
        )
        ui.day.set_date(dt.date.today())
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:  # type: ignore[override]
        super().save(
            quality_bulk.mark_many,
            self.person_ids,
            self.rule,
            self.ui.reason.text(),
            self.ui.day.text(),
            changes="residents",
            message=lambda r: r.text(),
        )
