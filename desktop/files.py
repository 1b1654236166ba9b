"""Writing files so that a failure never leaves half a file under the real name."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.errors import CaxaError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_write(target: Path | str) -> Iterator[BinaryIO]:
    """Yield a binary file in the target's folder; on success it replaces ``target`` with the
    usual permissions, on any exception it is removed and ``target`` is left as it was."""
    path = Path(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise CaxaError(f"Không ghi được vào thư mục {path.parent}: {exc.strerror}.") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
