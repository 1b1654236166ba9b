"""A person's save checks that person and their duplicates only, and leaves exactly the data
problems a sync over every resident would (``quality_scope``)."""

import datetime as dt

import pytest
from sqlalchemy import event, select

from desktop.residents import bulk, merge, quality, quality_scope, service
from desktop.residents.idcard import make_number
from desktop.residents.models import Person, QualityIssue
from tests.residents.test_quality import TODAY, known_rows


def _open(work) -> set[tuple[int, str]]:  # noqa: ANN001
    rows = work.session.execute(
        select(QualityIssue.person_id, QualityIssue.rule).where(QualityIssue.cleared_on.is_(None))
    )
    return set(map(tuple, rows))


def _as_a_full_sync_leaves_them(work) -> set[tuple[int, str]]:  # noqa: ANN001
    """The open problems now, checked against a sync over everyone (which then changes nothing)."""
    mine = _open(work)
    quality.sync_issues(work)
    assert _open(work) == mine
    return mine


def test_the_rules_for_some_persons_are_the_rules_for_everyone(db, admin, clerk):
    with db.uow(admin) as work:
        bulk.insert_persons(work, known_rows())
        ids = list(work.session.scalars(select(Person.id)))
    with db.uow(clerk) as work:
        one_of_each = {}
        for code in ("id_duplicate", "person_duplicate", "id_province"):
            one_of_each[code] = work.session.scalar(quality.failing_ids(code, TODAY).limit(1))
            quality.mark_checked(work, one_of_each[code], code, "Đã kiểm tra")
    with db.uow(admin) as work:
        conn = work.session.connection()
        everyone = {
            (pid, code)
            for code in quality.RULES
            for pid in conn.execute(quality.failing_ids(code, TODAY)).scalars()
        }
        assert quality_scope.failing_now(conn, ids, TODAY) == everyone
        rules = {code for _pid, code in everyone}
        assert rules >= {"id_duplicate", "person_duplicate", "deceased_registered"}
        assert all((pid, code) not in everyone for code, pid in one_of_each.items())
        # a few persons at a time: the same answer for each of them
        some = ids[::37]
        assert quality_scope.failing_now(conn, some, TODAY) == {e for e in everyone if e[0] in some}


def test_each_save_leaves_what_a_full_sync_leaves(db, admin, clerk):
    n1, n2, n3 = (make_number("068", "M", 1990, i) for i in (1, 2, 3))
    with db.uow(clerk) as work:
        a = service.add_person(work, service.PersonInput("Nguyễn Văn An", "Nam", "05/03/1990", id_number=n1))
        b = service.add_person(work, service.PersonInput("Trần Văn Bình", "Nam", "1990", id_number=n1))
        c = service.add_person(work, service.PersonInput("NGUYEN VAN AN", "Nam", "05/03/1990"))
        service.add_person(work, service.PersonInput("Rơ Châm Nhỏ", "Nữ", "01/01/2020"))
        got = _as_a_full_sync_leaves_them(work)
        assert {(a.id, "id_duplicate"), (b.id, "id_duplicate")} <= got
        assert {(a.id, "person_duplicate"), (c.id, "person_duplicate")} <= got
    with db.uow(clerk) as work:
        # A takes another number: B is no longer a duplicate either (B is found by A's old number)
        a = service.update_person(work, a.id, a.version, service.input_from_view(a, id_number=n2))
        got = _as_a_full_sync_leaves_them(work)
        assert not {(a.id, "id_duplicate"), (b.id, "id_duplicate")} & got
        # C's birth date corrected: A is no longer C's duplicate (A is found by C's old key)
        c = service.update_person(work, c.id, c.version, service.input_from_view(c, birth="06/03/1990"))
        got = _as_a_full_sync_leaves_them(work)
        assert not {(a.id, "person_duplicate"), (c.id, "person_duplicate")} & got
        # B renamed and re-dated into A's duplicate; its year-only birth date filled in
        b = service.update_person(
            work, b.id, b.version, service.input_from_view(b, full_name="Nguyễn Văn  An", birth="05/03/1990")
        )
        got = _as_a_full_sync_leaves_them(work)
        assert {(a.id, "person_duplicate"), (b.id, "person_duplicate")} <= got
        assert (b.id, "birth_partial") not in got
    with db.uow(clerk) as work:
        mark = quality.mark_checked(work, a.id, "person_duplicate", "Hai người khác nhau")
        assert (a.id, "person_duplicate") not in _as_a_full_sync_leaves_them(work)
    with db.uow(admin) as work:
        quality.revoke_mark(work, mark.id, mark.version)
        assert (a.id, "person_duplicate") in _as_a_full_sync_leaves_them(work)
    with db.uow(clerk) as work:
        b = service.record_death(work, b.id, b.version, "01/06/2026", "02/06/2026")
        assert (b.id, "deceased_registered") in _as_a_full_sync_leaves_them(work)
        service.strike_off(work, b.id, b.version, dt.date.today(), "a")
        got = _as_a_full_sync_leaves_them(work)
        # struck off: none of B's problems stay open, and A lost its registered duplicate
        assert not {(pid, code) for pid, code in got if pid == b.id}
        assert (a.id, "person_duplicate") not in got
    with db.uow(admin) as work:
        e = service.add_person(work, service.PersonInput("Nguyễn Văn An", "Nam", "05/03/1990", id_number=n3))
        assert (e.id, "person_duplicate") in _as_a_full_sync_leaves_them(work)
        merge.merge_persons(work, a.id, e.id, "Một người nhập hai lần")
        got = _as_a_full_sync_leaves_them(work)
        assert (a.id, "person_duplicate") not in got


