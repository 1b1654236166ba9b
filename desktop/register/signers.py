"""Who signs a printout: the chief, or a deputy signing for the chief ("KT. TRƯỞNG CÔNG AN XÃ /
PHÓ TRƯỞNG CÔNG AN XÃ"), with the unit's kind. The choice is made in the print flow and remembered
for the station (every PC of it), until someone chooses again."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.db import UnitOfWork
from desktop.errors import NotFound, ValidationError
from desktop.settings import Station, StationView, chief_title, get_station
from desktop.staff import service as staff
from desktop.text import fold


@dataclass(frozen=True)
class SignerChoice:
    officer_id: int | None  # None: the chief as the station's settings name him
    label: str  # "Y Đức Niê — Trưởng Công an xã"
    authority: str  # the authority line(s) as printed
    name: str
    rank: str


def deputy_title(unit_kind: str) -> str:
    """'KT. TRƯỞNG CÔNG AN PHƯỜNG' over 'PHÓ TRƯỞNG CÔNG AN PHƯỜNG' (Nghị định 30/2020: ký thay)."""
    return f"KT. {chief_title(unit_kind)}\nPHÓ {chief_title(unit_kind)}"


def _role(position: str) -> str | None:
    """'chief' for the head of the unit, 'deputy' for a deputy head, None for anyone else."""
    key = fold(position)
    if "pho truong" in key or key.startswith("pho "):
        return "deputy"
    if key.startswith("truong"):
        return "chief"
    return None


def _chief(station: StationView) -> SignerChoice:
    rank = station.head_rank if station.show_rank else ""
    title = station.head_title or chief_title(station.unit_kind)
    label = f"{station.head_name or '(chưa ghi tên)'} — Trưởng {station.unit_label}"
    return SignerChoice(None, label, title, station.head_name, rank)


def choices(uow: UnitOfWork) -> list[SignerChoice]:
    """The chief (from the station's settings), then the unit's deputies from the staff register."""
    uow.require("read")
    station = get_station(uow)
    out = [_chief(station)]
    for o in staff.list_officers(uow):
        role = _role(o.position)
        if o.kind != "station" or role is None or fold(o.full_name) == fold(station.head_name):
            continue
        authority = chief_title(station.unit_kind) if role == "chief" else deputy_title(station.unit_kind)
        word = "Trưởng" if role == "chief" else "Phó Trưởng"
        out.append(SignerChoice(o.id, f"{o.full_name} — {word} {station.unit_label}", authority, o.full_name,
                                o.rank if station.show_rank else ""))
    return out


def chosen(uow: UnitOfWork, station: StationView | None = None) -> SignerChoice:
    """The signer remembered for the station; the chief when none was chosen or the officer left."""
    station = station or get_station(uow)
    if station.signer_officer_id is not None:
        for choice in choices(uow):
            if choice.officer_id == station.signer_officer_id:
                return choice
    return _chief(station)


def as_signer(choice: SignerChoice) -> Any:
    from desktop.reports.official import Signer

    return Signer(choice.authority, choice.name, choice.rank)


def choose(uow: UnitOfWork, officer_id: int | None) -> SignerChoice:
    """Remember who signs from now on (``None``: the chief)."""
    uow.require("write")
    if officer_id is not None and officer_id not in {c.officer_id for c in choices(uow)}:
        raise ValidationError("Người ký", "chỉ Trưởng hoặc Phó Trưởng đang công tác tại đơn vị được ký.")
    row = uow.session.get(Station, 1)
    if row is None:
        raise NotFound("Chưa khai báo thông tin đơn vị.")
    if row.signer_officer_id != officer_id:
        row.signer_officer_id = officer_id
        uow.flush()
    return chosen(uow)
