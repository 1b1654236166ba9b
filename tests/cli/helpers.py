"""Running ``caxa`` in-process as a user: ``--user NAME`` and the password on standard input."""

from __future__ import annotations

import io
import sys

from desktop import paths
from desktop.cli import main


def caxa(capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    """Run ``caxa --data-dir <test folder> ARGS`` with ``stdin`` as standard input (one password
    a line, in the order they are asked)."""
    saved = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(["--data-dir", str(paths.data_dir()), *args])
    finally:
        sys.stdin = saved
    out = capsys.readouterr()
    return code, out.out, out.err


def as_user(name: str, *args: str) -> list[str]:
    return [*args, "--user", name]
