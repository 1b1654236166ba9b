"""Looks at a shown window the way a clerk would: empty texts, clipped widgets, too big for the screen.

Used by the real-app check (``tests/gui/test_real_app.py``) and by ``caxa screenshots``. The rules,
chosen to catch real defects without crying wolf:

Empty text (visible widgets only):
- a label that names something is empty: a QFormLayout label, a label with a buddy, or a label
  still carrying Qt Designer's default name (``label``, ``label_…``) — a value label that is empty
  until something is selected is fine (hide it, or show "—", if it leaves a gap);
- a button with neither text, icon nor arrow; a check box or radio button with no text unless a
  form label names it;
- a group box without a title (use a QFrame for an untitled box), a tab without text or icon;
- a menu bar or menu action without text; a shortcut shown differently from how it is written
  (a translator that blanks "Ctrl" shows "Ctrl+Q" as "Q");
- a visible table, tree or list header section without text.

Clipped (visible widgets, not inside a scroll area's viewport, which may legitimately scroll):
- a label (not word-wrapped), a button, a date or date-time field narrower than its size hint
  (its text is cut); a word-wrapped label shorter than the height its text needs at its width;
- a date field whose display format has no four-digit year;
- a line edit whose text does not fit and which shows the end of its text rather than the start;
- a widget reaching outside its window;
- a list (``TableView``) whose columns are wider than it, so that it scrolls sideways;
- a window (main window or dialog) larger than the screen's available area, or whose minimum
  size is; a page in the main window whose minimum width is wider than the area it is shown in
  (it would scroll sideways at 1366×768).
A tolerance of 2 px absorbs rounding.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

from desktop.gui.widgets import TableView

TOLERANCE = 2


def describe(widget: QWidget) -> str:
    """``QLabel#label_name «Tên:» in LoginDialog > form`` — enough to find it in the code."""
    text = ""
    for getter in ("text", "title"):
        fn = getattr(widget, getter, None)
        if callable(fn):
            try:
                value = fn()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                text = f" «{value[:40]}»"
                break
    names = []
    parent = widget.parentWidget()
    while parent is not None and len(names) < 3:
        if parent.objectName() and not parent.objectName().startswith("qt_"):
            names.append(parent.objectName())
        parent = parent.parentWidget()
    where = f" in {' > '.join(reversed(names))}" if names else ""
    name = f"#{widget.objectName()}" if widget.objectName() else ""
    return f"{type(widget).__name__}{name}{text}{where}"


def _form_of(widget: QWidget) -> tuple[QFormLayout, QFormLayout.ItemRole] | None:
    parent = widget.parentWidget()
    if parent is None:
        return None
    for form in parent.findChildren(QFormLayout):
        row, role = form.getWidgetPosition(widget)
        if row >= 0:
            return form, role
    return None


def _form_label(widget: QWidget) -> QWidget | None:
    found = _form_of(widget)
    if found is None or found[1] != QFormLayout.ItemRole.FieldRole:
        return None
    return found[0].labelForField(widget)


def _in_scroll_viewport(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def _qt_part(widget: QWidget) -> bool:
    """Qt's own pieces (a table's corner button, a tab bar's scroll arrows): not ours to judge."""
    return widget.objectName().startswith("qt_") or isinstance(widget.parentWidget(), QTabBar)


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.isVisible() and not _qt_part(widget)


# ---- empty texts ----------------------------------------------------------------------------------


def _empty_label(label: QLabel) -> bool:
    if label.text().strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return False
    if label.movie() is not None:
        return False
    found = _form_of(label)
    field = label.buddy()
    if found is not None and found[1] == QFormLayout.ItemRole.LabelRole:
        row, _ = found[0].getWidgetPosition(label)
        item = found[0].itemAt(row, QFormLayout.ItemRole.FieldRole)
        field = item.widget() if item is not None else field
    if isinstance(field, QCheckBox | QRadioButton) and field.text().strip():
        return False  # the check box names itself; its row's label is left blank on purpose
    names_something = (
        (found is not None and found[1] == QFormLayout.ItemRole.LabelRole)
        or label.buddy() is not None
        or label.objectName() == "label"
        or label.objectName().startswith("label_")
    )
    return names_something


def _empty_button(button: QAbstractButton) -> bool:
    if button.text().strip() or not button.icon().isNull():
        return False
    if isinstance(button, QToolButton) and button.arrowType() != Qt.ArrowType.NoArrow:
        return False
    if isinstance(button, (QCheckBox, QRadioButton)):
        label = _form_label(button)
        return not (label is not None and getattr(label, "text", lambda: "")().strip())
    return True


def _header_problems(view: QAbstractItemView, header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or not header.isVisible():
        return []
    problems = []
    count = header.count()
    for section in range(count):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if text is None or not str(text).strip():
            problems.append(f"{describe(view)}: column {section + 1} of {count} has no header text")
    return problems


def empty_texts(root: QWidget) -> list[str]:
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget, root):
            continue
        if isinstance(widget, QLabel) and _empty_label(widget):
            problems.append(f"{describe(widget)}: empty label")
        elif isinstance(widget, QAbstractButton) and _empty_button(widget):
            problems.append(f"{describe(widget)}: button without text")
        elif isinstance(widget, QGroupBox) and not widget.title().strip():
            problems.append(f"{describe(widget)}: group box without a title")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if not widget.tabText(i).strip() and widget.tabIcon(i).isNull():
                    problems.append(f"{describe(widget)}: tab {i + 1} without text")
        elif isinstance(widget, QAbstractItemView):
            for header in widget.findChildren(QHeaderView):
                if header.parentWidget() is widget:
                    problems.extend(_header_problems(widget, header))
    if isinstance(root, QMainWindow):
        problems.extend(menu_problems(root))
    return problems


def menu_problems(window: QMainWindow) -> list[str]:
    problems: list[str] = []

    def walk(actions: list, where: str) -> None:
        for action in actions:
            if action.isSeparator() or not action.isVisible():
                continue
            if not action.text().strip():
                problems.append(f"menu {where}: an action without text")
            shortcut = action.shortcut()
            if not shortcut.isEmpty():
                shown = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
                written = shortcut.toString(QKeySequence.SequenceFormat.PortableText)
                if QGuiApplication.platformName() != "cocoa" and shown != written:
                    problems.append(
                        f"menu {where} › {action.text()}: shortcut {written} is shown as «{shown}»"
                    )
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions(), f"{where} › {action.text()}")

    walk(window.menuBar().actions(), "bar")
    return problems


