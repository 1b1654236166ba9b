"""Merging two persons found as duplicates: every link moves, nothing is half done on a failure."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from desktop import audit, links
from desktop.errors import PermissionDenied, ValidationError
from desktop.residents import archive, campaign, events, merge, quality, search, service
from desktop.residents.archive import FileInput
from desktop.residents.events import EventInput
from desktop.residents.models import OldIdNumber, Person, QualityIssue, ResidenceEvent, ResidenceFile
from desktop.residents.service import PersonInput
from tests.residents.linked_station import GOOD_ID, build

OTHER_ID = "068090009999"


@pytest.fixture
def twins(db, admin, villages):
    """The station of linked_station and a duplicate of its head typed again a year later."""
    with db.uow(admin) as work:
        ids = build(work, villages)
        twin = service.add_person(
            work,
            PersonInput("Nguyễn Văn Ấn", "Nam", "05/03/1990", id_number=OTHER_ID, phone="0905 111 222",
                        occupation="Làm rẫy"),
        )  # fmt: skip
        service.add_old_id(work, twin.id, "250111222")
        events.add_event(work, twin.id, EventInput("absence", dt.date(2024, 6, 1), "Đi làm ăn xa"))
        archive.add_file(work, FileInput("68123-000009", person_id=twin.id))
        now = service.get_person(work, twin.id)
        step = campaign.record_step(work, twin.id, now.version, "issued", dt.date(2026, 3, 1))
        assert step.id_card_status == "issued"
        quality.sync_issues(work)
        ids["twin"] = twin.id
    return ids


def _snapshot(db, admin):
    with db.uow(admin) as work:
        s = work.session
        return (
            s.scalar(select(func.count()).select_from(Person)),
            sorted(s.execute(select(ResidenceEvent.id, ResidenceEvent.person_id)).all()),
            sorted(s.execute(select(ResidenceFile.id, ResidenceFile.person_id)).all()),
            sorted(s.execute(select(OldIdNumber.number, OldIdNumber.person_id)).all()),
        )


def test_merge_moves_every_link_and_keeps_what_differs(db, admin, twins, monkeypatch):
    calls = []

    def fake_weapons(session, from_id, into_id):
        calls.append((from_id, into_id))
        return 2

    monkeypatch.setitem(links.PERSON_MERGE_HOOKS, "weapons_fake", fake_weapons)
    keep, drop = twins["head"], twins["twin"]
    with db.uow(admin) as work:
        before = {
            r.rule for r in work.session.scalars(select(QualityIssue).where(QualityIssue.person_id == drop))
        }
    assert {"id_duplicate", "person_duplicate"} & before == {"person_duplicate"}
    with db.uow(admin) as work:
        result = merge.merge_persons(work, keep, drop, "Cùng một người, nhập hai lần")
    assert calls == [(drop, keep)]
    assert result.moved["weapons_fake"] == 2
    assert result.moved["residence_event"] == 1
    assert result.moved["residence_file"] == 1
    assert result.moved["person_old_id"] == 1
    assert result.moved["old_id_from_duplicate"] == 1
    with db.uow(admin) as work:
        s = work.session
        assert s.get(Person, drop) is None
        assert set(s.scalars(select(ResidenceEvent.person_id))) == {keep, twins["child"]}
        assert s.scalar(select(ResidenceFile.person_id).where(ResidenceFile.number == "68123-000009")) == keep
        p = service.get_person(work, keep)
        assert p.id_number == GOOD_ID
        assert set(p.old_ids) == {"250111222", OTHER_ID}  # the dropped ID number stays findable
        assert p.phone == "0905 111 222" and p.occupation == "Làm rẫy"  # taken where the kept one had none
        assert p.id_card_status == "issued" and p.id_card_issued_date == dt.date(2026, 3, 1)
        assert p.reviewed_date == dt.date(2026, 2, 1)
        assert "Cùng một người, nhập hai lần" in p.note and f"Số định danh: {OTHER_ID}" in p.note
        assert "68123-000009" in p.file_numbers
        # the duplicate's history stays, resolved by the merge; the kept record has no duplicate left
        issues = s.execute(
            select(QualityIssue.rule, QualityIssue.cleared_on).where(QualityIssue.person_id == keep)
        )
        open_rules = {rule for rule, cleared in issues if cleared is None}
        assert "person_duplicate" not in open_rules
        assert (
            s.scalar(select(func.count()).select_from(QualityIssue).where(QualityIssue.person_id == drop))
            == 0
        )
        ids = search.search_ids(work, search.SearchFilter(OTHER_ID))
        assert ids == [keep]
        entries = s.execute(
            select(audit.AuditEntry.action, audit.AuditEntry.summary, audit.AuditEntry.changes).where(
                audit.AuditEntry.table_name == "person", audit.AuditEntry.record_id.in_([keep, drop])
            )
        ).all()
    deleted = [json.loads(c) for a, _s, c in entries if a == "delete"]
    assert len(deleted) == 1 and any(v == [OTHER_ID, None] for v in deleted[0].values())
    summary = [sm for a, sm, _c in entries if "Nhập nhân khẩu trùng" in sm]
    assert summary and "Cùng một người, nhập hai lần" in summary[0]


def test_a_failing_hook_leaves_nothing_half_done(db, admin, twins, monkeypatch):
    def broken(session, from_id, into_id):
        raise ValidationError("Vũ khí", "không chuyển được biên bản.")

    monkeypatch.setitem(links.PERSON_MERGE_HOOKS, "broken", broken)
    before = _snapshot(db, admin)
    with pytest.raises(ValidationError, match="không chuyển được"), db.uow(admin) as work:
        merge.merge_persons(work, twins["head"], twins["twin"], "Trùng")
    assert _snapshot(db, admin) == before


def test_a_link_left_behind_stops_the_merge(db, admin, twins, monkeypatch):
    """A table naming the person that no hook moved (here: events) is found before the delete."""
    monkeypatch.setattr(merge, "OWN_ROWS", tuple(m for m in merge.OWN_ROWS if m is not ResidenceEvent))
    before = _snapshot(db, admin)
    with pytest.raises(ValidationError, match="Biến động cư trú"), db.uow(admin) as work:
        merge.merge_persons(work, twins["head"], twins["twin"], "Trùng")
    assert _snapshot(db, admin) == before


@pytest.mark.parametrize(
    "keep, drop, reason, field",
    [("head", "head", "Trùng", "Nhân khẩu giữ lại"), ("head", "twin", "  ", "Lý do")],
)
def test_bad_merges_are_refused(db, admin, twins, keep, drop, reason, field):
    with pytest.raises(ValidationError) as info, db.uow(admin) as work:
        merge.merge_persons(work, twins[keep], twins[drop], reason)
    assert info.value.field == field


def test_a_viewer_cannot_merge(db, admin, viewer, twins):
    with pytest.raises(PermissionDenied), db.uow(viewer) as work:
        merge.merge_persons(work, twins["head"], twins["twin"], "Trùng")


def test_compare_shows_both_sides(db, admin, twins):
    with db.uow(admin) as work:
        a, b = merge.compare(work, twins["head"], twins["twin"])
    assert dict(a.rows)["Số định danh"] == GOOD_ID and dict(b.rows)["Số định danh"] == OTHER_ID
    assert dict(b.rows)["Điện thoại"] == "0905 111 222"
    assert a.links > b.links > 0


def test_household_merge_calls_the_areas_hooks(db, admin, twins, monkeypatch):
    from desktop.residents import households

    calls = []
    monkeypatch.setitem(
        links.HOUSEHOLD_MERGE_HOOKS, "support_fake", lambda s, a, b: calls.append((a, b)) or 1
    )
    with db.uow(admin) as work:
        households.merge_households(work, twins["other_household"], twins["household"], "01/03/2026")
    assert calls == [(twins["other_household"], twins["household"])]
