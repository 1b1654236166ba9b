"""Small dialogs of the support area: a donor, a contribution, an officer's labour days."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.support_contribution_dialog import Ui_SupportContributionDialog
from desktop.gui.forms.support_donor_dialog import Ui_SupportDonorDialog
from desktop.gui.forms.support_labour_dialog import Ui_SupportLabourDialog
from desktop.gui.widgets import fill_combo
from desktop.support import service as sv
from desktop.support.models import CONTRIBUTION_KINDS, DONOR_KINDS, DONOR_SEXES
from desktop.support.values import format_decimal
from desktop.text import format_int


def vietnamese_buttons(box: QDialogButtonBox) -> None:
    """OK/Cancel say «Lưu»/«Hủy» (no Qt translation is installed)."""
    buttons = QDialogButtonBox.StandardButton
    for which, text in ((buttons.Ok, "Lưu"), (buttons.Cancel, "Hủy")):
        button = box.button(which)
        if button is not None:
            button.setText(text)


class DonorDialog(Dialog):
    def __init__(self, ctx: AppContext, donor: sv.DonorView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.donor = donor
        self.ui = Ui_SupportDonorDialog()
        self.ui.setupUi(self)
        kinds = [(text, code) for code, text in DONOR_KINDS.items()]
        fill_combo(self.ui.kind, kinds, donor.kind if donor else None)
        sexes = [("Chưa ghi", "")] + [(text, code) for code, text in DONOR_SEXES.items()]
        fill_combo(self.ui.sex, sexes, donor.sex if donor else "")
        self.ui.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.ui.active.setChecked(True)
        if donor is not None:
            self.setWindowTitle(f"Sửa nhà hảo tâm «{donor.name}»")
            self.ui.name.setText(donor.name)
            self.ui.contact_person.setText(donor.contact_person)
            self.ui.phone.setText(donor.phone)
            self.ui.address.setText(donor.address)
            self.ui.note.setPlainText(donor.note)
            self.ui.active.setChecked(donor.active)
        else:
            self.setWindowTitle("Thêm nhà hảo tâm, đơn vị tài trợ")
        vietnamese_buttons(self.ui.buttons)
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ctx.can("write"))

    def data(self) -> sv.DonorInput:
        u = self.ui
        person = u.kind.currentData() == "person"
        return sv.DonorInput(u.name.text(), u.kind.currentData(), u.contact_person.text(), u.phone.text(),
                             u.address.text(), u.note.toPlainText(), u.active.isChecked(),
                             u.sex.currentData() if person else "")

    def _kind_changed(self, _index: int = 0) -> None:
        """Only a person has a sex; a business or a body is addressed by its name."""
        self.ui.sex.setEnabled(self.ui.kind.currentData() == "person")

    def submit(self) -> None:
        if self.donor is None:
            self.save(sv.add_donor, self.data(), changes="support")
        else:
            self.save(sv.update_donor, self.donor.id, self.donor.version, self.data(), changes="support")


class ContributionDialog(Dialog):
    """Cash or materials from one donor to one project; material fields only show for materials."""

    def __init__(self, ctx: AppContext, project_id: int, contribution: sv.ContributionView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.project_id = project_id
        self.contribution = c = contribution
        self.ui = u = Ui_SupportContributionDialog()
        u.setupUi(self)
        donors = ctx.run(sv.list_donors, include_inactive=True)
        shown = [(d.name, d.id) for d in donors if d.active or (c is not None and d.id == c.donor_id)]
        fill_combo(u.donor, shown, c.donor_id if c else None)
        fill_combo(u.kind, CONTRIBUTION_KINDS, c.kind if c else "material")
        if c is not None:
            self.setWindowTitle(f"Sửa đóng góp của «{c.donor_name}»")
            u.item.setText(c.item)
            u.quantity.setText(format_decimal(c.quantity).replace(".", ""))
            u.unit.setText(c.unit)
            u.pledged.setText(format_int(c.pledged_vnd) if c.pledged_vnd else "")
            u.received.setText(format_int(c.received_vnd) if c.received_vnd else "")
            u.received_date.set_date(c.received_date)
            u.note.setText(c.note)
        else:
            self.setWindowTitle("Thêm đóng góp")
        u.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        vietnamese_buttons(u.buttons)
        u.buttons.accepted.connect(self.submit)
        u.buttons.rejected.connect(self.reject)

    def _kind_changed(self) -> None:
        material = self.ui.kind.currentData() == "material"
        for name in ("item", "quantity", "unit"):
            getattr(self.ui, name).setVisible(material)
            getattr(self.ui, f"label_{name}").setVisible(material)
        self.ui.label_pledged.setText("Giá trị cam kết (đồng):" if material else "Cam kết (đồng):")
        self.ui.label_received.setText("Giá trị đã nhận (đồng):" if material else "Đã nhận (đồng):")
        self.resize(self.width(), self.minimumSizeHint().height())  # no gap where the hidden rows were

    def data(self) -> sv.ContributionInput:
        u = self.ui
        return sv.ContributionInput(
            u.donor.currentData() or 0, u.kind.currentData(), u.pledged.text(), u.received.text(),
            u.received_date.text(), u.item.text(), u.quantity.text(), u.unit.text(), u.note.text())

    def submit(self) -> None:
        c = self.contribution
        if c is None:
            self.save(sv.add_contribution, self.project_id, self.data(), changes="support")
        else:
            self.save(sv.update_contribution, c.id, c.version, self.data(), changes="support")


class LabourDialog(Dialog):
    def __init__(self, ctx: AppContext, project_id: int, entry: sv.LabourView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.project_id = project_id
        self.entry = e = entry
        self.ui = u = Ui_SupportLabourDialog()
        u.setupUi(self)
        u.officer.bind(self)
        if e is not None:
            u.officer.set_value(e.officer_id, e.officer_label)
            self.setWindowTitle(f"Sửa ngày công của {e.officer_label}")
            u.days.setText(e.days_text)
            u.work_date.set_date(e.work_date)
            u.note.setText(e.note)
        else:
            self.setWindowTitle("Thêm ngày công của cán bộ")
        vietnamese_buttons(u.buttons)
        u.buttons.accepted.connect(self.submit)
        u.buttons.rejected.connect(self.reject)

    def data(self) -> sv.LabourInput:
        u = self.ui
        return sv.LabourInput(u.officer.value() or 0, u.days.text(), u.work_date.text(), u.note.text())

    def submit(self) -> None:
        e = self.entry
        if e is None:
            self.save(sv.add_labour, self.project_id, self.data(), changes="support")
        else:
            self.save(sv.update_labour, e.id, e.version, self.data(), changes="support")
