"""The kit's record list keeps a long bar short: rare actions go to a "Thêm" menu button."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.gui.kit.record_list import RecordList
from tests.gui.test_kit import COLUMNS, ROWS


class Owner(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx


def test_rare_actions_go_to_the_more_menu(gui_ctx, qtbot):
    owner = Owner(gui_ctx)
    qtbot.addWidget(owner)
    rl = RecordList(owner, "moreList", COLUMNS, lambda uow, text="": ROWS)
    rl.add_action("Mở…", lambda r: None)
    settings = rl.add_action("Cài đặt…", lambda: None, needs="none", more=True)
    photo = rl.add_action("Thêm ảnh…", lambda r: None, more=True)
    assert rl.more_button is not None and rl.more_button.text() == "Thêm"
    assert rl.more_button.menu().actions() == [settings, photo]
    assert photo in rl.table.actions() and settings not in rl.table.actions()
    rl.reload()
    assert not photo.isEnabled()
    rl.select_id(1)
    assert photo.isEnabled()
