"""Backup page: the backups kept, back up now (here or to a USB drive), restore, check the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop import backup, paths
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.kit import operation
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column
from desktop.gui.pages.base import Page
from desktop.jobs import Progress
from desktop.text import format_datetime, format_int

COLUMNS = [
    Column("Tệp", lambda b: b.path.name),
    Column("Thời gian", lambda b: format_datetime(b.taken_at)),
    Column("Dung lượng (KB)", lambda b: format_int(b.size // 1024), "right", sort=lambda b: b.size),
    Column("Loại", lambda b: "Tự động hằng ngày" if b.automatic else "Sao lưu tay"),
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
        self.list = RecordList(self, "backups", COLUMNS, backups, local_search=True, sort_by=None,
                               placeholder="Tìm theo tên tệp, ngày…")
        self.list.add_action("Sao lưu ngay", self.backup_now, needs="none", permission="backup",
                             shortcut="Ctrl+S")
        self.list.add_action("Sao lưu ra USB, thư mục khác…", self.backup_elsewhere, needs="none",
                             permission="backup")
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

    def _backup(self, dest: Path | None) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def job(progress: Progress) -> Path:
            db.run(actor, lambda work: work.require("backup"))
            return backup.backup_now(db, dest=dest, progress=progress)

        operation.run_job(self, job, changes="backup", title="Đang sao lưu…",
                          done=lambda path: messages.info(self, f"Đã sao lưu vào {path}"))

    def backup_now(self) -> None:
        self._backup(None)

    def backup_elsewhere(self) -> None:
        """A copy kept away from this PC (a USB drive): the file dialog opens where it was last time."""
        suffix = ".sqlite3" if self.ctx.db.is_sqlite else ".pgdump"
        name = f"{backup.PREFIX}{dt.datetime.now():%Y%m%d-%H%M}{suffix}"
        path = messages.save_file(self, "Sao lưu ra USB hoặc thư mục khác", name,
                                  f"Sao lưu CAXA (*{suffix})", purpose="backup")
        if path:
            self._backup(Path(path))

    def restore_selected(self, chosen: backup.BackupInfo) -> None:
        self._restore(chosen.path)

    def restore_from_file(self) -> None:
        path = messages.open_file(self, "Chọn tệp sao lưu", "Sao lưu CAXA (*.sqlite3 *.pgdump);;Mọi tệp (*)",
                                  purpose="backup")
        if path:
            self._restore(Path(path))

    def _restore(self, source: Path) -> None:
        if not messages.confirm(
            self,
            f"Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu «{source.name}»?\n"
            "Dữ liệu hiện tại sẽ được sao lưu riêng trước.",
        ):
            return
        db, actor, session_id = self.ctx.db, self.ctx.actor, self.ctx.session_id

        def job(progress: Progress) -> Path:
            from desktop.migrate import upgrade

            db.run(actor, lambda work: work.require("admin"))
            safety = backup.restore(db, source, own_session=session_id, progress=progress)
            upgrade(db, backup=False)
            return safety

        operation.run_job(
            self, job, changes=ALL_AREAS, title="Đang phục hồi…",
            done=lambda safety: messages.info(
                self, f"Đã phục hồi từ «{source.name}». Dữ liệu trước đó được giữ ở {safety.name}."
            ),
        )

    def check(self) -> None:
        def done(result: backup.CheckResult) -> None:
            lines = list(result.problems) + [result.audit.message()]
            if result.ok:
                lines.insert(0, "Cơ sở dữ liệu tốt: không thấy lỗi toàn vẹn hay khóa ngoại.")
            (messages.info if result.ok else messages.warn)(self, "\n".join(lines))

        operation.run_job(self, lambda _p: backup.check(self.ctx.db), done=done, title="Đang kiểm tra…")
