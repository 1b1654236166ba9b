"""The dashboard's own widgets: a figure tile (this period, the previous one, the change) and a
12-period chart (QtCharts) whose bars open the records behind them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.reports.dashboard import Chart, KeyFigure
from desktop.text import format_int

#: one colour per series of a chart, in order (readable on white, and in grey print)
COLOURS = ("#1f5f99", "#e08a1e", "#3a9a4a", "#b0413e", "#7a5ea8")


def change_text(figure: KeyFigure) -> str:
    """"▲ 3", "▼ 2" or "không đổi"."""
    if figure.change > 0:
        return f"▲ {format_int(figure.change)}"
    if figure.change < 0:
        return f"▼ {format_int(-figure.change)}"
    return "không đổi"


class Tile(QFrame):
    """A key figure. Clicking it (or Enter/Space when focused) emits ``opened``; the previous
    period's number is a link of its own (``previous_opened``)."""

    opened = Signal()
    previous_opened = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            "QFrame#dashboardTile { background: #f7f9fb; border: 1px solid #d0d6dc; border-radius: 4px; }"
            "QFrame#dashboardTile:focus { border: 2px solid #1f5f99; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title = QLabel("")
        self.title.setWordWrap(True)
        self.title.setObjectName("tileTitle")
        self.value = QLabel("…")
        self.value.setObjectName("tileValue")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet("color: #1f5f99;")
        self.previous = QLabel("")
        self.previous.setObjectName("tileFoot")
        self.previous.setWordWrap(True)
        self.previous.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.previous.linkActivated.connect(lambda _link: self.previous_opened.emit())
        for label in (self.title, self.value):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # two lines each whatever the width: tiles of one row stay the same height, nothing is cut
        for label in (self.title, self.previous):
            label.setMinimumHeight(2 * label.fontMetrics().lineSpacing() + 2)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.previous)
        self.figure: KeyFigure | None = None

    def show_figure(self, figure: KeyFigure, previous_name: str) -> None:
        self.figure = figure
        self.title.setText(figure.label)
        self.value.setText(f"{format_int(figure.value)}")
        self.previous.setText(
            f'<a href="previous">{previous_name}: {format_int(figure.previous)}</a><br>{change_text(figure)}'
        )
        what = f"{figure.label}: {format_int(figure.value)} {figure.unit}".strip()
        self.setToolTip(f"{what}. Nhấn để xem danh sách bản ghi.")
        self.setAccessibleName(what)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.opened.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit()
            return
        super().keyPressEvent(event)


class TrendChart(QChartView):
    """A chart of ``Overview.charts``: bars for flows within each period, lines for levels at each
    period's end. ``point_opened(series_index, period_index)`` when a bar or a point is clicked."""

    point_opened = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self.spec: Chart | None = None

    def show_chart(self, spec: Chart, labels: Sequence[str]) -> None:
        self.spec = spec
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        chart.setTitleFont(small)
        chart.setTitle(spec.note)
        months = QBarCategoryAxis()
        # "T11/2026" on two lines (T11 over 2026): twelve of them fit a chart from ~520 px wide
        months.append([label.replace("/", "<br>", 1) for label in labels])
        months.setLabelsFont(small)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setLabelsFont(small)
        values.setTitleText(spec.axis)
        values.setTitleFont(small)
        top = max((max(s.values) for s in spec.series if s.values), default=0)
        values.setRange(0, max(top, 4))
        values.applyNiceNumbers()
        values.setMinorTickCount(0)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        if spec.kind == "bar":
            bars = QBarSeries()
            for n, series in enumerate(spec.series):
                bar = QBarSet(series.label)
                bar.append([float(v) for v in series.values])
                bar.setColor(QColor(COLOURS[n % len(COLOURS)]))
                bar.setBorderColor(QColor(COLOURS[n % len(COLOURS)]))
                bar.clicked.connect(lambda index, n=n: self.point_opened.emit(n, index))
                bars.append(bar)
            chart.addSeries(bars)
            bars.attachAxis(months)
            bars.attachAxis(values)
        else:
            # a line over category positions: the n-th period sits at x = n (QBarCategoryAxis' own
            # positions run from -0.5 to count - 0.5)
            for n, series in enumerate(spec.series):
                line = QLineSeries()
                line.setName(series.label)
                for x, v in enumerate(series.values):
                    line.append(float(x), float(v))
                line.setPen(QPen(QColor(COLOURS[n % len(COLOURS)]), 2))
                line.setPointsVisible(True)
                line.clicked.connect(lambda point, n=n: self.point_opened.emit(n, round(point.x())))
                chart.addSeries(line)
                line.attachAxis(months)
                line.attachAxis(values)
        legend = chart.legend()
        legend.setFont(small)
        legend.setVisible(len(spec.series) > 1)
        self.setToolTip(spec.note)
        self.setAccessibleName(spec.title)
