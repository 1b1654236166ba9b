"""Every folder CAXA uses, in one place.

The data folder defaults to the platform's user data folder and can be
overridden with ``--data-dir`` or the ``CAXA_DATA_DIR`` environment variable
(tests always override it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "CAXA"
_override: Path | None = None


def set_data_dir(path: Path | str | None) -> None:
    """Point every folder below ``path`` (None restores the default)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    if _override is not None:
        return _override
    env = os.environ.get("CAXA_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _sub(name: str) -> Path:
    return data_dir() / name


def database_file() -> Path:
    return data_dir() / "caxa.sqlite3"


def backups_dir() -> Path:
    return _sub("backups")


def logs_dir() -> Path:
    return _sub("logs")


def exports_dir() -> Path:
    return _sub("exports")


def media_dir() -> Path:
    """Photos and attachments copied in by the areas."""
    return _sub("media")


def private_dir(path: Path) -> Path:
    """Create ``path`` readable by its owner only (0700 on Linux; on Windows the data folder is
    in the user's own profile, which other users cannot read). An existing folder of ours that
    others could read is tightened."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        try:
            st = path.stat()
            if st.st_uid == os.getuid() and st.st_mode & 0o077:
                path.chmod(0o700)
        except OSError:  # a read-only medium: reading still works
            pass
    return path


def ensure_dirs() -> None:
    for d in (data_dir(), backups_dir(), logs_dir(), exports_dir(), media_dir()):
        private_dir(d)


#: files CAXA creates (database, backups, logs, exports) are readable by their owner only
PRIVATE_UMASK = 0o077


def package_dir() -> Path:
    """The ``desktop`` package folder, in a checkout and in a frozen bundle."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "desktop"
    return Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The top-level ``resources/`` folder: in the frozen bundle, in a checkout (also an editable
    install), or installed beside the package's environment as data files (``pip install .``)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    import site

    candidates = [
        Path(__file__).resolve().parent.parent / "resources",  # checkout: desktop/../resources
        Path(sys.prefix) / "share" / "caxa" / "resources",  # pip install . (data-files)
        Path(site.getuserbase()) / "share" / "caxa" / "resources",  # pip install --user .
    ]
    # the marker file tells our folder from any other "resources" folder beside site-packages
    return next((c for c in candidates if (c / "caxa.svg").is_file()), candidates[0])


def resource(name: str) -> Path:
    """A file shipped with the program (icons, style sheet, help pages): ``resources/<name>``."""
    return resources_dir() / name


def data_file(name: str) -> Path:
    """A code list shipped with the program (``desktop/data``)."""
    return package_dir() / "data" / name
