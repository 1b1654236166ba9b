"""The ``caxa backup`` and ``caxa restore`` commands (``desktop.cli`` registers them).

On a SQLite station both start their work beside the sign-in: the backup copies while the password
is checked with plain SQL, without the database layer (``desktop.backup_fast``); the restore reads
and proves the backup file and checks the password with plain SQL while the database layer loads
(``backup_payload.EarlyRead``). Imports nothing heavy at the top (``caxa --help`` stays instant).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import cli_access
from desktop.errors import CaxaError


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop import cli
    from desktop.backup import backup_now

    passphrase = None
    if args.encrypt:  # prompted, never on the command line (it would stay in the shell history)
        passphrase = cli_access.secret("Mật khẩu sao lưu (ít nhất 8 ký tự): ", confirm=True)
        if len(passphrase) < 8:
            raise CaxaError("Mật khẩu sao lưu phải có ít nhất 8 ký tự.")
    path = backup_now(cli._db(args), dest=Path(args.to) if args.to else None, passphrase=passphrase,
                      also_to=Path(args.also_to) if args.also_to else None)
    return _backup_done(args, path, encrypted=bool(passphrase))


def fast_backup(args: argparse.Namespace) -> int | None:
    """``caxa backup`` on a SQLite station: the copy beside the account check, without the database
    layer (``desktop.backup_fast``); None when the usual path (``cmd_backup``) must run."""
    from desktop.backup_fast import backup_before_login

    path = backup_before_login(args)
    return None if path is None else _backup_done(args, path, encrypted=False)


def _backup_done(args: argparse.Namespace, path: Path, *, encrypted: bool) -> int:
    print(f"Đã sao lưu vào {path}")
    if args.also_to:
        print(f"Đã chép thêm vào {Path(args.also_to) / path.name}")
    if encrypted:
        print("Tệp được mã hóa: hãy ghi nhớ mật khẩu, mất mật khẩu thì không phục hồi được.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop import cli
    from desktop.backup import restore
    from desktop.backup_crypto import is_encrypted
    from desktop.migrate import upgrade

    source = Path(args.file)
    passphrase = cli_access.secret("Mật khẩu sao lưu: ") if is_encrypted(source) else None
    db = cli._db(args, migrate=False)
    safety = restore(db, source, force=args.force, passphrase=passphrase, allow_unverified=args.unverified,
                     early=vars(args).pop("_early", None))
    upgrade(db, backup=False)
    kept = f" Dữ liệu trước khi phục hồi được giữ ở {safety}" if safety else ""
    print(f"Đã phục hồi từ {args.file}.{kept}")
    return 0


def early_restore(args: argparse.Namespace) -> None:
    """``caxa restore`` of a plain backup on a SQLite station starts reading and proving the file beside
    the sign-in (``backup_payload.EarlyRead``, into a work folder removed unless the restore goes on),
    and checks the account with plain SQL (``backup_fast.login``) while the database layer loads on a
    thread; the usual command then runs (this never answers for it), signed in already or, for anything
    but a clean sign-in, signing in the usual way with the password read."""
    import threading

    from desktop import backup_fast
    from desktop.backup_crypto import is_encrypted
    from desktop.backup_payload import EarlyRead

    source, live = Path(args.file), backup_fast.sqlite_file(args.db)
    if live is None or not live.parent.is_dir():
        return
    if source.is_file() and not is_encrypted(source):
        args._early = EarlyRead(source, live.parent, allow_unverified=args.unverified)
    name = getattr(args, "auth_user", None)
    if not name or getattr(args, "password_argument", None) is not None or not live.is_file():
        return
    loading = threading.Thread(target=_load_restore, daemon=True, name="caxa-load")
    loading.start()
    args._password = cli_access.secret(f"Mật khẩu của {name}: ")
    account = backup_fast.login(live, name, args._password, needs=args.needs,
                                via=f"dòng lệnh «{args.command}»")
    loading.join()
    if account is not None:
        del args._password
        args._signed_in = account


def _load_restore() -> None:
    import desktop.accounts  # noqa: F401  (the database layer, loaded beside the password check)
    import desktop.restore  # noqa: F401


def drop_early(args: argparse.Namespace) -> None:
    early = vars(args).pop("_early", None)
    if early is not None:  # the command stopped before its restore adopted the reading
        early.discard()
