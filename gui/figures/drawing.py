"""What every part of a figure is drawn with: colours, pens, the font, runs of text, wrapping.

Widths and sizes are in layout pixels (1/96 inch). Pens are not cosmetic,
so a stroke scales with the drawing and no SVG depends on
``vector-effect: non-scaling-stroke``; text is plain runs at computed
positions (no rich text, no HTML superscripts) in a font family that is
installed, unhinted, so that PNG, SVG and PDF measure it alike.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPen

from gui.messages import UserMessageError

# Text sizes in layout pixels: 12 px is the 9 pt of the screen's plots at 96 dpi.
TEXT_PX = 12.0
TITLE_PX = 12.5
CAPTION_PX = 12.0
AXIS_COLOR = "#303030"
LEGEND_FILL = "#ffffffd8"
LEGEND_EDGE = "#c8c8c8"
MARGIN = 10.0
# The families tried for figure text, Latin first; Qt falls back to one with Chinese.
FONT_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica")
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei")
# A word longer than this without Latin letters (a Chinese sentence) wraps at any character.
UNSPACED_WORD = 12
DASH_PATTERN = (4.0, 3.0)


class RenderError(UserMessageError):
    """A figure that cannot be drawn at the size asked for; the message is for the user."""

    context = "ExportMessages"


def too_small() -> RenderError:
    """The error of a figure whose plots do not fit the size asked for."""
    return RenderError(QT_TRANSLATE_NOOP("ExportMessages", "the figure is too small for its plots"))


def color(text: str) -> QColor:
    """``"#rrggbb"`` or ``"#rrggbbaa"`` as a QColor (Qt itself reads 8 digits as #aarrggbb)."""
    if re.fullmatch(r"#[0-9a-fA-F]{8}", text):
        r, g, b, a = (int(text[i : i + 2], 16) for i in (1, 3, 5, 7))
        return QColor(r, g, b, a)
    result = QColor(text)
    if not result.isValid():
        raise ValueError(f"color must be #rrggbb or #rrggbbaa, got {text!r}")
    return result


def pen(color_text: str, width: float, dash: bool = False) -> QPen:
    """A non-cosmetic pen ``width`` layout pixels wide: it scales with the drawing."""
    p = QPen(color(color_text))
    p.setWidthF(width)
    p.setCosmetic(False)
    p.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash:
        p.setDashPattern(list(DASH_PATTERN))
    return p


_FAMILY: list[str] = []


def font(pixels: float, bold: bool = False) -> QFont:
    """The figure font at ``pixels`` layout pixels, unhinted so every format measures alike."""
    if not _FAMILY:
        installed = set(QFontDatabase.families())
        chosen = [f for f in FONT_FAMILIES if f in installed][:1]
        _FAMILY.extend(chosen + [f for f in CJK_FAMILIES if f in installed])
    f = QFont()
    if _FAMILY:
        f.setFamilies(_FAMILY)
    f.setPixelSize(max(1, round(pixels)))
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    f.setBold(bold)
    return f


def wrap(text: str, f: QFont, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width``: at " · " first, then spaces.

    A break never falls next to the "=" of "name = value": the name moves
    to the next line with it (or, on a line too narrow for the three, stays
    with them beyond its end).
    """
    metrics = QFontMetricsF(f)
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    lines: list[list[str]] = []
    for part in _tokens(text):
        if lines and metrics.horizontalAdvance("".join(lines[-1]) + part) <= width:
            lines[-1].append(part)
            continue
        carried: list[str] = []
        if lines and (part.strip() == "=" or lines[-1][-1].strip() == "="):
            line = lines[-1]
            keep = 1 if part.strip() == "=" else 2
            if len(line) <= keep:
                # The line is nothing but the equation's start: wider than any line.
                line.append(part)
                continue
            carried = line[-keep:]
            del line[-keep:]
        lines.append([*carried, part])
    return [text for text in ("".join(line).strip() for line in lines) if text]


def _tokens(text: str) -> list[str]:
    # Words with their trailing space; a word without spaces (Chinese) one character each.
    tokens = []
    for word in re.findall(r"\S+\s*", text):
        if len(word) > UNSPACED_WORD and not any(c.isascii() for c in word.strip()):
            tokens.extend(word)
        else:
            tokens.append(word)
    return tokens


def text_run(painter: QPainter, text: str, at: QPointF, align: float = 0.0) -> float:
    """Draw one run with its baseline at ``at``, aligned 0 left .. 1 right; return its width."""
    w = QFontMetricsF(painter.font()).horizontalAdvance(text)
    painter.drawText(QPointF(at.x() - align * w, at.y()), text)
    return w
