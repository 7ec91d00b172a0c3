"""The window's colours and font roles, named once.

Pages and dialogs say what a text *is* (an error, a hint, a figure) and take
its look from here, so that an error is the same red everywhere and a change of
palette is one edit.  Chart series and the journey's stage colours are data
colours and stay with their charts.
"""

from __future__ import annotations

import enum

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

# Text
ERROR = "#b00020"  # something is wrong or missing: errors, expired, not employed
WARNING = "#b35900"  # needs attention soon: expiring, a warning flag, revoked
SUCCESS = "#1b7f3b"  # in force, valid, intact
NEUTRAL = "#4a5a6a"  # not started yet: a draft, a planned placement
MUTED = "#6b6b6b"  # over: finished, terminated, an inactive account
HINT = "#666666"  # explanations beside the data
SOFT_TEXT = "#444444"  # secondary lines of a card or a timeline
FIGURE = "#1d4f76"  # a headline number
# Backgrounds
ERROR_BACKGROUND = "#fde4e4"  # a cell or row with a problem, a shortfall
ERROR_BACKGROUND_STRONG = "#f1aeb5"  # the row that holds the problem cell
WARNING_BACKGROUND = "#fff3e0"  # a row that needs attention
SUCCESS_BACKGROUND = "#e2f4e6"  # a surplus
NOTICE_BACKGROUND = "#fff4ce"  # a banner across the window
NOTICE_BORDER = "#e0c060"
PANEL_BACKGROUND = "#f4f7fa"  # a dashboard card
PANEL_BORDER = "#d5dde5"


class FontRole(enum.Enum):
    """How much a text stands out: (size relative to the window's font, bold)."""

    NORMAL = (1.0, False)
    HEADING = (1.0, True)
    FIGURE = (1.25, True)
    VERDICT = (1.4, True)


def paint(widget: QWidget, text: str | None = None, role: FontRole | None = None, background: str | None = None) -> None:
    """Give ``widget`` a text colour (None: the palette's own), a background and a font role; replaces the colours it had."""
    rules = []
    if text is not None:
        rules.append(f"color: {text};")
    if background is not None:
        rules.append(f"background: {background};")
    widget.setStyleSheet(" ".join(rules))
    if role is not None:
        set_font_role(widget, role)


def set_font_role(widget: QWidget, role: FontRole) -> None:
    """Measured from the application's font for this kind of widget, so that setting a role twice does not grow it twice."""
    widget.setFont(role_font(QApplication.font(widget), role))


def role_font(base: QFont, role: FontRole) -> QFont:
    """``base`` (an application-wide font) sized and weighted for ``role``."""
    scale, bold = role.value
    font = QFont(base)
    if scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


def html_colour(text: str, colour_name: str, bold: bool = False) -> str:
    """``text`` (already escaped) in a rich-text label, coloured: for timelines and descriptions."""
    tag = "b" if bold else "span"
    return f"<{tag} style='color:{colour_name}'>{text}</{tag}>"
