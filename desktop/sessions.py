"""Who has CAXA open right now (one row per running window, refreshed every minute).

Used to refuse a restore while someone else is working, and shown to the admin.
"""

from __future__ import annotations

import datetime as dt
import platform
from dataclasses import dataclass

from sqlalchemy import DateTime, Integer, String, delete, insert, select, update
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db import Actor, Base, Database, now

STALE_AFTER = dt.timedelta(minutes=3)


class AppSession(Base):
    __tablename__ = "app_session"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(40))
    machine: Mapped[str] = mapped_column(String(120))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_seen: Mapped[dt.datetime] = mapped_column(DateTime)


@dataclass(frozen=True)
class SessionView:
    id: int
    username: str
    machine: str
    started_at: dt.datetime
    last_seen: dt.datetime


def register(db: Database, actor: Actor) -> int:
    moment = now()
    with db.engine.begin() as conn:
        result = conn.execute(insert(AppSession).values(
            username=actor.username, machine=platform.node()[:120] or "?",
            started_at=moment, last_seen=moment))
        conn.execute(delete(AppSession).where(AppSession.last_seen < moment - dt.timedelta(days=1)))
        return int(result.inserted_primary_key[0])


def heartbeat(db: Database, session_id: int) -> None:
    with db.engine.begin() as conn:
        conn.execute(update(AppSession).where(AppSession.id == session_id).values(last_seen=now()))


def end(db: Database, session_id: int) -> None:
    with db.engine.begin() as conn:
        conn.execute(delete(AppSession).where(AppSession.id == session_id))


def others_connected(db: Database, own_session: int | None) -> list[SessionView]:
    since = now() - STALE_AFTER
    stmt = select(AppSession).where(AppSession.last_seen >= since)
    if own_session is not None:
        stmt = stmt.where(AppSession.id != own_session)
    with db.engine.connect() as conn:
        return [SessionView(r.id, r.username, r.machine, r.started_at, r.last_seen)
                for r in conn.execute(stmt).all()]
