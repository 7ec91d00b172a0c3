"""Bar charts for the dashboard, drawn with QtCharts in the program's font (so Kazakh letters show).

One widget, :class:`BarChart`, draws vertical or horizontal bars of one or
more series (grouped).  Long category names (specialties, qualifications)
are wrapped at word boundaries onto up to three lines on the axis, cut at the
end if still too long, and shown whole in the tooltip of their bars; a chart with nothing to draw says so instead of an empty frame.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QSize, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget

from . import fonts, style
from .numbers import percent_sign

COLOURS = ("#2f6f9f", "#e0913a", "#5a9e5a", "#9467bd")
LABEL_SHARE = 0.40  # of a horizontal chart's width: QtCharts cuts category names wider than that
LABEL_PADDING = 32  # pixels of that share QtCharts keeps for itself (margins, ticks)
LABEL_LINES = 3  # at most, when there is room
TITLE_LINES = 2
CATEGORY_POINT_SIZE = fonts.POINT_SIZE - 2  # long Kazakh specialty names need two lines in a laptop's chart


def chart_font(point_size: int = fonts.POINT_SIZE - 1, bold: bool = False) -> QFont:
    """The program's font (shipped Noto Sans, which covers Kazakh), else the application's."""
    font = QFont(fonts.FAMILY) if fonts.FAMILY in fonts.load_fonts() else QFont(QApplication.font())
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


def _wrapped(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` word-wrapped to ``width`` pixels (its own line breaks kept); a single over-long word stays whole."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                out.append(line)
                line = word
            else:
                line = candidate
        out.append(line)
    return out


def fits(text: str, metrics: QFontMetrics, width: int, lines: int) -> bool:
    wrapped = _wrapped(text, metrics, width)
    return len(wrapped) <= lines and all(metrics.horizontalAdvance(line) <= width for line in wrapped)


def wrap_label(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """``text`` as axis HTML: word-wrapped to ``width`` pixels in at most ``lines`` lines.

    What does not fit is cut at the end of the last line («Пайдалы қазбалар кен орындарын жерасты…»), one rule
    for every label of the program (a cut word in the middle reads as a different word); the bars' tooltip
    shows the whole name, and a chart short of room shows names without their code first (``Bar.short``).
    """
    out = _wrapped(text, metrics, width)
    if len(out) > lines:
        out = [*out[: lines - 1], " ".join(out[lines - 1 :])]
    out = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in out]
    return "<br>".join(html.escape(line) for line in out)


@dataclass(frozen=True)
class Bar:
    """One category: its name, one value per series, the tooltip of its bars, and a shorter name for a cramped axis."""

    label: str
    values: tuple[float, ...]
    tooltip: str = ""
    short: str = ""  # shown instead of a label that would have to be cut (a specialty without its code)


class BarChart(QChartView):
    """Bars of ``series`` (names; more than one are grouped and get a legend) over categories set by :meth:`set_bars`."""

    def __init__(
        self,
        title: str,
        series: Sequence[str],
        *,
        horizontal: bool = False,
        percent: bool = False,
        empty_text: str = "",
        object_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.series_names = list(series)
        self.horizontal = horizontal
        self.percent = percent
        self.bars: list[Bar] = []
        self._categories: QBarCategoryAxis | None = None
        chart = QChart()
        chart.setLocale(QLocale())  # the interface language's: «81,3 %» in kk and ru
        chart.setLocalizeNumbers(True)
        chart.setTitleFont(chart_font(fonts.POINT_SIZE, bold=True))
        self._title = title
        chart.setTitle(self._wrapped_title())
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(4)
        chart.legend().setFont(chart_font())
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setVisible(len(self.series_names) > 1)
        self.setChart(chart)
        self.empty_label = QLabel(empty_text, self, objectName="empty_label", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        style.paint(self.empty_label, style.HINT)
        self.empty_label.setFont(chart_font())
        self.setMinimumSize(260, 200)
        self.set_bars([])

    def set_title(self, title: str) -> None:
        self._title = title
        self.chart().setTitle(self._wrapped_title())

    def _wrapped_title(self) -> str:
        """The title on up to two lines of the chart's width (QtCharts would cut one long line); a cut one is whole in the tooltip."""
        metrics = QFontMetrics(self.chart().titleFont())
        wrapped = wrap_label(self._title, metrics, max(120, self.width() - 24), TITLE_LINES)
        self.setToolTip(self._title if "…" in wrapped else "")
        return wrapped

    def set_bars(self, bars: Sequence[Bar]) -> None:
        """Draw ``bars`` (first at the top of a horizontal chart, at the left of a vertical one)."""
        self.bars = list(bars)
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._categories = None
        self.empty_label.setVisible(not self.bars)
        if not self.bars:
            return
        shown = list(reversed(self.bars)) if self.horizontal else self.bars  # Qt draws horizontal categories bottom-up
        series: QAbstractBarSeries = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        for number, name in enumerate(self.series_names):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(COLOURS[number % len(COLOURS)]))
            bar_set.setLabelFont(chart_font(fonts.POINT_SIZE - 2))
            bar_set.setLabelColor(QColor("#222"))
            bar_set.append([bar.values[number] if number < len(bar.values) else 0 for bar in shown])
            series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value" + percent_sign() if self.percent else "@value")
        series.setLabelsPrecision(3 if self.percent else 6)
        series.setBarWidth(0.7 if len(self.series_names) > 1 else 0.6)
        series.hovered.connect(lambda status, index, _set: self._hovered(status, len(shown) - 1 - index if self.horizontal else index))
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.setLabelsFont(chart_font(CATEGORY_POINT_SIZE))
        self._categories = categories
        categories.append(self._category_labels())
        if not self.horizontal:
            # Short labels under columns (years): Qt would cut «2024» to «20…» by a margin it keeps
            # for long ones; the column is wide enough, and a long label was shortened already.
            categories.setTruncateLabels(False)
        values = QValueAxis()
        values.setLabelsFont(chart_font(fonts.POINT_SIZE - 2))
        if self.percent:
            values.setRange(0, 115)  # room for the labels beyond a full bar
            values.setTickCount(6)
            values.setTickInterval(20)
            values.setTickType(QValueAxis.TickType.TicksDynamic)
            values.setLabelFormat("%d %%")
        else:
            highest = max((v for bar in self.bars for v in bar.values), default=0)
            values.setRange(0, max(4.0, highest * 1.2))  # room for the labels beyond the longest bar
            values.applyNiceNumbers()
            values.setLabelFormat("%d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if self.horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if self.horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)

    def categories(self) -> list[str]:
        return [bar.label for bar in self.bars]

    def values(self, series: int = 0) -> list[float]:
        return [bar.values[series] for bar in self.bars]

    def _hovered(self, status: bool, index: int) -> None:
        if status and 0 <= index < len(self.bars):
            QToolTip.showText(QCursor.pos(), self.bars[index].tooltip or self.bars[index].label, self)
        else:
            QToolTip.hideText()

    def sizeHint(self) -> QSize:
        """Small, so that a page of charts fits a laptop screen; QChartView's own hint is 600×480."""
        return QSize(380, 260)

    def _category_labels(self) -> list[str]:
        """The category names wrapped for the room the chart has now (horizontal: beside the bars; vertical: under them)."""
        metrics = QFontMetrics(chart_font(CATEGORY_POINT_SIZE))
        shown = list(reversed(self.bars)) if self.horizontal else self.bars
        if self.horizontal:
            width = max(60, int(self.width() * LABEL_SHARE) - LABEL_PADDING)
            plot_height = self.height() - 70 - (32 if len(self.series_names) > 1 else 0)  # less the title, the value axis, the legend
            band = plot_height // max(1, len(shown))
            lines = max(1, min(LABEL_LINES, (band - 16) // metrics.height()))  # QtCharts cuts a label taller than its band
        else:
            width = max(30, (self.width() - 60) // max(1, len(shown)) - LABEL_PADDING)
            lines = 2
        short = any(bar.short and not fits(bar.label, metrics, width, lines) for bar in shown)  # all or none, to read alike
        labels = [wrap_label(bar.short if short and bar.short else bar.label, metrics, width, lines) for bar in shown]
        return [
            label if labels.count(label) == 1 else f"{label}<!-- {n} -->" for n, label in enumerate(labels)
        ]  # the axis wants them unique

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.empty_label.setGeometry(self.rect().adjusted(16, 40, -16, -16))
        title = self._wrapped_title()
        if title != self.chart().title():
            self.chart().setTitle(title)
        if self.bars and self._categories is not None:
            labels = self._category_labels()
            if labels != self._categories.categories():
                self._categories.setCategories(labels)
