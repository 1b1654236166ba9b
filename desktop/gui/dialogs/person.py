"""Add or edit a person; record a death; strike a registration off; add a residence event."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.forms.death_dialog import Ui_DeathDialog
from desktop.gui.forms.person_dialog import Ui_PersonDialog
from desktop.gui.forms.residence_event_dialog import Ui_ResidenceEventDialog
from desktop.gui.forms.strike_off_dialog import Ui_StrikeOffDialog
from desktop.gui.kit import operation
from desktop.gui.widgets import fill_combo
from desktop.residents import events, service, validate
from desktop.residents.models import (
    EVENT_KINDS,
    ID_CARD_STATUSES,
    RELATIONS,
    SEXES,
    STATUSES,
    STRIKE_GROUNDS_2020,
    VNEID_LEVELS,
)
from desktop.residents.service import PersonInput, PersonView

ID_FIELD = "Số định danh cá nhân"


class PersonDialog(Dialog):
    def __init__(
        self, ctx: AppContext, person: PersonView | None = None, parent: QWidget | None = None
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
