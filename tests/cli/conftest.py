"""The command-line tests' station: the default SQLite database of the test data folder."""

from __future__ import annotations

import shutil

import pytest

from desktop import paths
from desktop.db import Database
from tests.conftest import make_user


@pytest.fixture
def station(sqlite_template) -> Database:
    """The default SQLite database of the test data folder, with an admin, a clerk and a viewer."""
    paths.ensure_dirs()
    shutil.copyfile(sqlite_template, paths.database_file())
    db = Database("sqlite:///" + str(paths.database_file()))
    make_user(db, "quantri", "admin")
    make_user(db, "canbo", "clerk")
    make_user(db, "xem", "viewer")
    yield db
    db.dispose()
