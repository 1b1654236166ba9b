"""Who and what a receipt names: the person (from the register, or a named outsider whose ID number is
checked with the register's rules), the schedule event, the sanction decision, the officer who drew
the record up."""

from __future__ import annotations

from typing import Any

from desktop.db import UnitOfWork
from desktop.errors import NotFound, ValidationError
from desktop.residents import idcard
from desktop.staff.models import Officer
from desktop.text import clean, fold, require_text
from desktop.weapons.models import ORIGINS, PERSON_ROLES, WeaponReceipt
from desktop.weapons.views import OWNER_UNKNOWN_TEXT, ReceiptInput

ID_FIELD = "Số định danh cá nhân"
PERSON_FIELD = "Người giao nộp"


def person_from_register(uow: UnitOfWork, person_id: int) -> Any:
    from desktop.residents import service as residents

    try:
        return residents.get_person(uow, person_id)
    except NotFound:
        raise ValidationError(PERSON_FIELD, "người đã chọn không còn trong sổ nhân khẩu.") from None


def check_id_number(raw: str, *, accept_warning: bool) -> str:
    """A typed ID number checked with the register's 12-digit rules (province, century and sex, year);
    a doubtful one is refused unless the clerk confirmed it after the warning."""
    number = clean(raw).replace(" ", "")
    if not number:
        return ""
    if len(number) > 12:
        raise ValidationError(ID_FIELD, f"«{number}» dài quá 12 ký tự.")
    result = idcard.check(number)
    if not result.ok and not accept_warning:
        raise ValidationError(ID_FIELD, result.message)
    return number


def check_person(uow: UnitOfWork, data: ReceiptInput) -> dict[str, Any]:
    """The person named on the receipt: the giver, the finder of ownerless items, the person the items
    were taken from, or the other unit's representative — from the register, or a named outsider."""
    if data.owner_unknown and data.origin != "found":
        raise ValidationError(
            "Hình thức tiếp nhận",
            f"vật phẩm {OWNER_UNKNOWN_TEXT.lower()} thì chọn hình thức «{ORIGINS['found']}» "
            "và ghi người phát hiện.",
        )
    role = PERSON_ROLES[data.origin]
    address = require_text(f"Địa chỉ {role.lower()}", data.person_address, max_len=250, required=False)
    values: dict[str, Any] = {
        "owner_unknown": data.origin == "found",
        "person_id": None,
        "person_unlinked": False,
    }
    if data.person_id is not None:
        person = person_from_register(uow, data.person_id)
        values.update(
            person_id=person.id,
            person_name=person.full_name,
            person_id_number=person.id_number[:12],
            person_address=address or person.permanent_address or person.village_label,
        )
    else:
        name = require_text(role, data.person_name, max_len=120, required=False)
        if not name:
            raise ValidationError(
                PERSON_FIELD, f"hãy chọn {role.lower()} trong sổ nhân khẩu, hoặc ghi họ tên người ngoài sổ."
            )
        values.update(
            person_name=name,
            person_id_number=check_id_number(data.person_id_number, accept_warning=data.accept_id_warning),
            person_address=address,
        )
    values["person_key"] = fold(values["person_name"])
    return values


def check_event(uow: UnitOfWork, data: ReceiptInput) -> dict[str, Any]:
    text = require_text("Sự kiện", data.event_text, max_len=200, required=False)
    if data.event_id is None:
        return {"event_id": None, "event_text": text, "event_key": fold(text), "event_unlinked": False}
    from desktop.schedule.events import get_event

    try:
        event = get_event(uow, data.event_id)
    except NotFound:
        raise ValidationError("Sự kiện", "hoạt động đã chọn không còn trong lịch công tác.") from None
    text = text or event.title[:200]
    return {"event_id": event.id, "event_text": text, "event_key": fold(text), "event_unlinked": False}


def check_sanction(data: ReceiptInput) -> dict[str, Any]:
    number = require_text("Số quyết định xử phạt", data.sanction_number, max_len=60, required=False)
    if bool(number) != (data.sanction_date is not None):
        raise ValidationError(
            "Quyết định xử phạt", "ghi cả số và ngày của quyết định tịch thu, hoặc để trống cả hai."
        )
    if number and data.origin != "seized":
        raise ValidationError(
            "Quyết định xử phạt", f"chỉ ghi quyết định tịch thu với hình thức «{ORIGINS['seized']}»."
        )
    return {"sanction_number": number, "sanction_date": data.sanction_date if number else None}


def check_drafter(
    uow: UnitOfWork, officer_id: int | None, officers: list[int], receipt: WeaponReceipt | None
) -> int | None:
    """Who drew the record up: one of the station's officers (the first receiving officer by default)."""
    if officer_id is None:
        return None
    officer = uow.session.get(Officer, officer_id)
    if officer is None:
        raise ValidationError("Người lập biên bản", "cán bộ đã chọn không còn trong danh sách cán bộ.")
    kept = receipt is not None and receipt.drafted_by == officer_id
    if not officer.active and not kept:
        raise ValidationError("Người lập biên bản", f"«{officer.full_name}» không còn công tác.")
    return officer_id
