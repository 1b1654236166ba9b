"""A project's beneficiary is a household of the register and its event a schedule event: the link is
made, followed back from the household and its members (desktop.links), moved when households merge,
and today's typed head names are linked by the migration or left flagged for the clerk."""

import datetime as dt

import pytest
from alembic import command

from desktop import audit, links, migrate
from desktop.db import Actor
from desktop.errors import ValidationError
from desktop.residents import households as hh
from desktop.residents import service as rs
from desktop.schedule import events as ev
from desktop.schedule.views import EventInput
from desktop.support import printouts
from desktop.support import service as sv

DAY = dt.date(2025, 10, 5)


def _household(work, number: str, village: int, head: str, *, members=(), struck_off=False):
    h = hh.add_household(work, hh.HouseholdInput(number, village))
    p = rs.add_person(work, rs.PersonInput(head, "F", "1968", village_id=village))
    hh.set_member(work, h.id, p.id, "Chủ hộ")
    for name in members:
        m = rs.add_person(work, rs.PersonInput(name, "M", "2001", village_id=village))
        hh.set_member(work, h.id, m.id, "Con")
    if struck_off:
        view = rs.get_person(work, p.id)
        rs.update_person(work, p.id, view.version, rs.input_from_view(
            view, status="moved", moved_date=DAY, struck_off_date=DAY, strike_ground="c"))
    return h.id, p.id


def _pdf_text(doc) -> str:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(printouts.pdf(doc)))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _project(work, world, title: str, head: str, village: int, **kw) -> sv.ProjectView:
    return sv.add_project(work, sv.ProjectInput(title, world.kinds["gift"], head, village, "poor", **kw))


def _person_id(work, name: str) -> int:
    from desktop.residents.search import SearchFilter, search_page

    return search_page(work, SearchFilter(text=name), limit=5).rows[0].id


def test_project_links_household_and_event_followed_back(db, admin, world):
    with db.uow(admin) as work:
        hid, head = _household(work, "HK-014", world.bu_sir, "Thị Hơn", members=("Điểu Nam",))
        event = ev.create_event(work, EventInput(
            "festival", "Ngày hội Đại đoàn kết bon Bu Sir", dt.datetime(2025, 10, 5, 8),
            dt.datetime(2025, 10, 5, 11), "Nhà văn hóa bon", (world.bu_sir,), (world.officers[0],))).event
        p = sv.add_project(work, sv.ProjectInput(
            "Làm sân bê tông", world.kinds["yard"], "", 0, "poor", status="completed", start_date=DAY,
            completed_date=DAY, household_id=hid, event_id=event.id))
        member = _person_id(work, "Điểu Nam")
    assert (p.household_id, p.event_id) == (hid, event.id)
    assert (p.head_name, p.village_id) == ("Thị Hơn", world.bu_sir)  # taken from the household
    assert p.household_label == "Hộ HK-014 — Thị Hơn — bon Bu Sir"
    assert p.event_label == "05/10/2025 — Ngày hội Đại đoàn kết bon Bu Sir"
    assert not p.needs_household
    with db.uow(admin) as work:
        by_household = links.for_household(work.session, hid)
        by_head = links.for_person(work.session, head)
        by_member = links.for_person(work.session, member)
    mine = [r for r in by_household if r.opens == "support.project"]
    assert [(r.section, r.record_id, r.when) for r in mine] == [("Hỗ trợ đã nhận", p.id, DAY)]
    assert "Làm sân bê tông" in mine[0].text
    assert [(r.record_id, r.role) for r in by_head if r.opens == "support.project"] == [
        (p.id, "Chủ hộ được hỗ trợ")]
    assert [(r.record_id, r.role) for r in by_member if r.opens == "support.project"] == [
        (p.id, "Thành viên hộ được hỗ trợ")]
    with db.uow(admin) as work:
        from desktop import settings
        from desktop.demo import DEMO_STATION

        settings.save_station(work, DEMO_STATION)
    with db.uow(admin) as work:
        sheet = _pdf_text(printouts.project_sheet(work, p.id))
    assert "Số hộ trong sổ hộ khẩu: HK-014." in sheet
    assert "Bàn giao, trao tặng tại: 05/10/2025 — Ngày hội Đại đoàn kết bon Bu Sir." in sheet
    assert sheet.count("Thị Hơn") == 1


def test_bad_links_name_their_field(db, admin, world):
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        sv.add_project(work, sv.ProjectInput("Quà", world.kinds["gift"], "", 0, "poor", household_id=9999))
    assert err.value.field == "Hộ được hỗ trợ"
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        sv.add_project(work, sv.ProjectInput("Quà", world.kinds["gift"], "Thị Hơn", world.bu_sir, "poor",
                                             event_id=9999))
    assert err.value.field == "Hoạt động"
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        sv.add_project(work, sv.ProjectInput("Quà", world.kinds["gift"], "", world.bu_sir, "poor"))
    assert err.value.field == "Chủ hộ được hỗ trợ"


