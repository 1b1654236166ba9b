"""The GUI kit: operations, record lists, pickers, print actions, the error hooks."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.errors import ValidationError
from desktop.gui.kit import operation, pickers, print_action
from desktop.gui.kit.record_list import RecordList
from desktop.gui.models.base import Column, default_sort_key
from desktop.text import name_sort_key, sort_key


class Owner(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    born: str
    amount: str


ROWS = [
    Row(1, "Đào Văn Bình", "02/03/1990", "1.500.000 đ"),
    Row(2, "Dương Thị An", "15/12/1985", "900.000 đ"),
    Row(3, "Y Đức Niê", "01/01/2001", "12.000.000 đ"),
    Row(4, "Âu Thị Cúc", "", "0 đ"),
]
COLUMNS = [
    Column("Họ tên", lambda r: r.name, sort=lambda r: name_sort_key(r.name)),
    Column("Ngày sinh", lambda r: r.born),
    Column("Số tiền", lambda r: r.amount, align="right"),
]


def test_vietnamese_order():
    words = ["Đào", "Dương", "Ăn", "An", "Âu", "Bình", "Ê", "Em"]
    assert sorted(words, key=sort_key) == ["An", "Ăn", "Âu", "Bình", "Dương", "Đào", "Em", "Ê"]
    by_given_name = sorted(["Trần Văn Đức", "Nguyễn Thị Dung"], key=name_sort_key)
    assert by_given_name == ["Nguyễn Thị Dung", "Trần Văn Đức"]
    assert default_sort_key("02/03/1990") < default_sort_key("15/12/1990") < default_sort_key("01/01/1991")
    assert default_sort_key("900.000 đ") < default_sort_key("1.500.000 đ")
    assert default_sort_key("") > default_sort_key("zzz")


def test_operation_announces_once_then_done(gui_ctx, qtbot):
    owner = Owner(gui_ctx)
    seen: list[frozenset] = []
    gui_ctx.bus.changes.connect(lambda areas, _i: seen.append(areas))
    results = []
    notices = []
    gui_ctx.bus.notice.connect(notices.append)
    operation.run(owner, lambda uow, x: x * 2, 21, changes=("weapons", "schedule"),
                  done=results.append, message="Đã lưu.")
    assert results == [42]
    assert seen == [frozenset({"weapons", "schedule"})]
    assert notices == ["Đã lưu."]


def test_operation_errors_reach_the_funnel(gui_ctx, messages):
    owner = Owner(gui_ctx)

    def bad(uow):
        raise ValidationError("Họ tên", "không được để trống.")

    done = []
    operation.run(owner, bad, done=done.append, changes="weapons")
    assert done == []
    assert messages.texts("error") == ["Họ tên: không được để trống."]


def test_query_drops_stale_results(gui_ctx, monkeypatch):
    from desktop.gui import operations

    owner = Owner(gui_ctx)
    query = operation.Query(owner)
    delivered = []
    held = []
    # hold the first request's completion until the second was made
    real = operations.run_task

    def delayed(parent, fn, on_done=None, **kw):
        held.append(lambda: real(parent, fn, on_done, **kw))

    monkeypatch.setattr(operation, "run_task", delayed)
    query.run(lambda uow, t: f"kết quả {t}", "a", done=delivered.append)
    query.run(lambda uow, t: f"kết quả {t}", "an", done=delivered.append)
    assert query.pending
    held[1]()
    held[0]()
    assert delivered == ["kết quả an"]
    assert not query.pending


def test_record_list_sorts_filters_and_acts_by_role(gui_ctx, qtbot):
    owner = Owner(gui_ctx)
    qtbot.addWidget(owner)
    calls = []

    def fetch(uow, text="", kind=None, voided=False):
        calls.append((text, kind, voided))
        return [r for r in ROWS if text.lower() in r.name.lower()]

    rl = RecordList(owner, "testList", COLUMNS, fetch)
    rl.add_filter("kind", "Loại", [("Tất cả", None), ("Một", "one")])
    rl.add_toggle("voided", "Hiện đã hủy")
    opened, deleted = [], []
    rl.add_action("Mở…", opened.append, default=True)
    delete = rl.add_action("Xóa", deleted.append, permission="write", shortcut="Delete",
                           enabled_if=lambda r: r.id != 3)
    new = rl.add_action("Thêm", lambda: opened.append("new"), needs="none", permission="admin")
    rl.reload()
    assert calls[-1] == ("", None, False)
    assert rl.count_label.text() == "4 bản ghi"
    assert not delete.isEnabled() and new.isEnabled()

    rl.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by given name
    assert [r.name for r in rl.rows()] == ["Dương Thị An", "Đào Văn Bình", "Âu Thị Cúc", "Y Đức Niê"]
    rl.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by date, empty last
    assert [r.id for r in rl.rows()] == [2, 1, 3, 4]
    rl.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by amount
    assert [r.id for r in rl.rows()] == [3, 1, 2, 4]

    assert rl.select_id(3)
    assert not delete.isEnabled()  # enabled_if
    rl.select_id(1)
    assert delete.isEnabled()
    rl.table.activated_row.emit(0)
    assert opened == [ROWS[0]]
    delete.trigger()
    assert deleted == [ROWS[0]]

    # the selection survives a reload; filters reach the service
    rl._filters["voided"].setChecked(True)
    assert calls[-1] == ("", None, True)
    assert rl.selected() == ROWS[0]


def test_a_remembered_toggle_opens_as_the_clerk_left_it(gui_ctx, qtbot):
    calls = []

    def fetch(uow, text="", late=False, voided=False):
        calls.append((late, voided))
        return ROWS

    def make():
        owner = Owner(gui_ctx)
        qtbot.addWidget(owner)
        rl = RecordList(owner, "rememberList", COLUMNS, fetch)
        late = rl.add_toggle("late", "Chỉ quá hạn", remember=True)
        voided = rl.add_toggle("voided", "Hiện đã hủy")
        return rl, late, voided

    rl, late, voided = make()
    assert not late.isChecked()
    late.setChecked(True)
    voided.setChecked(True)
    assert calls[-1] == (True, True)
    rl, late, voided = make()  # the page opened again, in the next session
    assert late.isChecked() and not voided.isChecked()  # only the remembered one
    rl.reload()
    assert calls[-1] == (True, False)
    late.setChecked(False)
    assert not make()[1].isChecked()


def test_record_list_keeps_the_fetch_order_until_a_header_is_clicked(gui_ctx, qtbot):
    owner = Owner(gui_ctx)
    qtbot.addWidget(owner)
    order = [ROWS[2], ROWS[0], ROWS[3], ROWS[1]]  # as the service gives them (e.g. newest first)
    rl = RecordList(owner, "orderList", COLUMNS, lambda uow, text="": order)
    rl.reload()
    assert [r.id for r in rl.rows()] == [3, 1, 4, 2]
    assert rl.table.horizontalHeader().sortIndicatorSection() == -1
    by_amount = RecordList(owner, "amountList", COLUMNS, lambda uow, text="": order, sort_by=2)
    by_amount.reload()
    assert [r.id for r in by_amount.rows()] == [4, 2, 1, 3]


def test_record_list_role_disables_writes(gui_ctx, qtbot, sqlite_db):
    from desktop.gui.context import AppContext
    from tests.conftest import make_user

    viewer = make_user(sqlite_db, "xem2", "viewer")
    ctx = AppContext(sqlite_db, viewer, gui_ctx.prefs)
    owner = Owner(ctx)
    qtbot.addWidget(owner)
    rl = RecordList(owner, "viewerList", COLUMNS, lambda uow, text="": ROWS)
    write = rl.add_action("Sửa", lambda r: None, permission="write")
    rl.reload()
    rl.select_id(1)
    assert not write.isEnabled()
    assert "không có quyền" in write.toolTip()


def test_pickers_fold_diacritics(gui_ctx, qtbot):
    owner = Owner(gui_ctx)
    qtbot.addWidget(owner)
    officer = pickers.OfficerPicker(owner)
    officer.bind(owner)
    assert officer.choices(), "the demo station has officers"
    first = officer.choices()[0]
    typed = " ".join(first.search_key.split()[-2:])  # e.g. "duc nie", no diacritics
    assert first in officer.matches(typed)
    picked = []
    officer.picked.connect(picked.append)
    assert officer.pick_text(typed) is not None
    assert picked and officer.value() == picked[-1]

    person = pickers.PersonPicker(owner)
    person.bind(owner)
    choice = person.pick_text("nguyen")
    assert choice is not None and "Nguyễn" in choice.label
    again = pickers.PersonPicker(owner)
    again.bind(owner, value=choice.id)
    assert again.text() == choice.label

    village = pickers.VillagePicker(owner)
    village.bind(owner)
    multi = pickers.MultiPicker(pickers.VillagePicker())
    multi.bind(owner, values=[c.id for c in village.choices()[:2]])
    assert len(multi.values()) == 2


def test_multi_pickers_from_a_designer_form_name_inactive_records(gui_ctx, qtbot):
    from desktop.staff import service as staff

    owner = Owner(gui_ctx)
    qtbot.addWidget(owner)
    officers = pickers.OfficerMultiPicker(owner)  # what uic writes for a promoted widget
    assert officers.parent() is owner and isinstance(officers.picker, pickers.OfficerPicker)
    assert isinstance(pickers.VillageMultiPicker(owner).picker, pickers.VillagePicker)
    gone = gui_ctx.run(staff.list_officers)[0]
    data = staff.OfficerInput(gone.full_name, gone.rank, gone.position, gone.phone, gone.kind, active=False)
    gui_ctx.run(staff.update_officer, gone.id, gone.version, data)
    officers.bind(owner, values=[gone.id])
    assert officers.values() == (gone.id,)
    assert officers.chosen.item(0).text() == f"{gone.label} (đã thôi)"


def test_preview_alone_issues_nothing(gui_ctx, qtbot, messages, tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "a.pdf"
    c = canvas.Canvas(str(path))
    c.drawString(100, 700, "Biên bản")
    c.save()
    owner = Owner(gui_ctx)
    qtbot.addWidget(owner)
    issued = []
    dialog = print_action.preview(
        owner, path.read_bytes(), title="Thử", issue=(lambda uow, n: issued.append(n), 7),
        confirm="In biên bản? Sau khi in không sửa được nữa.",
    )
    dialog.reject()
    assert issued == []
    messages.confirm_answer = False
    messages.save_path = str(tmp_path / "out.pdf")
    dialog.save_as()
    assert issued == [] and not (tmp_path / "out.pdf").exists()
    messages.confirm_answer = True
    dialog.save_as()
    dialog.save_as()
    assert issued == [7] and (tmp_path / "out.pdf").exists()
    assert dialog.height() <= dialog.screen().availableGeometry().height()


def test_exception_in_a_button_handler_is_logged_and_shown(qtbot, monkeypatch, caplog):
    from desktop.gui import messages as gui_messages

    shown = []
    monkeypatch.setattr(gui_messages, "error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(operation, "_hooks_installed", False)
    operation.install_error_hooks()
    button = QPushButton("Lưu")
    qtbot.addWidget(button)

    def handler():
        raise RuntimeError("hỏng")

    button.clicked.connect(handler)
    with caplog.at_level(logging.ERROR):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [str(e) for e in shown] == ["hỏng"]
    assert "RuntimeError: hỏng" in caplog.text
    assert "handler" in caplog.text  # the traceback is in the log


@pytest.fixture(autouse=True)
def _restore_hooks():
    yield
    operation._hooks_installed = False


def test_disk_full_is_said_as_such_not_unexpected(qapp, monkeypatch):
    import errno

    from desktop.gui import messages as gui_messages

    warned = []
    monkeypatch.setattr(gui_messages, "warn", lambda parent, text, title="CAXA": warned.append(text))
    monkeypatch.setattr(gui_messages, "QMessageBox", None)  # an "unexpected error" box would fail here
    gui_messages.error(None, OSError(errno.ENOSPC, "No space left on device"))
    assert len(warned) == 1 and "đầy" in warned[0]
