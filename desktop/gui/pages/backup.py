"""Backup page: the backups kept, back up now (here or to a USB drive), restore, check the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop import backup, backup_crypto, paths
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.dialogs.passphrase import PassphraseDialog
from desktop.gui.kit import operation
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.gui.pages.base import Page
from desktop.jobs import Progress
from desktop.restore import Unverified
from desktop.text import format_datetime, format_int

COLUMNS = [
    Column("Tệp", lambda b: b.path.name),
    Column("Thời gian", lambda b: format_datetime(b.taken_at)),
    Column("Dung lượng (KB)", lambda b: format_int(b.size // 1024), "right", sort=lambda b: b.size),
    Column("Loại", lambda b: ("Tự động hằng ngày" if b.automatic else "Sao lưu tay")
           + (", mã hóa" if b.encrypted else "")),
]
#: every area's records may change with a restore
ALL_AREAS = ("station", "villages", "users", "backup", "residents", "archive", "quality", "campaign",
             "schedule", "incidents", "staff", "weapons", "support", "all")


def backups(_uow: Any) -> list[backup.BackupInfo]:
    return backup.list_backups()


class BackupPage(Page):
    title = "Sao lưu, phục hồi"
    areas = ("backup",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.folder_label = QLabel(f"Thư mục sao lưu: {paths.backups_dir()}")
        self.folder_label.setWordWrap(True)
        self.list = RecordList(self, "backups", COLUMNS, backups, local_search=True, key=lambda b: b.path,
                               placeholder="Tìm theo tên tệp, ngày…")
        self.list.add_action("Sao lưu ngay", self.backup_now, needs="none", permission="backup",
                             shortcut="Ctrl+S")
        self.list.add_action("Sao lưu ra USB, thư mục khác…", self.backup_elsewhere, needs="none",
                             permission="backup")
        self.list.add_action("Sao lưu mã hóa ra USB…", lambda: self.backup_elsewhere(encrypt=True),
                             needs="none", permission="backup",
                             tip="Bản sao lưu chỉ mở được bằng mật khẩu bạn đặt")
        self.list.add_action("Phục hồi từ bản đã chọn…", self.restore_selected, permission="admin")
        self.list.add_action("Phục hồi từ tệp khác…", self.restore_from_file, needs="none",
                             permission="admin")
        self.list.add_action("Kiểm tra cơ sở dữ liệu", self.check, needs="none")
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.list, 1)
        note = QLabel(
            "CAXA tự sao lưu mỗi ngày một lần khi mở chương trình. "
            "Trước khi phục hồi, dữ liệu hiện tại luôn được sao lưu riêng."
        )
        note.setWordWrap(True)
        layout.addWidget(note)

    def _backup(self, dest: Path | None, passphrase: str | None = None) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def job(progress: Progress) -> Path:
            db.run(actor, lambda work: work.require("backup"))
            return backup.backup_now(db, dest=dest, passphrase=passphrase, progress=progress)

        operation.run_job(self, job, changes="backup", title="Đang sao lưu…",
                          done=lambda path: messages.info(self, f"Đã sao lưu vào {path}"))

    def backup_now(self) -> None:
        self._backup(None)

    def backup_elsewhere(self, *, encrypt: bool = False) -> None:
        """A copy kept away from this PC (a USB drive), encrypted with a passphrase when it leaves the
        station: the folder dialog opens where it was last time."""
        passphrase = None
        if encrypt:
            dialog = PassphraseDialog(self.ctx, self, new=True)
            if not dialog.exec():
                return
            passphrase = dialog.passphrase()
        folder = messages.choose_folder(self, "Chọn ổ USB hoặc thư mục nhận bản sao lưu", purpose="backup")
        if folder:
            self._backup(Path(folder), passphrase)

    def restore_selected(self, chosen: backup.BackupInfo) -> None:
        self._restore(chosen.path)

    def restore_from_file(self) -> None:
        path = messages.open_file(self, "Chọn tệp sao lưu", "Sao lưu CAXA (*.sqlite3 *.pgdump);;Mọi tệp (*)",
                                  purpose="backup")
        if path:
            self._restore(Path(path))

    def _restore(self, source: Path, passphrase: str | None = None, unverified: bool = False) -> None:
        if passphrase is None and not unverified and not messages.confirm(
            self,
            f"Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu «{source.name}»?\n"
            "CAXA kiểm tra bản sao lưu trước; dữ liệu hiện tại được sao lưu riêng trước khi thay.",
        ):
            return
        if passphrase is None and backup_crypto.is_encrypted(source):
            dialog = PassphraseDialog(self.ctx, self, file_name=source.name)
            if not dialog.exec():
                return
            passphrase = dialog.passphrase()
        db, actor, session_id = self.ctx.db, self.ctx.actor, self.ctx.session_id

        def job(progress: Progress) -> Path | None:
            from desktop.migrate import upgrade

            db.run(actor, lambda work: work.require("admin"))
            safety = backup.restore(db, source, own_session=session_id, progress=progress,
                                    passphrase=passphrase, allow_unverified=unverified)
            upgrade(db, backup=False)
            return safety

        def done(safety: Path | None) -> None:
            kept = f" Dữ liệu trước đó được giữ ở {safety.name}." if safety else ""
            messages.info(self, f"Đã phục hồi từ «{source.name}».{kept}")

        def failed(exc: BaseException) -> None:
            if isinstance(exc, backup_crypto.WrongPassphrase):
                messages.error(self, exc)
                self._restore(source, None, unverified)
            elif isinstance(exc, Unverified) and messages.confirm(
                self, f"{exc}\n\nĐây là bản sao lưu làm từ phiên bản CAXA cũ? CAXA vẫn kiểm tra cấu trúc và "
                "toàn vẹn của nó trước khi phục hồi.", "Bản sao lưu cũ"
            ):
                self._restore(source, passphrase, True)
            elif not isinstance(exc, Unverified):
                messages.error(self, exc)

        operation.run_job(self, job, changes=ALL_AREAS, title="Đang phục hồi…", done=done, failed=failed)

    def check(self) -> None:
        def done(result: backup.CheckResult) -> None:
            lines = list(result.problems) + [result.audit.message()]
            if result.ok:
                lines.insert(0, "Cơ sở dữ liệu tốt: không thấy lỗi toàn vẹn hay khóa ngoại.")
            (messages.info if result.ok else messages.warn)(self, "\n".join(lines))

        operation.run_job(self, lambda _p: backup.check(self.ctx.db), done=done, title="Đang kiểm tra…")
