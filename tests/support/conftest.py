"""Shared set-up for the support tests: villages, officers and kinds in a fresh database."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from desktop import settings
from desktop.staff import service as staff
from desktop.support import service as sv


@dataclass
class World:
    bu_sir: int
    nia_don: int
    officers: list[int]
    kinds: dict[str, int]


@pytest.fixture
def world(db, admin) -> World:
    with db.uow(admin) as work:
        bu_sir = settings.add_village(work, "Bu Sir", "bon").id
        nia_don = settings.add_village(work, "Nia Đơn", "thôn").id
        officers = [staff.add_officer(work, staff.OfficerInput(name, rank)).id for name, rank in
                    (("Điểu Săn", "Thượng úy"), ("Nguyễn Văn Thành", "Đại úy"), ("H'Nhung Byă", "Thiếu úy"))]
        kinds = {k.code: k.id for k in sv.list_kinds(work)}
    return World(bu_sir, nia_don, officers, kinds)
