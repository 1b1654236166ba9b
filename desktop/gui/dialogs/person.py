"""Add or edit a person; record a death; strike a registration off; add a residence event."""

from __future__ import annotations

import contextlib
import datetime as dt
import html
from typing import Any

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QWidget

from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.death_dialog import Ui_DeathDialog
from desktop.gui.forms.person_dialog import Ui_PersonDialog
from desktop.gui.forms.residence_event_dialog import Ui_ResidenceEventDialog
from desktop.gui.forms.strike_off_dialog import Ui_StrikeOffDialog
from desktop.gui.kit import operation
from desktop.gui.kit.idcard_input import IdCardInput
from desktop.gui.widgets import fill_combo
from desktop.residents import events, idcard_qr, service, validate
from desktop.residents.idcard_qr import CardData, Difference
from desktop.residents.models import (
    EVENT_KINDS,
    ID_CARD_KINDS,
    ID_CARD_STATUSES,
    RELATIONS,
    SEXES,
    STATUSES,
    STRIKE_GROUNDS_2020,
    VNEID_LEVELS,
)
from desktop.residents.service import PersonInput, PersonView
from desktop.text import format_date

ID_FIELD = "Số định danh cá nhân"


class PersonDialog(Dialog):
    """A person's fields; an ID card read by a QR reader into any text field fills a new person, or,
    on a person of the register, lists where the card differs for the clerk to choose what to take."""

    def __init__(
        self,
        ctx: AppContext,
        person: PersonView | None = None,
        parent: QWidget | None = None,
        card: CardData | None = None,
    ) -> None:
        super().__init__(ctx, parent, name="PersonDialog")
        self.person = p = person
        self.ui = ui = Ui_PersonDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Sửa nhân khẩu — {p.full_name}" if p else "Thêm nhân khẩu")
        ui.note.setFixedHeight(60)
        ui.village.bind(self)
        fill_combo(ui.sex, SEXES, p.sex if p else None)
        fill_combo(ui.ethnic, validate.ETHNIC_GROUPS, p.ethnic if p else None)
        fill_combo(ui.religion, validate.RELIGIONS, p.religion if p else None)
        fill_combo(ui.relation, ("", *RELATIONS), p.relation if p else None)
        fill_combo(ui.status, STATUSES, p.status if p else None)
        fill_combo(ui.card, ID_CARD_STATUSES, p.id_card_status if p else None)
        fill_combo(ui.card_kind, ID_CARD_KINDS, p.id_card_kind if p else None)
        fill_combo(ui.vneid, VNEID_LEVELS, p.vneid_level if p else None)
        if p is not None:
            for edit, text in (
                (ui.full_name, p.full_name),
                (ui.other_name, p.other_name),
                (ui.birth, p.birth_text),
                (ui.id_number, p.id_number),
                (ui.phone, p.phone),
                (ui.occupation, p.occupation),
                (ui.permanent, p.permanent_address),
                (ui.temporary, p.temporary_address),
            ):
                edit.setText(text)
                edit.setCursorPosition(0)
            ui.village.set_value(p.village_id, p.village_label or None)
            for date_edit, day in (
                (ui.death_date, p.death_date),
                (ui.reported_date, p.death_reported_date),
                (ui.moved_date, p.moved_date),
                (ui.applied_date, p.id_card_applied_date),
                (ui.issued_date, p.id_card_issued_date),
                (ui.vneid2_date, p.vneid2_date),
            ):
                date_edit.set_date(day)
            ui.note.setPlainText(p.note)
        ui.id_number.textChanged.connect(self._check_id)
        ui.sex.currentIndexChanged.connect(self._check_id)
        ui.birth.textChanged.connect(self._check_id)
        self._check_id()
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        if not ctx.can("write"):  # a viewer reads the record; nothing to save
            ui.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.card_choices: list[tuple[str, QCheckBox]] = []
        self._diff_widgets: list[QWidget] = []
        self._card: CardData | None = None
        ui.card_diff.hide()
        ui.card_diff_layout.addStretch(1)  # the differences stay packed at the top of the column
        ui.take_card.clicked.connect(self.take_checked)
        for edit in (ui.full_name, ui.other_name, ui.id_number, ui.phone, ui.occupation, ui.permanent,
                     ui.temporary):  # fmt: skip
            IdCardInput.install(edit).card_read.connect(self.read_card)
        if card is not None:
            self.read_card(card)

    # ---- the ID card's QR code

    def read_card(self, card: CardData) -> None:
        """A new person takes the card's fields; a person of the register shows the differences."""
        self._card = card
        if self.person is None:
            for key in ("id_number", "full_name", "birth", "sex", "permanent_address", "id_card"):
                self._take(key, card)
            self.ui.full_name.setFocus()
            return
        self._show_differences(card, self._differences(card, self.person))

    def _differences(self, card: CardData, p: PersonView) -> list[Difference]:
        diffs = idcard_qr.compare(card, p)
        if card.issue_date and (card.issue_date != p.id_card_issued_date or card.kind != p.id_card_kind):
            register = ", ".join(
                t for t in (p.id_card_text, format_date(p.id_card_issued_date), p.id_card_kind_text) if t
            )
            shown = f"cấp {format_date(card.issue_date)}, {ID_CARD_KINDS[card.kind]}"
            diffs.append(Difference("id_card", "Căn cước", shown, register))
        return diffs

    def _show_differences(self, card: CardData, diffs: list[Difference]) -> None:
        ui = self.ui
        for widget in self._diff_widgets:
            widget.deleteLater()
        self._diff_widgets = []
        self.card_choices = []
        layout = ui.card_diff_layout
        for diff in diffs:
            box = QCheckBox(diff.label)
            box.setChecked(True)
            values = QLabel(
                f"Thẻ: «{html.escape(diff.card_value)}»<br>Sổ: "
                + (f"«{html.escape(diff.register_value)}»" if diff.register_value else "(trống)")
            )
            values.setWordWrap(True)
            values.setIndent(20)
            for widget in (box, values):
                layout.insertWidget(layout.indexOf(ui.take_card), widget)
                self._diff_widgets.append(widget)
            self.card_choices.append((diff.field, box))
        if diffs:
            ui.card_diff.setTitle("Thẻ căn cước khác với sổ")
            ui.card_diff_intro.setText(
                f"Thẻ của {card.full_name or card.number}: đánh dấu các mục lấy theo thẻ rồi bấm «Lấy theo "
                "thẻ»; mục không đánh dấu giữ như sổ."
            )
        else:
            ui.card_diff.setTitle("Thẻ căn cước vừa quét")
            ui.card_diff_intro.setText(f"Thông tin trên thẻ của {card.full_name} khớp với sổ.")
        ui.take_card.setVisible(bool(diffs) and self.ctx.can("write"))
        ui.card_diff.show()

    def take_checked(self) -> None:
        """Copy the checked card values into the fields (saved with the dialog's Save)."""
        if self._card is None:
            return
        for key, box in self.card_choices:
            if box.isChecked():
                self._take(key, self._card)
        self.ui.card_diff.hide()

    def _take(self, key: str, card: CardData) -> None:
        ui = self.ui
        if key == "id_number":
            ui.id_number.setText(card.number)
        elif key == "full_name" and card.full_name:
            ui.full_name.setText(card.full_name)
        elif key == "birth" and card.birth_date:
            ui.birth.setText(format_date(card.birth_date))
        elif key == "sex" and card.sex:
            ui.sex.setCurrentIndex(ui.sex.findData(card.sex))
        elif key == "permanent_address" and card.address:
            ui.permanent.setText(card.address)
            ui.permanent.setCursorPosition(0)
        elif key == "id_card" and card.issue_date:
            ui.card.setCurrentIndex(ui.card.findData("issued"))
            ui.issued_date.set_date(card.issue_date)
            ui.card_kind.setCurrentIndex(ui.card_kind.findData(card.kind))

    def _check_id(self) -> None:
        from desktop.residents import idcard

        ui = self.ui
        year = None
        with contextlib.suppress(ValidationError):
            year = validate.parse_birth("Ngày sinh", ui.birth.text(), today=dt.date.today())[0]
        number = ui.id_number.text().strip()
        result = idcard.check(number, sex=ui.sex.currentData(), birth_year=year) if number else None
        if result is None or result.ok:
            ui.id_hint.setText(f"Khai sinh tại {result.province.label}" if result and result.province else "")
            ui.id_hint.setStyleSheet("color: #2e7d32")
        else:
            ui.id_hint.setText(result.message)
            ui.id_hint.setStyleSheet("color: #b00020")
        ui.id_hint.setVisible(bool(ui.id_hint.text()))

    def data(self, accept_id_warning: bool = False) -> PersonInput:
        p, ui = self.person, self.ui
        return PersonInput(
            full_name=ui.full_name.text(),
            sex=ui.sex.currentData(),
            birth=ui.birth.text(),
            other_name=ui.other_name.text(),
            ethnic=ui.ethnic.currentData(),
            religion=ui.religion.currentText(),
            id_number=ui.id_number.text(),
            phone=ui.phone.text(),
            occupation=ui.occupation.text(),
            permanent_address=ui.permanent.text(),
            temporary_address=ui.temporary.text(),
            village_id=ui.village.value(),
            household_id=p.household_id if p else None,
            relation=ui.relation.currentData() or "",
            status=ui.status.currentData(),
            death_date=ui.death_date.text(),
            death_reported_date=ui.reported_date.text(),
            moved_date=ui.moved_date.text(),
            struck_off_date=p.struck_off_date if p else None,
            strike_ground=p.strike_ground if p else "",
            id_card_status=ui.card.currentData(),
            id_card_applied_date=ui.applied_date.text(),
            id_card_issued_date=ui.issued_date.text(),
            id_card_kind=ui.card_kind.currentData() or "",
            vneid_level=ui.vneid.currentData(),
            vneid2_date=ui.vneid2_date.text(),
            note=ui.note.toPlainText(),
            accept_id_warning=accept_id_warning,
        )

    def save(self, accept_id_warning: bool = False) -> None:
        """Save off the GUI thread; a doubtful ID number is asked about, then saved flagged."""
        p = self.person
        call: tuple[Any, ...] = (
            (service.add_person,) if p is None else (service.update_person, p.id, p.version)
        )

        def saved(view: PersonView) -> None:
            self.setEnabled(True)
            self.result_value = view
            self.accept()

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            doubtful = not accept_id_warning and isinstance(exc, ValidationError) and exc.field == ID_FIELD
            if not doubtful:
                messages.error(self, exc)
            elif messages.confirm(
                self, f"{exc}\n\nVẫn lưu số này (sẽ được đánh dấu là lỗi dữ liệu để kiểm tra lại)?"
            ):
                self.save(accept_id_warning=True)

        data = self.data(accept_id_warning)
        self.setEnabled(False)
        operation.run(
            self,
            *call,
            data,
            changes="residents",
            done=saved,
            failed=failed,
            message=f"Đã lưu {data.full_name.strip()}.",
        )


