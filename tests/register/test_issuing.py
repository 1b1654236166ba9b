"""Printouts and the register: a preview takes no number, an issued document takes the next one of
its year, a reprint shows the same number, and every printout of the demo station carries a number
no other document of the year has. The signer block names the chosen signer (KT. for a deputy)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.register import issuing, service, signers
from desktop.register.service import RegisterFilter
from desktop.reports.official import render_bytes
from desktop.residents import printouts as resident_printouts
from desktop.residents.models import FileLoan
from desktop.schedule import printouts as schedule_printouts
from desktop.settings import get_station, save_station
from desktop.staff import service as staff
from desktop.support import printouts as support_printouts
from desktop.support.models import Donor, Project
from desktop.weapons import printouts as weapon_printouts
from desktop.weapons import service as weapons
from desktop.weapons.models import WeaponHandover, WeaponReceipt, WeaponStocktake
from tests.weapons.conftest import at, world  # noqa: F401  (fixture)

NUMBER = re.compile(r"Số: (\d+)/([^\s-]+)-(\S+)")


def text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def numbers(pdf: bytes) -> list[tuple[int, str]]:
    return [(int(n), kind) for n, kind, _sym in NUMBER.findall(text(pdf))]


def test_preview_takes_no_number_issue_does_and_a_reprint_shows_it_again(world):  # noqa: F811
    receipt = world.run(
        weapons.record_receipt, world.receipt(at(2026, 3, 8, 9, 30), [world.item("súng kíp")])
    )
    preview = world.run(weapon_printouts.receipt_pdf, receipt.id)
    assert "Số: /BB-CAX" in text(preview) and numbers(preview) == []
    assert world.run(service.list_entries) == []
    first = world.run(issuing.issued_render, weapon_printouts.receipt_pdf, receipt.id)
    assert numbers(first.pdf) == [(1, "BB")]
    again = world.run(issuing.issued_render, weapon_printouts.receipt_pdf, receipt.id)
    assert numbers(again.pdf) == [(1, "BB")]  # a reprint, never a second number
    assert numbers(world.run(weapon_printouts.receipt_pdf, receipt.id)) == [(1, "BB")]  # preview of a reprint
    [entry] = world.run(service.list_entries)
    assert (entry.area, entry.record_id, entry.subject) == (
        "weapons.receipt",
        receipt.id,
        "Tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ",
    )
    # a second receipt and a stocktake of the same year: the next numbers, whatever the kind
    other = world.run(weapons.record_receipt, world.receipt(at(2026, 3, 9, 9, 0), [world.item("súng kíp")]))
    assert numbers(world.run(issuing.issued_render, weapon_printouts.print_receipt, other.id).pdf) == [
        (2, "BB")
    ]
    # a voided entry frees the record: its next issue is a new document with a new number
    world.run(service.void, entry.id, entry.version, "In nhầm mẫu cũ")
    assert numbers(world.run(issuing.issued_render, weapon_printouts.receipt_pdf, receipt.id).pdf) == [
        (3, "BB")
    ]


def test_deputy_signs_for_the_chief_and_the_choice_is_remembered(world):  # noqa: F811
    deputy = world.run(
        staff.add_officer, staff.OfficerInput("Nguyễn Văn Hùng", "Đại úy", "Phó Trưởng Công an xã")
    )
    choices = world.run(signers.choices)
    assert [c.officer_id for c in choices] == [None, deputy.id]
    assert choices[1].authority == "KT. TRƯỞNG CÔNG AN XÃ\nPHÓ TRƯỞNG CÔNG AN XÃ"
    day = dt.date(2026, 3, 2)
    rendering = world.run(
        issuing.choose_signer, deputy.id, lambda uow: render_bytes(schedule_printouts.duty_roster(uow, day))
    )
    assert rendering.signed and rendering.chosen_id == deputy.id
    body = text(rendering.pdf)
    assert "KT. TRƯỞNG CÔNG AN XÃ PHÓ TRƯỞNG CÔNG AN XÃ" in body and "Nguyễn Văn Hùng" in body
    with world.db.uow(world.admin) as work:
        assert get_station(work).signer_officer_id == deputy.id  # remembered for every PC
    with pytest.raises(ValidationError, match="Người ký"):
        world.run(signers.choose, world.officer)  # an officer who is neither chief nor deputy
    # the register line names who signed; a reprint keeps that signer even after the choice changed
    issued = world.run(
        issuing.issued_render, lambda uow: render_bytes(schedule_printouts.duty_roster(uow, day))
    )
    world.run(signers.choose, None)
    reprint = text(
        world.run(
            issuing.preview_render, lambda uow: render_bytes(schedule_printouts.duty_roster(uow, day))
        ).pdf
    )
    assert "PHÓ TRƯỞNG" in reprint and numbers(issued.pdf) == [(1, "LCT")]
    [entry] = world.run(service.list_entries, RegisterFilter(kind_code="LCT"))
    assert entry.signer == "Nguyễn Văn Hùng"


def demo_jobs(db, admin) -> list:  # noqa: ANN001
    """Every printout the demo station can make: (render function, its arguments)."""
    with db.uow(admin) as work:
        s = work.session
        receipts = list(s.scalars(select(WeaponReceipt.id).where(WeaponReceipt.voided_at.is_(None))))
        handovers = list(s.scalars(select(WeaponHandover.id)))
        stocktakes = list(s.scalars(select(WeaponStocktake.id)))
        loan = s.scalar(select(FileLoan.id).limit(1))
        project = s.scalar(select(Project.id).limit(1))
        donor = s.scalar(select(Donor.id).limit(1))
    assert receipts and handovers and stocktakes and loan and project and donor
    today = dt.date.today()
    jobs = [(weapon_printouts.receipt_pdf, (r,)) for r in receipts]
    jobs += [(weapon_printouts.handover_pdf, (h,)) for h in handovers]
    jobs += [(weapon_printouts.stocktake_pdf, (t,)) for t in stocktakes]
    jobs += [
        (resident_printouts.render_pdf, ("loan_slip", loan)),
        (resident_printouts.render_pdf, ("overdue_list",)),
        (resident_printouts.render_pdf, ("problem_list", None)),
        (resident_printouts.render_pdf, ("campaign_list", None)),
        (support_printouts.project_sheet_pdf, (project,)),
        (support_printouts.thank_you_letter_pdf, (donor,)),
        (support_printouts.summary_list_pdf, (today.replace(month=1, day=1), today)),
        (lambda uow, d: render_bytes(schedule_printouts.duty_roster(uow, d)), (today,)),
        (
            lambda uow, a, b: render_bytes(schedule_printouts.round_report(uow, a, b)),
            (today - dt.timedelta(days=365), today),
        ),
    ]
    return jobs


def test_every_printout_of_the_demo_carries_a_distinct_number(sqlite_db, sqlite_demo):
    db, admin = sqlite_db, sqlite_demo
    jobs = demo_jobs(db, admin)
    seen: dict[int, str] = {}
    for fn, args in jobs:
        result = db.run(admin, issuing.issued_render, fn, *args)
        found = numbers(result.pdf)
        assert len(found) == 1, (fn, args)
        ((number, kind),) = found
        assert number not in seen, f"số {number:02d} in again ({kind}, {seen.get(number)})"
        seen[number] = kind
    with db.uow(admin) as work:  # each is a line of the register (the demo's printed receipts kept theirs)
        assert set(seen) <= {e.number for e in service.list_entries(work) if not e.voided}
    with db.uow(admin) as work:
        thanks = [e for e in service.list_entries(work) if e.area == "support.thanks"]
        assert thanks and thanks[0].kind_code == get_station(work).own_code  # not "TC" (Thông cáo)


def test_a_ward_prints_its_own_kind_everywhere(sqlite_db, sqlite_demo):
    """A ward station: the header, the signer and the running text say "phường", never "xã"."""
    db, admin = sqlite_db, sqlite_demo
    with db.uow(admin) as work:
        station = get_station(work)
        ward = dataclasses.replace(
            station,
            unit_kind="phường",
            commune_name="Phường Hòa Bình",
            issuing_body="CÔNG AN PHƯỜNG HÒA BÌNH",
            head_title="TRƯỞNG CÔNG AN XÃ",
        )
        saved = save_station(work, ward)
        assert saved.head_title == "TRƯỞNG CÔNG AN PHƯỜNG" and saved.unit_name == "Công an phường Hòa Bình"
    for fn, args in demo_jobs(db, admin):
        body = text(db.run(admin, issuing.preview_render, fn, *args).pdf)
        assert "CÔNG AN PHƯỜNG HÒA BÌNH" in body, fn
        # stored names may say "xã" (a storeroom, an event's title): the unit's own words may not
        for unit_word in (
            "CÔNG AN XÃ",
            "Công an xã chúng tôi",
            "Lãnh đạo Công an xã",
            "giao cho Công an xã",
            "cán bộ tăng cường về Công an xã",
            "lực lượng Công an xã",
        ):
            assert unit_word not in body, (fn, args, unit_word)
    roster = text(
        db.run(
            admin,
            issuing.preview_render,
            lambda uow: render_bytes(schedule_printouts.duty_roster(uow, dt.date.today())),
        ).pdf
    )
    assert "TRƯỞNG CÔNG AN PHƯỜNG" in roster and "Lãnh đạo Công an phường" in roster
