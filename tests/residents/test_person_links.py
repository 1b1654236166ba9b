"""The residents' own lines on a person's and a household's page (desktop/residents/person_links.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import links
from desktop.links import LinkedRecord
from desktop.residents import households, person_links, person_view
from tests.residents.linked_station import build


def _keys(rows: list[LinkedRecord]) -> list[tuple[str, str, int]]:
    return sorted((r.section, r.opens, r.record_id) for r in rows)


def test_person_lists_exactly_the_hand_built_records(db, admin, villages):
    with db.uow(admin) as work:
        ids = build(work, villages)
    with db.uow(admin) as work:
        head = person_links.person_records(work.session, ids["head"])
        child = person_links.person_records(work.session, ids["child"])
    h = ids["household"]
    assert _keys(head) == sorted(
        [
            (person_links.HOUSEHOLD, "residents.household", h),
            (person_links.EVENTS, "residents.person", ids["head"]),
            (person_links.FILES, "residents.file", ids["file_house"]),
            (person_links.FILES, "residents.file", ids["file_own"]),
            (person_links.LOANS, "residents.loan", ids["loan"]),
            (person_links.PROBLEMS, "residents.problem", ids["head"]),
            (person_links.CAMPAIGN, "residents.campaign", ids["head"]),
            (person_links.CAMPAIGN, "residents.campaign", ids["head"]),
        ]
    )
    by_section = {r.section: r for r in head}
    assert by_section[person_links.HOUSEHOLD].role == "Chủ hộ"
    assert by_section[person_links.HOUSEHOLD].text == "Hộ số NĐ-001 — thôn Nia Đơn"
    assert by_section[person_links.EVENTS].when == dt.date(2015, 4, 2)
    assert "Đăng ký thường trú" in by_section[person_links.EVENTS].text
    assert "CT01" in by_section[person_links.EVENTS].text
    assert "Trần Văn Mượn" in by_section[person_links.LOANS].text
    assert by_section[person_links.PROBLEMS].text.startswith("Chưa có VNeID mức 2 (phát hiện ngày")
    steps = sorted(r.text for r in head if r.section == person_links.CAMPAIGN)
    assert steps == ["Đã nộp hồ sơ cấp căn cước ngày 03/02/2026", "Đã rà soát ngày 01/02/2026"]
    # the child: the household (with its head), an event, the household's file and loan, a problem
    # still open (no ID number) and the "not an error" mark on the missing birth date
    assert _keys(child) == sorted(
        [
            (person_links.HOUSEHOLD, "residents.household", h),
            (person_links.EVENTS, "residents.person", ids["child"]),
            (person_links.FILES, "residents.file", ids["file_house"]),
            (person_links.LOANS, "residents.loan", ids["loan"]),
            (person_links.PROBLEMS, "residents.problem", ids["child"]),
            (person_links.PROBLEMS, "residents.problem", ids["child"]),
        ]
    )
    problems = [r for r in child if r.section == person_links.PROBLEMS]
    # an open problem (no ID number) and the "not an error" mark (the missing birth date is no longer open)
    assert sorted((r.role, r.text.split(" (")[0].split(":")[0]) for r in problems) == [
        ("Cần xác minh", "Thiếu số định danh"),
        ("Đã kiểm tra", "Thiếu ngày sinh"),
    ]
    assert any("Giấy khai sinh bị mất" in r.text for r in problems)
    household_line = next(r for r in child if r.section == person_links.HOUSEHOLD)
    assert household_line.role == "Con"
    assert household_line.text.endswith("chủ hộ Nguyễn Văn Ấn")


def test_household_lists_members_changes_events_and_files(db, admin, villages):
    with db.uow(admin) as work:
        ids = build(work, villages)
        households.merge_households(
            work, ids["other_household"], ids["household"], "01/03/2026", "Về ở chung"
        )
    with db.uow(admin) as work:
        rows = person_links.household_records(work.session, ids["household"])
        other = person_links.household_records(work.session, ids["other_household"])
    assert _keys(rows) == sorted(
        [
            (person_links.MEMBERS, "residents.person", ids["head"]),
            (person_links.MEMBERS, "residents.person", ids["child"]),
            (person_links.CHANGES, "residents.household", ids["other_household"]),
            (person_links.EVENTS, "residents.person", ids["head"]),
            (person_links.EVENTS, "residents.person", ids["child"]),
            (person_links.FILES, "residents.file", ids["file_house"]),
            (person_links.LOANS, "residents.loan", ids["loan"]),
        ]
    )
    change = next(r for r in rows if r.section == person_links.CHANGES)
    assert change.text.startswith("Nhập hộ ngày 01/03/2026")
    assert "từ hộ NĐ-002" in change.text and "Về ở chung" in change.text
    assert {r.role for r in rows if r.section == person_links.MEMBERS} == {"Chủ hộ", "Con"}
    assert any(r.text.startswith("Nguyễn Thị Bé: Đăng ký tạm trú") for r in rows)
    assert _keys(other) == [(person_links.CHANGES, "residents.household", ids["household"])]
    assert "sang hộ NĐ-001" in other[0].text


def test_the_page_gathers_every_area_in_section_order(db, admin, villages, monkeypatch):
    """Another area's provider (here a fake one) shows on the page beside the residents' lines."""
    monkeypatch.setitem(
        links.PERSON_PROVIDERS,
        "fake",
        lambda session, pid: [LinkedRecord("Vũ khí đã giao nộp", "weapons.receipt", 7, dt.date(2026, 3, 1),
                                           f"Biên bản số 7 của người {pid}", "Người giao nộp", 60)],
    )  # fmt: skip
    with db.uow(admin) as work:
        ids = build(work, villages)
    with db.uow(admin) as work:
        page = person_view.person_page(work, ids["head"])
    assert page.person.full_name == "Nguyễn Văn Ấn"
    sections = [s.title for s in page.sections]
    assert sections == [
        person_links.HOUSEHOLD,
        person_links.EVENTS,
        person_links.FILES,
        person_links.LOANS,
        person_links.PROBLEMS,
        person_links.CAMPAIGN,
        "Vũ khí đã giao nộp",
    ]
    weapons = page.sections[-1].records
    assert [(r.opens, r.record_id, r.text) for r in weapons] == [
        ("weapons.receipt", 7, f"Biên bản số 7 của người {ids['head']}")
    ]
    campaign = next(s for s in page.sections if s.title == person_links.CAMPAIGN).records
    assert [r.when for r in campaign] == [dt.date(2026, 2, 3), dt.date(2026, 2, 1)]  # newest first


def test_a_viewer_may_read_the_page_and_a_missing_person_is_not_found(db, admin, viewer, villages):
    from desktop.errors import NotFound

    with db.uow(admin) as work:
        ids = build(work, villages)
    with db.uow(viewer) as work:
        assert person_view.household_page(work, ids["household"]).household.number == "NĐ-001"
    with pytest.raises(NotFound), db.uow(viewer) as work:
        person_view.person_page(work, 999_999)