class StrikeOffDialog(Dialog):
    """Xóa đăng ký thường trú: date, legal ground (Điều 24 khoản 1), form reference."""

    def __init__(self, ctx: AppContext, person: PersonView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="StrikeOffDialog")
        self.person = person
        self.ui = Ui_StrikeOffDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Xóa đăng ký thường trú — {person.full_name}")
        self.ui.day.set_date(dt.date.today())
        fill_combo(self.ui.ground, STRIKE_GROUNDS_2020, "a" if person.status == "deceased" else None)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:  # type: ignore[override]
        p, ui = self.person, self.ui
        super().save(
            service.strike_off,
            p.id,
            p.version,
            ui.day.text(),
            ui.ground.currentData(),
            ui.form_ref.text(),
            changes="residents",
        )


class DeathDialog(Dialog):
    def __init__(self, ctx: AppContext, person: PersonView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="DeathDialog")
        self.person = person
        self.ui = Ui_DeathDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Báo tử — {person.full_name}")
        self.ui.reported.set_date(dt.date.today())
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:  # type: ignore[override]
        p = self.person
        super().save(
            service.record_death,
            p.id,
            p.version,
            self.ui.death.text(),
            self.ui.reported.text(),
            changes="residents",
        )


class ResidenceEventDialog(Dialog):
    """A residence event: registration, absence, correction … (strike-off has its own dialog)."""

    def __init__(self, ctx: AppContext, person: PersonView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="ResidenceEventDialog")
        self.person = person
        self.ui = Ui_ResidenceEventDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Thêm biến động cư trú — {person.full_name}")
        fill_combo(self.ui.kind, {k: v for k, v in EVENT_KINDS.items() if k != "strike_off"})
        self.ui.day.set_date(dt.date.today())
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:  # type: ignore[override]
        ui = self.ui
        data = events.EventInput(ui.kind.currentData(), ui.day.text(), ui.reason.text(), ui.form_ref.text())
        super().save(events.add_event, self.person.id, data, changes="residents")
