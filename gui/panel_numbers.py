"""What a panel on screen and its exported figure derive alike from the same numbers.

A figure is drawn from the numbers a panel shows, never from its widgets;
so that an export cannot drift from the screen, every rule that turns those
numbers into a picture lives here once and both sides call it: how finely a
curve is sampled and how far outside the view it is clipped, the coefficient
bars' log range and linear top, the regularization path's drop-outs, asinh
scale and linear top, the validation plots' y top and where their CV-best
star goes, and the corner a legend covers the fewest points in. These are
pure functions of numpy arrays.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np

from core.validation import penalty_mix
from gui.axes import nice_ceiling

#: Values far outside a view are drawn at this multiple of its extent, so a
#: line visibly leaves the frame without dragging the renderer to 1e12.
CLIP_FACTOR = 3.0
#: Samples of the fitted curve and the true function across the data plot's view.
CURVE_SAMPLES = 1500
#: Samples of each bootstrap fit across the view (thirty of them are drawn).
BOOTSTRAP_SAMPLES = 400
#: A view's height is taken as at least this, so clipping never divides by zero.
MIN_VIEW_SPAN = 1e-12
#: In a legend's choice of corner the curve's samples count this much, a point 1.
CURVE_WEIGHT = 0.05
#: The corners a legend may take, the first winning ties (where people look first).
CORNERS = ("top-right", "top-left", "bottom-right", "bottom-left")

#: Linear coefficient bars: the y axis reaches this far above the largest |coef|.
BAR_HEADROOM = 1.04
#: A log axis shows at most this many decades below the largest |coef|: below
#: that a coefficient is rounding noise next to the largest one.
MAX_DECADES = 16

#: The path's asinh axis is linear below this fraction of the largest coefficient.
LINEAR_ZONE = 1e-6
#: The asinh axis reaches this far beyond the largest coefficient.
ASINH_HEADROOM = 1.05
#: The linear path axis reaches this far beyond the coefficients it fits.
PATH_HEADROOM = 1.1

#: The validation y axes reach this far above the constant model's error.
HEADROOM = 1.6
#: A CV-best star is drawn at most this high in the plot, so it never sits on the frame.
STAR_CEILING = 0.98


# ------------------------------------------------------------------- data plot
def clip_to_view(values: np.ndarray, y0: float, y1: float) -> np.ndarray:
    """``values`` clipped to one view height beyond (y0, y1): a wild curve leaves the frame.

    The renderer never meets 1e12, and the line still visibly runs off the edge.
    """
    span = max(y1 - y0, MIN_VIEW_SPAN)
    return np.clip(values, y0 - span, y1 + span)


def legend_corner(
    x: np.ndarray,
    y: np.ndarray,
    weight: np.ndarray,
    view: tuple[float, float],
    box: tuple[float, float],
    margin: float = 0.0,
) -> str:
    """The corner where a legend box covers the least weight of points.

    Parameters
    ----------
    x, y : ndarray
        Positions measured from the view's left and bottom edges, in any one
        unit (pixels, or fractions of a 1 x 1 view).
    weight : ndarray
        What each position counts (1 for a data point, :data:`CURVE_WEIGHT`
        for a sample of the curve).
    view : (float, float)
        The view's width and height, in that unit.
    box : (float, float)
        The legend's width and height.
    margin : float
        The gap between the legend and the view's edges.

    Returns
    -------
    str
        One of :data:`CORNERS`; "top-right" among ties.
    """
    (width, height), (box_w, box_h) = view, box
    best, fewest = CORNERS[0], math.inf
    for corner in CORNERS:
        left = width - margin - box_w if "right" in corner else margin
        bottom = height - margin - box_h if "top" in corner else margin
        inside = (x >= left) & (x <= left + box_w) & (y >= bottom) & (y <= bottom + box_h)
        count = float(weight[inside].sum())
        if count < fewest:
            best, fewest = corner, count
    return best


# ---------------------------------------------------------------- coefficients
def log_range(magnitudes: np.ndarray) -> tuple[float, float]:
    """(base, top) of a log10 axis for bars of the non-zero ``magnitudes``.

    From half a decade below the smallest bar (but at most
    :data:`MAX_DECADES` below the largest) to the half decade above the
    largest, so the axis rarely moves; (-1, 1) without bars.
    """
    if magnitudes.size == 0:
        return -1.0, 1.0
    high = math.log10(float(magnitudes.max()))
    low = math.log10(float(magnitudes.min()))
    base = max(math.floor(low) - 0.5, math.floor(high) - MAX_DECADES)
    top = math.ceil((high + 0.05) * 2) / 2
    return base, top


@dataclass(frozen=True, eq=False)
class BarLayout:
    """The coefficient bars as drawn: bar k from ``y0[k]`` to ``y0[k] + height[k]``.

    On a log axis the values are log10 |coef_k|; an exact zero has no bar
    (height 0) and its ring sits at ``zero_y``; the y axis runs from ``lo``
    to ``top``.
    """

    height: np.ndarray
    y0: np.ndarray
    zero_y: float
    lo: float
    top: float


def coefficient_bars(coef: np.ndarray, log: bool) -> BarLayout:
    """Bars of |coef_k| on a linear or a log10 axis, and that axis's range."""
    n = coef.size
    magnitude = np.abs(coef)
    nonzero = coef != 0
    if log:
        lo, top = log_range(magnitude[nonzero])
        height = np.where(nonzero, np.log10(np.where(nonzero, magnitude, 1.0)) - lo, 0.0)
        y0 = np.full(n, lo)
    else:
        lo, top = 0.0, linear_bar_top(magnitude)
        height, y0 = magnitude, np.zeros(n)
    # Rings of exact zeros sit just above the axis, where no bar starts.
    return BarLayout(height, y0, lo + 0.02 * (top - lo), lo, top)


