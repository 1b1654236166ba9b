"""Data step of the migration support_links_0001: link today's typed beneficiaries to households.

A project is linked when exactly one household of the register matches: a living head ("Chủ hộ",
not struck off) whose folded name equals the project's folded head name, living in the project's
village (the household's village, or the head's own when the household has none). Every other
project keeps its typed name and no household: the clerk resolves it ("chưa gắn hộ").

Everything this changes is logged: one audit entry per linked project and one per donor (its audited
columns gained the sex), each with the record's new state hash, in batches; the signed head of the
log moves with them when it was at the end of the log before.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, event, inspect, select, update
from sqlalchemy.orm import Session

logger = logging.getLogger(__name__)

HEAD = "Chủ hộ"


def _tables(conn: Connection) -> dict[str, Any]:
    from sqlalchemy import MetaData

    meta = MetaData()
    meta.reflect(conn, only=["support_project", "support_donor", "household", "person"])
    return meta.tables


def match_households(conn: Connection) -> dict[int, int]:
    """project id → household id for the unlinked projects whose typed head matches exactly one
    household (folded head name + village)."""
    t = _tables(conn)
    project, household, person = t["support_project"], t["household"], t["person"]
    wanted: dict[tuple[str, int], list[int]] = defaultdict(list)
    for pid, key, village in conn.execute(
        select(project.c.id, project.c.head_key, project.c.village_id).where(project.c.household_id.is_(None))
    ):
        wanted[(key, village)].append(pid)
    if not wanted:
        return {}
    keys = sorted({k for k, _ in wanted})
    found: dict[tuple[str, int], set[int]] = defaultdict(set)
    for start in range(0, len(keys), 500):
        rows = conn.execute(
            select(person.c.name_key, household.c.id, household.c.village_id, person.c.village_id)
            .join(household, household.c.id == person.c.household_id)
            .where(person.c.name_key.in_(keys[start : start + 500]), person.c.relation == HEAD,
                   person.c.struck_off_date.is_(None), household.c.active.is_(True))
        )
        for key, hid, h_village, p_village in rows:
            found[(key, h_village if h_village is not None else p_village)].add(hid)
    links = {}
    for place, pids in wanted.items():
        households = found.get(place, set())
        if len(households) == 1:
            hid = next(iter(households))
            links.update(dict.fromkeys(pids, hid))
    return links


def _state_rows(conn: Connection, model: Any, ids: list[int]) -> dict[int, dict]:
    """The audited columns of these records as stored (a column not in the database yet counts as
    empty: a later migration that adds it logs its own change)."""
    from desktop.audit_state import state_columns

    present = {c["name"] for c in inspect(conn).get_columns(model.__tablename__)}
    table = model.__table__
    cols = [table.c.id] + [c for c in state_columns(table) if c.name in present and c.name != "id"]
    return {r.id: dict(r._mapping) for r in conn.execute(select(*cols).where(table.c.id.in_(ids)))}


def _log(session: Session, entries: list[tuple[str, int, str, dict]], model: Any, batch: int) -> None:
    from desktop import audit
    from desktop.audit_state import state_hash
    from desktop.db import Actor

    conn = session.connection()
    for start in range(0, len(entries), batch):
        chunk = entries[start : start + batch]
        states = _state_rows(conn, model, [e[1] for e in chunk])
        audit._append(session, Actor.system(), [
            ("update", table, rid, summary, changes, state_hash(model.__table__, states[rid]))
            for table, rid, summary, changes in chunk if rid in states
        ])


def link_typed_households(conn: Connection, *, batch: int = 500) -> int:
    """Link what matches exactly one household and log every changed record; returns the number of
    projects linked."""
    from desktop import audit, audit_anchor
    from desktop.support.models import Donor, Project

    links = match_households(conn)
    t = _tables(conn)
    project, donor = t["support_project"], t["support_donor"]
    by_household: dict[int, list[int]] = defaultdict(list)
    for pid, hid in links.items():
        by_household[hid].append(pid)
    for hid, pids in by_household.items():
        for start in range(0, len(pids), batch):
            conn.execute(update(project).where(project.c.id.in_(pids[start : start + batch]))
                         .values(household_id=hid))
    titles = dict(conn.execute(select(project.c.id, project.c.title)).all()) if links else {}
    donors = list(conn.execute(select(donor.c.id, donor.c.name).order_by(donor.c.id)))
    if not links and not donors:
        return 0
    url = conn.engine.url.render_as_string(hide_password=False)
    before = audit._chain_end(conn)
    anchor_at_end = _anchor_matches(url, before)
    session = Session(bind=conn)
    _log(session, [("support_project", pid, f"Gắn hộ được hỗ trợ cho công trình «{titles[pid]}»",
                    {"household_id": [None, hid]}) for pid, hid in sorted(links.items())], Project, batch)
    _log(session, [("support_donor", did, f"Thêm trường giới tính cho nhà hảo tâm «{name}»",
                    {"sex": [None, ""]}) for did, name in donors], Donor, batch)
    session.flush()
    after = audit._chain_end(conn)
    if anchor_at_end and after != before:
        # the signed head followed the log before: it follows these entries once they are committed
        event.listen(conn, "commit", lambda _c: audit_anchor.write(url, audit_anchor.Head(*after)), once=True)
    logger.info("support: %s projects linked to households, %s donors logged", len(links), len(donors))
    return len(links)


def _anchor_matches(url: str, head: tuple[int, str]) -> bool:
    from desktop import audit_anchor

    try:
        stored = audit_anchor.read(url)
    except audit_anchor.AnchorDamaged:
        return False
    return stored is not None and (stored.count, stored.hash) == head
