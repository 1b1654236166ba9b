"""A demo station killed half-way is recognised at the next start and built again; a real one never is."""

import pytest

from desktop import audit, demo, firstrun, paths
from desktop.bootstrap import open_database


def _demo_url():
    return "sqlite:///" + str(paths.data_dir() / "demo" / "caxa-demo.sqlite3")


def test_killed_demo_is_rebuilt_at_the_next_start(monkeypatch):
    def killed(_work, _scale):
        raise KeyboardInterrupt

    killed.order = 99  # after the users and the first areas
    monkeypatch.setattr(demo, "STEPS", [*demo.STEPS, killed])
    db = open_database(_demo_url())
    with pytest.raises(KeyboardInterrupt):
        demo.create_demo(db)
    db.dispose()
    assert demo.is_half_built(open_database(_demo_url(), migrate=False))
    monkeypatch.undo()

    db = open_database(_demo_url())  # what `caxa demo` and the GUI's demo do next
    assert not firstrun.is_set_up(db)
    demo.create_demo(db)
    assert not demo.is_half_built(db) and firstrun.is_set_up(db)
    assert audit.verify(db).ok
    db.dispose()


def test_a_real_station_is_never_taken_for_a_half_built_demo(db, admin):
    assert firstrun.is_set_up(db) and not demo.is_half_built(db)
