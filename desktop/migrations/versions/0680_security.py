"""security: incidents classified as the law does, their people linked to persons; the register of
reports received, managed persons and their contacts, residence checks, lodging notices

Existing incidents are given the class nearest their old kind and flagged for review (a clerk
confirms each one); the names typed in ``incident.people`` become links where a name matches
exactly one person of the register, the rest stay as text (also flagged). Every incident changed
gets an audit entry (with the row's state hash), written in batches.

Revision ID: security_0001
Revises: links_0001
Create Date: 2026-11-29 12:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "security_0001"
down_revision: str | Sequence[str] | None = "links_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 500

#: old kind → (class, crime kind, violation field, label); frozen here: the app's lists may change
_NEAREST = {
    "fight": ("violation", "", "public_order"),
    "theft": ("crime", "theft", ""),
    "disorder": ("violation", "", "public_order"),
    "traffic_accident": ("traffic_accident", "", ""),
    "dispute": ("dispute", "", ""),
    "other": ("other", "", ""),
}
_OLD_KIND_TEXT = {
    "fight": "Đánh nhau",
    "theft": "Trộm cắp",
    "disorder": "Gây rối trật tự",
    "traffic_accident": "Tai nạn giao thông",
    "dispute": "Tranh chấp",
    "other": "Khác",
}


def _record(*cols: sa.Column) -> list[sa.Column]:
    return [
        *cols,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def _fk(col: str, table: str, ondelete: str, src: str) -> sa.ForeignKeyConstraint:
    name = op.f(f"fk_{src}_{col}_{table}")
    return sa.ForeignKeyConstraint([col], [f"{table}.id"], name=name, ondelete=ondelete)


def _schema() -> None:
    with op.batch_alter_table("incident") as b:
        b.add_column(sa.Column("klass", sa.String(20), nullable=False, server_default="other"))
        b.add_column(sa.Column("crime_kind", sa.String(20), nullable=False, server_default=""))
        b.add_column(sa.Column("violation_field", sa.String(20), nullable=False, server_default=""))
        b.add_column(sa.Column("fine_amount", sa.BigInteger(), nullable=True))
        b.add_column(sa.Column("fined_persons", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(sa.Column("decision_number", sa.String(60), nullable=False, server_default=""))
        b.add_column(sa.Column("killed", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(sa.Column("injured", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(sa.Column("damage", sa.BigInteger(), nullable=True))
        b.add_column(sa.Column("needs_review", sa.Boolean(), nullable=False, server_default=sa.false()))
        b.add_column(sa.Column("review_note", sa.String(500), nullable=False, server_default=""))
        b.create_index(b.f("ix_incident_klass"), ["klass"], unique=False)

    op.create_table(
        "incident_person",
        *_record(
            sa.Column("incident_id", sa.Integer(), nullable=False),
            sa.Column("person_id", sa.Integer(), nullable=True),
            sa.Column("name", sa.String(120), nullable=False),
            sa.Column("role", sa.String(12), nullable=False),
        ),
        _fk("incident_id", "incident", "CASCADE", "incident_person"),
        _fk("person_id", "person", "RESTRICT", "incident_person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_person")),
    )
    op.create_index(op.f("ix_incident_person_incident_id"), "incident_person", ["incident_id"])
    op.create_index(op.f("ix_incident_person_person_id"), "incident_person", ["person_id"])

    op.create_table(
        "crime_report",
        *_record(
            sa.Column("year", sa.Integer(), nullable=False),
            sa.Column("number", sa.Integer(), nullable=False),
            sa.Column("received_at", sa.DateTime(), nullable=False),
            sa.Column("kind", sa.String(20), nullable=False),
            sa.Column("channel", sa.String(12), nullable=False),
            sa.Column("source_person_id", sa.Integer(), nullable=True),
            sa.Column("source_name", sa.String(160), nullable=False),
            sa.Column("source_contact", sa.String(200), nullable=False),
            sa.Column("content", sa.Text(), nullable=False),
            sa.Column("officer_id", sa.Integer(), nullable=False),
            sa.Column("status", sa.String(12), nullable=False),
            sa.Column("transferred_to", sa.String(200), nullable=False),
            sa.Column("transferred_on", sa.Date(), nullable=True),
            sa.Column("transfer_number", sa.String(60), nullable=False),
            sa.Column("closed_on", sa.Date(), nullable=True),
            sa.Column("result", sa.Text(), nullable=False),
            sa.Column("search_key", sa.String(800), nullable=False),
        ),
        _fk("source_person_id", "person", "RESTRICT", "crime_report"),
        _fk("officer_id", "officer", "RESTRICT", "crime_report"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crime_report")),
        sa.UniqueConstraint("year", "number", name=op.f("uq_crime_report_year_number")),
    )
    for col in ("received_at", "source_person_id", "officer_id", "status", "search_key"):
        op.create_index(op.f(f"ix_crime_report_{col}"), "crime_report", [col])

    op.create_table(
        "managed_person",
        *_record(
            sa.Column("person_id", sa.Integer(), nullable=False),
            sa.Column("category", sa.String(20), nullable=False),
            sa.Column("category_note", sa.String(200), nullable=False),
            sa.Column("decision", sa.String(200), nullable=False),
            sa.Column("starts_on", sa.Date(), nullable=False),
            sa.Column("ends_on", sa.Date(), nullable=True),
            sa.Column("officer_id", sa.Integer(), nullable=False),
            sa.Column("note", sa.Text(), nullable=False),
        ),
        _fk("person_id", "person", "RESTRICT", "managed_person"),
        _fk("officer_id", "officer", "RESTRICT", "managed_person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_managed_person")),
    )
    for col in ("person_id", "category", "starts_on", "ends_on", "officer_id"):
        op.create_index(op.f(f"ix_managed_person_{col}"), "managed_person", [col])

    op.create_table(
        "managed_contact",
        *_record(
            sa.Column("managed_id", sa.Integer(), nullable=False),
            sa.Column("contact_date", sa.Date(), nullable=False),
            sa.Column("kind", sa.String(12), nullable=False),
            sa.Column("officer_id", sa.Integer(), nullable=True),
            sa.Column("note", sa.Text(), nullable=False),
        ),
        _fk("managed_id", "managed_person", "CASCADE", "managed_contact"),
        _fk("officer_id", "officer", "RESTRICT", "managed_contact"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_managed_contact")),
    )
    for col in ("managed_id", "contact_date", "officer_id"):
        op.create_index(op.f(f"ix_managed_contact_{col}"), "managed_contact", [col])

    op.create_table(
        "residence_check",
        *_record(
            sa.Column("checked_on", sa.Date(), nullable=False),
            sa.Column("village_id", sa.Integer(), nullable=True),
            sa.Column("household_id", sa.Integer(), nullable=True),
            sa.Column("households_checked", sa.Integer(), nullable=False),
            sa.Column("rooms_checked", sa.Integer(), nullable=False),
            sa.Column("violations", sa.Integer(), nullable=False),
            sa.Column("note", sa.Text(), nullable=False),
        ),
        _fk("village_id", "village", "RESTRICT", "residence_check"),
        _fk("household_id", "household", "RESTRICT", "residence_check"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_residence_check")),
    )
    for col in ("checked_on", "village_id", "household_id"):
        op.create_index(op.f(f"ix_residence_check_{col}"), "residence_check", [col])
    op.create_table(
        "residence_check_officer",
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        _fk("check_id", "residence_check", "CASCADE", "residence_check_officer"),
        _fk("officer_id", "officer", "RESTRICT", "residence_check_officer"),
        sa.PrimaryKeyConstraint("check_id", "officer_id", name=op.f("pk_residence_check_officer")),
    )
    op.create_index(op.f("ix_residence_check_officer_officer_id"), "residence_check_officer", ["officer_id"])

    op.create_table(
        "lodging_notice",
        *_record(
            sa.Column("received_on", sa.Date(), nullable=False),
            sa.Column("guest_person_id", sa.Integer(), nullable=True),
            sa.Column("guest_name", sa.String(160), nullable=False),
            sa.Column("guest_id_number", sa.String(20), nullable=False),
            sa.Column("place", sa.String(200), nullable=False),
            sa.Column("village_id", sa.Integer(), nullable=True),
            sa.Column("from_date", sa.Date(), nullable=False),
            sa.Column("to_date", sa.Date(), nullable=True),
            sa.Column("note", sa.Text(), nullable=False),
        ),
        _fk("guest_person_id", "person", "RESTRICT", "lodging_notice"),
        _fk("village_id", "village", "RESTRICT", "lodging_notice"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lodging_notice")),
    )
    for col in ("received_on", "guest_person_id", "village_id", "from_date"):
        op.create_index(op.f(f"ix_lodging_notice_{col}"), "lodging_notice", [col])

    op.create_table(
        "security_settings",
        *_record(sa.Column("report_deadline_days", sa.Integer(), nullable=False)),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_settings")),
    )


def _split_names(text: str) -> list[str]:
    import re

    return [n.strip(" .") for n in re.split(r"[,;\n]+", text or "") if n.strip(" .")]


def _classify(conn: sa.Connection) -> None:
    """Old incidents: nearest class, typed names linked where exactly one person has that name."""
    from sqlalchemy.orm import Session

    from desktop import audit
    from desktop.audit_state import state_columns, state_hash
    from desktop.db import Actor, now
    from desktop.schedule.models import Incident, IncidentPerson
    from desktop.text import fold

    inc = Incident.__table__
    link = IncidentPerson.__table__
    person = sa.table("person", sa.column("id", sa.Integer), sa.column("name_key", sa.String))
    ids = list(conn.execute(sa.select(inc.c.id).order_by(inc.c.id)).scalars())
    if not ids:
        return
    session = Session(bind=conn)
    actor = Actor.system()
    stamp = now()
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        rows = conn.execute(
            sa.select(inc.c.id, inc.c.kind, inc.c.handling, inc.c.people).where(inc.c.id.in_(chunk))
        ).all()
        names = {n: fold(n) for r in rows for n in _split_names(r.people)}
        matches: dict[str, list[int]] = {}
        keys = sorted(set(names.values()))
        for k in range(0, len(keys), BATCH):
            for pid, key in conn.execute(
                sa.select(person.c.id, person.c.name_key).where(person.c.name_key.in_(keys[k : k + BATCH]))
            ):
                matches.setdefault(key, []).append(pid)
        updates, links, entries = [], [], []
        for r in rows:
            klass, crime_kind, field = _NEAREST.get(r.kind, ("other", "", ""))
            if r.kind == "theft" and r.handling == "administrative_fine":
                klass, crime_kind, field = "violation", "", "other"
            linked, unmatched = [], []
            for name in _split_names(r.people):
                found = matches.get(names[name], [])
                if len(found) == 1 and found[0] not in linked:
                    linked.append(found[0])
                elif len(found) != 1:
                    unmatched.append(name)
            note = f"Phân loại tự động từ loại cũ «{_OLD_KIND_TEXT.get(r.kind, r.kind)}»; hãy kiểm tra."
            if unmatched:
                note += f" Chưa khớp nhân khẩu: {', '.join(unmatched)}."[:300]
            values = {
                "klass": klass, "crime_kind": crime_kind, "violation_field": field,
                "people": ", ".join(unmatched), "needs_review": True, "review_note": note[:500],
            }
            updates.append({"iid": r.id, **values})
            links.extend(
                {"incident_id": r.id, "person_id": pid, "name": "", "role": "involved",
                 "created_at": stamp, "updated_at": stamp, "version": 1}
                for pid in linked
            )
            changes = {k: [None, v] for k, v in values.items() if k != "people"}
            if values["people"] != (r.people or ""):
                changes["people"] = [r.people, values["people"]]
            entries.append(("update", "incident", r.id, f"Vụ việc #{r.id}", changes))
        conn.execute(
            sa.update(inc).where(inc.c.id == sa.bindparam("iid"))
            .values({k: sa.bindparam(k) for k in updates[0] if k != "iid"})
            .values(version=inc.c.version + 1, updated_at=stamp),
            updates,
        )
        if links:
            conn.execute(sa.insert(link), links)
        columns = state_columns(inc)
        found_rows = {
            row.id: row._mapping
            for row in conn.execute(sa.select(*columns).where(inc.c.id.in_(chunk)))
        }
        audit._append(session, actor, [(*e, state_hash(inc, found_rows[e[2]])) for e in entries])
        if links:
            new_links = conn.execute(
                sa.select(*state_columns(link)).where(link.c.incident_id.in_(chunk))
            ).all()
            audit._append(session, actor, [
                ("insert", "incident_person", lr.id, f"Người liên quan vụ việc #{lr.incident_id}",
                 {"incident_id": [None, lr.incident_id], "person_id": [None, lr.person_id],
                  "role": [None, lr.role]}, state_hash(link, lr._mapping))
                for lr in new_links
            ])
    head = session.info.get("audit_new_head")
    if head is not None:  # CAXA itself wrote these entries: the signed head follows once committed
        url = conn.engine.url.render_as_string(hide_password=False)

        def _sign(_conn: sa.Connection) -> None:
            from desktop import audit_anchor

            audit_anchor.write(url, audit_anchor.Head(*head))

        sa.event.listen(conn, "commit", _sign, once=True)


def upgrade() -> None:
    _schema()
    _classify(op.get_bind())


def downgrade() -> None:
    for table in ("security_settings", "lodging_notice", "residence_check_officer", "residence_check",
                  "managed_contact", "managed_person", "crime_report", "incident_person"):
        op.drop_table(table)
    with op.batch_alter_table("incident") as b:
        b.drop_index(b.f("ix_incident_klass"))
        for col in ("review_note", "needs_review", "damage", "injured", "killed", "decision_number",
                    "fined_persons", "violation_field", "fine_amount", "crime_kind", "klass"):
            b.drop_column(col)
