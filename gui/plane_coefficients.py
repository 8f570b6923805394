"""The classifier's weights as bars, one per monomial, so exploding or vanishing weights show.

The curve lab's coefficient panel (``gui.coefficient_panel``) draws
``|w_k|`` with the sign as colour and exact zeros as rings; here the bars
stand for the features ``z1^i z2^j`` (or Legendre products) in graded
order. With few features each bar is labelled with its monomial; with many
(66 at degree 10) the axis marks where each total degree i + j begins, and
pointing at a bar names its monomial and reads its weight.
"""

from __future__ import annotations

import re

import numpy as np

from core.plane_features import exponents
from gui.coefficient_panel import NEGATIVE_COLOR, POSITIVE_COLOR, ZERO_COLOR, CoefficientPanel
from gui.plane_state import PlaneState

#: Up to this many features each bar is labelled with its monomial (degree 3).
MAX_NAMED_BARS = 10

_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def pretty_feature(label: str) -> str:
    """A feature's name as shown: ``x1^2 x2`` as ``x₁² x₂``, ``P2(x1)`` as ``P₂(x₁)``."""
    label = re.sub(r"x([12])", lambda m: "x" + m.group(1).translate(_SUB), label)
    label = re.sub(r"\^(\d+)", lambda m: m.group(1).translate(_SUP), label)
    return re.sub(r"P(\d+)\(", lambda m: "P" + m.group(1).translate(_SUB) + "(", label)


def feature_ticks(n_features: int, labels: tuple[str, ...]) -> list[list[tuple[float, str]]]:
    """Ticks for the bars: each named when few, else the first of each total degree."""
    if n_features <= MAX_NAMED_BARS:
        return [[(float(k), pretty_feature(labels[k])) for k in range(n_features)], []]
    degree = int(exponents(_degree_of(n_features)).sum(axis=1).max())
    starts = [(d * (d + 1)) // 2 for d in range(degree + 1)]
    major = [(float(k), f"{d}") for d, k in enumerate(starts)]
    minor = [(float(k), "") for k in range(n_features) if k not in starts]
    return [major, minor]


def _degree_of(n_features: int) -> int:
    degree = 0
    while (degree + 1) * (degree + 2) // 2 < n_features:
        degree += 1
    return degree


class PlaneCoefficientPanel(CoefficientPanel):
    """Bars of |w_k|, one per feature of the classifier (objectName ``planeCoefficientPanel``)."""

    def __init__(self, state: PlaneState, parent=None) -> None:
        self._labels: tuple[str, ...] = ()
        self._ticks: list[list[tuple[float, str]]] = []
        super().__init__(state, parent)  # type: ignore[arg-type]
        self.setObjectName("planeCoefficientPanel")
        self.plot_widget.setObjectName("planeCoefficientPlot")
        self.log_scale.setObjectName("planeCoefficientLogScale")
        self.summary.setObjectName("planeCoefficientSummary")
        self.hover.setObjectName("planeCoefficientHover")

    # ------------------------------------------------------------------ public
    def retranslate(self) -> None:
        """Set every visible string (and the tooltips with their formulas)."""
        self.log_scale.setText(self.tr("Log scale"))
        self.log_scale.setToolTip(
            self.tr(
                "Bar heights on a log scale: log₁₀ |wₖ|. Exact zeros have no logarithm and "
                "keep their ring at the bottom."
            )
        )
        self.legend.setText(
            self.tr(
                "<span style='color:{0}'>■</span>&nbsp;wₖ&nbsp;&gt;&nbsp;0 &nbsp; "
                "<span style='color:{1}'>■</span>&nbsp;wₖ&nbsp;&lt;&nbsp;0 &nbsp; "
                "<span style='color:{2}'>○</span>&nbsp;exactly&nbsp;0"
            ).format(POSITIVE_COLOR, NEGATIVE_COLOR, ZERO_COLOR)
        )
        tip = self.tr(
            "One bar per weight of f = Σₖ wₖ φₖ(z₁, z₂), in the order 1, x₁, x₂, x₁², x₁x₂, "
            "x₂², x₁³, …: height |wₖ|, colour the sign. Large weights let the boundary bend "
            "around single points (overfitting); L2 shrinks them, L1 sets some exactly to 0. "
            "With many features the axis marks where each degree i + j begins."
        )
        self.plot_widget.setToolTip(tip)
        self.legend.setToolTip(tip)
        self.summary.setToolTip(
            self.tr(
                "Exactly zero: weights with wₖ = 0 exactly (L1 removes those monomials). "
                "Largest: maxₖ |wₖ|."
            )
        )
        self.hover.setToolTip(self.tr("Point at a bar to read its monomial and weight."))
        self.plot.setLabel("bottom", self._axis_title())
        self.plot.setLabel("left", self.tr("|wₖ|"))
        self._update_summary()
        self._update_hover()

    def tick_labels(self) -> list[str]:
        """The labelled ticks of the bars' axis, as last set."""
        return [label for _, label in self._ticks[0]] if self._ticks else []

    # ------------------------------------------------------------------- slots
    def _on_state_fit_changed(self) -> None:
        fit = self._state.fit
        self._labels = () if fit is None else fit.labels
        super()._on_state_fit_changed()

    # ----------------------------------------------------------------- drawing
    def _axis_title(self) -> str:
        if len(self._labels) > MAX_NAMED_BARS:
            return self.tr("feature (grouped by degree i + j)")
        return self.tr("feature φₖ = z₁ⁱ z₂ʲ")

    def _set_axes(self, log: bool, degree: int, y_range: tuple[float, float]) -> None:
        # ``degree`` here is the index of the last bar (the base class's k).
        old = self._axes
        super()._set_axes(log, degree, y_range)
        if old is None or old[1] != degree:
            n = degree + 1 if self._coef.size else 0
            if n:
                self._ticks = feature_ticks(n, self._labels)
                self.plot.getAxis("bottom").setTicks(self._ticks)
            self.plot.setLabel("bottom", self._axis_title())

    def _update_summary(self) -> None:
        coef = self._coef
        if coef.size == 0:
            self.summary.setText(self.tr("No fit yet: add training points of both classes."))
            return
        n_zero = int(np.count_nonzero(coef == 0))
        self.summary.setText(
            self.tr("Exactly zero: {0} of {1} · largest |w|: {2}").format(
                n_zero, coef.size, f"{float(np.max(np.abs(coef))):.4g}"
            )
        )

    def _update_hover(self) -> None:
        k = self._hovered
        if k is None or k >= self._coef.size or k >= len(self._labels):
            self.hover.setText(self.tr("Point at a bar to read its monomial and weight."))
            return
        value = float(self._coef[k])
        name = pretty_feature(self._labels[k])
        if value == 0:
            text = self.tr("w for {0} = 0 exactly (monomial switched off)").format(name)
        else:
            text = self.tr("w for {0} = {1}").format(name, f"{value:.6g}")
        self.hover.setText(text)
