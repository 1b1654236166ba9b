"""The migration of existing incidents: the nearest class, typed names linked where they match one
person exactly, the rest kept as text; every incident flagged for review and audited."""

import datetime as dt

from alembic import command
from sqlalchemy import select, text

from desktop import audit, migrate
from desktop.audit import AuditEntry
from desktop.schedule import incidents
from desktop.schedule.views import IncidentInput

OLD = [  # kind, handling, people as typed
    ("fight", "mediation", "Điểu Sơn, Nguyễn Văn Tài"),  # Tài: two persons of that name
    ("theft", "pending", "Thị Hoa; Người Lạ"),
    ("theft", "administrative_fine", ""),
    ("disorder", "warning", "điểu sơn"),
    ("traffic_accident", "pending", ""),
    ("dispute", "mediation", "Thị Hoa\nĐiểu Sơn"),
    ("other", "pending", "Ai Đó"),
]


def _downgrade_and_fill(db):
    cfg = migrate._config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "links_0001")
    with db.engine.begin() as conn:
        for n, (kind, handling, people) in enumerate(OLD, start=1):
            conn.execute(
                text(
                    "INSERT INTO incident (id, occurred_at, place, kind, cause, cause_note, people, "
                    "summary, handling, handling_note, search_key, created_at, updated_at, version) "
                    "VALUES (:id, :at, '', :kind, 'unknown', '', :people, '', :handling, '', '', :at, :at, 1)"
                ),
                {
                    "id": n,
                    "at": dt.datetime(2025, 5, n, 20),
                    "kind": kind,
                    "people": people,
                    "handling": handling,
                },
            )


def test_existing_incidents_classified_linked_and_flagged(db, admin, base):
    _downgrade_and_fill(db)
    migrate.upgrade(db, backup=False)
    with db.uow(admin) as work:
        views = {i.id: i for i in incidents.list_incidents(work)}
        assert {n: (v.klass, v.crime_kind, v.violation_field) for n, v in views.items()} == {
            1: ("violation", "", "public_order"),
            2: ("crime", "theft", ""),
            3: ("violation", "", "other"),
            4: ("violation", "", "public_order"),
            5: ("traffic_accident", "", ""),
            6: ("dispute", "", ""),
            7: ("other", "", ""),
        }
        assert all(v.needs_review for v in views.values())
        assert {n: [p.person_id for p in v.persons] for n, v in views.items()} == {
            1: [base.p1],
            2: [base.p3],
            3: [],
            4: [base.p1],
            5: [],
            6: [base.p3, base.p1],
            7: [],
        }
        assert {n: v.people for n, v in views.items() if v.people} == {
            1: "Nguyễn Văn Tài",
            2: "Người Lạ",
            7: "Ai Đó",
        }
        assert "Chưa khớp nhân khẩu: Nguyễn Văn Tài." in views[1].review_note
        assert views[2].review_note.startswith("Phân loại tự động từ loại cũ «Trộm cắp»")
        assert len(incidents.list_incidents(work, review=True)) == 7
        logged = list(
            work.session.execute(
                select(AuditEntry.table_name, AuditEntry.record_id).where(
                    AuditEntry.table_name.in_(("incident", "incident_person")),
                    AuditEntry.username == "system",
                )
            )
        )
        assert sorted(r for t, r in logged if t == "incident") == list(range(1, 8))
        assert len([1 for t, _ in logged if t == "incident_person"]) == 5
        # confirming the classification in the dialog clears the flag
        v = views[2]
        done = incidents.update_incident(
            work, v.id, v.version, IncidentInput(v.occurred_at, klass="crime", crime_kind="theft")
        )
        assert not done.needs_review and done.review_note == ""
    result = audit.verify(db)
    assert result.ok, result.message