def test_deleting_a_duplicate_clears_the_others_problem(db, admin):
    number = make_number("068", "F", 1985, 7)
    with db.uow(admin) as work:
        a = service.add_person(work, service.PersonInput("Lê Thị Hoa", "Nữ", "01/02/1985", id_number=number))
        b = service.add_person(work, service.PersonInput("Lê Thị Hoa", "Nữ", "01/02/1985", id_number=number))
        assert {(a.id, "id_duplicate"), (a.id, "person_duplicate")} <= _as_a_full_sync_leaves_them(work)
        service.delete_person(work, b.id, b.version)
        got = _as_a_full_sync_leaves_them(work)
        assert not {(a.id, "id_duplicate"), (a.id, "person_duplicate")} & got


def test_one_persons_save_checks_that_person_in_a_handful_of_statements(db, admin, clerk):
    with db.uow(admin) as work:
        bulk.insert_persons(work, known_rows())
        quality.sync_issues(work)
    with db.uow(clerk) as work:
        pid = work.session.scalar(quality.failing_ids("id_duplicate").limit(1))
        view = service.get_person(work, pid)
        conn = work.session.connection()
        sent: list[str] = []

        def count(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
            sent.append(statement)

        event.listen(conn, "before_cursor_execute", count)
        try:
            quality_scope.sync_persons(work, [pid], before=quality_scope.no_keys())
        finally:
            event.remove(conn, "before_cursor_execute", count)
        # keys, two lookups of the duplicates, the rules, the marks, the open problems (nothing to write)
        assert len(sent) <= 6, sent
        assert not any("GROUP BY" in s.upper() for s in sent)
        service.update_person(work, pid, view.version, service.input_from_view(view, phone="0912345678"))
        _as_a_full_sync_leaves_them(work)


@pytest.mark.parametrize("before", [None, (set(), set())])
def test_no_persons_nothing_done(db, admin, before):
    with db.uow(admin) as work:
        quality.sync_issues(work, person_ids=[], before=before)
        assert _open(work) == set()


def test_the_rules_read_only_the_fields_named_for_them():
    """An import's update that changes none of ``RULE_FIELDS`` is not checked again: every column of
    ``person`` the rules' SQL reads (in both forms) must be one of them."""
    from sqlalchemy.sql import visitors
    from sqlalchemy.sql.elements import ColumnClause

    expressions = [quality.failing(code, TODAY) for code in quality.RULES]
    expressions += [quality_scope.failing(code, TODAY) for code in quality.RULES]
    expressions += list(quality_scope.rule_columns(TODAY))
    read = set()
    for expression in expressions:
        for element in visitors.iterate(expression):
            table = getattr(getattr(element, "table", None), "element", getattr(element, "table", None))
            if isinstance(element, ColumnClause) and getattr(table, "name", "") == "person":
                read.add(element.name)
    assert {"birth_year", "id_issue", "id_number", "name_key", "struck_off_date"} <= read
    assert read - {"id"} <= quality.RULE_FIELDS
