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
        command.downgrade(cfg, "links_0001")  # the revisions after the merge point first
        command.downgrade(cfg, "support@0001")  # only this branch: the foundation stays
    assert not TABLES & set(inspect(db.engine).get_table_names())
    assert "officer" in inspect(db.engine).get_table_names()
    upgrade(db, backup=False)
    assert set(inspect(db.engine).get_table_names()) >= TABLES
    db.dispose()
