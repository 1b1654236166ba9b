"""The main window: a thin composition root — navigation, pages, status bar, menus."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__, sessions
from desktop.accounts import ROLES
from desktop.gui import messages, registry
from desktop.gui.context import AppContext
from desktop.gui.pages.base import Page

logger = logging.getLogger(__name__)

#: screens this wide or narrower (1366×768 office PCs, laptops) get the window maximised
SMALL_SCREEN_WIDTH = 1366


class _NoHeightForWidthLayout(QVBoxLayout):
    """The page area's layout. A page with a wrapping toolbar has a height-for-width; passed up to the
    scroll area it makes it add up every table's preferred height and show a vertical scroll bar on
    pages that fit. The scroll area then sizes the page by its minimum size, as it should."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)

    def hasHeightForWidth(self) -> bool:
        return False


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.setWindowTitle(f"CAXA — {ctx.station.issuing_body or 'Công an xã'}")
        self.resize(1280, 800)
        self.entries = [e for e in registry.PAGES if ctx.can(e.permission)]
        self.pages: dict[str, Page] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(190)
        self.stack = QStackedWidget()
        # a page wider or taller than the screen scrolls inside the window instead of widening it
        self.page_area = QScrollArea()
        self.page_area.setObjectName("pageArea")
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        _NoHeightForWidthLayout(holder).addWidget(self.stack)
        self.page_area.setWidget(holder)
        self._policies: dict[QWidget, QSizePolicy] = {}
        group = None
        for entry in self.entries:
            if entry.group != group:
                group = entry.group
                header = QListWidgetItem(group.upper())
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self.nav.addItem(header)
            item = QListWidgetItem(entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder until first shown
        self.nav.currentItemChanged.connect(self._on_nav)

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.page_area)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 1070])
        self.setCentralWidget(self.splitter)

        role = ROLES.get(ctx.actor.role, ctx.actor.role)
        self.user_label = QLabel(f"Người dùng: {ctx.actor.full_name or ctx.actor.username} — {role}")
        # a long folder path must not widen the window: the file name here, the whole path as a tip
        where = ctx.db.sqlite_path.name if ctx.db.is_sqlite and ctx.db.sqlite_path else ctx.db.describe()
        self.db_label = QLabel(f"Dữ liệu: {where}")
        self.db_label.setToolTip(ctx.db.describe())
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()

        geometry = ctx.prefs.geometry(self.objectName())
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = ctx.prefs.state("mainSplitter")
        if state is not None:
            self.splitter.restoreState(state)
        ctx.bus.changed.connect(self._on_changed)
        ctx.bus.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))

        if ctx.session_id is not None:
            self.heartbeat = QTimer(self)
            self.heartbeat.setInterval(60_000)
            self.heartbeat.timeout.connect(self._beat)
            self.heartbeat.start()
        # every login lands on the first page (Tổng quan), whatever page the last session ended on
        self.show_page(self.entries[0].key)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu("&Tệp")
        change = QAction("Đổi &mật khẩu…", self)
        change.triggered.connect(self.change_password)
        menu.addAction(change)
        menu.addSeparator()
        quit_action = QAction("&Thoát", self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # Windows has no standard Quit key
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        go = self.menuBar().addMenu("T&rang")
        for n, entry in enumerate(self.entries, start=1):
            action = QAction(entry.title, self)
            if n <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.triggered.connect(lambda _=False, key=entry.key: self.show_page(key))
            go.addAction(action)
        help_menu = self.menuBar().addMenu("Trợ &giúp")
        guide = QAction("&Hướng dẫn sử dụng", self)
        guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide.triggered.connect(self.show_help)
        help_menu.addAction(guide)
        about = QAction("&Giới thiệu CAXA", self)
        about.triggered.connect(
            lambda: messages.info(
                self,
                f"CAXA {__version__}\nPhần mềm quản lý hồ sơ, công việc của Công an xã.\n"
                f"Dữ liệu: {self.ctx.db.describe()}",
            )
        )
        help_menu.addAction(about)

    def show_fitted(self) -> None:
        """Show the window within the screen: maximised on a small screen or when the saved size does
        not fit, and never wider than the screen (a page that needs more scrolls instead)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        self.setMaximumSize(available.size())
        fits = (
            self.ctx.prefs.geometry(self.objectName()) is not None
            and available.contains(self.frameGeometry())
        )
        if available.width() <= SMALL_SCREEN_WIDTH or not fits:
            self.showMaximized()
        else:
            self.show()

    def show_help(self, topic: str = "") -> None:
        from desktop.gui.help import HelpDialog

        HelpDialog(self, topic or self.current_key()).exec()

    def current_key(self) -> str:
        index = self.stack.currentIndex()
        return self.entries[index].key if 0 <= index < len(self.entries) else ""

    def page(self, key: str) -> Page:
        """The page for ``key``, created on first use."""
        if key not in self.pages:
            index = next(i for i, e in enumerate(self.entries) if e.key == key)
            entry = self.entries[index]
            page = registry.load(entry)(self.ctx)
            page.setObjectName(f"page_{key}")
            old = self.stack.widget(index)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(index, page)
            self.pages[key] = page
            page.refresh()
        return self.pages[key]

    def show_page(self, key: str) -> Page:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self._size_to_current()
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key and self.nav.currentItem() is not item:
                self.nav.setCurrentItem(item)
        return page

    def _size_to_current(self) -> None:
        """A stack is as wide as its widest page; hidden pages ignore their size, so the window and
        the scroll area follow the page shown."""
        for i in range(self.stack.count()):
            widget = self.stack.widget(i)
            original = self._policies.setdefault(widget, widget.sizePolicy())
            if widget is self.stack.currentWidget():
                widget.setSizePolicy(original)
            else:
                widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.stack.adjustSize()

    def _on_nav(self, current: QListWidgetItem | None, _previous: Any) -> None:
        key = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        if key:
            self.show_page(key)

    def _on_changed(self, area: str, _initiator: Any) -> None:
        if area == "station":
            self.setWindowTitle(f"CAXA — {self.ctx.station.issuing_body or 'Công an xã'}")

    def _beat(self) -> None:
        if self.ctx.session_id is not None:
            try:
                sessions.heartbeat(self.ctx.db, self.ctx.session_id)
            except Exception:  # noqa: BLE001 — a missed heartbeat must never disturb the clerk
                logger.warning("session heartbeat failed", exc_info=True)

    def change_password(self) -> None:
        from desktop.gui.dialogs.password import PasswordDialog

        PasswordDialog(self.ctx, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.prefs.set_geometry(self.objectName(), self.saveGeometry())
        self.ctx.prefs.set_state("mainSplitter", self.splitter.saveState())
        for page in self.pages.values():
            page.save_layout()
        self.ctx.prefs.sync()
        super().closeEvent(event)
