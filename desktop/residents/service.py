"""Persons: add, edit, read; death, strike-off, old CMND numbers. Households: households.py."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.residents import idcard, quality_scope, search, validate
from desktop.residents.models import (
    ID_CARD_KINDS,
    ID_CARD_STATUSES,
    RELATIONS,
    SEXES,
    STATUSES,
    STRIKE_GROUNDS,
    VNEID_LEVELS,
    Household,
    OldIdNumber,
    Person,
    ResidenceFile,
)
from desktop.settings import Village
from desktop.staff.models import Officer
from desktop.text import clean, fold, format_date, register_order_key, require_text

DateLike = dt.date | str | None


@dataclass(frozen=True)
class PersonInput:
    full_name: str
    sex: str
    birth: DateLike = ""
    other_name: str = ""
    ethnic: str = "Kinh"
    religion: str = "Không"
    id_number: str = ""
    phone: str = ""
    occupation: str = ""
    permanent_address: str = ""
    temporary_address: str = ""
    village_id: int | None = None
    household_id: int | None = None
    relation: str = ""
    status: str = "living"
    death_date: DateLike = None
    death_reported_date: DateLike = None
    moved_date: DateLike = None
    struck_off_date: DateLike = None
    strike_ground: str = ""
    id_card_status: str = "none"
    id_card_applied_date: DateLike = None
    id_card_issued_date: DateLike = None
    id_card_kind: str = ""
    vneid_level: int | str = 0
    vneid2_date: DateLike = None
    note: str = ""
    #: the user confirmed saving an ID number that does not look like 12 digits
    accept_id_warning: bool = False


@dataclass(frozen=True)
class PersonView:
    id: int
    full_name: str
    other_name: str
    birth_year: int | None
    birth_month: int | None
    birth_day: int | None
    sex: str
    ethnic: str
    religion: str
    id_number: str
    id_issue: str
    phone: str
    occupation: str
    permanent_address: str
    temporary_address: str
    village_id: int | None
    village_label: str
    household_id: int | None
    household_number: str
    relation: str
    status: str
    death_date: dt.date | None
    death_reported_date: dt.date | None
    moved_date: dt.date | None
    struck_off_date: dt.date | None
    strike_ground: str
    id_card_status: str
    id_card_applied_date: dt.date | None
    id_card_issued_date: dt.date | None
    id_card_kind: str
    vneid_level: int
    vneid2_date: dt.date | None
    reviewed_date: dt.date | None
    mobilised_date: dt.date | None
    mobilised_by: int | None
    note: str
    version: int
    old_ids: tuple[str, ...] = ()
    file_numbers: tuple[str, ...] = ()
    id_warnings: tuple[str, ...] = field(default=())

    @property
    def birth_text(self) -> str:
        return validate.birth_text(self.birth_year, self.birth_month, self.birth_day)

    @property
    def sex_text(self) -> str:
        return SEXES.get(self.sex, self.sex)

    @property
    def status_text(self) -> str:
        text = STATUSES.get(self.status, self.status)
        if self.struck_off_date:
            text += f", đã xóa thường trú {format_date(self.struck_off_date)}"
        return text

    @property
    def id_card_text(self) -> str:
        return ID_CARD_STATUSES.get(self.id_card_status, self.id_card_status)

    @property
    def id_card_kind_text(self) -> str:
        return ID_CARD_KINDS.get(self.id_card_kind, "") if self.id_card_kind else ""

    @property
    def vneid_text(self) -> str:
        return VNEID_LEVELS.get(self.vneid_level, str(self.vneid_level))

    @property
    def strike_ground_text(self) -> str:
        return STRIKE_GROUNDS.get(self.strike_ground, "")


def village_label(uow: UnitOfWork, village_id: int | None) -> str:
    if village_id is None:
        return ""
    v = uow.session.get(Village, village_id)
    return f"{v.kind} {v.name}" if v else ""


def to_view(uow: UnitOfWork, p: Person) -> PersonView:
    values = {
        f.name: getattr(p, f.name)
        for f in dataclasses.fields(PersonView)
        if hasattr(Person, f.name) and f.name not in ("old_ids", "file_numbers", "id_warnings")
    }
    household = uow.session.get(Household, p.household_id) if p.household_id else None
    check = idcard.check(p.id_number, sex=p.sex, birth_year=p.birth_year)
    return PersonView(
        **values,
        village_label=village_label(uow, p.village_id),
        household_number=household.number if household else "",
        old_ids=tuple(
            uow.session.scalars(
                select(OldIdNumber.number).where(OldIdNumber.person_id == p.id).order_by(OldIdNumber.id)
            )
        ),
        file_numbers=tuple(search.file_numbers_for(uow, [p.id]).get(p.id, [])),
        id_warnings=() if check.ok else check.reasons,
    )


def validate_person(uow: UnitOfWork, data: PersonInput, *, today: dt.date | None = None) -> dict:
    """Every field checked and named in Vietnamese; returns the column values to store."""
    values = validate_fields(data, today=today)
    if data.village_id is not None and uow.session.get(Village, data.village_id) is None:
        raise ValidationError("Thôn, bon", "không còn trong danh mục.")
    if data.household_id is not None and uow.session.get(Household, data.household_id) is None:
        raise ValidationError("Hộ", "không còn tồn tại.")
    return values


def validate_fields(data: PersonInput, *, today: dt.date | None = None) -> dict:
    """The checks that need no database (shared with the Excel import)."""
    today = today or dt.date.today()
    name = require_text("Họ và tên", data.full_name, max_len=120)
    year, month, day = validate.parse_birth("Ngày sinh", data.birth, today=today)
    sex = validate.sex("Giới tính", data.sex)
    status = validate.status(data.status)
    number = validate.id_number("Số định danh cá nhân", data.id_number, accept_warning=data.accept_id_warning)
    death = validate.to_date("Ngày chết", data.death_date, today=today)
    reported = validate.to_date("Ngày nhận tin báo tử", data.death_reported_date, today=today)
    moved = validate.to_date("Ngày chuyển đi", data.moved_date, today=today)
    struck = validate.to_date("Ngày xóa đăng ký thường trú", data.struck_off_date, today=today)
    ground = validate.strike_ground(data.strike_ground)
    card = validate.id_card_status(data.id_card_status)
    applied = validate.to_date("Ngày nộp hồ sơ căn cước", data.id_card_applied_date, today=today)
    issued = validate.to_date("Ngày cấp căn cước", data.id_card_issued_date, today=today)
    level = validate.vneid_level(data.vneid_level)
    vneid2 = validate.to_date("Ngày kích hoạt VNeID mức 2", data.vneid2_date, today=today)
    rules = {  # the fields whose agreement check_rules proves (imports check them the same way)
        "birth_year": year,
        "birth_month": month,
        "birth_day": day,
        "status": status,
        "death_date": death,
        "death_reported_date": reported,
        "moved_date": moved,
        "struck_off_date": struck,
        "strike_ground": ground,
        "id_card_status": card,
        "id_card_applied_date": applied,
        "id_card_issued_date": issued,
        "vneid_level": level,
        "vneid2_date": vneid2,
    }
    check_rules(rules)
    relation = clean(data.relation)
    if relation and relation not in RELATIONS:
        relation = validate.choice("Quan hệ với chủ hộ", relation, RELATIONS)
    return {
        "full_name": name,
        "name_key": fold(name),
        "order_key": register_order_key(name),
        "other_name": require_text("Tên gọi khác", data.other_name, max_len=120, required=False),
        "sex": sex,
        "ethnic": validate.choice("Dân tộc", data.ethnic, validate.ETHNIC_GROUPS, "Kinh"),
        "religion": require_text("Tôn giáo", data.religion or "Không", max_len=60),
        "id_number": number,
        "id_issue": idcard.issue_code(number, sex, year),
        "phone": validate.phone("Số điện thoại", data.phone),
        "occupation": require_text("Nghề nghiệp", data.occupation, max_len=120, required=False),
        "permanent_address": require_text(
            "Nơi thường trú", data.permanent_address, max_len=250, required=False
        ),
        "temporary_address": require_text("Nơi tạm trú", data.temporary_address, max_len=250, required=False),
        "village_id": data.village_id,
        "household_id": data.household_id,
        "relation": relation,
        "id_card_kind": validate.id_card_kind(data.id_card_kind),
        **rules,
        "note": require_text("Ghi chú", data.note, max_len=2000, required=False),
    }


def check_rules(v: dict) -> None:
    """The rules between fields of one person (``v`` holds stored column values); shared with the
    Excel import, which parses each column on its own and then calls this once per row."""
    year, month, day = v["birth_year"], v["birth_month"], v["birth_day"]
    status, death, reported, moved = v["status"], v["death_date"], v["death_reported_date"], v["moved_date"]
    struck, ground, card = v["struck_off_date"], v["strike_ground"], v["id_card_status"]
    applied, issued = v["id_card_applied_date"], v["id_card_issued_date"]
    level, vneid2 = v["vneid_level"], v["vneid2_date"]
    birth_floor = dt.date(year, month or 1, day or 1) if year else None
    if status == "deceased" and death is None:
        raise ValidationError("Ngày chết", "người đã chết phải có ngày chết.")
    if status != "deceased" and (death or reported):
        raise ValidationError("Tình trạng", "có ngày chết nhưng tình trạng không phải «Đã chết».")
    if death and birth_floor and death < birth_floor:
        raise ValidationError("Ngày sinh", f"sau ngày chết {format_date(death)}.")
    if reported and death and reported < death:
        raise ValidationError("Ngày nhận tin báo tử", f"trước ngày chết {format_date(death)}.")
    if status == "moved" and moved is None:
        raise ValidationError("Ngày chuyển đi", "người đã chuyển đi phải có ngày chuyển đi.")
    if struck and not ground:
        raise ValidationError("Căn cứ xóa đăng ký", "phải ghi căn cứ (Điều 24 khoản 1 điểm a, b, d, đ …).")
    if ground and not struck:
        raise ValidationError("Ngày xóa đăng ký thường trú", "có căn cứ xóa nhưng chưa có ngày xóa.")
    if struck and birth_floor and struck < birth_floor:
        raise ValidationError("Ngày xóa đăng ký thường trú", "trước ngày sinh.")
    if card == "applied" and applied is None:
        raise ValidationError("Ngày nộp hồ sơ căn cước", "đã nộp hồ sơ thì phải có ngày nộp.")
    if card == "issued" and issued is None:
        raise ValidationError("Ngày cấp căn cước", "đã cấp thì phải có ngày cấp.")
    if issued and applied and issued < applied:
        raise ValidationError("Ngày cấp căn cước", "trước ngày nộp hồ sơ.")
    if level == 2 and vneid2 is None:
        raise ValidationError("Ngày kích hoạt VNeID mức 2", "tài khoản mức 2 phải có ngày kích hoạt.")


def _after_change(uow: UnitOfWork, person: Person, before: quality_scope.Keys) -> None:
    """The person's search key, and the data problems of the person and of those who share (or
    shared ``before`` the change) an ID number or a name and birth date with them."""
    uow.flush()
    search.refresh_keys(uow, [person.id])
    quality_scope.sync_persons(uow, [person.id], before=before, after=quality_scope.keys_of(person))


def add_person(uow: UnitOfWork, data: PersonInput) -> PersonView:
    uow.require("write")
    values = validate_person(uow, data)
    person = uow.add(Person(search_key="", **values))
    _after_change(uow, person, quality_scope.no_keys())
    return to_view(uow, person)


def update_person(uow: UnitOfWork, person_id: int, version: int, data: PersonInput) -> PersonView:
    uow.require("write")
    person = uow.get(Person, person_id, version=version)
    before = quality_scope.keys_of(person)
    for key, value in validate_person(uow, data).items():
        setattr(person, key, value)
    _after_change(uow, person, before)
    return to_view(uow, person)


def get_person(uow: UnitOfWork, person_id: int) -> PersonView:
    uow.require("read")
    return to_view(uow, uow.get(Person, person_id))


def input_from_view(view: PersonView, **changes: object) -> PersonInput:
    """A PersonInput holding what ``view`` shows (for edit dialogs and small changes)."""
    base = {f.name: getattr(view, f.name) for f in dataclasses.fields(PersonInput) if hasattr(view, f.name)}
    base["birth"] = view.birth_text
    base["accept_id_warning"] = True
    base.update(changes)
    return PersonInput(**base)  # type: ignore[arg-type]


def record_death(
    uow: UnitOfWork, person_id: int, version: int, death_date: DateLike, reported_date: DateLike
) -> PersonView:
    """Record a death reported to the station (the strike-off must follow within 1 working day)."""
    uow.require("write")
    view = to_view(uow, uow.get(Person, person_id, version=version))
    return update_person(
        uow,
        person_id,
        version,
        input_from_view(
            view,
            status="deceased",
            death_date=death_date,
            death_reported_date=reported_date or dt.date.today(),
        ),
    )


def strike_off(
    uow: UnitOfWork, person_id: int, version: int, struck_date: DateLike, ground: str, form_ref: str = ""
) -> PersonView:
    """Strike a permanent registration off (Điều 24 khoản 1) and log the residence event."""
    uow.require("write")
    from desktop.residents.events import EventInput, add_event

    person = uow.get(Person, person_id, version=version)
    if person.struck_off_date is not None:
        raise ValidationError(
            "Ngày xóa đăng ký thường trú", f"đã xóa đăng ký từ {format_date(person.struck_off_date)}."
        )
    day = validate.to_date("Ngày xóa đăng ký thường trú", struck_date, today=dt.date.today())
    if day is None:
        raise ValidationError("Ngày xóa đăng ký thường trú", "không được để trống.")
    code = validate.strike_ground(ground)
    if not code:
        raise ValidationError("Căn cứ xóa đăng ký", "phải ghi căn cứ (Điều 24 khoản 1).")
    if code == "a" and person.status != "deceased":
        raise ValidationError(
            "Căn cứ xóa đăng ký", "điểm a dùng cho người đã chết: hãy ghi nhận ngày chết trước."
        )
    add_event(uow, person_id, EventInput("strike_off", day, STRIKE_GROUNDS[code], form_ref), _apply=False)
    view = to_view(uow, person)
    return update_person(
        uow, person_id, person.version, input_from_view(view, struck_off_date=day, strike_ground=code)
    )


def add_old_id(uow: UnitOfWork, person_id: int, number: str, note: str = "") -> PersonView:
    uow.require("write")
    person = uow.get(Person, person_id)
    raw = clean(number)
    if not (raw.isascii() and raw.isdigit() and len(raw) in (9, 12)):
        raise ValidationError("Số CMND cũ", f"«{raw}» phải gồm 9 hoặc 12 chữ số.")
    uow.add(
        OldIdNumber(
            person_id=person_id, number=raw, note=require_text("Ghi chú", note, max_len=200, required=False)
        )
    )
    uow.flush()
    search.refresh_keys(uow, [person_id])
    return to_view(uow, person)


def delete_person(uow: UnitOfWork, person_id: int, version: int) -> None:
    """Delete a person entered by mistake (one who has a residence file must be struck off instead)."""
    uow.require("admin")
    person = uow.get(Person, person_id, version=version)
    if uow.session.scalar(select(ResidenceFile.id).where(ResidenceFile.person_id == person_id).limit(1)):
        raise ValidationError(
            "Nhân khẩu",
            f"«{person.full_name}» có hồ sơ cư trú nên không xóa được; hãy xóa đăng ký thường trú.",
        )
    before = quality_scope.keys_of(person)
    uow.session.delete(person)
    uow.flush()
    # the persons who shared a number or a name and birth date with it may no longer be duplicates
    quality_scope.sync_persons(uow, [], before=before)


def officer_exists(uow: UnitOfWork, officer_id: int | None) -> None:
    if officer_id is not None and uow.session.get(Officer, officer_id) is None:
        raise ValidationError("Cán bộ", "không còn trong danh sách cán bộ.")
