"""The card kind (chip CCCD or căn cước) on the person: saved, exported and imported as its label."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.residents import io, service
from desktop.residents.idcard import make_number
from desktop.residents.models import Person
from desktop.residents.search import SearchFilter
from desktop.residents.service import PersonInput


def test_card_kind_saved_exported_and_imported(db, admin, tmp_path):
    with db.uow(admin) as work:
        p = service.add_person(
            work,
            PersonInput("Nguyễn Văn Ấn", "Nam", "05/01/1990", id_number=make_number("068", "M", 1990, 7),
                        id_card_status="issued",
                        id_card_issued_date=dt.date(2024, 8, 1), id_card_kind="can_cuoc"),
        )  # fmt: skip
        assert p.id_card_kind == "can_cuoc" and p.id_card_kind_text == "Thẻ căn cước"
        with pytest.raises(ValidationError, match="Loại thẻ căn cước"):
            service.update_person(work, p.id, p.version, service.input_from_view(p, id_card_kind="hộ chiếu"))
        io.export_persons(work, tmp_path / "out.xlsx", SearchFilter())
    ws = openpyxl.load_workbook(tmp_path / "out.xlsx")[io.PERSON_SHEET]
    header = [c.value for c in ws[1]]
    column = header.index("Loại thẻ căn cước")
    assert ws.cell(2, column + 1).value == "Thẻ căn cước"
    ws.cell(2, column + 1).value = "CCCD gắn chip"  # the clerk corrects the kind in Excel
    ws.parent.save(tmp_path / "back.xlsx")
    with db.uow(admin) as work:
        io.import_persons(work, tmp_path / "back.xlsx")
        assert work.session.scalar(select(Person.id_card_kind).where(Person.id == p.id)) == "cccd"
