"""Backup files on disk: their names, checksum files, copies to a second place, leftovers.

Imports nothing but the standard library and CAXA's light modules (no SQLAlchemy), so the
command-line backup (``backup_fast``) can use it before, or without, the database layer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.errors import CaxaError

logger = logging.getLogger(__name__)

PREFIX = "caxa-"
SIDECAR = ".caxa.json"
PARTIAL = ".partial"
SUFFIXES = (".sqlite3", ".pgdump", ".enc")
#: leftovers of killed backups and restores older than this are removed at start-up
LEFTOVER_AGE = dt.timedelta(minutes=10)
BLOCK = 1 << 22


def stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def sidecar(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


def write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + PARTIAL)
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def target(dest: Path | str | None, suffix: str, *, reason: str = "", encrypted: bool = False) -> Path:
    """The file a backup is written to: ``dest`` itself, or a dated name inside the folder ``dest``
    (default: the backups folder); ``.enc`` added for an encrypted one. The folder is created."""
    tag = f"-{reason}" if reason else ""
    if dest is None or Path(dest).is_dir():  # a folder (a USB drive): a dated name inside it
        folder, when = Path(dest or paths.backups_dir()), stamp()
        dest = folder / f"{PREFIX}{when}{tag}{suffix}"
        n = 1
        while dest.exists() or dest.with_name(dest.name + ".enc").exists():  # two in the same second
            n += 1
            dest = folder / f"{PREFIX}{when}-{n}{tag}{suffix}"
    dest = Path(dest)
    if encrypted and dest.suffix != ".enc":
        dest = dest.with_name(dest.name + ".enc")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CaxaError(f"Không tạo được thư mục sao lưu {dest.parent}: {exc.strerror}.") from exc
    return dest


def sqlite_meta(path: Path) -> dict[str, Any]:
    """A SQLite copy's schema revisions and audit head, read with the driver (no engine for one look).
    Opened for writing, as SQLite needs to remove the WAL and shared-memory files it makes beside a
    WAL database when the connection closes (read-only, it would leave them)."""
    conn = sqlite3.connect(path)
    try:
        return read_meta(conn)
    finally:
        conn.close()


def read_meta(conn: sqlite3.Connection) -> dict[str, Any]:
    """The schema revisions and audit head of the database ``conn`` reads (its current snapshot)."""
    revisions = sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    head = {"audit_count": int(row[0]), "audit_hash": str(row[1])} if row else {"audit_count": 0}
    return {"revisions": revisions, **head}


def copy_to(backup: Path, folder: Path) -> Path:
    """Copy a backup (and its checksum file) to ``folder`` and check the copy; returns its path."""
    copied = folder / backup.name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for src in (backup, sidecar(backup)):
            if not src.exists():
                continue
            dst = folder / src.name
            part = dst.with_name(dst.name + PARTIAL)
            shutil.copyfile(src, part)
            with open(part, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(part, dst)
    except OSError as exc:
        raise CaxaError(f"Không chép được bản sao lưu sang {folder}: {exc.strerror or exc}. "
                        "Kiểm tra ổ USB còn cắm và còn chỗ trống.") from exc
    if file_sha256(copied) != file_sha256(backup):
        raise CaxaError(f"Bản chép sang {folder} không giống bản gốc (ổ đĩa lỗi?). Hãy thử ổ khác.")
    return copied


def clean_leftovers(*folders: Path) -> list[Path]:
    """Remove ``.partial`` files and restore work folders left by killed backups and restores."""
    removed: list[Path] = []
    limit = time.time() - LEFTOVER_AGE.total_seconds()
    for folder in folders or (paths.backups_dir(), paths.data_dir()):
        if not folder.is_dir():
            continue
        for p in [*folder.glob(f"*{PARTIAL}"), *folder.glob(".caxa-restore-*")]:
            with contextlib.suppress(OSError):
                if p.lstat().st_mtime > limit:
                    continue
                if p.is_dir():
                    shutil.rmtree(p)
                else:
                    p.unlink()
                removed.append(p)
    if removed:
        logger.info("removed leftovers of interrupted backups: %s", [p.name for p in removed])
    return removed
