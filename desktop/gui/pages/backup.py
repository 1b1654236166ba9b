"""Backup page: the backups kept, back up now, restore from a file, check the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop import backup, paths
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.models.base import Column, ListTableModel
from desktop.gui.operations import run_task
from desktop.gui.pages.base import Page
from desktop.gui.widgets import TableView
from desktop.text import format_datetime, format_int

COLUMNS = [
    Column("Tệp", lambda b: b.path.name),
    Column("Thời gian", lambda b: format_datetime(b.taken_at)),
    Column("Dung lượng (KB)", lambda b: format_int(b.size // 1024), "right"),
    Column("Loại", lambda b: "Tự động hằng ngày" if b.automatic else "Sao lưu tay"),
]


class BackupPage(Page):
    title = "Sao lưu, phục hồi"
    areas = ("backup",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.folder_label = QLabel(f"Thư mục sao lưu: {paths.backups_dir()}")
        self.folder_label.setWordWrap(True)
        self.backup_button = QPushButton("Sao lưu ngay")
        self.restore_button = QPushButton("Phục hồi từ bản đã chọn…")
        self.restore_file_button = QPushButton("Phục hồi từ tệp khác…")
        self.check_button = QPushButton("Kiểm tra cơ sở dữ liệu")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.check_button.clicked.connect(self.check)
        is_admin = ctx.can("admin")
        self.restore_button.setEnabled(is_admin)
        self.restore_file_button.setEnabled(is_admin)
        bar = QHBoxLayout()
        for b in (self.backup_button, self.restore_button, self.restore_file_button, self.check_button):
            bar.addWidget(b)
        bar.addStretch(1)
        self.model = ListTableModel(COLUMNS, self)
        self.table = TableView("backupsTable", ctx.prefs)
        self.table.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            QLabel(
                "CAXA tự sao lưu mỗi ngày một lần khi mở chương trình. "
                "Trước khi phục hồi, dữ liệu hiện tại luôn được sao lưu riêng."
            )
        )

    def refresh(self) -> None:
        self.model.set_rows(backup.list_backups())

    def backup_now(self) -> None:
        self.ctx.run(lambda work: work.require("backup"))
        run_task(
            self,
            lambda progress: backup.backup_now(self.ctx.db, progress=progress),
            lambda path: (self.refresh(), messages.info(self, f"Đã sao lưu vào {path}")),
            title="Đang sao lưu…",
        )

    def restore_selected(self) -> None:
        chosen = self.model.row_at(self.table.current_row())
        if chosen is None:
            messages.info(self, "Hãy chọn một bản sao lưu trong danh sách.")
            return
        self._restore(chosen.path)

    def restore_from_file(self) -> None:
        path = messages.open_file(
            self,
            "Chọn tệp sao lưu",
            "Sao lưu CAXA (*.sqlite3 *.pgdump);;Mọi tệp (*)",
            str(paths.backups_dir()),
        )
        if path:
            self._restore(Path(path))

    def _restore(self, source: Path) -> None:
        try:
            self.ctx.run(lambda work: work.require("admin"))
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        if not messages.confirm(
            self,
            f"Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu «{source.name}»?\n"
            "Dữ liệu hiện tại sẽ được sao lưu riêng trước.",
        ):
            return

        def work(progress):  # noqa: ANN001, ANN202
            from desktop.migrate import upgrade

            safety = backup.restore(self.ctx.db, source, own_session=self.ctx.session_id, progress=progress)
            upgrade(self.ctx.db, backup=False)
            return safety

        def done(safety: Path) -> None:
            self.refresh()
            for area in ("station", "villages", "users", "all"):
                self.ctx.changed(area, self)
            messages.info(self, f"Đã phục hồi từ «{source.name}». Dữ liệu trước đó được giữ ở {safety.name}.")

        run_task(self, work, done, title="Đang phục hồi…")

    def check(self) -> None:
        def done(result: backup.CheckResult) -> None:
            lines = list(result.problems) + [result.audit.message()]
            if result.ok:
                lines.insert(0, "Cơ sở dữ liệu tốt: không thấy lỗi toàn vẹn hay khóa ngoại.")
            (messages.info if result.ok else messages.warn)(self, "\n".join(lines))

        run_task(self, lambda _p: backup.check(self.ctx.db), done, title="Đang kiểm tra…")
