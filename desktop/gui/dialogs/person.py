"""Add or edit a person; record a death; strike a registration off."""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.base import Dialog
from desktop.gui.widgets import DateEdit
from desktop.residents import service, validate
from desktop.residents.models import (
    ID_CARD_STATUSES,
    RELATIONS,
    SEXES,
    STATUSES,
    STRIKE_GROUNDS,
    VNEID_LEVELS,
)
from desktop.residents.service import PersonInput, PersonView
from desktop.settings import list_villages


def _combo(items: dict | list | tuple, editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    if isinstance(items, dict):
        for code, label in items.items():
            box.addItem(label, code)
    else:
        for item in items:
            box.addItem(item, item)
    return box


def _choose_data(box: QComboBox, data: object) -> None:
    index = box.findData(data)
    if index >= 0:
        box.setCurrentIndex(index)
    elif box.isEditable() and data:
        box.setEditText(str(data))


class PersonDialog(Dialog):
    def __init__(
        self, ctx: AppContext, person: PersonView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent, name="PersonDialog")
        self.person = person
        self.setWindowTitle(f"Sửa nhân khẩu — {person.full_name}" if person else "Thêm nhân khẩu")
        self.full_name, self.other_name, self.birth = QLineEdit(), QLineEdit(), QLineEdit()
        self.birth.setPlaceholderText("dd/mm/yyyy, mm/yyyy hoặc yyyy")
        self.sex = _combo(SEXES)
        self.ethnic = _combo(validate.ETHNIC_GROUPS)
        self.religion = _combo(validate.RELIGIONS, editable=True)
        self.id_number, self.phone, self.occupation = QLineEdit(), QLineEdit(), QLineEdit()
        self.id_number.setMaxLength(20)
        self.id_hint = QLabel("")
        self.id_hint.setWordWrap(True)
        self.id_hint.setStyleSheet("color: #b00020")
        self.permanent, self.temporary = QLineEdit(), QLineEdit()
        self.village = QComboBox()
        self.village.addItem("(chưa chọn)", None)
        for v in ctx.run(list_villages):
            self.village.addItem(v.label, v.id)
        self.relation = _combo(("", *RELATIONS))
        self.status = _combo(STATUSES)
        self.death_date, self.reported_date, self.moved_date = DateEdit(), DateEdit(), DateEdit()
        self.card = _combo(ID_CARD_STATUSES)
        self.applied_date, self.issued_date = DateEdit(), DateEdit()
        self.vneid = _combo(VNEID_LEVELS)
        self.vneid2_date = DateEdit()
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(50)

        who = QGroupBox("Nhân thân")
        form = QFormLayout(who)
        form.addRow("Họ và tên *", self.full_name)
        form.addRow("Tên gọi khác", self.other_name)
        form.addRow("Ngày sinh", self.birth)
        form.addRow("Giới tính *", self.sex)
        form.addRow("Dân tộc", self.ethnic)
        form.addRow("Tôn giáo", self.religion)
        form.addRow("Số định danh cá nhân", self.id_number)
        form.addRow("", self.id_hint)
        form.addRow("Số điện thoại", self.phone)
        form.addRow("Nghề nghiệp", self.occupation)
        where = QGroupBox("Cư trú")
        form2 = QFormLayout(where)
        form2.addRow("Nơi thường trú", self.permanent)
        form2.addRow("Nơi tạm trú", self.temporary)
        form2.addRow("Thôn, bon", self.village)
        form2.addRow("Quan hệ với chủ hộ", self.relation)
        form2.addRow("Tình trạng", self.status)
        form2.addRow("Ngày chết", self.death_date)
        form2.addRow("Ngày nhận tin báo tử", self.reported_date)
        form2.addRow("Ngày chuyển đi", self.moved_date)
        card = QGroupBox("Căn cước, VNeID")
        form3 = QFormLayout(card)
        form3.addRow("Tình trạng căn cước", self.card)
        form3.addRow("Ngày nộp hồ sơ", self.applied_date)
        form3.addRow("Ngày cấp", self.issued_date)
        form3.addRow("Mức VNeID", self.vneid)
        form3.addRow("Ngày kích hoạt mức 2", self.vneid2_date)
        form3.addRow("Ghi chú", self.note)
        grid = QGridLayout()
        grid.addWidget(who, 0, 0, 2, 1)
        grid.addWidget(where, 0, 1)
        grid.addWidget(card, 1, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Lưu")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.id_number.textChanged.connect(self._check_id)
        self.sex.currentIndexChanged.connect(self._check_id)
        self.birth.textChanged.connect(self._check_id)
        if person is not None:
            self._load(person)

    def _load(self, p: PersonView) -> None:
        self.full_name.setText(p.full_name)
        self.other_name.setText(p.other_name)
        self.birth.setText(p.birth_text)
        _choose_data(self.sex, p.sex)
        _choose_data(self.ethnic, p.ethnic)
        _choose_data(self.religion, p.religion)
        self.id_number.setText(p.id_number)
        self.phone.setText(p.phone)
        self.occupation.setText(p.occupation)
        self.permanent.setText(p.permanent_address)
        self.temporary.setText(p.temporary_address)
        _choose_data(self.village, p.village_id)
        _choose_data(self.relation, p.relation)
        _choose_data(self.status, p.status)
        self.death_date.set_date(p.death_date)
        self.reported_date.set_date(p.death_reported_date)
        self.moved_date.set_date(p.moved_date)
        _choose_data(self.card, p.id_card_status)
        self.applied_date.set_date(p.id_card_applied_date)
        self.issued_date.set_date(p.id_card_issued_date)
        _choose_data(self.vneid, p.vneid_level)
        self.vneid2_date.set_date(p.vneid2_date)
        self.note.setPlainText(p.note)

    def _check_id(self) -> None:
        from desktop.residents import idcard

        year = None
        with contextlib.suppress(ValidationError):
            year = validate.parse_birth("Ngày sinh", self.birth.text(), today=dt.date.today())[0]
        number = self.id_number.text().strip()
        result = idcard.check(number, sex=self.sex.currentData(), birth_year=year) if number else None
        if result is None or result.ok:
            self.id_hint.setText(
                f"Khai sinh tại {result.province.label}" if result and result.province else ""
            )
            self.id_hint.setStyleSheet("color: #2e7d32")
        else:
            self.id_hint.setText(result.message)
            self.id_hint.setStyleSheet("color: #b00020")

    def data(self, accept_id_warning: bool = False) -> PersonInput:
        p = self.person
        return PersonInput(
            full_name=self.full_name.text(),
            sex=self.sex.currentData(),
            birth=self.birth.text(),
            other_name=self.other_name.text(),
            ethnic=self.ethnic.currentData(),
            religion=self.religion.currentText(),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            occupation=self.occupation.text(),
            permanent_address=self.permanent.text(),
            temporary_address=self.temporary.text(),
            village_id=self.village.currentData(),
            household_id=p.household_id if p else None,
            relation=self.relation.currentData() or "",
            status=self.status.currentData(),
            death_date=self.death_date.text(),
            death_reported_date=self.reported_date.text(),
            moved_date=self.moved_date.text(),
            struck_off_date=p.struck_off_date if p else None,
            strike_ground=p.strike_ground if p else "",
            id_card_status=self.card.currentData(),
            id_card_applied_date=self.applied_date.text(),
            id_card_issued_date=self.issued_date.text(),
            vneid_level=self.vneid.currentData(),
            vneid2_date=self.vneid2_date.text(),
            note=self.note.toPlainText(),
            accept_id_warning=accept_id_warning,
        )

    def _call(self, data: PersonInput) -> PersonView:
        if self.person is None:
            return self.ctx.run(service.add_person, data)
        return self.ctx.run(service.update_person, self.person.id, self.person.version, data)

    def save(self) -> None:
        try:
            data = self.data()
            self.result_value = self._call(data)
        except ValidationError as exc:
            if exc.field == "Số định danh cá nhân" and messages.confirm(
                self, f"{exc}\n\nVẫn lưu số này (sẽ được đánh dấu là lỗi dữ liệu để kiểm tra lại)?"
            ):
                if not self.try_save(lambda: self._call(self.data(accept_id_warning=True))):
                    return
            else:
                messages.error(self, exc)
                return
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        else:
            self.accept()
        self.ctx.changed("residents", self)


class StrikeOffDialog(Dialog):
    """Xóa đăng ký thường trú: date, legal ground (Điều 24 khoản 1), form reference."""

    def __init__(self, ctx: AppContext, person: PersonView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="StrikeOffDialog")
        self.person = person
        self.setWindowTitle(f"Xóa đăng ký thường trú — {person.full_name}")
        self.day = DateEdit()
        self.day.set_date(dt.date.today())
        self.ground = _combo(STRIKE_GROUNDS)
        if person.status == "deceased":
            _choose_data(self.ground, "a")
        self.form_ref = QLineEdit()
        form = QFormLayout(self)
        form.addRow("Ngày xóa *", self.day)
        form.addRow("Căn cứ *", self.ground)
        form.addRow("Số biểu mẫu (CT)", self.form_ref)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        p = self.person
        if self.try_save(
            lambda: self.ctx.run(
                service.strike_off,
                p.id,
                p.version,
                self.day.text(),
                self.ground.currentData(),
                self.form_ref.text(),
            )
        ):
            self.ctx.changed("residents", self)


class DeathDialog(Dialog):
    def __init__(self, ctx: AppContext, person: PersonView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="DeathDialog")
        self.person = person
        self.setWindowTitle(f"Báo tử — {person.full_name}")
        self.death, self.reported = DateEdit(), DateEdit()
        self.reported.set_date(dt.date.today())
        form = QFormLayout(self)
        form.addRow("Ngày chết *", self.death)
        form.addRow("Ngày nhận tin báo tử *", self.reported)
        form.addRow(QLabel("Phải xóa đăng ký thường trú trong 1 ngày làm việc kể từ khi nhận tin."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        p = self.person
        if self.try_save(
            lambda: self.ctx.run(
                service.record_death, p.id, p.version, self.death.text(), self.reported.text()
            )
        ):
            self.ctx.changed("residents", self)


class EventDialog(Dialog):
    """A residence event: registration, absence, correction … (strike-off has its own dialog)."""

    def __init__(self, ctx: AppContext, person: PersonView, parent: QWidget | None = None) -> None:
        from desktop.residents.models import EVENT_KINDS

        super().__init__(ctx, parent, name="EventDialog")
        self.person = person
        self.setWindowTitle(f"Thêm biến động cư trú — {person.full_name}")
        self.kind = _combo({k: v for k, v in EVENT_KINDS.items() if k != "strike_off"})
        self.day = DateEdit()
        self.day.set_date(dt.date.today())
        self.reason, self.form_ref = QLineEdit(), QLineEdit()
        self.form_ref.setPlaceholderText("vd. CT01")
        form = QFormLayout(self)
        form.addRow("Loại *", self.kind)
        form.addRow("Ngày *", self.day)
        form.addRow("Lý do", self.reason)
        form.addRow("Số biểu mẫu (CT)", self.form_ref)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        from desktop.residents.events import EventInput, add_event

        data = EventInput(self.kind.currentData(), self.day.text(), self.reason.text(), self.form_ref.text())
        if self.try_save(lambda: self.ctx.run(add_event, self.person.id, data)):
            self.ctx.changed("residents", self)
