"""Encrypted backup files: AES-256-GCM in 1 MiB chunks, the key derived from a passphrase by scrypt.

Layout: ``MAGIC``, a 4-byte header length, the header (JSON: scrypt salt and cost, a key check,
the backup's metadata), then chunks of ``4-byte length + ciphertext``. Each chunk's nonce is a
random file prefix plus its index, and its associated data binds the header, the index and
whether it is the last chunk, so a reordered, cut or edited file is refused, and so is a
wrong passphrase (told apart by the key check).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from desktop.errors import CaxaError

MAGIC = b"CAXA-ENC1\n"
CHUNK = 1 << 20
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1


class PassphraseRequired(CaxaError):
    """The backup is encrypted: ask for its passphrase and call again."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"Tệp {path.name} được mã hóa: cần nhập mật khẩu sao lưu.")
        self.path = path


class WrongPassphrase(CaxaError):
    pass


def is_encrypted(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if not passphrase:
        raise WrongPassphrase("Mật khẩu sao lưu không được để trống.")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _check_value(key: bytes) -> str:
    return hmac.new(key, b"caxa-backup-key-check", hashlib.sha256).hexdigest()


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return hashlib.sha256(header).digest() + struct.pack(">Q?", index, last)


def encrypt_file(source: Path, target: BinaryIO, passphrase: str, meta: dict[str, Any],
                 step: Callable[[int, int], None] | None = None) -> None:
    """Write ``source`` encrypted to ``target`` with ``meta`` in the authenticated header."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, prefix = os.urandom(16), os.urandom(4)
    key = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    header = json.dumps({
        "kdf": "scrypt", "salt": salt.hex(), "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
        "check": _check_value(key), "nonce_prefix": prefix.hex(), "meta": meta,
    }, ensure_ascii=False).encode("utf-8")
    target.write(MAGIC + struct.pack(">I", len(header)) + header)
    aead = AESGCM(key)
    total = source.stat().st_size
    with open(source, "rb") as fh:
        index, done = 0, 0
        chunk = fh.read(CHUNK)
        while True:
            following = fh.read(CHUNK) if chunk else b""
            last = not following
            sealed = aead.encrypt(prefix + struct.pack(">Q", index), chunk, _aad(header, index, last))
            target.write(struct.pack(">I", len(sealed)) + sealed)
            done += len(chunk)
            if step:
                step(done, total)
            if last:
                return
            chunk, index = following, index + 1


def read_header(path: Path) -> dict[str, Any]:
    with open(path, "rb") as fh:
        return _header(fh, path)[0]


def _header(fh: BinaryIO, path: Path) -> tuple[dict[str, Any], bytes]:
    damaged = CaxaError(f"Tệp {path.name} đã bị sửa hoặc bị hỏng (phần đầu tệp mã hóa không đọc được).")
    if fh.read(len(MAGIC)) != MAGIC:
        raise damaged
    raw_len = fh.read(4)
    if len(raw_len) != 4:
        raise damaged
    (length,) = struct.unpack(">I", raw_len)
    header = fh.read(length) if length < 1 << 16 else b""
    try:
        data = json.loads(header)
        if data.get("kdf") != "scrypt":
            raise ValueError
    except ValueError:
        raise damaged from None
    return data, header


def decrypt_file(source: Path, target: Path, passphrase: str,
                 step: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Decrypt ``source`` into ``target``; returns the metadata. Refuses a wrong passphrase
    (WrongPassphrase) and any edited, reordered or cut file (CaxaError)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    tampered = CaxaError(f"Tệp {source.name} đã bị sửa hoặc bị cắt ngắn sau khi sao lưu; không phục hồi.")
    total = source.stat().st_size
    with open(source, "rb") as fh, open(target, "wb") as out:
        data, header = _header(fh, source)
        try:
            key = _derive(passphrase, bytes.fromhex(data["salt"]), int(data["n"]), int(data["r"]),
                          int(data["p"]))
            prefix = bytes.fromhex(data["nonce_prefix"])
        except (KeyError, ValueError, TypeError):
            raise tampered from None
        if not hmac.compare_digest(str(data.get("check", "")), _check_value(key)):
            raise WrongPassphrase(f"Mật khẩu sao lưu không đúng cho tệp {source.name}.")
        aead = AESGCM(key)
        index = 0
        raw_len = fh.read(4)
        while True:
            if len(raw_len) != 4:
                raise tampered
            (length,) = struct.unpack(">I", raw_len)
            sealed = fh.read(length) if length <= CHUNK + 16 else b""
            if len(sealed) != length or not sealed:
                raise tampered
            raw_len = fh.read(4)
            last = not raw_len
            try:
                plain = aead.decrypt(prefix + struct.pack(">Q", index), sealed, _aad(header, index, last))
            except InvalidTag:
                raise tampered from None
            out.write(plain)
            if step:
                step(fh.tell(), total)
            if last:
                return dict(data.get("meta") or {})
            index += 1
