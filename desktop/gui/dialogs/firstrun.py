"""First start: set up the station (name, villages, first administrator) or try the demo."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from desktop import firstrun
from desktop.db import Actor, Database
from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.gui.forms.firstrun_dialog import Ui_FirstRunDialog
from desktop.gui.operations import run_task
from desktop.settings import UNIT_KINDS, VILLAGE_KINDS, StationView, infer_unit_kind

DEMO = 2  # dialog result: open the demo station


def parse_villages(text: str) -> list[tuple[str, str]]:
    """One village per line, its kind first: "thôn Nia Đơn", "bon Bu Sir", "tổ dân phố 3"."""
    villages = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        kind = next(
            (k for k in sorted(VILLAGE_KINDS, key=len, reverse=True) if line.lower().startswith(k + " ")),
            None,
        )
        if kind is None:
            raise ValidationError(
                "Thôn, bon",
                f"dòng {number} «{line}» phải bắt đầu bằng loại "
                f"({', '.join(VILLAGE_KINDS)}), vd. «bon Bu Sir».",
            )
        villages.append((line[len(kind) :].strip(), kind))
    return villages


class FirstRunDialog(QDialog):
    """Before anyone is logged in: there is no context yet, so the set-up runs as its own task."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        for kind in UNIT_KINDS:
            self.ui.unit_kind.addItem(kind, kind)
        self.ui.commune.textChanged.connect(self._suggest)
        self.ui.setup_button.clicked.connect(self.set_up)
        self.ui.demo_button.clicked.connect(lambda: self.done(DEMO))
        self.ui.quit_button.clicked.connect(self.reject)

    def _suggest(self, text: str) -> None:
        name = text.strip()
        if not name:
            return
        self.ui.issuing.setPlaceholderText(f"CÔNG AN {name.upper()}")
        self.ui.place.setPlaceholderText(name.split(" ", 1)[-1] if " " in name else name)
        self.ui.unit_kind.setCurrentIndex(self.ui.unit_kind.findData(infer_unit_kind(f"CÔNG AN {name}")))

    def set_up(self) -> None:
        ui = self.ui
        station = StationView(
            commune_name=ui.commune.text(),
            parent_body=ui.parent_body.text(),
            issuing_body=ui.issuing.text() or ui.issuing.placeholderText(),
            place_name=ui.place.text() or ui.place.placeholderText(),
            head_name=ui.head.text(),
            unit_kind=ui.unit_kind.currentData(),
        )
        try:
            if not ui.commune.text().strip():
                raise ValidationError("Tên xã/phường", "không được để trống.")
            if ui.password.text() != ui.password2.text():
                raise ValidationError("Nhập lại mật khẩu", "không khớp với mật khẩu.")
            villages = parse_villages(ui.villages.toPlainText())
        except ValidationError as exc:
            messages.error(self, exc)
            return
        args = (self.db, station, villages, ui.username.text(), ui.full_name.text(), ui.password.text())
        self.setEnabled(False)

        def work(_progress: object) -> tuple[Actor, str]:
            actor = firstrun.set_up_station(*args)
            return actor, firstrun.recovery_notice(self.db, actor)

        def done(result: tuple[Actor, str]) -> None:
            self.setEnabled(True)
            self.actor, notice = result
            messages.info(self, notice, "Mã khôi phục quản trị")
            self.accept()

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            messages.error(self, exc)

        run_task(self, work, done, on_error=failed,
                 title="Đang cài đặt đơn vị…", cancellable=False)