# ---- clipping ---------------------------------------------------------------------------------------


def _needed_width(widget: QWidget) -> int | None:
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text().strip() or widget.textFormat() == Qt.TextFormat.RichText:
            return None
        return widget.sizeHint().width()
    if isinstance(widget, QPushButton):
        # not the size hint: styles give every text button a minimum of ~80 px that "◀" does not need
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        return widget.fontMetrics().horizontalAdvance(text) + icon + 12 if text or icon else None
    if isinstance(widget, QAbstractButton | QDateTimeEdit):
        return widget.sizeHint().width()
    return None


def _clipped(widget: QWidget, root: QWidget) -> list[str]:
    """``root`` is the widget's window."""
    problems = []
    needed = _needed_width(widget)
    if needed is not None and widget.width() + TOLERANCE < needed:
        problems.append(f"{describe(widget)}: {widget.width()} px wide, its text needs {needed} px")
    if isinstance(widget, QLabel) and widget.wordWrap() and widget.text().strip():
        height = widget.heightForWidth(widget.width())
        if height > widget.height() + TOLERANCE:
            problems.append(f"{describe(widget)}: {widget.height()} px high, its text needs {height} px")
    has_date = widget.displayedSections() & QDateTimeEdit.Section.DateSections_Mask if isinstance(
        widget, QDateTimeEdit) else False
    if has_date and "yyyy" not in widget.displayFormat():
        problems.append(f"{describe(widget)}: shows the date as «{widget.text()}» (no four-digit year)")
    if isinstance(widget, QLineEdit) and widget.text() and not widget.hasFocus():
        room = widget.contentsRect().width() - 8
        needs = widget.fontMetrics().horizontalAdvance(widget.text())
        if needs > room and widget.cursorPosition() > 0:
            problems.append(
                f"{describe(widget)}: its text needs {needs} px, it has {room} px, and it shows the end "
                "of the text, not the start"
            )
    if widget is not root and not _in_scroll_viewport(widget, root):
        rect = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
        if not root.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE).contains(rect):
            problems.append(f"{describe(widget)}: reaches outside the window ({rect.getRect()})")
    return problems


def window_problems(window: QWidget) -> list[str]:
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    problems = []
    frame = window.frameGeometry()
    name = describe(window)
    if frame.width() > available.width() or frame.height() > available.height():
        problems.append(
            f"{name}: window is {frame.width()}×{frame.height()}, the screen has "
            f"{available.width()}×{available.height()}"
        )
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    if minimum.width() > available.width() or minimum.height() > available.height():
        problems.append(
            f"{name}: cannot be smaller than {minimum.width()}×{minimum.height()}, the screen has "
            f"{available.width()}×{available.height()}"
        )
    return problems


def page_fits(page: QWidget, area: QWidget) -> list[str]:
    """A page shown in the main window's scroll area must not need more width than the area has."""
    need = page.minimumSizeHint().expandedTo(page.minimumSize()).width()
    if need > area.width() + TOLERANCE:
        return [f"{describe(page)}: needs {need} px wide, the window gives it {area.width()} px "
                "(it scrolls sideways)"]
    return []


def clipped_within(widget: QWidget, window: QWidget) -> list[str]:
    """Clipped widgets inside ``widget`` (itself included), measured against its ``window``."""
    problems: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if child is not window and _visible(child, window):
            problems.extend(_clipped(child, window))
    return problems


def sideways(root: QWidget, window: QWidget) -> list[str]:
    """The lists shown in ``root`` that scroll sideways: their columns are wider than they are."""
    return [
        f"{describe(t)}: its columns need {t.horizontalHeader().length()} px, it shows "
        f"{t.viewport().width()} px (the list scrolls sideways)"
        for t in root.findChildren(TableView)
        if _visible(t, window) and t.horizontalScrollBar().maximum() > 0
    ]


def inspect(root: QWidget, window: QWidget | None = None, *, tabs: bool = True) -> list[str]:
    """Every problem of ``root`` (shown; a window, or a part of ``window`` such as a page), walking
    through every tab of its tab widgets."""
    window = window or root.window()
    problems = empty_texts(root) + clipped_within(root, window) + sideways(root, window)
    if root is window:
        problems = window_problems(root) + problems
    if tabs:
        for tab_widget in root.findChildren(QTabWidget):
            if not _visible(tab_widget, window):
                continue
            current = tab_widget.currentIndex()
            for index in range(tab_widget.count()):
                if index == current:
                    continue
                tab_widget.setCurrentIndex(index)
                QApplication.processEvents()
                page = tab_widget.widget(index)
                for problem in empty_texts(page) + clipped_within(page, window) + sideways(page, window):
                    problems.append(f"[tab «{tab_widget.tabText(index)}»] {problem}")
            tab_widget.setCurrentIndex(current)
    return list(dict.fromkeys(problems))