def test_merging_households_moves_the_projects(db, admin, world):
    with db.uow(admin) as work:
        keep, _ = _household(work, "HK-1", world.bu_sir, "Thị Hơn")
        gone, _ = _household(work, "HK-2", world.bu_sir, "Thị Hơn B")
        p = _project(work, world, "Tặng quà", "", 0, household_id=gone)
    with db.uow(admin) as work:
        moved = links.move_household_links(work.session, gone, keep)
    assert moved["support"] == 1
    with db.uow(admin) as work:
        assert sv.get_project(work, p.id).household_id == keep
        assert [r.record_id for r in links.for_household(work.session, keep)
                if r.opens == "support.project"] == [p.id]
        entries = audit.list_entries(work, audit.AuditFilter())
    assert any(e.table_name == "support_project" and e.record_id == p.id and "household_id" in e.changes
               for e in entries)


def test_unlinked_filter_and_household_figures(db, admin, world):
    with db.uow(admin) as work:
        hid, _ = _household(work, "HK-1", world.bu_sir, "Thị Hơn")
        linked = _project(work, world, "Quà 1", "", 0, household_id=hid, status="completed",
                          start_date=DAY, completed_date=DAY)
        # typed differently but the same household of the register: one household helped
        _project(work, world, "Quà 2", "Thị Hơn (mẹ)", world.bu_sir, household_id=hid, status="completed",
                 start_date=DAY, completed_date=DAY)
        typed = _project(work, world, "Quà 3", "Điểu Đam", world.nia_don)
        unlinked = sv.list_projects(work, sv.ProjectFilter(unlinked_only=True))
        figures = sv_figures(work)
    assert [p.id for p in unlinked] == [typed.id] and unlinked[0].needs_household
    assert linked.id not in {p.id for p in unlinked}
    assert figures["households_helped"] == 1


def test_cli_lists_the_unlinked_projects(db, admin, world, capsys, monkeypatch):
    import io

    from desktop import cli

    with db.uow(admin) as work:
        hid, _ = _household(work, "HK-1", world.bu_sir, "Thị Hơn")
        _project(work, world, "Quà gắn hộ", "", 0, household_id=hid)
        _project(work, world, "Quà gõ tay", "Điểu Đam", world.nia_don)
    monkeypatch.setattr("sys.stdin", io.StringIO("matkhau123\n" * 10))  # the password of --user quantri
    assert cli.main(["--db", db.url, "--user", "quantri", "support", "projects", "--unlinked"]) == 0
    out = capsys.readouterr().out
    assert "Quà gõ tay — Điểu Đam" in out and "chưa gắn hộ" in out and "Quà gắn hộ" not in out


def sv_figures(work):
    from desktop.support.figures import support_figures

    return support_figures(work, DAY, DAY)


def test_migration_links_typed_names_or_flags_them(db, admin, world):
    """Projects typed before the link existed: downgrade the link revision, upgrade again."""
    with db.uow(admin) as work:
        one, _ = _household(work, "HK-1", world.bu_sir, "Thị Hơn")
        _household(work, "HK-2", world.nia_don, "Lê Văn An")
        _household(work, "HK-3", world.nia_don, "Lê Văn An")  # namesakes in one village
        _household(work, "HK-4", world.nia_don, "Y Blim Niê", struck_off=True)  # head struck off
        _household(work, "HK-5", world.nia_don, "Phạm Chung")  # lives in Nia Đơn, typed in Bu Sir
        matched = _project(work, world, "Làm sân", "THỊ  HƠN", world.bu_sir).id  # folded name matches
        twice = _project(work, world, "Sửa nhà", "Lê Văn An", world.nia_don).id
        gone = _project(work, world, "Quà", "Y Blim Niê", world.nia_don).id
        elsewhere = _project(work, world, "Học bổng", "Phạm Chung", world.bu_sir).id
        outside = _project(work, world, "Quà Tết", "Người ngoài sổ", world.bu_sir).id
        donor = sv.add_donor(work, sv.DonorInput("Nguyễn Văn Hùng", "person", sex="M")).id
    cfg = migrate._config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "links_0001")  # every revision since the areas met, support_links among them
    migrate.upgrade(db, backup=False)
    with db.uow(admin) as work:
        got = {p.id: p for p in sv.list_projects(work)}
        flagged = {p.id for p in sv.list_projects(work, sv.ProjectFilter(unlinked_only=True))}
        assert sv.get_donor(work, donor).sex == ""  # the column came back empty: the clerk records it
        entries = [e for e in audit.list_entries(work, audit.AuditFilter(), limit=1000)
                   if e.username == "system" and e.table_name in ("support_project", "support_donor")]
    assert got[matched].household_id == one
    assert flagged == {twice, gone, elsewhere, outside}
    assert all(got[i].head_name for i in flagged)  # the typed text is kept
    assert {(e.table_name, e.record_id) for e in entries} == {("support_project", matched),
                                                               ("support_donor", donor)}
    result = audit.verify(db)
    assert result.ok, result.message()
    with db.uow(Actor.system()) as work:
        assert [r.record_id for r in links.for_household(work.session, one)
                if r.opens == "support.project"] == [matched]
