"""Alembic environment. The connection is handed in by ``desktop.migrate``."""

from alembic import context

from desktop.migrate import include_object
from desktop.models import metadata

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # `alembic revision --autogenerate` from a checkout (developers only)
    from desktop.db import make_engine

    engine = make_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///dev-migrations.sqlite3")
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True,
                          compare_type=True, include_object=include_object)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()
