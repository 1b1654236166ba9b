"""The audit chain's head kept outside the database: a small signed file, and its fingerprint.

After every commit that adds audit rows, CAXA writes the chain head (row count and last hash)
to a file in the data folder, signed with HMAC-SHA256 under a per-installation key
(``audit.key`` in the data folder). ``verify`` compares the chain with it, so deleting the
whole log, cutting its tail or re-chaining it after an edit no longer passes. The same head,
shortened to a fingerprint ("1234-K3F9-QX2M-7HTA"), is printed on every issued document.

What this cannot stop: someone who can read the data folder with the station's Windows
account can read the key and sign a forged head; the fingerprints already printed on
documents sent out still expose such a rewrite.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from desktop import paths

logger = logging.getLogger(__name__)

GENESIS = "0" * 64
KEY_FILE = "audit.key"
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U


class AnchorDamaged(Exception):
    """The head file exists but is unreadable or its signature does not match."""


@dataclass(frozen=True)
class Head:
    count: int
    hash: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.count, self.hash)


def fingerprint(count: int, last_hash: str) -> str:
    """``count-K3F9-QX2M-7HTA``: the row count and 60 bits of the last hash, easy to read aloud."""
    bits = int(last_hash[:15], 16)  # 15 hex digits = 60 bits = 12 base32 letters
    letters = "".join(_ALPHABET[(bits >> (5 * i)) & 31] for i in range(11, -1, -1))
    return f"{count}-{letters[:4]}-{letters[4:8]}-{letters[8:]}"


def parse_fingerprint(text: str) -> tuple[int, str]:
    """(count, normalised fingerprint) or ValueError for text that is not one."""
    cleaned = text.strip().upper().replace(" ", "").translate(str.maketrans("OIL", "011"))
    count_text, _, code = cleaned.partition("-")
    code = code.replace("-", "")
    if not count_text.isdigit() or len(code) != 12 or any(c not in _ALPHABET for c in code):
        raise ValueError(text)
    return int(count_text), f"{int(count_text)}-{code[:4]}-{code[4:8]}-{code[8:]}"


def anchor_path(url: str) -> Path | None:
    """Beside the SQLite file; in the data folder, named after server and database, for PostgreSQL."""
    if url.startswith("sqlite:///") and not any(c in url for c in "?%"):  # a plain file: nothing to parse
        url = url[len("sqlite:///"):]
        if not url or url == ":memory:" or url.startswith("file:"):
            return None
        return Path(url).with_name(Path(url).name + ".audit-head")
    from sqlalchemy.engine import make_url  # here: the command-line backup writes the head without SQLAlchemy

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:" or parsed.database.startswith("file:"):
            return None
        return Path(parsed.database).with_name(Path(parsed.database).name + ".audit-head")
    host = parsed.host or parsed.query.get("host") or "localhost"
    ident = f"{host}:{parsed.port or parsed.query.get('port') or 5432}/{parsed.database}"
    return paths.data_dir() / f"audit-head-{hashlib.sha256(ident.encode()).hexdigest()[:16]}.json"


def _key(create: bool) -> bytes | None:
    path = paths.data_dir() / KEY_FILE
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except FileNotFoundError:
        if not create:
            return None
    except (OSError, ValueError) as exc:
        raise AnchorDamaged(f"khóa ký {path} không đọc được") from exc
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first
        return _key(create=False)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key.hex())
    return key


def _mac(key: bytes, count: int, last_hash: str) -> str:
    return hmac.new(key, f"caxa-audit-head:{count}:{last_hash}".encode(), hashlib.sha256).hexdigest()


def read(url: str) -> Head | None:
    """The signed head for this database, None when there is none; AnchorDamaged when forged."""
    path = anchor_path(url)
    if path is None or not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        count, last_hash, mac = int(data["count"]), str(data["hash"]), str(data["mac"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AnchorDamaged(f"tệp {path.name} không đọc được") from exc
    key = _key(create=False)
    if key is None or not hmac.compare_digest(mac, _mac(key, count, last_hash)):
        raise AnchorDamaged(f"chữ ký của tệp {path.name} không đúng")
    return Head(count, last_hash)


def write(url: str, head: Head, *, force: bool = False) -> None:
    """Record ``head``; never moves the anchor backwards unless ``force`` (a restore)."""
    path = anchor_path(url)
    if path is None:
        return
    try:
        if not force:
            with contextlib.suppress(AnchorDamaged):
                current = read(url)
                if current is not None and current.count >= head.count:
                    return
        key = _key(create=True)
        assert key is not None
        payload = {"count": head.count, "hash": head.hash, "mac": _mac(key, head.count, head.hash)}
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(payload), encoding="utf-8")
        os.replace(tmp, path)
    except (OSError, AnchorDamaged) as exc:  # read-only folder: the commit stands, verify will say so
        logger.warning("could not write the audit head file %s: %s", path, exc)


def remove(url: str) -> None:
    path = anchor_path(url)
    if path is not None:
        path.unlink(missing_ok=True)
