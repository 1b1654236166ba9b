"""Numbers taken when a document is issued, never when it is only looked at.

Each printout builder passes its ``Document`` through ``numbered`` (one call) with the record it
belongs to. While previewing, the document shows the number it already has (a reprint), or a blank
"Số:      /BB-CAX": a number shown before printing could be taken meanwhile by another PC, and a
preview closed without printing would leave a number that names nothing. Inside ``issuing()`` —
the print flow's issue step (``kit.print_action``: printed or saved, confirmed) and the command
line's print commands — a document without a number takes the next one of its year from the
register, and the PDF that goes out carries it. A document already issued for the same record
shows its number and signer again, never a second number.

The signer block is the signer chosen for the station (``signers``), with the unit's kind.
"""

from __future__ import annotations

import contextvars
import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from desktop.db import UnitOfWork
from desktop.register import service, signers
from desktop.settings import get_station

_ISSUING: contextvars.ContextVar[bool] = contextvars.ContextVar("caxa_register_issuing", default=False)
#: the documents ``numbered`` saw while rendering (for the print flow: is there a signer to choose?)
_SEEN: contextvars.ContextVar[list | None] = contextvars.ContextVar("caxa_register_seen", default=None)


@dataclasses.dataclass(frozen=True)
class Rendering:
    """A printout rendered for the preview, with what the print flow offers around it."""

    pdf: Any
    signed: bool  # the document has a signature block whose signer the clerk may choose
    choices: tuple[signers.SignerChoice, ...] = ()
    chosen_id: int | None = None
    number: int | None = None  # the register number it carries (a reprint), None while unissued


@contextmanager
def issuing() -> Iterator[None]:
    """Documents built inside this block are issued: they take their number now."""
    token = _ISSUING.set(True)
    try:
        yield
    finally:
        _ISSUING.reset(token)


def is_issuing() -> bool:
    return _ISSUING.get()


def _render(uow: UnitOfWork, render: Callable[..., Any], args: tuple, kwargs: dict) -> Rendering:
    seen: list = []
    token = _SEEN.set(seen)
    try:
        pdf = render(uow, *args, **kwargs)
    finally:
        _SEEN.reset(token)
    signed = any(doc.signer is not None for doc in seen)
    number = next((doc.number for doc in seen if doc.number is not None), None)
    if not signed:
        return Rendering(pdf, False, number=number)
    chosen = signers.chosen(uow)
    return Rendering(pdf, True, tuple(signers.choices(uow)), chosen.officer_id, number)


def preview_render(uow: UnitOfWork, render: Callable[..., Any], *args: Any, **kwargs: Any) -> Rendering:
    """``render(uow, *args, **kwargs)`` for the preview (nothing is numbered), with the signer choice."""
    return _render(uow, render, args, kwargs)


def issued_render(uow: UnitOfWork, render: Callable[..., Any], *args: Any, **kwargs: Any) -> Rendering:
    """``render`` as the document that goes out: numbered now from the register."""
    with issuing():
        return _render(uow, render, args, kwargs)


def choose_signer(uow: UnitOfWork, officer_id: int | None, render: Callable[..., Any], *args: Any,
                  **kwargs: Any) -> Rendering:
    """Remember another signer for the station, and render the preview again with it."""
    signers.choose(uow, officer_id)
    return _render(uow, render, args, kwargs)


def _seen(doc: Any) -> Any:
    seen = _SEEN.get()
    if seen is not None:
        seen.append(doc)
    return doc


def numbered(uow: UnitOfWork, doc: Any, area: str, record_id: int | None = None, *, key: str = "",
             own_code: bool = False, copies: int = 1, leader_signs: bool = True) -> Any:
    """``doc`` (an ``official.Document``) with its register number and the chosen signer.

    ``area`` + ``record_id`` (or ``key`` for a document about a period, e.g. a week's roster) name
    the record it belongs to; without either, every issue is a new document. ``own_code``: the
    kind has no abbreviation in Phụ lục III (a letter of thanks) and takes the station's own code.
    ``leader_signs=False``: the document keeps its own signer (a list the records officer sends to
    the chief is not signed by the chief).
    """
    from desktop.reports.official import Signer

    station = get_station(uow)
    kind = station.own_code if own_code else doc.kind_code
    signer = doc.signer
    if doc.signer is not None and leader_signs:
        signer = signers.as_signer(signers.chosen(uow, station))
    found = service.find_issued(uow, area, record_id, key)
    if found is not None:
        if doc.signer is not None and found.signer and leader_signs:
            signer = Signer(found.signer_authority, found.signer, found.signer_rank)
        return _seen(dataclasses.replace(
            doc, number=found.number, kind_code=found.kind_code, signer=signer,
            letterhead=dataclasses.replace(doc.letterhead, symbol=found.unit_symbol),
        ))
    doc = dataclasses.replace(doc, number=None, kind_code=kind, signer=signer)
    if not is_issuing():
        return _seen(doc)
    entry = service.issue(uow, service.IssueInput(
        kind_code=kind, doc_date=doc.doc_date, subject=" ".join(doc.subject.split()), title=doc.title,
        unit_symbol=doc.letterhead.symbol, signer=signer.name if signer else "",
        signer_authority=signer.authority if signer else "", signer_rank=signer.rank if signer else "",
        recipients=tuple(doc.recipients), copies=copies, area=area, record_id=record_id, record_key=key,
    ))
    return _seen(dataclasses.replace(doc, number=entry.number))
