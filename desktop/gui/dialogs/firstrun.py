"""First start: set up the station (name, villages, first administrator) or try the demo."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import firstrun
from desktop.db import Actor, Database
from desktop.errors import ValidationError
from desktop.gui import messages
from desktop.settings import VILLAGE_KINDS, StationView

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
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle("Chào mừng đến với CAXA")
        self.setObjectName("FirstRunDialog")
        intro = QLabel(
            "<b>Cài đặt lần đầu.</b> Nhập thông tin đơn vị (in trên mọi văn bản), danh sách "
            "thôn, bon và tài khoản quản trị đầu tiên. Có thể sửa lại sau trong «Thông tin đơn vị»."
        )
        intro.setWordWrap(True)

        self.commune = QLineEdit()
        self.commune.setPlaceholderText("Xã Đắk Nia")
        self.parent_body = QLineEdit()
        self.parent_body.setPlaceholderText("CÔNG AN TỈNH LÂM ĐỒNG")
        self.issuing = QLineEdit()
        self.issuing.setPlaceholderText("CÔNG AN XÃ ĐẮK NIA")
        self.place = QLineEdit()
        self.place.setPlaceholderText("Đắk Nia")
        self.head = QLineEdit()
        self.villages = QPlainTextEdit()
        self.villages.setPlaceholderText("Mỗi dòng một thôn/bon, vd.\nthôn Nia Đơn\nbon Bu Sir\ntổ dân phố 3")
        self.commune.textChanged.connect(self._suggest)
        station = QGroupBox("Đơn vị")
        form = QFormLayout(station)
        form.addRow("Tên xã/phường:", self.commune)
        form.addRow("Cơ quan cấp trên:", self.parent_body)
        form.addRow("Tên đơn vị:", self.issuing)
        form.addRow("Địa danh ghi ngày tháng:", self.place)
        form.addRow("Trưởng Công an xã:", self.head)
        form.addRow("Thôn, bon, tổ dân phố:", self.villages)

        self.username = QLineEdit("admin")
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        admin = QGroupBox("Quản trị viên đầu tiên")
        form2 = QFormLayout(admin)
        form2.addRow("Tên đăng nhập:", self.username)
        form2.addRow("Họ và tên:", self.full_name)
        form2.addRow("Mật khẩu (ít nhất 8 ký tự):", self.password)
        form2.addRow("Nhập lại mật khẩu:", self.password2)

        self.setup_button = QPushButton("Cài đặt và bắt đầu")
        self.setup_button.setDefault(True)
        self.setup_button.clicked.connect(self.set_up)
        self.demo_button = QPushButton("Dùng thử với đơn vị mẫu")
        self.demo_button.clicked.connect(lambda: self.done(DEMO))
        cancel = QPushButton("Thoát")
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.setup_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(station)
        layout.addWidget(admin)
        layout.addLayout(buttons)

    def _suggest(self, text: str) -> None:
        name = text.strip()
        if not name:
            return
        self.issuing.setPlaceholderText(f"CÔNG AN {name.upper()}")
        self.place.setPlaceholderText(name.split(" ", 1)[-1] if " " in name else name)

    def set_up(self) -> None:
        station = StationView(
            commune_name=self.commune.text(),
            parent_body=self.parent_body.text(),
            issuing_body=self.issuing.text() or self.issuing.placeholderText(),
            place_name=self.place.text() or self.place.placeholderText(),
            head_name=self.head.text(),
        )
        try:
            if not self.commune.text().strip():
                raise ValidationError("Tên xã/phường", "không được để trống.")
            if self.password.text() != self.password2.text():
                raise ValidationError("Nhập lại mật khẩu", "không khớp với mật khẩu.")
            villages = parse_villages(self.villages.toPlainText())
            self.actor = firstrun.set_up_station(
                self.db, station, villages, self.username.text(), self.full_name.text(), self.password.text()
            )
            messages.info(self, firstrun.recovery_notice(self.db, self.actor), "Mã khôi phục quản trị")
        except Exception as exc:  # noqa: BLE001
            messages.error(self, exc)
            return
        self.accept()
