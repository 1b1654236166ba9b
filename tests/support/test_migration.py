from alembic import command
from sqlalchemy import inspect, text

from desktop.db import Database
from desktop.migrate import _config, upgrade

TABLES = {"support_kind", "support_project", "support_donor", "support_contribution", "support_labour",
          "support_photo"}


def test_branch_upgrades_and_downgrades_alone(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    upgrade(db, backup=False)
    assert set(inspect(db.engine).get_table_names()) >= TABLES
    with db.engine.connect() as conn:
        codes = [r[0] for r in conn.execute(text("SELECT code FROM support_kind ORDER BY sort_order"))]
    assert codes == ["house", "yard", "sanitation", "gift", "livelihood", "scholarship", "other"]
    cfg = _config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "links_0001")  # the links to households and events go first
        assert "household_id" not in {c["name"] for c in inspect(conn).get_columns("support_project")}
        command.downgrade(cfg, "support_0001")  # the areas part again
        command.downgrade(cfg, "support@-1")  # then only this branch: the foundation stays
    assert not TABLES & set(inspect(db.engine).get_table_names())
    assert "officer" in inspect(db.engine).get_table_names()
    upgrade(db, backup=False)
    assert set(inspect(db.engine).get_table_names()) >= TABLES
    db.dispose()