def linear_bar_top(magnitudes: np.ndarray) -> float:
    """The top of a linear axis for bars of ``magnitudes``: a nice value above the largest."""
    if magnitudes.size == 0:
        return 1.0
    return nice_ceiling(float(magnitudes.max()) * BAR_HEADROOM)


# ------------------------------------------------------------------------ path
def drop_points(lambdas: np.ndarray, coef: np.ndarray, first: int) -> tuple[np.ndarray, np.ndarray]:
    """Where each coefficient k >= first becomes exactly 0 for good as λ grows.

    Returns the λ and k of each drop-out: the smallest grid λ from which
    ``coef[:, k]`` is exactly 0 up to the end of the grid, for coefficients
    that are non-zero somewhere before it.
    """
    lam, ks = [], []
    for k in range(first, coef.shape[1]):
        nonzero = np.flatnonzero(coef[:, k] != 0)
        if nonzero.size and nonzero[-1] + 1 < lambdas.size:
            lam.append(lambdas[nonzero[-1] + 1])
            ks.append(k)
    return np.asarray(lam, dtype=float), np.asarray(ks, dtype=int)


@dataclass(frozen=True)
class PathScale:
    """How the path's y axis shows coefficients: plain, or asinh(coef / scale).

    The axis runs from ``-top`` to ``top`` (in drawn units); drawn values are
    clipped at ``±bound``.
    """

    asinh: bool
    scale: float
    top: float
    bound: float

    def transform(self, values: np.ndarray) -> np.ndarray:
        """Coefficients in drawn units."""
        return np.arcsinh(values / self.scale) if self.asinh else values


def path_scale(coef: np.ndarray, lambdas: np.ndarray, lam: float, asinh: bool) -> PathScale:
    """The y axis of the path ``coef`` (one row per λ of ``lambdas``) at the current ``lam``."""
    biggest = float(np.max(np.abs(coef))) if coef.size else 0.0
    if asinh:
        scale = asinh_scale(biggest)
        top = asinh_top(biggest, scale)
        return PathScale(True, scale, top, top)
    top = linear_path_top(coef, lambdas, lam)
    return PathScale(False, 1.0, top, CLIP_FACTOR * top)


def asinh_scale(biggest: float) -> float:
    """The s of an axis drawing asinh(coef / s): a power of 10, LINEAR_ZONE x ``biggest`` or less.

    Below s the axis is linear, beyond it logarithmic.
    """
    return 10.0 ** math.floor(math.log10(max(biggest, 1e-300) * LINEAR_ZONE))


def asinh_top(biggest: float, scale: float) -> float:
    """The top of the asinh axis (symmetric about 0) for coefficients up to ``biggest``."""
    return math.asinh(biggest / scale) * ASINH_HEADROOM if biggest > 0 else 1.0


def linear_path_top(coef: np.ndarray, lambdas: np.ndarray, lam: float) -> float:
    """The top of the linear path axis: the coefficients from the current λ upwards.

    What the penalty allows now fits the frame; the wilder coefficients at
    smaller λ leave it.
    """
    tail = coef[lambdas >= lam] if lam > 0 else coef
    if tail.size == 0:
        tail = coef[-1:]
    return nice_ceiling(float(np.max(np.abs(tail))) * PATH_HEADROOM)


# ------------------------------------------------------------------ validation
def validation_top(null_rmse: float) -> float:
    """The top of both validation y axes: HEADROOM above the constant model's RMSE (else 1)."""
    top = HEADROOM * null_rmse
    return top if math.isfinite(top) and top > 0 else 1.0


def star_height(rmse: float, top: float) -> float:
    """Where the CV-best star goes: at its RMSE, but inside the plot."""
    return min(float(rmse), STAR_CEILING * top)


def curve_in_plot(x: np.ndarray, y: np.ndarray, top: float) -> tuple[np.ndarray, np.ndarray]:
    """The finite points of an RMSE curve, clipped at CLIP_FACTOR x ``top`` (past the frame)."""
    keep = np.isfinite(y)
    return x[keep], np.clip(y[keep], 0.0, CLIP_FACTOR * top)


def best_lambda_of(curves: object | None) -> float | None:
    """The cross-validated best λ of a λ-curves result (``curves.cv``), or None if not known."""
    cv = getattr(curves, "cv", None)
    if cv is None:
        return None
    try:
        return float(cv.best_lambda)
    except ValueError:  # no fold could be scored
        return None


def settings_at_lambda(model: object, lam: float) -> object | None:
    """``model`` (a lab's settings) with its penalties moved to ``λ`` in their L1:L2 ratio.

    None when that changes nothing. Both labs' settings have ``l1``, ``l2``
    and ``dataclasses.replace``-able fields.
    """
    mix, _ = penalty_mix(model.l1, model.l2)  # type: ignore[attr-defined]
    l1, l2 = mix.strengths(lam)
    new = dataclasses.replace(model, l1=l1, l2=l2)  # type: ignore[type-var]
    return None if new == model else new
