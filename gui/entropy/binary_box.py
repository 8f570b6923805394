"""The entropy panel's binary entropy: the curve H(p) of a coin, with a p to drag.

:class:`BinaryEntropyBox` plots H(p) = -p log p - (1 - p) log(1 - p) for p
in [0, 1] in the chosen unit, with a red line at the chosen p that can be
dragged, a click on the plot that moves it there, and a spin box that sets
it exactly; the three stay in step. It depends on nothing but the unit.
The wheel over the plot scrolls the panel.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core import entropy as ent
from gui.entropy.common import (
    CURVE_COLOR,
    MARKER_BRUSH,
    MARKER_COLOR,
    EntropyBox,
    PlotView,
    fit_left_axis,
    format_amount,
    make_readout,
    unit_name,
)
from gui.plot_style import AXIS_COLOR, NORMAL, Look, style_axes, style_plot

# Samples of the binary entropy curve across p in [0, 1] (the figure draws as many).
CURVE_SAMPLES = 401
_CURVE_X = np.linspace(0.0, 1.0, CURVE_SAMPLES)
INITIAL_P = 0.25
PLOT_HEIGHT = 160


class BinaryEntropyBox(EntropyBox):
    """H(p) of a coin, with p chosen by spin box, by dragging the red line or by a click.

    Parameters
    ----------
    unit : str
        The unit to start in: a key of :data:`core.entropy.UNITS`.
    parent : QWidget, optional
        The usual Qt parent.
    """

    def __init__(self, unit: str = "bits", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("binaryEntropyBox")
        self._unit = unit
        # The marker's exact position; the spin box shows it rounded to 0.001.
        self._p = INITIAL_P
        self.binary_p_spin = QDoubleSpinBox()
        self.binary_p_spin.setObjectName("binaryP")
        self.binary_p_spin.setRange(0.0, 1.0)
        self.binary_p_spin.setDecimals(3)
        self.binary_p_spin.setSingleStep(0.01)
        self.binary_p_spin.setValue(INITIAL_P)
        self.binary_value = make_readout("binaryEntropyValue")
        self._p_label = QLabel()
        self._p_label.setBuddy(self.binary_p_spin)
        row = QHBoxLayout()
        row.addWidget(self._p_label)
        row.addWidget(self.binary_p_spin)
        row.addWidget(self.binary_value, 1)

        self.binary_plot = PlotView(background="w")
        self.binary_plot.setObjectName("binaryEntropyPlot")
        self.binary_plot.setFixedHeight(PLOT_HEIGHT)
        plot = self.binary_plot.getPlotItem()
        style_plot(plot)
        # p lives on [0, 1]: nothing to zoom or pan, so Ctrl+wheel does nothing.
        fit_left_axis(plot)
        plot.setXRange(0.0, 1.0, padding=0.02)
        self.binary_curve = plot.plot()
        self.binary_marker = pg.InfiniteLine(
            pos=INITIAL_P, angle=90, movable=True, bounds=(0.0, 1.0)
        )
        self.binary_dot = pg.ScatterPlotItem(size=9, brush=MARKER_BRUSH, pen=None)
        plot.addItem(self.binary_marker)
        plot.addItem(self.binary_dot)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.binary_plot)

        self.binary_marker.sigPositionChanged.connect(self._on_binary_marker_moved)
        self.binary_p_spin.valueChanged.connect(self._on_binary_p_spin_changed)
        self.binary_plot.scene().sigMouseClicked.connect(self._on_binary_scene_clicked)
        self.set_look(NORMAL)
        self._show_curve()
        self.retranslate()

    def set_look(self, look: Look) -> None:
        """Draw axes, the curve and the marker as large as ``look`` says (presentation mode)."""
        self.binary_plot.setFixedHeight(round(PLOT_HEIGHT * look.text))
        plot = self.binary_plot.getPlotItem()
        style_axes(plot, look, AXIS_COLOR, AXIS_COLOR)
        fit_left_axis(plot, look.text)
        self.binary_curve.setPen(look.pen(CURVE_COLOR, 2))
        self.binary_marker.setPen(look.pen(MARKER_COLOR, 2))
        self.binary_marker.setHoverPen(look.pen(MARKER_COLOR, 4))
        self.binary_dot.setSize(look.size(9))

    def p(self) -> float:
        """The chosen probability of heads, where the red line is."""
        return self._p

    def set_unit(self, unit: str) -> None:
        """Restate the curve and the value at p in ``unit``."""
        self._unit = unit
        self._show_curve()
        self._show_texts()

    def retranslate(self) -> None:
        """Set every text of the box in the current interface language."""
        self.setTitle(self.tr("Binary entropy"))
        self.setToolTip(
            self.tr(
                "Entropy of a coin that lands heads with probability p: "
                "H(p) = −p log p − (1 − p) log(1 − p); largest at p = 1/2."
            )
        )
        self.binary_p_spin.setToolTip(
            self.tr("Probability p of heads; also set by dragging the red line.")
        )
        self._p_label.setText(self.tr("p ="))
        self._p_label.setToolTip(self.binary_p_spin.toolTip())
        self.binary_value.setToolTip(
            self.tr("H(p) = −p log_b p − (1 − p) log_b(1 − p) at the chosen p.")
        )
        self.binary_plot.setToolTip(
            self.tr(
                "H(p) for p from 0 to 1. Drag the red line, or click the plot, to choose p. "
                "The mouse wheel scrolls the panel."
            )
        )
        self.binary_plot.getPlotItem().setLabel("bottom", self.tr("p"))
        self._show_texts()

    def _show_curve(self) -> None:
        self.binary_curve.setData(_CURVE_X, ent.binary_entropy(_CURVE_X, self._unit))
        self.binary_plot.getPlotItem().setYRange(0.0, ent.max_entropy(2, self._unit), padding=0.05)
        self._show_point()

    def _show_point(self) -> None:
        p = self.p()
        self.binary_dot.setData(x=[p], y=[ent.binary_entropy(p, self._unit)])

    def _show_texts(self) -> None:
        p = self.p()
        h = ent.binary_entropy(p, self._unit)
        self.binary_value.setText(
            self.tr("H({p}) = {h}").format(p=f"{p:.3f}", h=format_amount(h, self._unit))
        )
        self.binary_plot.getPlotItem().setLabel(
            "left", self.tr("H ({unit})").format(unit=unit_name(self._unit))
        )

    # ------------------------------------------------------------------
    # Slots

    def _on_binary_marker_moved(self, line: pg.InfiniteLine) -> None:
        self._p = float(np.clip(line.value(), 0.0, 1.0))
        with QSignalBlocker(self.binary_p_spin):
            self.binary_p_spin.setValue(self._p)
        self._show_point()
        self._show_texts()

    def _on_binary_p_spin_changed(self, value: float) -> None:
        self._p = value
        with QSignalBlocker(self.binary_marker):
            self.binary_marker.setValue(value)
        self._show_point()
        self._show_texts()

    def _on_binary_scene_clicked(self, event) -> None:
        # Items (the marker) had their chance first; a click they left is a
        # click on empty plot, which jumps the marker there.
        if event.isAccepted() or event.button() != Qt.MouseButton.LeftButton:
            return
        view = self.binary_plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        p = float(np.clip(view.mapSceneToView(event.scenePos()).x(), 0.0, 1.0))
        self.binary_p_spin.setValue(p)
