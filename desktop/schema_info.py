"""Which CAXA version last changed the schema, so an older CAXA can name the version to install."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db import Base


class SchemaInfo(Base):
    """One row (id 1): the newest CAXA version that migrated this database."""

    __tablename__ = "caxa_schema"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    program_version: Mapped[str] = mapped_column(String(20), default="")
